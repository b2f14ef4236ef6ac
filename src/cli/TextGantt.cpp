#include "TextGantt.h"

#include <QCoreApplication>

#include <algorithm>

namespace processlab::cli {

namespace {
QString span(Tick start, Tick end)
{
    return QStringLiteral("%1-%2").arg(start).arg(end);
}
} // namespace

QString TextGantt::render(const SimulationResult& result)
{
    const int cpus = result.scenario.cpus;
    std::vector<std::vector<const Slice*>> perCpu(size_t(std::max(cpus, 0)));
    for (const Slice& slice : result.trace.slices) {
        if (slice.cpu >= 0 && slice.cpu < cpus && slice.end > slice.start)
            perCpu[size_t(slice.cpu)].push_back(&slice);
    }
    const QString idle = QCoreApplication::translate("Cli", "idle", "Gantt: CPU without a process");
    const QString switchTo =
        QCoreApplication::translate("Cli", "switch>%1", "Gantt: context switch loading %1");

    QString out;
    for (int cpu = 0; cpu < cpus; ++cpu) {
        auto& slices = perCpu[size_t(cpu)];
        std::stable_sort(slices.begin(), slices.end(),
                         [](const Slice* a, const Slice* b) { return a->start < b->start; });
        QStringList items;
        Tick t = 0;
        for (const Slice* slice : slices) {
            if (slice->start > t)
                items << idle + QLatin1Char(' ') + span(t, slice->start);
            const QString& name = result.names.value(slice->pid - 1);
            const QString who = slice->kind == SliceKind::Switch ? switchTo.arg(name) : name;
            items << who + QLatin1Char(' ') + span(slice->start, slice->end);
            t = std::max(t, slice->end);
        }
        if (result.end > t)
            items << idle + QLatin1Char(' ') + span(t, result.end);
        out += QStringLiteral("CPU%1 | ").arg(cpu) + items.join(QLatin1String(" | ")) +
               (items.isEmpty() ? QString() : QStringLiteral(" |")) + QLatin1Char('\n');
    }
    return out;
}

QString TextGantt::legend()
{
    return QCoreApplication::translate("Cli",
                                       "P1 0-4: P1 runs from tick 0 to tick 4; switch>P2: context switch "
                                       "loading P2; idle: nothing to run.");
}

} // namespace processlab::cli
