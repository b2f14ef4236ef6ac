#pragma once

#include "EngineState.h"
#include "InvariantChecker.h"
#include "Message.h"
#include "Scenario.h"
#include "SchedulingPolicy.h"
#include "Trace.h"

#include <memory>
#include <optional>
#include <vector>

namespace processlab {

struct TransitionResult
{
    bool ok = false;
    Message reason; // why it was refused; empty when ok
    explicit operator bool() const { return ok; }
};

// The discrete-event simulation: time jumps from event instant to event
// instant, applying the conventions of docs/conventions.md in a fixed order.
// Deterministic: the same scenario and the same manual moves give the same
// trace. Every step (an event instant, a tick, a manual move) is logged;
// stepping back restores the nearest checkpoint and replays the log.
class Engine
{
public:
    // The scenario must be valid (Scenario::validate() returns nothing).
    explicit Engine(Scenario scenario);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    const Scenario& scenario() const { return m_scenario; }
    const SchedulingPolicy& policy() const { return *m_policy; }

    // --- playback -------------------------------------------------------
    // Advance to the next instant at which something happens and handle all
    // of its events. false (and nothing changes) when nothing can happen:
    // finished, waiting for a manual move, or stopped by a broken invariant.
    bool stepEvent();
    // Advance by one tick (handling events at the new instant).
    bool stepTick();
    // Until finished or nothing more can happen without a manual move, or
    // `maxSteps` event steps were taken (-1: no limit). true when more steps
    // are possible (the GUI runs in chunks).
    bool run(qint64 maxSteps = -1);
    bool canStepBack() const { return !m_log.empty(); }
    // Undo the last step (event, tick or manual move): the state becomes
    // exactly what it was before it, trace included.
    bool stepBack();
    // Back to time 0 with the same scenario; the history is cleared.
    void reset();
    // The CLI and benchmarks need no history; off saves memory and time.
    void setHistoryEnabled(bool enabled);
    bool historyEnabled() const { return m_historyEnabled; }

    // --- self-checks (issue #8) -------------------------------------------
    // Checks the invariants (InvariantChecker) after every step. On by
    // default in debug builds; PROCESSLAB_CHECK_INVARIANTS=1 (or 0) in the
    // environment switches it on (off) in any build. Release runs that do
    // not ask pay nothing. Switching it on mid-run checks the state at once.
    void setInvariantChecking(bool enabled);
    bool invariantChecking() const { return m_checker != nullptr; }
    static bool invariantCheckingByDefault();
    // Empty while every invariant holds. Once not, the run is stopped: the
    // step that broke it is kept (so it can be inspected), and every further
    // step, step back and manual move is refused until reset().
    const InvariantViolation& invariantViolation() const { return m_violation; }

    // --- manual moves (the GUI's drag and drop) -------------------------
    // Moves process `pid` to `target` through the five-state model, or
    // refuses with the reason. `cpu` picks the CPU for a dispatch (-1: the
    // lowest free one, else preempt the highest-numbered CPU).
    TransitionResult requestTransition(int pid, ProcessState target, int cpu = -1);
    // The same check without changing anything (to light up drop targets).
    TransitionResult checkTransition(int pid, ProcessState target) const;

    // --- observation ------------------------------------------------------
    Tick now() const { return m_state.now; }
    // Every process that has started or will start has terminated.
    bool finished() const { return m_state.live == 0; }
    std::optional<Tick> nextEventTime() const;
    int processCount() const { return int(m_state.pcbs.size()); }
    const std::vector<Pcb>& pcbs() const { return m_state.pcbs; }
    const Pcb& pcb(int pid) const { return m_state.pcbs[size_t(pid - 1)]; }
    const ProcessSpec& spec(int pid) const { return m_scenario.processes[size_t(pid - 1)]; }
    const std::vector<CpuState>& cpus() const { return m_state.cpus; }
    // The registers on a CPU right now (CpuState::context is refreshed only
    // when a process leaves the CPU).
    CpuContext liveContext(int cpuIndex) const;
    // Ready processes in the order the scheduler would pick them now.
    std::vector<int> readyQueue() const;
    // Blocked processes, earliest wake-up first (event waits last).
    std::vector<int> blockedQueue() const;
    // Arrived processes still waiting in New for admission.
    std::vector<int> admissionQueue() const;
    // Time spent waiting so far (Ready, New after arrival, switches in).
    Tick waitingSoFar(int pid) const;
    const Trace& trace() const { return m_trace; }
    const std::vector<QueueState>& queues() const { return m_state.queues; }
    const std::vector<LockState>& locks() const { return m_state.locks; }
    // The operation process `pid` is at (its program counter, for lessons).
    int operationIndex(int pid) const { return pcb(pid).opIndex; }
    const EngineState& state() const { return m_state; }
    quint64 stepCount() const { return m_log.size(); }
    quint64 eventCount() const { return m_state.events; }

private:
    // Tests corrupt the state through it to see the checker stop the run.
    friend struct EngineTestAccess;

    enum class StepKind : quint8
    {
        Event,
        Tick,
        Manual
    };
    struct LoggedStep
    {
        StepKind kind = StepKind::Event;
        ProcessState target = ProcessState::New;
        int pid = 0;
        int cpu = -1;
    };
    struct Checkpoint
    {
        size_t step = 0; // number of logged steps before it
        EngineState state;
    };

    void initState();
    bool doStep(const LoggedStep& step);
    bool advanceTo(Tick t);  // move time and handle events at t
    void progressTo(Tick t); // account for time passing, no events
    void handleInstant();    // steps (1)-(5) of the conventions
    TransitionResult applyManual(int pid, ProcessState target, int cpu);
    bool takeStep(const LoggedStep& step); // checkpoint, apply, log
    void addCheckpoint();
    void pruneWakeHeap(); // keep a live entry on top
    void restore(const EngineState& state);
    void noteProblems(std::vector<Message> problems); // stops the run when there are any

    // Helpers of handleInstant and the manual moves.
    const Operation& currentOp(int pid) const;
    void advanceOp(int pid, int to = -1); // to the next (or the given) operation
    void proceed(int pid, bool manual);   // run instant operations until time is needed
    bool executeInstant(int pid, const Operation& op, bool manual); // false: it blocked
    void startTimedWait(int pid, Tick length);                      // Blocked until now + length
    void blockOn(int pid, Pcb::Wait wait, int target, bool manual);
    void wakeWaiter(int pid);
    void putItem(int pid, int queueIndex, qint64 value, bool carriesValue);
    void takeItem(int pid, int queueIndex, const QueueItem& item);
    void releaseLock(int lockIndex, int pid);
    void dropWaits(int pid);
    void markTerminated(int pid, bool heldMemory = true);
    void killDaemon(int pid, int parent);
    // alreadyChanged: the state change was recorded when it left its CPU.
    void enterReady(int pid, TransitionCause cause, bool manual, int cpu = -1, int byPid = 0,
                    bool alreadyChanged = false);
    void leaveCpu(int cpuIndex, ProcessState to, TransitionCause cause, SliceEnd end, bool manual,
                  int byPid = 0);
    void dispatch(int pid, int cpuIndex, bool manual);
    bool tryAdmit(int pid, bool manual);
    void removeFromReady(int pid);
    void dropEmptySlices(size_t from);
    void closeSlice(CpuState& cpu, SliceEnd end, int byPid, bool manual);
    void openSlice(CpuState& cpu, int pid, SliceKind kind, Tick start);
    void addChange(int pid, ProcessState from, ProcessState to, TransitionCause cause, bool manual,
                   int cpu = -1, int byPid = 0);
    void setState(Pcb& pcb, ProcessState to);
    void preemptIfBetter();
    void dispatchFreeCpus();
    int bestReady() const;
    bool readyBetter(int a, int b) const;
    qint64 readyKey(const Pcb& pcb) const;

    Scenario m_scenario;
    std::unique_ptr<SchedulingPolicy> m_policy;
    std::vector<int> m_arrivalOrder; // pids sorted by (arrival, list order), spawned ones left out
    bool m_hasJoins = false;         // only then does a termination look for joiners
    bool m_hasDaemons = false;       // only then does it look for daemon children
    EngineState m_state;
    Trace m_trace;

    std::vector<std::pair<int, TransitionCause>> m_scratchEntering;
    std::vector<int> m_scratchArriving;
    std::vector<int> m_scratchExpired;

    bool m_historyEnabled = true;
    std::vector<LoggedStep> m_log;
    std::vector<Checkpoint> m_checkpoints;
    size_t m_checkpointInterval = 512;
    size_t m_maxCheckpoints = 4096;

    std::unique_ptr<InvariantChecker> m_checker; // null: not checking
    InvariantViolation m_violation;
};

} // namespace processlab
