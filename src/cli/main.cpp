#include "CliApp.h"
#include "prodcons/Worker.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

// Painting a chart (--gantt) needs a QGuiApplication; everything else runs
// on a QCoreApplication, which needs no display.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument.startsWith("--gantt") || argument.startsWith("-gantt"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // `prodcons --real` starts this executable as its producer and consumer processes.
    if (const int code = processlab::prodcons::runWorkerIfRequested(argc, argv); code >= 0)
        return code;
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("processlab-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(PROCESSLAB_VERSION));
    processlab::cli::CliApp cli;
    return cli.exec(QCoreApplication::arguments());
}
