// The start-up baseline for docs/startup.md: an empty QMainWindow of the
// size ProcessLab opens with on its first start (96 % of the screen, at most
// 1920x1200), quitting at its first frame as `processlab --quit-when-shown`
// does, or with --mapped as soon as it is mapped, as
// `processlab --quit-when-mapped` does. Timed as a whole process.

#include "app/FirstStartSize.h"
#include "app/QuitWhenShown.h"

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
    const QRect available = window.screen()->availableGeometry();
    window.resize(processlab::firstStartSize(available));
    QuitWhenShown quit(clock, QuitWhenShown::momentFromArguments(argc, argv));
    window.show();
    window.windowHandle()->installEventFilter(&quit);
    return app.exec();
}
