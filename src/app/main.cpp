#include "AppIcon.h"
#include "AppStyle.h"
#include "FontConfigWarmUp.h"
#include "MainWindow.h"
#include "Palette.h"
#include "QuitWhenShown.h"

#include "SimulationController.h"
#include "SvgIconEngine.h"
#include "i18n/Translations.h"
#include "prodcons/Worker.h"
#include "recovery/RecoveryManager.h"
#include "recovery/TestHooks.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void print(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

// --check-install: what an installation needs, found or not; 0 when all is
// there. Used by the install test and by whoever sets up a lecture PC.
int checkInstall()
{
    using namespace processlab;
    bool ok = true;
    const auto report = [&ok](const QString& what, bool found, const QString& detail) {
        print(QStringLiteral("%1: %2%3")
                  .arg(what, found ? QStringLiteral("ok") : QStringLiteral("MISSING"),
                       detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
        ok = ok && found;
    };
    print(QStringLiteral("ProcessLab %1 at %2")
              .arg(QStringLiteral(PROCESSLAB_VERSION),
                   QDir::toNativeSeparators(QCoreApplication::applicationFilePath())));
    for (const QString& language : Translations::available()) {
        if (language == QLatin1String("en"))
            continue;
        QTranslator translator;
        report(QStringLiteral("translation %1").arg(language),
               translator.load(QStringLiteral(":/i18n/processlab_%1.qm").arg(language)),
               QStringLiteral("embedded"));
        // Qt's own (dialog buttons): welcome, not required.
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QTranslator qt;
        print(QStringLiteral("qt translation %1: %2 (%3)")
                  .arg(language,
                       qt.load(QStringLiteral("qtbase_") + language, qtDir) ? QStringLiteral("ok")
                                                                            : QStringLiteral("not found"),
                       QDir::toNativeSeparators(qtDir)));
    }
    const QStringList embedded = MainWindow::exampleFiles();
    report(QStringLiteral("examples (embedded)"), !embedded.isEmpty(), QString::number(embedded.size()));
    const QString installed = Settings::examplesDirectory();
    const int installedCount =
        installed.isEmpty() ? 0
                            : int(QDir(installed).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    report(QStringLiteral("examples (installed)"), installedCount > 0,
           installed.isEmpty()
               ? QString()
               : QStringLiteral("%1 in %2").arg(installedCount).arg(QDir::toNativeSeparators(installed)));
    // The icons are drawn with Qt SVG.
    report(QStringLiteral("svg icons"),
           !SvgIconEngine::icon(QStringLiteral(":/icons/play.svg")).pixmap(32, 32).isNull(), QString());
    const Settings settings;
    print(QStringLiteral("settings: %1%2")
              .arg(settings.location(), settings.isPortable() ? QStringLiteral(" (portable)") : QString()));
    print(QStringLiteral("recovery files: %1").arg(QDir::toNativeSeparators(Settings::dataDirectory())));
    // The window itself, with the default scenario.
    {
        MainWindow window;
        window.show();
        const bool opened = window.openDefaultExample();
        QCoreApplication::processEvents();
        report(QStringLiteral("main window"),
               opened && window.isVisible() && window.controller()->engine().processCount() > 0,
               QGuiApplication::platformName());
    }
    print(ok ? QStringLiteral("installation ok") : QStringLiteral("installation INCOMPLETE"));
    std::fflush(stdout);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // The producer-consumer lab's real mode starts this executable as its
    // producer and consumer processes (before any window or settings).
    if (const int code = processlab::prodcons::runWorkerIfRequested(argc, argv); code >= 0)
        return code;
    QElapsedTimer clock;
    clock.start();
    processlab::FontConfigWarmUp fonts; // while QApplication connects to the display
    QApplication app(argc, argv);
    fonts.wait();
    QApplication::setStyle(new processlab::AppStyle);
    QApplication::setApplicationName(QStringLiteral("ProcessLab"));
    QApplication::setOrganizationName(QStringLiteral("ProcessLab"));
    QApplication::setApplicationVersion(QStringLiteral(PROCESSLAB_VERSION));
    const QFont systemFont = QApplication::font();
    QApplication::setFont(processlab::palette::applicationFont(
        systemFont, processlab::FontConfigWarmUp::resolveFamily(systemFont.family())));
    // The system's language; the main window switches to the one chosen in
    // View > Language when there is one.
    processlab::Translations::install(processlab::Translations::systemDefault());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "ProcessLab: see how an operating system runs processes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A scenario file (.json) to open."));
    const QCommandLineOption checkInstallOption(
        QStringLiteral("check-install"),
        QApplication::translate("main", "Check the installation (translations, examples, icons, settings), "
                                        "print what was found and exit."));
    parser.addOption(checkInstallOption);
    QCommandLineOption quitWhenShownOption(QStringLiteral("quit-when-shown"));
    quitWhenShownOption.setFlags(QCommandLineOption::HiddenFromHelp); // start-up benchmark
    parser.addOption(quitWhenShownOption);
    QCommandLineOption quitWhenMappedOption(QStringLiteral("quit-when-mapped"));
    quitWhenMappedOption.setFlags(QCommandLineOption::HiddenFromHelp); // start-up benchmark
    parser.addOption(quitWhenMappedOption);
    QCommandLineOption quitWhenCompleteOption(QStringLiteral("quit-when-complete"));
    quitWhenCompleteOption.setFlags(QCommandLineOption::HiddenFromHelp); // start-up benchmark
    parser.addOption(quitWhenCompleteOption);
    parser.process(app);
    if (parser.isSet(checkInstallOption))
        return checkInstall();

    fonts.fillFontDatabase(); // while the window's actions, menus and panels are made
    processlab::MainWindow window(nullptr, processlab::MainWindow::Startup::Progressive);
    fonts.wait();
    const QStringList files = parser.positionalArguments();
    // The default scenario is in the first frame; a file given (its error
    // dialog needs the window on screen) or recovered work comes after.
    const bool defaultOpened = files.isEmpty() && window.openDefaultExample();
    // Nothing lost: unsaved work goes to a recovery file as it changes. Its
    // folder and lock are made after the first frame (file work, slow on a
    // network profile); nothing can be edited before.
    std::unique_ptr<processlab::RecoveryManager> recovery;
    QuitWhenShown quitWhenShown(clock, parser.isSet(quitWhenMappedOption) ? QuitWhenShown::Moment::Mapped
                                                                          : QuitWhenShown::Moment::Painted);
    window.show();
    if ((parser.isSet(quitWhenShownOption) || parser.isSet(quitWhenMappedOption)) && window.windowHandle())
        window.windowHandle()->installEventFilter(&quitWhenShown);
    if (parser.isSet(quitWhenCompleteOption)) {
        // Start-up benchmark: the time until every panel is built and painted.
        window.whenPanelsReady([&window, &clock] {
            window.repaint();
            std::fprintf(stderr, "complete after %lld ms\n", static_cast<long long>(clock.elapsed()));
            std::fflush(stderr);
            std::_Exit(0); // as QuitWhenShown: the way out is not timed
        });
    }
    // Recovery, a file, test hooks: once the panels are there (after the first frame).
    window.whenPanelsReady([&window, &recovery, files, defaultOpened] {
        // The icon too: decoding it was a tenth of the first frame's wait.
        QApplication::setWindowIcon(processlab::appIcon());
        recovery = std::make_unique<processlab::RecoveryManager>(window.controller(), &window,
                                                                 processlab::Settings::dataDirectory());
        // Work left by an instance that did not exit normally is offered
        // over the default scenario, and replaces it if restored.
        const bool restored = !recovery->orphans().isEmpty() && recovery->offerRestore();
        recovery->removeStaleLocks();
        if (!restored) {
            const bool opened = !files.isEmpty() && window.openPath(files.front());
            if (!opened && !defaultOpened)
                window.openDefaultExample();
        }
        processlab::TestHooks::runFromEnvironment(&window, recovery.get());
    });
    return app.exec();
}
