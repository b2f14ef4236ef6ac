#pragma once

// Start-up benchmarks (docs/startup.md): ends the process as soon as a
// window is on screen and prints the time since `clock` started.
// processlab --quit-when-shown / --quit-when-mapped and the baseline programs
// share it, so all are measured the same way. Two moments:
//  - Mapped: the window system has mapped the window (its first expose),
//    with everything built; the process ends before painting starts.
//    Prints "mapped after N ms".
//  - Painted: the same, after the first frame has been painted.
//    Prints "shown after N ms".
// The process ends at once (no teardown, no further events): what is timed
// is the way to the window, not the way out.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <cstring>

class QuitWhenShown : public QObject
{
public:
    enum class Moment
    {
        Mapped,
        Painted
    };

    explicit QuitWhenShown(const QElapsedTimer& clock, Moment moment = Moment::Painted)
        : m_clock(clock), m_moment(moment)
    {}
    // The baselines' command line: --mapped chooses that moment.
    static Moment momentFromArguments(int argc, char* argv[])
    {
        for (int i = 1; i < argc; ++i) {
            if (std::strcmp(argv[i], "--mapped") == 0)
                return Moment::Mapped;
        }
        return Moment::Painted;
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed() && !m_done) {
            m_done = true;
            if (m_moment == Moment::Mapped)
                quit("mapped"); // before the window sees the expose: nothing painted yet
            QTimer::singleShot(0, qApp, [this] { quit("shown"); }); // after it painted
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void quit(const char* what) const
    {
        std::fprintf(stderr, "%s after %lld ms\n", what, static_cast<long long>(m_clock.elapsed()));
        std::fflush(stderr);
        std::_Exit(0);
    }

    const QElapsedTimer& m_clock;
    Moment m_moment;
    bool m_done = false;
};
