#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("processlab-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(PROCESSLAB_VERSION));
    processlab::cli::CliApp cli;
    return cli.exec(QCoreApplication::arguments());
}
