#include "CliApp.h"

#include "CliError.h"
#include "CliOptions.h"
#include "CompareCommand.h"
#include "ProdConsCommand.h"
#include "RunCommand.h"
#include "ValidateCommand.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>

namespace processlab::cli {

namespace {

const QString kProgram = QStringLiteral("processlab-cli");

bool write(FILE* stream, const QString& text)
{
    if (text.isEmpty())
        return true;
    const QByteArray bytes = text.toUtf8();
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    return std::fflush(stream) == 0 && written == size_t(bytes.size());
}

constexpr int kLineWidth = 100;

// Word-wraps `text` to kLineWidth columns, the first line starting at
// `firstColumn`; continuation lines start with `indent` blanks.
QString wrap(const QString& text, int indent, int firstColumn)
{
    QString out;
    int column = firstColumn;
    bool lineStart = true;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!lineStart && column + 1 + word.size() > kLineWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineStart = true;
        }
        if (!lineStart) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
        lineStart = false;
    }
    return out;
}

// "  -h, --help       Show this help and exit." with descriptions wrapped.
QString describeOptions(const QList<QCommandLineOption>& options)
{
    QStringList syntax;
    int width = 0;
    for (const QCommandLineOption& option : options) {
        QStringList names;
        for (const QString& name : option.names())
            names << (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
        QString text = names.join(QLatin1String(", "));
        if (!option.valueName().isEmpty())
            text += QLatin1Char(' ') + option.valueName();
        syntax << text;
        width = std::max(width, int(text.size()));
    }
    QString out;
    const int column = width + 4;
    for (int i = 0; i < options.size(); ++i) {
        out += QLatin1String("  ") + syntax.at(i).leftJustified(width + 2) +
               wrap(options.at(i).description(), column, column) + QLatin1Char('\n');
    }
    return out;
}

// The value of the last --lang (or -lang, --lang=X) before "--"; empty if none.
QString languageArgument(const QStringList& arguments)
{
    QString language;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        for (const QLatin1String prefix : {QLatin1String("--lang"), QLatin1String("-lang")}) {
            if (argument == prefix && i + 1 < arguments.size())
                language = arguments.at(i + 1);
            else if (argument.startsWith(prefix + QLatin1Char('=')))
                language = argument.mid(prefix.size() + 1);
        }
    }
    return language;
}

} // namespace

CliApp::CliApp()
{
    // The commands, in the order --help lists them. Issue #5 adds prodcons here.
    m_commands.push_back(std::make_unique<RunCommand>());
    m_commands.push_back(std::make_unique<CompareCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<ProdConsCommand>());
}

CliApp::~CliApp() = default;

QList<QCommandLineOption> CliApp::globalOptions()
{
    return {CliOptions::help(), CliOptions::lang()};
}

const CliCommand* CliApp::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApp::versionText()
{
    return QStringLiteral("%1 %2\n").arg(kProgram, QLatin1String(PROCESSLAB_VERSION));
}

QString CliApp::helpText() const
{
    QString out =
        QCoreApplication::translate("Cli", "Usage: %1 COMMAND FILE [options]").arg(kProgram) +
        QLatin1String("\n\n") +
        wrap(QCoreApplication::translate("Cli", "ProcessLab without a window: simulates how an operating "
                                                "system schedules processes."),
             0, 0) +
        QLatin1String("\n\n") + QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto& command : m_commands)
        width = std::max(width, int((command->name() + command->argumentsSyntax()).size()) + 1);
    for (const auto& command : m_commands) {
        out += QLatin1String("  ") +
               (command->name() + QLatin1Char(' ') + command->argumentsSyntax()).leftJustified(width + 2) +
               command->summary() + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Options:") + QLatin1Char('\n') +
           describeOptions({CliOptions::help(), CliOptions::version(), CliOptions::lang()}) +
           QLatin1Char('\n') +
           QCoreApplication::translate("Cli", "Run '%1 COMMAND --help' for the options of a command.")
               .arg(kProgram) +
           QLatin1Char('\n') +
           QCoreApplication::translate("Cli",
                                       "Exit status: 0 success, 2 bad input or usage, 1 internal failure.") +
           QLatin1Char('\n');
    return out;
}

QString CliApp::commandHelp(const CliCommand& command) const
{
    QString out = QCoreApplication::translate("Cli", "Usage: %1 %2 %3 [options]")
                      .arg(kProgram, command.name(), command.argumentsSyntax()) +
                  QLatin1String("\n\n") + wrap(command.description(), 0, 0) + QLatin1String("\n\n") +
                  QCoreApplication::translate("Cli", "Options:") + QLatin1Char('\n') +
                  describeOptions(command.options() + globalOptions());
    return out;
}

int CliApp::exec(const QStringList& arguments)
{
    // Translators go in before anything is translated (option descriptions,
    // messages, exported charts). A bad value is reported by dispatch().
    // English by default: its file carries the plural forms ("1 tick", "2 ticks").
    const QString language = languageArgument(arguments);
    Translations::install(language.isEmpty() ? QStringLiteral("en") : language);

    QString out;
    QString err;
    int code = ExitInternal;
    try {
        code = dispatch(arguments, &out, &err);
    } catch (const CliError& error) {
        code = error.exitCode();
        out.clear();
        err += kProgram + QLatin1String(": ") + error.message() + QLatin1Char('\n');
        if (error.usageHint()) {
            err += QCoreApplication::translate("Cli", "Try '%1 --help' for more information.").arg(kProgram) +
                   QLatin1Char('\n');
        }
    } catch (const std::bad_alloc&) {
        code = ExitInternal;
        out.clear();
        err += kProgram + QLatin1String(": ") +
               QCoreApplication::translate("Cli", "internal error: out of memory") + QLatin1Char('\n');
    } catch (const std::exception& e) {
        code = ExitInternal;
        out.clear();
        err +=
            kProgram + QLatin1String(": ") +
            QCoreApplication::translate("Cli", "internal error: %1").arg(QString::fromLocal8Bit(e.what())) +
            QLatin1Char('\n');
    }
    write(stderr, err);
    if (!write(stdout, out)) {
        // A full disk or a closed pipe: the output is incomplete.
        const int error = errno;
        write(stderr, kProgram + QLatin1String(": ") +
                          QCoreApplication::translate("Cli", "cannot write the output: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(error))) +
                          QLatin1Char('\n'));
        return ExitInternal;
    }
    return code;
}

int CliApp::dispatch(const QStringList& arguments, QString* out, QString* err)
{
    // One parser knows every option, so it can tell values from arguments;
    // afterwards each option is checked against the command it was given to.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QSet<QString> known;
    auto add = [&](const QCommandLineOption& option) {
        if (!known.contains(option.names().constFirst())) {
            known.insert(option.names().constFirst());
            parser.addOption(option);
        }
    };
    add(CliOptions::help());
    add(CliOptions::version());
    add(CliOptions::lang());
    for (const auto& command : m_commands) {
        for (const QCommandLineOption& option : command->options())
            add(option);
    }
    if (!parser.parse(arguments))
        throw CliError::usage(parser.errorText());
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString language = parser.value(QStringLiteral("lang"));
        if (!Translations::available().contains(language)) {
            throw CliError::usage(
                QCoreApplication::translate("Cli", "--lang: unknown language \u201c%1\u201d (use %2)")
                    .arg(language, Translations::available().join(QLatin1String(", "))));
        }
        Translations::install(language);
    }

    QStringList positional = parser.positionalArguments();
    const bool help = parser.isSet(QStringLiteral("help"));
    if (positional.isEmpty()) {
        if (help) {
            *out = helpText();
            return ExitOk;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            *out = versionText();
            return ExitOk;
        }
        throw CliError::usage(
            QCoreApplication::translate("Cli", "missing command (run, compare or validate)"));
    }
    QString name = positional.takeFirst();
    if (name == QLatin1String("help")) {
        // `help` and `help COMMAND`
        if (positional.isEmpty()) {
            *out = helpText();
            return ExitOk;
        }
        const CliCommand* command = find(positional.first());
        if (!command) {
            throw CliError::usage(
                QCoreApplication::translate("Cli", "unknown command \u201c%1\u201d").arg(positional.first()));
        }
        *out = commandHelp(*command);
        return ExitOk;
    }
    const CliCommand* command = find(name);
    if (!command)
        throw CliError::usage(QCoreApplication::translate("Cli", "unknown command \u201c%1\u201d").arg(name));
    if (help) {
        *out = commandHelp(*command);
        return ExitOk;
    }

    QSet<QString> allowed;
    for (const QCommandLineOption& option : command->options() + globalOptions()) {
        for (const QString& optionName : option.names())
            allowed.insert(optionName);
    }
    for (const QString& used : parser.optionNames()) {
        if (!allowed.contains(used)) {
            throw CliError::usage(
                QCoreApplication::translate("Cli", "the %1 command has no option %2")
                    .arg(name, (used.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + used));
        }
    }
    if (positional.size() < command->minArguments()) {
        throw CliError::usage(
            QCoreApplication::translate("Cli", "%1: missing %2").arg(name, command->argumentsSyntax()));
    }
    if (positional.size() > command->maxArguments()) {
        throw CliError::usage(QCoreApplication::translate("Cli", "%1: unexpected argument \u201c%2\u201d")
                                  .arg(name, positional.at(command->maxArguments())));
    }

    CliContext context{parser, positional, QString(), QString()};
    if (m_runGuard && !m_runGuard(*command, context))
        return ExitOk;
    const int code = command->run(context);
    *out = context.out;
    *err += context.err;
    return code;
}

} // namespace processlab::cli
