#include "PolicyRegistry.h"

#include "policies/FcfsPolicy.h"
#include "policies/HrrnPolicy.h"
#include "policies/ManualPolicy.h"
#include "policies/MlfqPolicy.h"
#include "policies/PriorityPolicy.h"
#include "policies/RoundRobinPolicy.h"
#include "policies/SjfPolicy.h"
#include "policies/SrtfPolicy.h"

#include <QCoreApplication>

namespace processlab {

namespace {
const PolicyRegistry::Entry kEntries[] = {
    {"fcfs", QT_TRANSLATE_NOOP("PolicyRegistry", "First come, first served (FCFS)"),
     QT_TRANSLATE_NOOP("PolicyRegistry", "Runs processes in the order they entered the ready queue.")},
    {"sjf", QT_TRANSLATE_NOOP("PolicyRegistry", "Shortest job first (SJF)"),
     QT_TRANSLATE_NOOP("PolicyRegistry",
                       "Non-preemptive: dispatches the ready process with the shortest next CPU burst.")},
    {"srtf", QT_TRANSLATE_NOOP("PolicyRegistry", "Shortest remaining time first (SRTF)"),
     QT_TRANSLATE_NOOP("PolicyRegistry",
                       "Preemptive SJF: a process with a strictly shorter remaining burst takes the CPU.")},
    {"priority", QT_TRANSLATE_NOOP("PolicyRegistry", "Priority"),
     QT_TRANSLATE_NOOP("PolicyRegistry",
                       "Dispatches the most urgent priority; optionally preempts for a strictly more "
                       "urgent one.")},
    {"rr", QT_TRANSLATE_NOOP("PolicyRegistry", "Round robin (RR)"),
     QT_TRANSLATE_NOOP("PolicyRegistry",
                       "Each process runs for at most one time slice, then goes to the tail of the ready "
                       "queue.")},
    {"hrrn", QT_TRANSLATE_NOOP("PolicyRegistry", "Highest response ratio next (HRRN)"),
     QT_TRANSLATE_NOOP("PolicyRegistry",
                       "Non-preemptive: dispatches the highest ratio (waiting + burst) / burst.")},
    {"mlfq", QT_TRANSLATE_NOOP("PolicyRegistry", "Multilevel feedback queue (MLFQ)"),
     QT_TRANSLATE_NOOP("PolicyRegistry",
                       "Several ready queues; a process that uses its whole time slice drops one level.")},
    {"manual", QT_TRANSLATE_NOOP("PolicyRegistry", "Manual (you are the scheduler)"),
     QT_TRANSLATE_NOOP("PolicyRegistry", "Nothing is dispatched unless you move it by hand.")},
};
} // namespace

QStringList PolicyRegistry::ids()
{
    QStringList out;
    for (const Entry& entry : kEntries)
        out << QString::fromLatin1(entry.id);
    return out;
}

const PolicyRegistry::Entry* PolicyRegistry::find(const QString& id)
{
    for (const Entry& entry : kEntries) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

QString PolicyRegistry::displayName(const QString& id)
{
    const Entry* entry = find(id);
    return entry ? QCoreApplication::translate("PolicyRegistry", entry->displayName) : id;
}

QString PolicyRegistry::description(const QString& id)
{
    const Entry* entry = find(id);
    return entry ? QCoreApplication::translate("PolicyRegistry", entry->description) : QString();
}

std::unique_ptr<SchedulingPolicy> PolicyRegistry::create(const PolicyConfig& config)
{
    const QString& id = config.name;
    if (id == QLatin1String("fcfs"))
        return std::make_unique<FcfsPolicy>(config);
    if (id == QLatin1String("sjf"))
        return std::make_unique<SjfPolicy>(config);
    if (id == QLatin1String("srtf"))
        return std::make_unique<SrtfPolicy>(config);
    if (id == QLatin1String("priority"))
        return std::make_unique<PriorityPolicy>(config);
    if (id == QLatin1String("rr"))
        return std::make_unique<RoundRobinPolicy>(config);
    if (id == QLatin1String("hrrn"))
        return std::make_unique<HrrnPolicy>(config);
    if (id == QLatin1String("mlfq"))
        return std::make_unique<MlfqPolicy>(config);
    if (id == QLatin1String("manual"))
        return std::make_unique<ManualPolicy>(config);
    return nullptr;
}

} // namespace processlab
