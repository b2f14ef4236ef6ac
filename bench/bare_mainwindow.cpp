// The start-up baseline for docs/startup.md: an empty QMainWindow of the
// size ProcessLab opens with, quitting as soon as it has been exposed, as
// `processlab --quit-when-shown` does. Timed as a whole process.

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {
class QuitWhenShown : public QObject
{
public:
    explicit QuitWhenShown(const QElapsedTimer& clock) : m_clock(clock) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed() && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] {
                std::fprintf(stderr, "shown after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_done = false;
};
} // namespace

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
