// SimulationController, part two: playback (timer, steps, the run to the
// end in chunks). The document, edits and moves are in SimulationController.cpp.

#include "SimulationController.h"

#include <algorithm>
#include <cmath>

namespace processlab {

namespace {
constexpr int kStepAnimationMs = 600;
constexpr int kMinTimerMs = 16;
constexpr int kRunSliceMs = 30;    // engine work per event-loop turn when running to the end
constexpr int kRunRefreshMs = 100; // how often views follow a run to the end
constexpr int kMaxTicksPerTimeout = 2000;
} // namespace

// --- playback ---------------------------------------------------------------

void SimulationController::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const bool wasPlaying = isPlaying();
    m_mode = mode;
    m_playTimer.stop();
    m_runTimer.stop();
    if (mode == Mode::Playing) {
        m_playTimer.setInterval(std::max(kMinTimerMs, int(std::lround(1000.0 / m_speed))));
        m_playClock.start();
        m_ticksDue = 0;
        m_playTimer.start();
    } else if (mode == Mode::RunningToEnd) {
        m_sinceRunUpdate.start();
        m_runChangesBefore = changeCount();
        m_runTimer.start();
    }
    if (wasPlaying != isPlaying())
        emit playingChanged(isPlaying());
}

int SimulationController::stepAnimationMs() const
{
    if (m_mode == Mode::RunningToEnd)
        return 0;
    if (m_mode == Mode::Playing) {
        const double interval = 1000.0 / m_speed;
        if (interval < 150)
            return 0;
        return std::min(kStepAnimationMs, int(interval * 0.8));
    }
    return kStepAnimationMs;
}

void SimulationController::play()
{
    if (m_mode == Mode::Playing)
        return;
    if (m_engine->finished()) {
        reportMessage(tr("The run is finished. Reset (Home) to watch it again."));
        return;
    }
    setMode(Mode::Playing);
    // React at once: the first tick does not wait for a whole interval.
    const int before = changeCount();
    if (!m_engine->stepTick()) {
        setMode(Mode::Paused);
        reportEndOfRun();
    }
    notifyStepped(before, false, stepAnimationMs());
}

void SimulationController::pause()
{
    setMode(Mode::Paused);
}

void SimulationController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void SimulationController::playTimeout()
{
    m_ticksDue += double(m_playClock.restart()) * m_speed / 1000.0;
    int ticks = int(std::floor(m_ticksDue));
    if (ticks <= 0)
        return;
    m_ticksDue -= ticks;
    ticks = std::min(ticks, kMaxTicksPerTimeout);
    const int before = changeCount();
    bool more = true;
    for (int i = 0; i < ticks && more; ++i)
        more = m_engine->stepTick();
    if (!more || m_engine->finished())
        setMode(Mode::Paused);
    notifyStepped(before, false, stepAnimationMs());
    if (!isPlaying())
        reportEndOfRun();
}

bool SimulationController::stepEvent()
{
    setMode(Mode::Paused);
    const int before = changeCount();
    if (!m_engine->stepEvent()) {
        reportEndOfRun();
        return false;
    }
    notifyStepped(before, false, stepAnimationMs());
    if (m_engine->finished())
        reportEndOfRun();
    return true;
}

bool SimulationController::stepTick()
{
    setMode(Mode::Paused);
    const int before = changeCount();
    if (!m_engine->stepTick()) {
        reportEndOfRun();
        return false;
    }
    notifyStepped(before, false, stepAnimationMs());
    return true;
}

bool SimulationController::stepBack()
{
    setMode(Mode::Paused);
    if (!m_engine->canStepBack()) {
        reportMessage(tr("Already at the start of the run."));
        return false;
    }
    const int before = changeCount();
    m_engine->stepBack();
    purgeStaleMoves();
    notifyStepped(before, true, 0);
    return true;
}

void SimulationController::runToEnd()
{
    if (m_mode == Mode::RunningToEnd)
        return;
    if (!m_engine->nextEventTime()) {
        reportEndOfRun();
        return;
    }
    // Programs that loop forever (the producer-consumer lab) never end:
    // run to end then runs a stretch of time and stops, instead of running
    // until someone presses pause.
    m_runLimit = -1;
    for (const ProcessSpec& spec : m_engine->scenario().processes) {
        if (!isBurstForm(spec.program)) {
            const double seconds = m_engine->scenario().secondsPerTick;
            m_runLimit = m_engine->now() + (seconds > 0 ? Tick(60.0 / seconds) : Tick(10000));
            break;
        }
    }
    setMode(Mode::RunningToEnd);
    reportMessage(tr("Running to the end\u2026"));
}

void SimulationController::runChunk()
{
    if (m_mode != Mode::RunningToEnd)
        return;
    QElapsedTimer slice;
    slice.start();
    bool more = true;
    while (more && slice.elapsed() < kRunSliceMs) {
        QElapsedTimer chunkClock;
        chunkClock.start();
        more = m_engine->run(m_runChunk) && (m_runLimit < 0 || m_engine->now() < m_runLimit);
        const qint64 ms = chunkClock.elapsed();
        if (ms < 4)
            m_runChunk = std::min<qint64>(m_runChunk * 2, qint64(1) << 20);
        else if (ms > 12)
            m_runChunk = std::max<qint64>(m_runChunk / 2, 1);
    }
    if (!more) {
        setMode(Mode::Paused);
        notifyStepped(m_runChangesBefore, false, 0);
        reportEndOfRun();
        return;
    }
    if (m_sinceRunUpdate.elapsed() >= kRunRefreshMs) {
        notifyStepped(m_runChangesBefore, false, 0);
        m_runChangesBefore = changeCount();
        m_sinceRunUpdate.restart();
    }
    m_runTimer.start();
}

void SimulationController::reportEndOfRun()
{
    // The engine stopped itself: a broken invariant (issue #8).
    if (const InvariantViolation& violation = m_engine->invariantViolation(); !violation.isEmpty()) {
        qWarning("%s", qPrintable(violation.englishText()));
        reportMessage(violation.summary(), MessageKind::Warning);
        return;
    }
    if (m_runLimit >= 0 && m_engine->now() >= m_runLimit && !m_engine->finished()) {
        reportMessage(tr("Stopped at t = %1: these programs loop forever. Run to end again to go on.")
                          .arg(m_engine->now()));
        m_runLimit = -1;
        return;
    }
    if (m_engine->finished()) {
        reportMessage(
            tr("Finished at t = %1: all %n processes terminated.", nullptr, m_engine->processCount())
                .arg(m_engine->now()));
    } else if (!m_engine->nextEventTime()) {
        reportMessage(tr("Nothing more happens on its own at t = %1: drag a process to another state.")
                          .arg(m_engine->now()));
    }
}

void SimulationController::reset()
{
    setMode(Mode::Paused);
    const int before = changeCount();
    m_engine->reset();
    ++m_generation;
    purgeStaleMoves();
    notifyStepped(before, true, 0);
    reportMessage(tr("Reset to t = 0."));
}

void SimulationController::setSpeed(double ticksPerSecond)
{
    const double speed = std::clamp(ticksPerSecond, kMinSpeed, kMaxSpeed);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    if (m_mode == Mode::Playing)
        m_playTimer.setInterval(std::max(kMinTimerMs, int(std::lround(1000.0 / m_speed))));
    emit speedChanged(m_speed);
}

} // namespace processlab
