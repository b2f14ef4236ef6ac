#pragma once

// Start-up benchmarks (docs/startup.md): ends the process as soon as a
// window has been exposed (painted for the first time) and prints the time
// since `clock` started. processlab --quit-when-shown and the bare
// QMainWindow benchmark share it, so both are measured the same way. The
// process ends at once (no teardown, no further events): what is timed is
// the way to the first frame, not the way out.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <cstdlib>

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
                std::fflush(stderr);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_done = false;
};
