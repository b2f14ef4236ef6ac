#include "MainWindow.h"

#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ProcessLab"));
    QApplication::setOrganizationName(QStringLiteral("ProcessLab"));
    QApplication::setApplicationVersion(QStringLiteral(PROCESSLAB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/processlab.svg")));
    processlab::Translations::install(processlab::Translations::systemDefault());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "ProcessLab: see how an operating system runs processes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A scenario file (.json) to open."));
    parser.process(app);

    processlab::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // Open after the window is up, so an error dialog has a parent on screen.
    QTimer::singleShot(0, &window, [&window, files] {
        if (files.isEmpty() || !window.openPath(files.front()))
            window.openDefaultExample();
    });
    return app.exec();
}
