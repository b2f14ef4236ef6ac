#pragma once

#include "Operation.h"
#include "ProcessState.h"

#include <array>

namespace processlab {

// A simulated register file. It changes as the process runs (a pure function
// of pid and CPU time used), lives on the CPU while the process runs, and is
// saved into the PCB on every switch-out, so the inspector shows a real
// context switch.
struct CpuContext
{
    quint32 pc = 0;
    quint32 sp = 0;
    std::array<quint32, 4> regs{};

    static CpuContext at(int pid, Tick cpuTime);
    bool operator==(const CpuContext& o) const { return pc == o.pc && sp == o.sp && regs == o.regs; }
};

// The dynamic part of a process control block. The static part (name,
// program, arrival, priority) stays in the Scenario, so copying the engine
// state for step-back checkpoints is a flat copy.
struct Pcb
{
    // The fields every scheduling step touches come first, so a step reads
    // one or two cache lines of a PCB, not all of it.
    ProcessState state = ProcessState::New;
    bool arrived = false;    // false until its arrival time
    bool manualWait = false; // blocked by hand, until moved back by hand
    bool atCpuOp = true;     // the current operation needs the CPU (saves a look at the program)
    int pid = 0;             // 1-based, in scenario list order
    int opIndex = 0;         // index of the current operation (burst)
    int cpu = -1;            // CPU it is on, -1 when not running
    Tick remaining = 0;      // remaining ticks of the current operation
    Tick cpuTime = 0;
    Tick stateSince = 0;  // when it entered its current state
    Tick readySince = 0;  // when it last entered the ready queue (HRRN's w)
    quint64 readySeq = 0; // position in the ready queue (entry order)
    qint64 readyKey = 0;  // the policy key it was queued with
    Tick readyTime = 0;   // time spent in Ready (and in switches bringing it in)
    Tick firstRun = -1;   // the first tick it really ran
    int level = 0;        // MLFQ queue level
    int priority = 0;
    int dispatches = 0;
    quint32 waitToken = 0; // invalidates stale wake-up entries
    Tick wakeAt = -1;      // end of a timed wait, -1 for an event wait
    Tick blockedTime = 0;  // time spent Blocked
    Tick newTime = 0;      // time waiting for admission after arrival
    Tick finish = -1;
    Tick arrival = 0;
    int parentPid = 0; // 0: created by the system

    CpuContext saved; // registers saved at the last switch-out

    // What a Blocked process waits for.
    enum class Wait : quint8
    {
        None,
        Timed,
        Manual,
        QueueEmpty,
        QueueFull,
        Lock,
        Join
    };
    Wait wait = Wait::None;
    int waitTarget = 0;  // queue, lock or pid it waits for
    qint64 heldItem = 0; // value of the item a blocked put is holding

    std::array<qint32, kCounters> counters{};
    std::array<qint64, kGlobals> globals{}; // this process's own copy of the globals
    qint64 produced = 0;                    // items it put into queues
    qint64 consumed = 0;                    // items it took from queues
    int blockedCount = 0;                   // times it blocked on a queue, lock or join

    bool operator==(const Pcb& o) const;
};

} // namespace processlab
