// A second start-up reference for docs/startup.md: ProcessLab's Designer form
// alone (menu bar, the two toolbars with their icons, the status bar) in a
// QMainWindow of ProcessLab's first size, with no panel, no diagram and no
// scenario, quitting at its first frame as `processlab --quit-when-shown`
// does (with --mapped: when mapped, as `processlab --quit-when-mapped`). It
// shows what the window's frame costs before any of ProcessLab's own views
// are built.

#include "app/FirstStartSize.h"
#include "app/QuitWhenShown.h"

#include "ui_MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QScreen>
#include <QWindow>

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    Ui::MainWindow form;
    form.setupUi(&window);
    const QRect available = window.screen()->availableGeometry();
    window.resize(processlab::firstStartSize(available));
    QuitWhenShown quit(clock, QuitWhenShown::momentFromArguments(argc, argv));
    window.show();
    window.windowHandle()->installEventFilter(&quit);
    return app.exec();
}
