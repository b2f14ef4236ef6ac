#pragma once

#include "Operation.h"
#include "ProcessState.h"

#include <QString>

#include <vector>

namespace processlab {

enum class SliceKind : quint8
{
    Run,
    Switch
};

// Why a run slice ended (for tooltips: "slice expired", "preempted by P3").
enum class SliceEnd : quint8
{
    Open,         // still running
    Exit,         // the process terminated
    Wait,         // it blocked for I/O or an event
    SliceExpired, // its quantum ran out (and it went back to Ready)
    Renewed,      // its quantum ran out but nobody else was ready: it continues
    Preempted,    // a better process took the CPU (see byPid)
    SwitchDone,   // a context-switch slice ended, the process starts running
};

struct Slice
{
    int cpu = 0;
    int pid = 0;
    Tick start = 0;
    Tick end = 0; // == start while open
    SliceKind kind = SliceKind::Run;
    SliceEnd endReason = SliceEnd::Open;
    int byPid = 0;       // for Preempted: the process that took the CPU; 0 = by hand
    bool manual = false; // ended by a manual move

    Tick length() const { return end - start; }
    bool operator==(const Slice& o) const;
};

struct StateChange
{
    Tick time = 0;
    int pid = 0;
    ProcessState from = ProcessState::New;
    ProcessState to = ProcessState::New;
    TransitionCause cause = TransitionCause::Admit;
    int cpu = -1;        // for dispatch and leaving a CPU
    int byPid = 0;       // for Preempted
    bool manual = false; // the user moved it
    bool operator==(const StateChange& o) const;
};

// The append-only record of a run. Step back truncates it to the lengths a
// checkpoint remembers, so it is never copied.
struct Trace
{
    std::vector<Slice> slices;
    std::vector<StateChange> changes;

    bool operator==(const Trace& o) const { return slices == o.slices && changes == o.changes; }
};

QString sliceKindId(SliceKind kind); // "run" | "switch"
QString sliceEndId(SliceEnd end);    // "exit", "wait", ...
QString sliceEndName(SliceEnd end);  // translated

} // namespace processlab
