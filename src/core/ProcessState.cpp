#include "ProcessState.h"

#include <QCoreApplication>

namespace processlab {

namespace {
struct StateText
{
    const char* id;
    const char* name;
};
const StateText kStates[kStateCount] = {
    {"new", QT_TRANSLATE_NOOP("ProcessState", "New")},
    {"ready", QT_TRANSLATE_NOOP("ProcessState", "Ready")},
    {"running", QT_TRANSLATE_NOOP("ProcessState", "Running")},
    {"blocked", QT_TRANSLATE_NOOP("ProcessState", "Blocked")},
    {"terminated", QT_TRANSLATE_NOOP("ProcessState", "Terminated")},
};
const StateText kCauses[] = {
    {"admit", QT_TRANSLATE_NOOP("ProcessState", "admit")},
    {"dispatch", QT_TRANSLATE_NOOP("ProcessState", "dispatch")},
    {"slice-expired", QT_TRANSLATE_NOOP("ProcessState", "time slice expired")},
    {"preempted", QT_TRANSLATE_NOOP("ProcessState", "preempted")},
    {"wait", QT_TRANSLATE_NOOP("ProcessState", "I/O or event wait")},
    {"wait-done", QT_TRANSLATE_NOOP("ProcessState", "I/O or event done")},
    {"exit", QT_TRANSLATE_NOOP("ProcessState", "exit")},
    {"killed", QT_TRANSLATE_NOOP("ProcessState", "terminated with its parent (daemon)")},
};
} // namespace

QString stateId(ProcessState state)
{
    return QString::fromLatin1(kStates[int(state)].id);
}

bool stateFromId(const QString& id, ProcessState* state)
{
    for (int i = 0; i < kStateCount; ++i) {
        if (id == QLatin1String(kStates[i].id)) {
            *state = ProcessState(i);
            return true;
        }
    }
    return false;
}

const char* stateSourceName(ProcessState state)
{
    return kStates[int(state)].name;
}

QString stateName(ProcessState state)
{
    return QCoreApplication::translate("ProcessState", stateSourceName(state));
}

const char* causeSourceName(TransitionCause cause)
{
    return kCauses[int(cause)].name;
}

QString causeName(TransitionCause cause)
{
    return QCoreApplication::translate("ProcessState", causeSourceName(cause));
}

QString causeId(TransitionCause cause)
{
    return QString::fromLatin1(kCauses[int(cause)].id);
}

} // namespace processlab
