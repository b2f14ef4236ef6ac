// Producer-consumer benchmark (issue #8): how many simulated seconds of the
// course's exercise the engine plays per wall-clock second. A benchmark, not
// a test: the figures go to docs/performance.md.
//
// The exercise is built exactly as the GUI's producer-consumer dock and the
// CLI build it: core/ProducerConsumer with its defaults (1 producer, 5
// consumers, thresholds 10 and 50, batches 200 and 20, pauses 1 s and 2 s,
// 1 tick of CPU per item, 1 tick = 10 ms) on ProducerConsumer::defaultBase()
// (round robin, 4-tick slice, 2 CPUs). These programs loop forever, so a run
// stops at a simulated time instead of at the end.
//
// Two ways of running it:
//  - history=off: how `processlab-cli prodcons` runs (no step back);
//  - history=on: how the GUI runs it (step back enabled: every step logged,
//    a checkpoint every few hundred), followed by one step back, the GUI's
//    Left key, timed.
// Only the engine is timed: the GUI's views and gauge are not part of it.
//
//   build/bench/processlab-bench-prodcons [simulated seconds] [runs]
#include "core/Engine.h"
#include "core/ProducerConsumer.h"
#include "core/Scenario.h"

#include "PeakRss.h"

#include <QFile>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace processlab;

namespace {

using Clock = std::chrono::steady_clock;

// Restarts the peak of peakRssKiB() (PeakRss.h), so each mode is measured
// on its own (Linux: writing 5 to clear_refs resets VmHWM).
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct RunResult
{
    double wallSeconds = 0;
    double simulatedSeconds = 0;
    quint64 events = 0;
    quint64 steps = 0;
    size_t slices = 0;
    size_t changes = 0;
    qint64 produced = 0;
    bool conserved = false;
    double stepBackMs = -1;
};

RunResult runOnce(const Scenario& scenario, Tick endTick, bool history)
{
    RunResult r;
    Engine engine(scenario);
    engine.setHistoryEnabled(history);
    const auto t0 = Clock::now();
    // Event by event up to the end time. The GUI's run to the end calls
    // Engine::run(n), which is n stepEvent() calls, so this costs the same
    // and stops both modes at exactly the same simulated time.
    for (;;) {
        const std::optional<Tick> next = engine.nextEventTime();
        if (!next || *next > endTick || !engine.stepEvent())
            break;
    }
    r.wallSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    r.simulatedSeconds = double(engine.now()) * scenario.secondsPerTick;
    r.events = engine.eventCount();
    r.steps = engine.stepCount();
    r.slices = engine.trace().slices.size();
    r.changes = engine.trace().changes.size();
    r.produced = engine.queues().at(0).produced;
    r.conserved = engine.queues().at(0).conserved();
    if (history) {
        const auto b0 = Clock::now();
        engine.stepBack();
        r.stepBackMs = std::chrono::duration<double, std::milli>(Clock::now() - b0).count();
    }
    return r;
}

void measure(const Scenario& scenario, double simulatedSeconds, bool history, int runs)
{
    const Tick endTick = Tick(std::llround(simulatedSeconds / scenario.secondsPerTick));
    resetPeakRss();
    std::vector<double> rates;
    std::vector<double> walls;
    RunResult last;
    for (int i = 0; i < runs; ++i) {
        last = runOnce(scenario, endTick, history);
        walls.push_back(last.wallSeconds);
        rates.push_back(last.simulatedSeconds / last.wallSeconds);
    }
    const double rate = median(rates);
    std::printf("history=%-3s simulated=%.0f s events=%llu slices=%zu changes=%zu produced=%lld "
                "conserved=%s median=%.3f s  %.0f simulated s per wall s (%.2f M events/s)",
                history ? "on" : "off", last.simulatedSeconds, static_cast<unsigned long long>(last.events),
                last.slices, last.changes, static_cast<long long>(last.produced),
                last.conserved ? "yes" : "NO", median(walls), rate,
                double(last.events) / median(walls) / 1e6);
    if (history)
        std::printf("  steps=%llu stepBack=%.2f ms", static_cast<unsigned long long>(last.steps),
                    last.stepBackMs);
    std::printf("  peak RSS=%ld MiB\n", peakRssKiB() / 1024);
}

} // namespace

int main(int argc, char* argv[])
{
    const double seconds = argc > 1 ? std::max(1.0, std::atof(argv[1])) : 3600.0;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const ProducerConsumerConfig config; // the course's exercise
    const Scenario scenario =
        ProducerConsumer::build(config, ProducerConsumer::defaultBase(QStringLiteral("benchmark")));
    std::printf("processlab-bench-prodcons: %d producer, %d consumers, %s q=%lld on %d CPUs, 1 tick = %g s, "
                "median of %d runs\n",
                config.producers, config.consumers, qPrintable(scenario.policy.name),
                static_cast<long long>(scenario.policy.quantum), scenario.cpus, scenario.secondsPerTick,
                runs);
    measure(scenario, seconds, false, runs);
    measure(scenario, seconds, true, runs);
    return 0;
}
