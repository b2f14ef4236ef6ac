#pragma once

#include "EngineState.h"
#include "Message.h"
#include "Scenario.h"
#include "SchedulingPolicy.h"
#include "Trace.h"

#include <memory>
#include <vector>

namespace processlab {

class Engine;

// What the invariant checker found after a step: the instant, the number of
// events handled so far, and one message per broken invariant.
struct InvariantViolation
{
    Tick time = 0;
    quint64 events = 0;
    std::vector<Message> problems;

    bool isEmpty() const { return problems.empty(); }
    explicit operator bool() const { return !problems.empty(); }
    // One line for a status bar: the header and the first problem (translated).
    QString summary() const;
    // The whole report, one problem a line (translated / English for logs and tests).
    QString text() const;
    QString englishText() const;
};

// Checks that an engine's state and trace are consistent (issue #8): a wrong
// number must stop the run with a report, never reach a student. What is
// checked (also listed in docs/soak.md):
// - each process is in exactly one state: its PCB's state is the one the
//   trace's state changes last gave it, and it is on a CPU exactly when
//   Running, in the ready queue exactly when Ready, finished exactly when
//   Terminated; every change is a move of the five-state model (or a daemon
//   killed) starting from the state the trace had it in;
// - no more Running processes than CPUs, none on two CPUs;
// - time never goes back: the clock, state changes in order, no slice or
//   change after now;
// - slices never overlap on one CPU, nor for one process; each busy CPU has
//   exactly one open slice, of its process;
// - CPU and I/O time: every process's CPU time equals the lengths of its run
//   slices, its Blocked time the Blocked intervals of its state changes, and
//   each CPU's busy and switch times its slices. CPU time accrues only on a
//   CPU operation and never beyond it: the checker sums the lengths of the
//   CPU operations it sees completed, and CPU time = that sum + the progress
//   of the current one. A process that ran off the end of a program without
//   jumps or loops, with no manual move that skips or adds waiting, used
//   exactly its CPU operations' total, and, when it never waited on a queue,
//   lock or join, exactly its I/O and sleep total (for burst programs: the
//   sums of its bursts);
// - the ready queue holds exactly the Ready processes, each with its
//   current key and entry number;
// - queues conserve items (QueueState::conserved(), FIFO numbering, the
//   processes' own counts) and respect their capacity; blocked processes
//   are really waiting where their PCB says; locks are held by live
//   processes; the memory pool and the admission queue add up; the engine's
//   counters of terminated and live processes are right.
//
// checkStep() is incremental: it looks at the trace entries added since the
// last call, the processes they name and those on a CPU (O(CPUs + what
// changed)), and checks the whole state every max(16, processes / 4) steps
// and when the run finishes. After a step back, resync() rebuilds the
// checker's picture from the trace and checks everything.
class InvariantChecker
{
public:
    // At most this many problems are reported (then "… and N more").
    static constexpr int kMaxProblems = 16;

    // `scenario` must outlive the checker.
    explicit InvariantChecker(const Scenario& scenario);
    ~InvariantChecker();
    InvariantChecker(const InvariantChecker&) = delete;
    InvariantChecker& operator=(const InvariantChecker&) = delete;

    // Everything from scratch: replays the whole trace and checks the whole state.
    static std::vector<Message> check(const Scenario& scenario, const EngineState& state, const Trace& trace);
    static std::vector<Message> check(const Engine& engine);

    // Takes `state` and `trace` as the new starting point and checks them in full.
    std::vector<Message> resync(const EngineState& state, const Trace& trace);
    // After one more step from the last checked state.
    std::vector<Message> checkStep(const EngineState& state, const Trace& trace);

private:
    // What the checker knows about a process from the trace and from what it saw.
    struct ProcessTrack
    {
        ProcessState state = ProcessState::New; // as the trace's changes left it
        Tick runTime = 0;                       // closed run slices
        Tick blockedTime = 0;                   // closed Blocked intervals of the changes
        Tick blockedSince = -1;
        Tick lastSliceEnd = 0;      // end of its last closed slice
        int openSlice = -1;         // its open slice, -1 = none
        bool totalsAltered = false; // a manual move skipped or added waiting, or it was ended early
        bool endedEarly = false;    // terminated by hand or killed: it did not finish its operation
        // CPU-operation accounting.
        Tick completedCpu = 0; // lengths of the CPU operations seen completed
        Tick seenCpuTime = 0;
        Tick seenRemaining = 0;
        int seenOp = 0;
        bool seenAtCpuOp = false;
        quint64 touched = 0; // step stamp, so a process is checked once a step
    };
    struct CpuTrack
    {
        int openSlice = -1;
        Tick lastEnd = 0;
        Tick busy = 0;      // closed run slices
        Tick switching = 0; // closed switch slices
    };
    // The program facts the exit check needs, computed once.
    struct ProgramFacts
    {
        bool straightLine = true; // no jumps or loops: each operation runs at most once
        Tick cpuTotal = 0;
        Tick waitTotal = 0; // I/O and sleep
    };

    void clear();
    void scanTrace(const EngineState& state, const Trace& trace);
    void scanSlice(const EngineState& state, const Trace& trace, size_t index);
    void closeSlice(const EngineState& state, const Slice& slice, size_t index);
    void scanChange(const EngineState& state, const StateChange& change);
    void checkCpus(const EngineState& state, const Trace& trace);
    void checkProcess(const EngineState& state, const Trace& trace, int pid);
    bool checkPlacement(const EngineState& state, int pid); // false: not even a valid state
    void checkWait(const EngineState& state, int pid);
    void checkTimes(const EngineState& state, const Trace& trace, int pid);
    void checkCpuOperations(const EngineState& state, int pid);
    void checkExitTotals(const EngineState& state, int pid);
    void checkQueues(const EngineState& state, bool full);
    void checkLocks(const EngineState& state, bool full);
    void checkWholeState(const EngineState& state, const Trace& trace);
    void reportMemory(const EngineState& state, Tick held);
    void touch(int pid);
    void adoptProgress(const EngineState& state, int pid); // believe its CPU-operation progress
    bool validPid(int pid, const EngineState& state) const;
    QString name(int pid) const;
    QString queueName(int index) const;
    Tick operationLength(int pid, int opIndex) const;
    void report(const char* source, QStringList args = {});
    std::vector<Message> takeProblems();

    const Scenario& m_scenario;
    std::unique_ptr<SchedulingPolicy> m_policy;
    std::vector<ProgramFacts> m_facts;
    std::vector<ProcessTrack> m_processes;
    std::vector<CpuTrack> m_cpus;
    std::vector<int> m_touched;
    quint64 m_stamp = 0;
    size_t m_slicesSeen = 0;
    size_t m_changesSeen = 0;
    Tick m_lastNow = 0;
    Tick m_lastChangeTime = 0;
    int m_stateCounts[kStateCount] = {};
    Tick m_memoryHeld = 0; // by admitted, unfinished processes, per the trace
    quint64 m_stepsSinceFull = 0;
    quint64 m_fullInterval = 16;
    bool m_finishedChecked = false;
    std::vector<Message> m_problems;
    int m_dropped = 0; // problems beyond kMaxProblems
};

} // namespace processlab
