// Engine benchmark (issue #2): 100,000 processes with random CPU/I/O bursts
// under rr and srtf on 4 CPUs. Prints events per second (median of several
// runs), slices, and peak resident memory. A benchmark, not a test: the
// figures go to docs/benchmarks.md.
//
//   build/bench/processlab-bench [processes] [runs]
#include "core/Engine.h"
#include "core/Metrics.h"

#include "PeakRss.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace processlab;

namespace {

Scenario workload(int count, const QString& policy)
{
    QRandomGenerator rng(2026);
    Scenario s;
    s.title = QStringLiteral("benchmark");
    s.cpus = 4;
    s.contextSwitch = 1;
    s.policy.name = policy;
    s.policy.quantum = 4;
    s.processes.reserve(size_t(count));
    Tick arrival = 0;
    for (int i = 0; i < count; ++i) {
        arrival += rng.bounded(6);
        std::vector<Tick> bursts;
        const int n = 1 + 2 * int(rng.bounded(3)); // 1, 3 or 5 bursts
        for (int b = 0; b < n; ++b)
            bursts.push_back(1 + rng.bounded(b % 2 ? 30 : 20));
        ProcessSpec p;
        p.name = QStringLiteral("P%1").arg(i + 1);
        p.arrival = arrival;
        p.program = programFromBursts(bursts);
        s.processes.push_back(std::move(p));
    }
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void measure(const Scenario& s, bool history, int runs)
{
    std::vector<double> seconds;
    quint64 events = 0;
    size_t slices = 0;
    double stepBackMs = -1;
    for (int r = 0; r < runs; ++r) {
        Engine engine(s);
        engine.setHistoryEnabled(history);
        const auto t0 = std::chrono::steady_clock::now();
        engine.run();
        const auto t1 = std::chrono::steady_clock::now();
        seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
        events = engine.eventCount();
        slices = engine.trace().slices.size();
        if (history && r == 0) {
            const auto b0 = std::chrono::steady_clock::now();
            engine.stepBack();
            const auto b1 = std::chrono::steady_clock::now();
            stepBackMs = std::chrono::duration<double, std::milli>(b1 - b0).count();
        }
    }
    const double med = median(seconds);
    std::printf("%-5s history=%-3s processes=%zu events=%llu slices=%zu median=%.3f s  %.2f M events/s",
                qPrintable(s.policy.name), history ? "on" : "off", s.processes.size(),
                static_cast<unsigned long long>(events), slices, med, double(events) / med / 1e6);
    if (stepBackMs >= 0)
        std::printf("  stepBack=%.1f ms", stepBackMs);
    std::printf("\n");
}

} // namespace

int main(int argc, char* argv[])
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    for (const char* policy : {"rr", "srtf"}) {
        const Scenario s = workload(count, QString::fromLatin1(policy));
        measure(s, false, runs);
        measure(s, true, 1);
    }
    std::printf("peak resident memory: %ld MiB\n", peakRssKiB() / 1024);
    return 0;
}
