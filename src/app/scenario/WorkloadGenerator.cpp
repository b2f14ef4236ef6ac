#include "WorkloadGenerator.h"

#include <QRandomGenerator>

#include <algorithm>

namespace processlab {

namespace {
qint64 between(QRandomGenerator& random, qint64 low, qint64 high)
{
    if (high < low)
        std::swap(low, high);
    return low + qint64(random.bounded(quint64(high - low) + 1));
}
} // namespace

std::vector<ProcessSpec> generateWorkload(const WorkloadParameters& p)
{
    QRandomGenerator random(p.seed);
    std::vector<ProcessSpec> processes;
    processes.reserve(size_t(std::max(0, p.count)));
    for (int i = 0; i < p.count; ++i) {
        ProcessSpec spec;
        spec.name = QStringLiteral("P%1").arg(i + 1);
        spec.arrival = between(random, 0, p.maxArrival);
        spec.priority = int(between(random, p.minPriority, p.maxPriority));
        const int cpuBursts = int(between(random, std::max(1, p.minCpuBursts), std::max(1, p.maxCpuBursts)));
        std::vector<Tick> bursts;
        for (int b = 0; b < cpuBursts; ++b) {
            if (b > 0)
                bursts.push_back(between(random, p.minIo, p.maxIo));
            bursts.push_back(between(random, p.minCpu, p.maxCpu));
        }
        spec.program = programFromBursts(bursts);
        processes.push_back(std::move(spec));
    }
    // Scenario order by arrival reads better in the table; stable keeps ties
    // in generation order.
    std::stable_sort(processes.begin(), processes.end(),
                     [](const ProcessSpec& a, const ProcessSpec& b) { return a.arrival < b.arrival; });
    for (size_t i = 0; i < processes.size(); ++i)
        processes[i].name = QStringLiteral("P%1").arg(i + 1);
    return processes;
}

} // namespace processlab
