#include "Engine.h"

#include "PolicyRegistry.h"
#include "StateTable.h"

#include <algorithm>
#include <functional>

namespace processlab {

namespace {
constexpr const char* kCtx = "Engine";

bool isOnCpu(const Operation& op)
{
    return op.category() == OperationCategory::OnCpu;
}
} // namespace

Engine::Engine(Scenario scenario) : m_scenario(std::move(scenario))
{
    m_policy = PolicyRegistry::create(m_scenario.policy);
    if (!m_policy) {
        // validate() refuses unknown policies; this keeps a bad caller safe.
        PolicyConfig fallback = m_scenario.policy;
        fallback.name = QStringLiteral("fcfs");
        m_policy = PolicyRegistry::create(fallback);
    }
    const int n = int(m_scenario.processes.size());
    for (int i = 0; i < n; ++i) {
        const ProcessSpec& s = m_scenario.processes[size_t(i)];
        if (!s.spawned)
            m_arrivalOrder.push_back(i + 1); // spawned processes start when their parent says
        m_hasDaemons = m_hasDaemons || s.daemon;
        for (const Operation& op : s.program)
            m_hasJoins = m_hasJoins || op.kind == OperationKind::Join;
    }
    std::stable_sort(m_arrivalOrder.begin(), m_arrivalOrder.end(),
                     [this](int a, int b) { return spec(a).arrival < spec(b).arrival; });
    // Step back replays at most this many steps from a checkpoint: the cap
    // keeps it around 10 ms; spacing checkpoints with the process count
    // keeps their memory small per step (docs/engine.md).
    m_checkpointInterval = size_t(std::clamp(2 * n, 512, 32768));
    // And at most this many checkpoints (about 256 MiB); older ones are
    // thinned out when there are more.
    const size_t stateBytes = size_t(n) * (sizeof(Pcb) + 64) + 4096;
    m_maxCheckpoints = std::clamp<size_t>((size_t(256) << 20) / stateBytes, 16, 4096);
    // Room for all of them up front (address space only until used): an
    // EngineState's move may throw (std::deque), so a growing vector copied
    // every checkpoint each time it doubled, which cost time and left the
    // heap fragmented by as much again (the soak test, docs/soak.md).
    m_checkpoints.reserve(m_maxCheckpoints + 1);
    initState();
    setInvariantChecking(invariantCheckingByDefault());
}

Engine::~Engine() = default;

void Engine::initState()
{
    m_state = EngineState{};
    m_trace = Trace{};
    m_log.clear();
    m_checkpoints.clear();
    m_violation = InvariantViolation{};

    const size_t n = m_scenario.processes.size();
    m_state.pcbs.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const ProcessSpec& s = m_scenario.processes[i];
        Pcb& p = m_state.pcbs[i];
        p.pid = int(i) + 1;
        p.priority = s.priority;
        p.arrival = s.arrival;
        p.remaining = s.program.empty() ? 0 : s.program.front().length;
        p.atCpuOp = !s.program.empty() && isOnCpu(s.program.front());
        p.saved = CpuContext::at(p.pid, 0);
    }
    m_state.cpus.resize(size_t(std::max(1, m_scenario.cpus)));
    m_state.queues.resize(m_scenario.queues.size());
    m_state.locks.resize(size_t(m_scenario.locks.size()));
    m_state.live = int(m_arrivalOrder.size());
    m_state.memoryFree = m_scenario.memory;
    const Tick boost = m_policy->boostPeriod();
    m_state.nextBoost = boost > 0 ? boost : -1;
}

void Engine::reset()
{
    initState();
    if (m_checker)
        noteProblems(m_checker->resync(m_state, m_trace));
}

void Engine::setHistoryEnabled(bool enabled)
{
    m_historyEnabled = enabled;
    if (!enabled) {
        m_log.clear();
        m_checkpoints.clear();
    }
}

bool Engine::invariantCheckingByDefault()
{
    const QByteArray value = qgetenv("PROCESSLAB_CHECK_INVARIANTS");
    if (!value.isEmpty())
        return value != "0";
#ifdef NDEBUG
    return false;
#else
    return true;
#endif
}

void Engine::setInvariantChecking(bool enabled)
{
    if (!enabled) {
        m_checker.reset();
        return;
    }
    if (m_checker)
        return;
    m_checker = std::make_unique<InvariantChecker>(m_scenario);
    noteProblems(m_checker->resync(m_state, m_trace));
}

void Engine::noteProblems(std::vector<Message> problems)
{
    if (problems.empty() || !m_violation.isEmpty())
        return;
    m_violation.time = m_state.now;
    m_violation.events = m_state.events;
    m_violation.problems = std::move(problems);
}

// --- time ----------------------------------------------------------------

std::optional<Tick> Engine::nextEventTime() const
{
    if (finished())
        return std::nullopt;
    std::optional<Tick> next;
    auto consider = [&next](Tick t) {
        if (!next || t < *next)
            next = t;
    };
    if (m_state.nextArrival < m_arrivalOrder.size())
        consider(spec(m_arrivalOrder[m_state.nextArrival]).arrival);
    if (!m_state.wakeHeap.empty())
        consider(m_state.wakeHeap.front().time);
    for (const CpuState& cpu : m_state.cpus) {
        if (cpu.pid == 0)
            continue;
        if (cpu.switching(m_state.now)) {
            consider(cpu.switchUntil);
            continue;
        }
        consider(m_state.now + pcb(cpu.pid).remaining);
        if (cpu.sliceEnd >= 0)
            consider(cpu.sliceEnd);
    }
    // A boost alone never keeps a stuck run going (it would step forever).
    if (next && m_state.nextBoost >= 0)
        consider(m_state.nextBoost);
    return next;
}

void Engine::progressTo(Tick t)
{
    const Tick from = m_state.now;
    const Tick dt = t - from;
    if (dt <= 0)
        return;
    for (CpuState& cpu : m_state.cpus) {
        if (cpu.pid == 0)
            continue;
        if (cpu.switchUntil > from) {
            // Switch slices end at an event, so t never passes switchUntil.
            cpu.switchTime += dt;
        } else {
            Pcb& p = m_state.pcbs[size_t(cpu.pid - 1)];
            if (p.firstRun < 0)
                p.firstRun = from; // response counts from the first tick it really runs
            p.remaining -= dt;
            p.cpuTime += dt;
            cpu.busyTime += dt;
            // cpu.context is brought up to date only when it is saved or
            // looked at (liveContext): computing it every step is waste.
        }
        if (cpu.openSlice >= 0)
            m_trace.slices[size_t(cpu.openSlice)].end = t;
    }
    m_state.now = t;
}

bool Engine::advanceTo(Tick t)
{
    progressTo(t);
    handleInstant();
    return true;
}

// --- the order of events at one instant (docs/conventions.md) -------------

void Engine::dropEmptySlices(size_t from)
{
    // A run slice closed at the instant it opened (a process preempted the
    // moment its switch-in ended) ran nothing: it would only be a zero-width
    // box in the Gantt chart. Only slices of the current step are touched,
    // so the checkpoints' trace lengths stay valid.
    auto& slices = m_trace.slices;
    size_t out = from;
    for (size_t i = from; i < slices.size(); ++i) {
        const Slice& s = slices[i];
        if (s.kind == SliceKind::Run && s.endReason != SliceEnd::Open && s.end == s.start)
            continue;
        for (CpuState& cpu : m_state.cpus) {
            if (cpu.openSlice == int(i))
                cpu.openSlice = int(out);
        }
        if (out != i)
            slices[out] = slices[i];
        ++out;
    }
    slices.resize(out);
    m_state.sliceCount = out;
}

void Engine::handleInstant()
{
    const Tick t = m_state.now;
    const size_t firstSlice = m_trace.slices.size();

    // (1) CPU bursts ending at t leave their CPU; switch slices ending at t end.
    for (size_t c = 0; c < m_state.cpus.size(); ++c) {
        CpuState& cpu = m_state.cpus[c];
        if (cpu.pid == 0)
            continue;
        if (cpu.switchUntil == t) {
            closeSlice(cpu, SliceEnd::SwitchDone, 0, false);
            cpu.switchUntil = -1;
            Pcb& p = m_state.pcbs[size_t(cpu.pid - 1)];
            const Tick q = m_policy->quantumFor(p);
            cpu.runStart = t;
            cpu.sliceEnd = q > 0 ? t + q : -1;
            openSlice(cpu, cpu.pid, SliceKind::Run, t);
            ++m_state.events;
            if (!pcb(cpu.pid).atCpuOp)
                proceed(cpu.pid, false);
            continue;
        }
        if (!cpu.switching(t) && pcb(cpu.pid).remaining == 0) {
            ++m_state.events;
            advanceOp(cpu.pid);
            proceed(cpu.pid, false);
        }
    }

    // (2) Admissions, arrivals and I/O completions, in scenario list order.
    // They are queued after step (3) has decided, so that
    // newBeforePreempted can put expired slices in front of them.
    // Scratch lists kept as members so an instant allocates nothing.
    auto& entering = m_scratchEntering;
    auto& arriving = m_scratchArriving;
    auto& expired = m_scratchExpired;
    entering.clear();
    arriving.clear();
    expired.clear();
    while (!m_state.admission.empty()) {
        const int pid = m_state.admission.front();
        const Tick need = spec(pid).memory;
        if (m_scenario.memory > 0 && need > m_state.memoryFree)
            break;
        m_state.admission.pop_front();
        if (m_scenario.memory > 0)
            m_state.memoryFree -= need;
        entering.emplace_back(pid, TransitionCause::Admit);
    }
    while (m_state.nextArrival < m_arrivalOrder.size() &&
           spec(m_arrivalOrder[m_state.nextArrival]).arrival == t)
        arriving.push_back(m_arrivalOrder[m_state.nextArrival++]);
    while (!m_state.wakeHeap.empty() && m_state.wakeHeap.front().time == t) {
        std::pop_heap(m_state.wakeHeap.begin(), m_state.wakeHeap.end(), std::greater<>());
        const WakeEntry entry = m_state.wakeHeap.back();
        m_state.wakeHeap.pop_back();
        const Pcb& p = pcb(entry.pid);
        if (p.state == ProcessState::Blocked && p.waitToken == entry.token)
            arriving.push_back(entry.pid);
    }
    std::sort(arriving.begin(), arriving.end());
    for (int pid : arriving) {
        Pcb& p = m_state.pcbs[size_t(pid - 1)];
        ++m_state.events;
        if (p.state == ProcessState::New) {
            p.arrived = true;
            p.stateSince = t;
            if (tryAdmit(pid, false))
                entering.emplace_back(pid, TransitionCause::Admit);
        } else {
            // A timed wait ended: another timed wait goes on blocking;
            // anything else needs the CPU again.
            p.wakeAt = -1;
            p.wait = Pcb::Wait::None;
            advanceOp(pid);
            const Program& program = spec(pid).program;
            if (size_t(p.opIndex) < program.size() &&
                program[size_t(p.opIndex)].category() == OperationCategory::TimedWait) {
                startTimedWait(pid, p.remaining);
            } else {
                entering.emplace_back(pid, TransitionCause::WaitDone);
            }
        }
    }

    // Periodic boost (MLFQ), after step (2).
    if (m_state.nextBoost >= 0 && m_state.nextBoost <= t) {
        for (Pcb& p : m_state.pcbs) {
            if (p.state != ProcessState::Terminated)
                m_policy->onBoost(p);
        }
        std::set<ReadyEntry> rekeyed;
        for (const ReadyEntry& e : m_state.ready) {
            Pcb& p = m_state.pcbs[size_t(e.pid - 1)];
            p.readyKey = readyKey(p);
            rekeyed.insert({p.readyKey, e.seq, e.pid});
        }
        m_state.ready.swap(rekeyed);
        const Tick period = m_policy->boostPeriod();
        while (m_state.nextBoost <= t)
            m_state.nextBoost += period;
        ++m_state.events;
    }

    // (3) Slices expiring at t, in CPU-index order.
    for (size_t c = 0; c < m_state.cpus.size(); ++c) {
        CpuState& cpu = m_state.cpus[c];
        if (cpu.pid == 0 || cpu.switching(t) || cpu.sliceEnd != t)
            continue;
        Pcb& p = m_state.pcbs[size_t(cpu.pid - 1)];
        m_policy->onSliceExpired(p);
        ++m_state.events;
        if (m_state.ready.empty() && entering.empty() && expired.empty()) {
            // Nobody else is ready: a fresh slice, no switch, no new response.
            closeSlice(cpu, SliceEnd::Renewed, 0, false);
            const Tick q = m_policy->quantumFor(p);
            cpu.runStart = t;
            cpu.sliceEnd = q > 0 ? t + q : -1;
            openSlice(cpu, cpu.pid, SliceKind::Run, t);
            continue;
        }
        const int pid = cpu.pid;
        leaveCpu(int(c), ProcessState::Ready, TransitionCause::SliceExpired, SliceEnd::SliceExpired, false);
        expired.push_back(pid);
    }
    auto enqueueExpired = [&] {
        for (int pid : expired)
            enterReady(pid, TransitionCause::SliceExpired, false, -1, 0, /*alreadyChanged=*/true);
    };
    if (!m_scenario.policy.newBeforePreempted)
        enqueueExpired();
    for (const auto& [pid, cause] : entering)
        enterReady(pid, cause, false);
    if (m_scenario.policy.newBeforePreempted)
        enqueueExpired();

    // (4) and (5): free CPUs take the best candidates, then strictly better
    // candidates preempt.
    if (m_policy->dispatchesAutomatically()) {
        dispatchFreeCpus();
        if (m_policy->isPreemptive())
            preemptIfBetter();
    }
    dropEmptySlices(firstSlice);
}

const Operation& Engine::currentOp(int pid) const
{
    static const Operation kEnd = Operation::cpu(0);
    const Program& program = spec(pid).program;
    const int index = pcb(pid).opIndex;
    return size_t(index) < program.size() ? program[size_t(index)] : kEnd;
}

void Engine::advanceOp(int pid, int to)
{
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    p.opIndex = to >= 0 ? to : p.opIndex + 1;
    const Program& program = spec(pid).program;
    const bool inProgram = size_t(p.opIndex) < program.size();
    p.remaining = inProgram ? program[size_t(p.opIndex)].length : 0;
    p.atCpuOp = inProgram && isOnCpu(program[size_t(p.opIndex)]);
}

void Engine::proceed(int pid, bool manual)
{
    // A program that loops without ever using time would freeze the clock;
    // after this many instant steps in a row the process is ended.
    constexpr int kMaxInstantSteps = 1000000;
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    const Program& program = spec(pid).program;
    for (int steps = 0; steps < kMaxInstantSteps; ++steps) {
        if (size_t(p.opIndex) >= program.size()) {
            leaveCpu(p.cpu, ProcessState::Terminated, TransitionCause::Exit, SliceEnd::Exit, manual);
            return;
        }
        const Operation& op = program[size_t(p.opIndex)];
        switch (op.category()) {
        case OperationCategory::OnCpu:
            return;
        case OperationCategory::TimedWait:
            leaveCpu(p.cpu, ProcessState::Blocked, TransitionCause::Wait, SliceEnd::Wait, manual);
            startTimedWait(pid, op.length);
            return;
        case OperationCategory::Instant:
            if (!executeInstant(pid, op, manual))
                return; // it blocked
            break;
        }
    }
    leaveCpu(p.cpu, ProcessState::Terminated, TransitionCause::Exit, SliceEnd::Exit, manual);
}

void Engine::startTimedWait(int pid, Tick length)
{
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    p.wait = Pcb::Wait::Timed;
    p.wakeAt = m_state.now + length;
    m_state.wakeHeap.push_back({p.wakeAt, pid, p.waitToken});
    std::push_heap(m_state.wakeHeap.begin(), m_state.wakeHeap.end(), std::greater<>());
}

void Engine::blockOn(int pid, Pcb::Wait wait, int target, bool manual)
{
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    leaveCpu(p.cpu, ProcessState::Blocked, TransitionCause::Wait, SliceEnd::Wait, manual);
    p.wait = wait;
    p.waitTarget = target;
    ++p.blockedCount;
}

void Engine::wakeWaiter(int pid)
{
    // The operation it waited on is done; it needs the CPU for what follows.
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    p.wait = Pcb::Wait::None;
    advanceOp(pid);
    enterReady(pid, TransitionCause::WaitDone, false);
}

void Engine::putItem(int pid, int queueIndex, qint64 value, bool carriesValue)
{
    QueueState& q = m_state.queues[size_t(queueIndex)];
    QueueItem item;
    item.seq = ++q.produced;
    item.value = carriesValue ? value : item.seq;
    q.sumProducedSeq += item.seq;
    ++m_state.pcbs[size_t(pid - 1)].produced;
    if (!q.getters.empty()) {
        // Straight to the first process blocked on an empty queue.
        const int getter = q.getters.front();
        q.getters.pop_front();
        takeItem(getter, queueIndex, item);
        wakeWaiter(getter);
        return;
    }
    q.items.push_back(item);
    q.maxLength = std::max<qint64>(q.maxLength, qint64(q.items.size()));
}

void Engine::takeItem(int pid, int queueIndex, const QueueItem& item)
{
    QueueState& q = m_state.queues[size_t(queueIndex)];
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    ++q.consumed;
    q.sumConsumedSeq += item.seq;
    ++p.consumed;
    const Operation& op = currentOp(pid);
    if (op.kind == OperationKind::GetGlobal && op.value >= 0 && op.value < kGlobals)
        p.globals[size_t(op.value)] = item.value;
}

bool Engine::executeInstant(int pid, const Operation& op, bool manual)
{
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    ++m_state.events;
    switch (op.kind) {
    case OperationKind::Jump:
        advanceOp(pid, op.jump);
        return true;
    case OperationKind::JumpIfLess:
    case OperationKind::JumpIfGreater: {
        const qint64 length = qint64(m_state.queues[size_t(op.target)].items.size());
        const bool jump = op.kind == OperationKind::JumpIfLess ? length < op.value : length > op.value;
        advanceOp(pid, jump ? op.jump : -1);
        return true;
    }
    case OperationKind::Repeat:
        p.counters[size_t(op.target)] = qint32(op.value);
        advanceOp(pid);
        return true;
    case OperationKind::Loop:
        advanceOp(pid, --p.counters[size_t(op.target)] > 0 ? op.jump : -1);
        return true;
    case OperationKind::AddGlobal:
        p.globals[size_t(op.target)] += op.value;
        advanceOp(pid);
        return true;
    case OperationKind::Put:
    case OperationKind::PutGlobal: {
        const QueueState& q = m_state.queues[size_t(op.target)];
        const int capacity = m_scenario.queues[size_t(op.target)].capacity;
        const bool carries = op.kind == OperationKind::PutGlobal;
        const qint64 value = carries ? p.globals[size_t(op.value)] : 0;
        if (capacity > 0 && qint64(q.items.size()) >= capacity) {
            p.heldItem = value;
            m_state.queues[size_t(op.target)].putters.push_back(pid);
            blockOn(pid, Pcb::Wait::QueueFull, op.target, manual);
            return false;
        }
        putItem(pid, op.target, value, carries);
        advanceOp(pid);
        return true;
    }
    case OperationKind::Get:
    case OperationKind::GetGlobal: {
        QueueState& q = m_state.queues[size_t(op.target)];
        if (q.items.empty()) {
            q.getters.push_back(pid);
            blockOn(pid, Pcb::Wait::QueueEmpty, op.target, manual);
            return false;
        }
        const QueueItem item = q.items.front();
        q.items.pop_front();
        takeItem(pid, op.target, item);
        advanceOp(pid);
        if (!q.putters.empty()) {
            // Room again: the first blocked put goes through.
            const int putter = q.putters.front();
            q.putters.pop_front();
            const bool carries = currentOp(putter).kind == OperationKind::PutGlobal;
            putItem(putter, op.target, pcb(putter).heldItem, carries);
            wakeWaiter(putter);
        }
        return true;
    }
    case OperationKind::Spawn: {
        const int child = op.target;
        advanceOp(pid);
        if (child >= 1 && child <= processCount()) {
            Pcb& c = m_state.pcbs[size_t(child - 1)];
            if (spec(child).spawned && !c.arrived && c.state == ProcessState::New) {
                c.arrived = true;
                c.parentPid = pid;
                c.arrival = m_state.now;
                c.stateSince = m_state.now;
                ++m_state.live;
                if (tryAdmit(child, manual))
                    enterReady(child, TransitionCause::Admit, false);
            }
        }
        return true;
    }
    case OperationKind::Join: {
        const int child = op.target;
        const bool done = child < 1 || child > processCount() ||
                          pcb(child).state == ProcessState::Terminated || !pcb(child).arrived;
        if (done) {
            advanceOp(pid);
            return true;
        }
        blockOn(pid, Pcb::Wait::Join, child, manual);
        return false;
    }
    case OperationKind::Acquire: {
        LockState& lock = m_state.locks[size_t(op.target)];
        if (lock.holder == 0 || lock.holder == pid) {
            lock.holder = pid;
            advanceOp(pid);
            return true;
        }
        lock.waiters.push_back(pid);
        blockOn(pid, Pcb::Wait::Lock, op.target, manual);
        return false;
    }
    case OperationKind::Release:
        releaseLock(op.target, pid);
        advanceOp(pid);
        return true;
    default:
        advanceOp(pid);
        return true;
    }
}

void Engine::releaseLock(int lockIndex, int pid)
{
    LockState& lock = m_state.locks[size_t(lockIndex)];
    if (lock.holder != pid)
        return;
    lock.holder = 0;
    if (lock.waiters.empty())
        return;
    const int next = lock.waiters.front();
    lock.waiters.pop_front();
    lock.holder = next;
    wakeWaiter(next);
}

void Engine::dropWaits(int pid)
{
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    auto erase = [pid](std::deque<int>& list) {
        list.erase(std::remove(list.begin(), list.end(), pid), list.end());
    };
    switch (p.wait) {
    case Pcb::Wait::QueueEmpty:
        erase(m_state.queues[size_t(p.waitTarget)].getters);
        break;
    case Pcb::Wait::QueueFull:
        erase(m_state.queues[size_t(p.waitTarget)].putters);
        break;
    case Pcb::Wait::Lock:
        erase(m_state.locks[size_t(p.waitTarget)].waiters);
        break;
    default:
        break;
    }
    ++p.waitToken; // a pending timed wake-up is stale now
    p.wait = Pcb::Wait::None;
    p.wakeAt = -1;
    p.manualWait = false;
}

void Engine::markTerminated(int pid, bool heldMemory)
{
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    p.finish = m_state.now;
    ++m_state.terminated;
    --m_state.live;
    if (m_scenario.memory > 0 && heldMemory)
        m_state.memoryFree += spec(pid).memory;
    for (size_t l = 0; l < m_state.locks.size(); ++l)
        releaseLock(int(l), pid); // a lock never stays with a dead process
    if (m_hasJoins) {
        for (const Pcb& other : m_state.pcbs) {
            if (other.state == ProcessState::Blocked && other.wait == Pcb::Wait::Join &&
                other.waitTarget == pid)
                wakeWaiter(other.pid);
        }
    }
    if (m_hasDaemons) {
        for (const Pcb& other : m_state.pcbs) {
            if (other.parentPid == pid && other.arrived && other.state != ProcessState::Terminated &&
                spec(other.pid).daemon)
                killDaemon(other.pid, pid);
        }
    }
}

void Engine::killDaemon(int pid, int parent)
{
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    const ProcessState from = p.state;
    if (from == ProcessState::Running) {
        leaveCpu(p.cpu, ProcessState::Terminated, TransitionCause::Killed, SliceEnd::Exit, false, parent);
        return;
    }
    if (from == ProcessState::Ready)
        removeFromReady(pid);
    if (from == ProcessState::Blocked)
        dropWaits(pid);
    if (from == ProcessState::New)
        m_state.admission.erase(std::remove(m_state.admission.begin(), m_state.admission.end(), pid),
                                m_state.admission.end());
    setState(p, ProcessState::Terminated);
    addChange(pid, from, ProcessState::Terminated, TransitionCause::Killed, false, -1, parent);
    // A daemon still waiting in New for memory was never given any.
    markTerminated(pid, /*heldMemory=*/from != ProcessState::New);
}

bool Engine::tryAdmit(int pid, bool /*manual*/)
{
    const Tick need = spec(pid).memory;
    // FIFO: nobody jumps the processes already waiting for memory.
    if (m_scenario.memory > 0 && (!m_state.admission.empty() || need > m_state.memoryFree)) {
        m_state.admission.push_back(pid);
        return false;
    }
    if (m_scenario.memory > 0)
        m_state.memoryFree -= need;
    return true;
}

void Engine::setState(Pcb& p, ProcessState to)
{
    const Tick spent = m_state.now - p.stateSince;
    switch (p.state) {
    case ProcessState::Ready:
        p.readyTime += spent;
        break;
    case ProcessState::Blocked:
        p.blockedTime += spent;
        break;
    case ProcessState::New:
        if (p.arrived)
            p.newTime += spent;
        break;
    default:
        break;
    }
    p.state = to;
    p.stateSince = m_state.now;
}

void Engine::addChange(int pid, ProcessState from, ProcessState to, TransitionCause cause, bool manual,
                       int cpu, int byPid)
{
    m_trace.changes.push_back({m_state.now, pid, from, to, cause, cpu, byPid, manual});
    m_state.changeCount = m_trace.changes.size();
}

qint64 Engine::readyKey(const Pcb& p) const
{
    return m_policy->hasStaticKey() ? m_policy->key(p) : 0;
}

void Engine::enterReady(int pid, TransitionCause cause, bool manual, int cpu, int byPid, bool alreadyChanged)
{
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    if (!alreadyChanged) {
        const ProcessState from = p.state;
        setState(p, ProcessState::Ready);
        addChange(pid, from, ProcessState::Ready, cause, manual, cpu, byPid);
    }
    p.readySeq = m_state.nextSeq++;
    p.readySince = m_state.now;
    p.readyKey = readyKey(p);
    m_state.ready.insert({p.readyKey, p.readySeq, pid});
}

void Engine::removeFromReady(int pid)
{
    const Pcb& p = pcb(pid);
    m_state.ready.erase({p.readyKey, p.readySeq, pid});
}

void Engine::openSlice(CpuState& cpu, int pid, SliceKind kind, Tick start)
{
    Slice s;
    s.cpu = int(&cpu - m_state.cpus.data());
    s.pid = pid;
    s.start = start;
    s.end = start;
    s.kind = kind;
    cpu.openSlice = int(m_trace.slices.size());
    m_trace.slices.push_back(s);
    m_state.sliceCount = m_trace.slices.size();
}

void Engine::closeSlice(CpuState& cpu, SliceEnd end, int byPid, bool manual)
{
    if (cpu.openSlice < 0)
        return;
    Slice& s = m_trace.slices[size_t(cpu.openSlice)];
    s.end = m_state.now;
    s.endReason = end;
    s.byPid = byPid;
    s.manual = manual;
    cpu.openSlice = -1;
}

void Engine::leaveCpu(int cpuIndex, ProcessState to, TransitionCause cause, SliceEnd end, bool manual,
                      int byPid)
{
    CpuState& cpu = m_state.cpus[size_t(cpuIndex)];
    const int pid = cpu.pid;
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    closeSlice(cpu, end, byPid, manual);
    cpu.context = CpuContext::at(pid, p.cpuTime);
    p.saved = cpu.context; // save the registers into the PCB
    cpu.pid = 0;
    cpu.switchUntil = -1;
    cpu.sliceEnd = -1;
    p.cpu = -1;
    setState(p, to);
    addChange(pid, ProcessState::Running, to, cause, manual, cpuIndex, byPid);
    if (to == ProcessState::Terminated)
        markTerminated(pid);
}

void Engine::dispatch(int pid, int cpuIndex, bool manual)
{
    CpuState& cpu = m_state.cpus[size_t(cpuIndex)];
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    const Tick t = m_state.now;
    removeFromReady(pid);
    setState(p, ProcessState::Running);
    addChange(pid, ProcessState::Ready, ProcessState::Running, TransitionCause::Dispatch, manual, cpuIndex);
    p.cpu = cpuIndex;
    ++p.dispatches;
    ++m_state.events;
    cpu.pid = pid;
    const bool loadsOther = cpu.loadedPid != 0 && cpu.loadedPid != pid;
    cpu.loadedPid = pid;
    cpu.context = p.saved; // restore its registers
    if (loadsOther) {
        ++m_state.contextSwitches;
        if (m_scenario.contextSwitch > 0) {
            cpu.switchUntil = t + m_scenario.contextSwitch;
            cpu.sliceEnd = -1;
            openSlice(cpu, pid, SliceKind::Switch, t);
            return;
        }
    }
    const Tick q = m_policy->quantumFor(p);
    cpu.runStart = t;
    cpu.sliceEnd = q > 0 ? t + q : -1;
    openSlice(cpu, pid, SliceKind::Run, t);
    if (!p.atCpuOp)
        proceed(pid, manual);
}

bool Engine::readyBetter(int a, int b) const
{
    return m_policy->better(pcb(a), pcb(b), m_state.now);
}

int Engine::bestReady() const
{
    if (m_state.ready.empty())
        return 0;
    if (m_policy->hasStaticKey())
        return m_state.ready.begin()->pid;
    // Dynamic keys: the set is in entry order, so the first of equals wins.
    int best = 0;
    for (const ReadyEntry& e : m_state.ready) {
        if (best == 0 || readyBetter(e.pid, best))
            best = e.pid;
    }
    return best;
}

void Engine::dispatchFreeCpus()
{
    for (size_t c = 0; c < m_state.cpus.size(); ++c) {
        // A dispatched process may block at once (an instant operation), so
        // the CPU is filled until it stays busy.
        while (m_state.cpus[c].pid == 0) {
            const int best = bestReady();
            if (best == 0)
                return;
            dispatch(best, int(c), false);
        }
    }
}

void Engine::preemptIfBetter()
{
    for (;;) {
        const int best = bestReady();
        if (best == 0)
            return;
        // The running process with the worst key; ties go to the highest CPU.
        int worstCpu = -1;
        for (size_t c = 0; c < m_state.cpus.size(); ++c) {
            const CpuState& cpu = m_state.cpus[c];
            if (cpu.pid == 0 || cpu.switching(m_state.now))
                continue;
            if (worstCpu < 0 || !readyBetter(cpu.pid, m_state.cpus[size_t(worstCpu)].pid))
                worstCpu = int(c);
        }
        if (worstCpu < 0)
            return;
        const int victim = m_state.cpus[size_t(worstCpu)].pid;
        if (!readyBetter(best, victim))
            return;
        leaveCpu(worstCpu, ProcessState::Ready, TransitionCause::Preempted, SliceEnd::Preempted, false, best);
        dispatch(best, worstCpu, false);
        // The new process may exit at once and take the victim with it (a
        // daemon child): only a victim still Ready joins the queue.
        if (pcb(victim).state == ProcessState::Ready)
            enterReady(victim, TransitionCause::Preempted, false, worstCpu, best, /*alreadyChanged=*/true);
    }
}

void Engine::pruneWakeHeap()
{
    auto& heap = m_state.wakeHeap;
    while (!heap.empty()) {
        const WakeEntry& top = heap.front();
        const Pcb& p = pcb(top.pid);
        if (p.state == ProcessState::Blocked && p.waitToken == top.token && p.wakeAt == top.time)
            return;
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        heap.pop_back();
    }
}

// --- steps, history and step back -----------------------------------------

bool Engine::doStep(const LoggedStep& step)
{
    switch (step.kind) {
    case StepKind::Event: {
        const std::optional<Tick> next = nextEventTime();
        if (!next)
            return false;
        return advanceTo(*next);
    }
    case StepKind::Tick: {
        if (finished())
            return false;
        const std::optional<Tick> next = nextEventTime();
        if (next && *next <= m_state.now)
            return advanceTo(*next); // events pending at this very instant
        const Tick target = m_state.now + 1;
        if (next && *next == target)
            return advanceTo(target);
        progressTo(target); // nothing happens at the new instant
        return true;
    }
    case StepKind::Manual:
        return applyManual(step.pid, step.target, step.cpu).ok;
    }
    return false;
}

void Engine::addCheckpoint()
{
    const size_t step = m_log.size();
    if (step % m_checkpointInterval != 0 || (!m_checkpoints.empty() && m_checkpoints.back().step >= step))
        return;
    m_checkpoints.push_back({step, m_state});
    if (m_checkpoints.size() <= m_maxCheckpoints)
        return;
    // Thin the older half (every other one goes, the first stays): stepping
    // back near the present stays instant, and a long way back re-creates
    // the checkpoints it passes while it replays.
    const size_t half = m_checkpoints.size() / 2;
    std::vector<Checkpoint> kept;
    kept.reserve(m_checkpoints.size());
    for (size_t i = 0; i < m_checkpoints.size(); ++i) {
        if (i >= half || i % 2 == 0)
            kept.push_back(std::move(m_checkpoints[i]));
    }
    m_checkpoints.swap(kept);
}

bool Engine::takeStep(const LoggedStep& step)
{
    if (!m_violation.isEmpty())
        return false;
    if (m_historyEnabled)
        addCheckpoint();
    if (!doStep(step))
        return false;
    pruneWakeHeap();
    if (m_historyEnabled)
        m_log.push_back(step);
    if (m_checker)
        noteProblems(m_checker->checkStep(m_state, m_trace));
    return true;
}

bool Engine::stepEvent()
{
    if (!nextEventTime())
        return false;
    return takeStep({StepKind::Event, ProcessState::New, 0, -1});
}

bool Engine::stepTick()
{
    if (finished())
        return false;
    return takeStep({StepKind::Tick, ProcessState::New, 0, -1});
}

bool Engine::run(qint64 maxSteps)
{
    for (qint64 i = 0; maxSteps < 0 || i < maxSteps; ++i) {
        if (!stepEvent())
            return false;
    }
    return m_violation.isEmpty() && nextEventTime().has_value();
}

void Engine::restore(const EngineState& state)
{
    m_state = state;
    m_trace.slices.resize(m_state.sliceCount);
    m_trace.changes.resize(m_state.changeCount);
    // Slices that were open then may have been closed since: reopen them.
    for (const CpuState& cpu : m_state.cpus) {
        if (cpu.openSlice < 0)
            continue;
        Slice& s = m_trace.slices[size_t(cpu.openSlice)];
        s.end = m_state.now;
        s.endReason = SliceEnd::Open;
        s.byPid = 0;
        s.manual = false;
    }
}

bool Engine::stepBack()
{
    if (!m_violation.isEmpty() || m_log.empty() || m_checkpoints.empty())
        return false;
    const size_t target = m_log.size() - 1;
    while (m_checkpoints.size() > 1 && m_checkpoints.back().step > target)
        m_checkpoints.pop_back();
    const size_t from = m_checkpoints.back().step;
    restore(m_checkpoints.back().state);
    std::vector<LoggedStep> replay(m_log.begin() + std::ptrdiff_t(from),
                                   m_log.begin() + std::ptrdiff_t(target));
    m_log.resize(from);
    for (const LoggedStep& step : replay) {
        addCheckpoint();
        doStep(step);
        pruneWakeHeap();
        m_log.push_back(step);
    }
    // The replayed steps were checked when first taken; the checker picks
    // up from the restored state (a scan of the trace: debug builds only).
    if (m_checker)
        noteProblems(m_checker->resync(m_state, m_trace));
    return true;
}

// --- manual moves -----------------------------------------------------------

TransitionResult Engine::checkTransition(int pid, ProcessState target) const
{
    if (!m_violation.isEmpty())
        return {
            false,
            {kCtx, QT_TRANSLATE_NOOP("Engine", "The simulation was stopped by an internal error; reset it "
                                               "to start again.")}};
    if (pid < 1 || pid > processCount())
        return {
            false,
            {kCtx, QT_TRANSLATE_NOOP("Engine", "There is no process with PID %1."), {QString::number(pid)}}};
    const Pcb& p = pcb(pid);
    const QString name = spec(pid).name;
    const Message refusal = StateTable::refusal(p.state, target);
    if (!refusal.isEmpty())
        return {false, refusal};
    if (p.state == ProcessState::New && !p.arrived)
        return {false,
                {kCtx,
                 QT_TRANSLATE_NOOP("Engine", "%1 has not arrived yet: it arrives at t = %2."),
                 {name, QString::number(p.arrival)}}};
    if (p.state == ProcessState::New && m_scenario.memory > 0 && spec(pid).memory > m_state.memoryFree)
        return {
            false,
            {kCtx,
             QT_TRANSLATE_NOOP("Engine", "Not enough memory to admit %1: it needs %2 and only %3 is free."),
             {name, QString::number(spec(pid).memory), QString::number(m_state.memoryFree)}}};
    return {true, {}};
}

TransitionResult Engine::requestTransition(int pid, ProcessState target, int cpu)
{
    TransitionResult check = checkTransition(pid, target);
    if (!check.ok)
        return check;
    if (cpu >= int(m_state.cpus.size()))
        cpu = -1;
    takeStep({StepKind::Manual, target, pid, cpu});
    return {true, {}};
}

TransitionResult Engine::applyManual(int pid, ProcessState target, int cpuHint)
{
    TransitionResult check = checkTransition(pid, target);
    if (!check.ok)
        return check;
    Pcb& p = m_state.pcbs[size_t(pid - 1)];
    const ProcessState from = p.state;
    ++m_state.manualMoves;
    ++m_state.events;

    if (from == ProcessState::New) {
        auto it = std::find(m_state.admission.begin(), m_state.admission.end(), pid);
        if (it != m_state.admission.end())
            m_state.admission.erase(it);
        if (m_scenario.memory > 0)
            m_state.memoryFree -= spec(pid).memory;
        enterReady(pid, TransitionCause::Admit, true);
    } else if (from == ProcessState::Ready) {
        int c = cpuHint;
        if (c < 0) {
            for (size_t i = 0; i < m_state.cpus.size() && c < 0; ++i) {
                if (m_state.cpus[i].pid == 0)
                    c = int(i);
            }
        }
        if (c < 0)
            c = int(m_state.cpus.size()) - 1;
        const int victim = m_state.cpus[size_t(c)].pid;
        if (victim != 0)
            leaveCpu(c, ProcessState::Ready, TransitionCause::Preempted, SliceEnd::Preempted, true, pid);
        dispatch(pid, c, true);
        // Unless the dispatched process exited at once and killed it (a daemon child).
        if (victim != 0 && pcb(victim).state == ProcessState::Ready)
            enterReady(victim, TransitionCause::Preempted, true, c, pid, /*alreadyChanged=*/true);
    } else if (from == ProcessState::Running) {
        const int c = p.cpu;
        if (target == ProcessState::Ready) {
            leaveCpu(c, ProcessState::Ready, TransitionCause::Preempted, SliceEnd::Preempted, true);
            enterReady(pid, TransitionCause::Preempted, true, c, 0, /*alreadyChanged=*/true);
        } else if (target == ProcessState::Blocked) {
            // An event wait that only a manual move ends; the rest of the
            // CPU burst is kept for when it runs again.
            leaveCpu(c, ProcessState::Blocked, TransitionCause::Wait, SliceEnd::Wait, true);
            p.manualWait = true;
            p.wait = Pcb::Wait::Manual;
            p.wakeAt = -1;
            ++p.waitToken;
        } else {
            leaveCpu(c, ProcessState::Terminated, TransitionCause::Exit, SliceEnd::Exit, true);
            p.opIndex = int(spec(pid).program.size());
            p.atCpuOp = false;
            p.remaining = 0;
        }
    } else if (from == ProcessState::Blocked) {
        const bool timed = p.wait == Pcb::Wait::Timed;
        dropWaits(pid);
        // A timed wait (I/O, sleep) completes now; a queue, lock or join wait
        // is abandoned and its operation tried again when it next runs.
        if (timed)
            advanceOp(pid);
        enterReady(pid, TransitionCause::WaitDone, true);
    }

    // The scheduler fills CPUs a manual move freed; it does not preempt
    // until the next event instant, so the user's choice stands.
    if (m_policy->dispatchesAutomatically())
        dispatchFreeCpus();
    return {true, {}};
}

// --- observation --------------------------------------------------------------

CpuContext Engine::liveContext(int cpuIndex) const
{
    const CpuState& cpu = m_state.cpus[size_t(cpuIndex)];
    if (cpu.pid == 0)
        return cpu.context;
    return CpuContext::at(cpu.pid, pcb(cpu.pid).cpuTime);
}

std::vector<int> Engine::readyQueue() const
{
    std::vector<int> out;
    out.reserve(m_state.ready.size());
    for (const ReadyEntry& e : m_state.ready)
        out.push_back(e.pid);
    if (!m_policy->hasStaticKey())
        std::stable_sort(out.begin(), out.end(), [this](int a, int b) { return readyBetter(a, b); });
    return out;
}

std::vector<int> Engine::blockedQueue() const
{
    std::vector<int> out;
    for (const Pcb& p : m_state.pcbs) {
        if (p.state == ProcessState::Blocked)
            out.push_back(p.pid);
    }
    std::stable_sort(out.begin(), out.end(), [this](int a, int b) {
        const Tick wa = pcb(a).wakeAt < 0 ? std::numeric_limits<Tick>::max() : pcb(a).wakeAt;
        const Tick wb = pcb(b).wakeAt < 0 ? std::numeric_limits<Tick>::max() : pcb(b).wakeAt;
        return wa < wb;
    });
    return out;
}

std::vector<int> Engine::admissionQueue() const
{
    return {m_state.admission.begin(), m_state.admission.end()};
}

Tick Engine::waitingSoFar(int pid) const
{
    const Pcb& p = pcb(pid);
    if (!p.arrived)
        return 0;
    const Tick end = p.finish >= 0 ? p.finish : m_state.now;
    Tick blocked = p.blockedTime;
    if (p.state == ProcessState::Blocked)
        blocked += m_state.now - p.stateSince;
    return end - p.arrival - p.cpuTime - blocked;
}

} // namespace processlab
