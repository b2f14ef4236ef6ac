#pragma once

#include <QString>

namespace processlab {

// The textbook's five-state model.
enum class ProcessState : quint8
{
    New,
    Ready,
    Running,
    Blocked,
    Terminated
};
constexpr int kStateCount = 5;

// Stable identifiers used in files and the CLI ("new", "ready", ...).
QString stateId(ProcessState state);
bool stateFromId(const QString& id, ProcessState* state);
// Translated display name ("Ready" / "就绪").
QString stateName(ProcessState state);
// Untranslated source text, for QT_TRANSLATE_NOOP users.
const char* stateSourceName(ProcessState state);

// Why a process changed state; shown on the diagram's arrows and in tooltips.
enum class TransitionCause : quint8
{
    Admit,        // New -> Ready
    Dispatch,     // Ready -> Running
    SliceExpired, // Running -> Ready, time slice used up
    Preempted,    // Running -> Ready, a better candidate took the CPU
    Wait,         // Running -> Blocked, I/O or event wait
    WaitDone,     // Blocked -> Ready, I/O or event done
    Exit,         // Running -> Terminated
    Killed,       // any state -> Terminated: a daemon whose parent exited
};
QString causeName(TransitionCause cause);
const char* causeSourceName(TransitionCause cause);
QString causeId(TransitionCause cause);

} // namespace processlab
