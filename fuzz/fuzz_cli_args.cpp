// libFuzzer target: processlab-cli's argument handling. An input is a
// command line, arguments separated by NUL or newline bytes (CliFuzzing.h);
// CliApp::exec() runs it exactly as main() does, in a sandbox directory that
// holds the example scenarios. docs/fuzzing.md.
//
// What keeps a run inside the sandbox and short, checked by a RunGuard after
// CliApp has parsed and checked the options (so those checks are fuzzed too):
//  - file names (FILE, --gantt OUT) without a '/': relative to the sandbox,
//    the working directory, so nothing outside it is read or written;
//  - no `prodcons --real` (it starts real processes);
//  - `prodcons --duration` at most kMaxDuration simulated seconds.
// There is a QCoreApplication, no QGuiApplication (as in main() without
// --gantt): PNG, SVG and PDF charts are refused before painting, CSV ones
// are written.
#include "CliApp.h"
#include "CliFuzzing.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

constexpr double kMaxDuration = 60;

struct Sandbox
{
    QTemporaryDir dir;
    QStringList files;
};

QCoreApplication* g_app = nullptr;
Sandbox* g_sandbox = nullptr;

bool insideSandbox(const QString& name)
{
    return !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

bool staysInSandbox(const processlab::cli::CliCommand& command, const processlab::cli::CliContext& context)
{
    for (const QString& file : context.arguments) {
        if (!insideSandbox(file))
            return false;
    }
    const QCommandLineParser& parser = context.parser;
    for (const QString& out : parser.values(QStringLiteral("gantt"))) {
        if (!insideSandbox(out))
            return false;
    }
    if (command.name() == QLatin1String("prodcons")) {
        if (parser.isSet(QStringLiteral("real")))
            return false;
        if (parser.isSet(QStringLiteral("duration"))) {
            bool ok = false;
            const double duration = parser.value(QStringLiteral("duration")).trimmed().toDouble(&ok);
            if (ok && !(duration <= kMaxDuration)) // NaN too; an invalid value is for the command to refuse
                return false;
        }
    }
    return true;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzz_cli_args: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    // Our own argv for Qt: libFuzzer's options are not Qt's business.
    static int argc = 1;
    static char name[] = "processlab-cli";
    static char* argv[] = {name, nullptr};
    g_app = new QCoreApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("processlab-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(PROCESSLAB_VERSION));

    g_sandbox = new Sandbox;
    if (!g_sandbox->dir.isValid())
        fail("cannot create the sandbox directory");
    const auto files =
        processlab::fuzzing::fillSandbox(QStringLiteral(PROCESSLAB_SOURCE_DIR), g_sandbox->dir.path());
    if (!files)
        fail("cannot copy the sandbox files");
    g_sandbox->files = *files;
    if (!QDir::setCurrent(g_sandbox->dir.path()))
        fail("cannot enter the sandbox directory");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto arguments = processlab::fuzzing::splitArguments(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!arguments)
        return -1; // too long: not added to the corpus
    processlab::cli::CliApp cli;
    cli.setRunGuard(staysInSandbox);
    const int code = cli.exec(QStringList(QStringLiteral("processlab-cli")) + *arguments);
    if (code != 0 && code != 1 && code != 2)
        fail("an exit code other than 0, 1 or 2");
    processlab::fuzzing::cleanSandbox(g_sandbox->dir.path(), g_sandbox->files);
    return 0;
}
