// The start-up baseline for docs/startup.md: an empty QMainWindow of the
// size ProcessLab opens with, quitting as soon as it has been exposed, as
// `processlab --quit-when-shown` does. Timed as a whole process.

#include "app/QuitWhenShown.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QWindow>

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1344, 864);
    QuitWhenShown quit(clock);
    window.show();
    window.windowHandle()->installEventFilter(&quit);
    return app.exec();
}
