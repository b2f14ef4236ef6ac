#include "InvariantChecker.h"

#include "Engine.h"
#include "PolicyRegistry.h"
#include "StateTable.h"

#include <algorithm>

namespace processlab {

namespace {
constexpr const char* kCtx = "InvariantChecker";

QString num(qint64 value)
{
    return QString::number(value);
}

// A corrupted state can hold any byte: never index the name tables with it.
QString stateText(ProcessState state)
{
    return int(state) < kStateCount ? stateName(state) : QStringLiteral("#%1").arg(int(state));
}

bool validState(ProcessState state)
{
    return int(state) < kStateCount;
}

bool legalChange(const StateChange& change)
{
    // A daemon whose parent exits is killed from whatever state it is in.
    if (change.cause == TransitionCause::Killed)
        return change.from != ProcessState::Terminated && change.to == ProcessState::Terminated;
    return StateTable::isLegal(change.from, change.to);
}

// Sum of 1..n, the sequence numbers of n items.
qint64 seqSum(qint64 n)
{
    return n * (n + 1) / 2;
}

} // namespace

// --- the report ---------------------------------------------------------------

namespace {
Message header(const InvariantViolation& v)
{
    return {kCtx,
            QT_TRANSLATE_NOOP("InvariantChecker",
                              "Internal error: the simulation broke one of its own rules at t = %1 (after %2 "
                              "events) and was stopped. Please report it with the scenario file."),
            {num(v.time), QString::number(v.events)}};
}
} // namespace

QString InvariantViolation::summary() const
{
    if (problems.empty())
        return {};
    return header(*this).text() + QLatin1Char(' ') + problems.front().text();
}

QString InvariantViolation::text() const
{
    if (problems.empty())
        return {};
    QString out = header(*this).text();
    for (const Message& problem : problems)
        out += QStringLiteral("\n  - ") + problem.text();
    return out;
}

QString InvariantViolation::englishText() const
{
    if (problems.empty())
        return {};
    QString out = header(*this).englishText();
    for (const Message& problem : problems)
        out += QStringLiteral("\n  - ") + problem.englishText();
    return out;
}

// --- set-up ----------------------------------------------------------------------

InvariantChecker::InvariantChecker(const Scenario& scenario) : m_scenario(scenario)
{
    m_policy = PolicyRegistry::create(scenario.policy);
    if (!m_policy) {
        // The engine falls back to fcfs for an unknown name; so does its checker.
        PolicyConfig fallback = scenario.policy;
        fallback.name = QStringLiteral("fcfs");
        m_policy = PolicyRegistry::create(fallback);
    }
    m_facts.reserve(scenario.processes.size());
    for (const ProcessSpec& spec : scenario.processes) {
        ProgramFacts facts;
        for (const Operation& op : spec.program) {
            switch (op.kind) {
            case OperationKind::Jump:
            case OperationKind::JumpIfLess:
            case OperationKind::JumpIfGreater:
            case OperationKind::Loop:
                facts.straightLine = false;
                break;
            default:
                break;
            }
            if (op.category() == OperationCategory::OnCpu)
                facts.cpuTotal += op.length;
            else if (op.category() == OperationCategory::TimedWait)
                facts.waitTotal += op.length;
        }
        m_facts.push_back(facts);
    }
    // A whole-state check is O(processes): every n/4 steps it costs a few
    // checks per step on average.
    m_fullInterval = std::max<quint64>(16, quint64(scenario.processes.size()) / 4);
}

InvariantChecker::~InvariantChecker() = default;

std::vector<Message> InvariantChecker::check(const Scenario& scenario, const EngineState& state,
                                             const Trace& trace)
{
    InvariantChecker checker(scenario);
    return checker.resync(state, trace);
}

std::vector<Message> InvariantChecker::check(const Engine& engine)
{
    return check(engine.scenario(), engine.state(), engine.trace());
}

void InvariantChecker::clear()
{
    m_processes.assign(m_scenario.processes.size(), ProcessTrack{});
    m_touched.clear();
    m_slicesSeen = 0;
    m_changesSeen = 0;
    m_lastNow = 0;
    m_lastChangeTime = 0;
    std::fill(std::begin(m_stateCounts), std::end(m_stateCounts), 0);
    m_stateCounts[int(ProcessState::New)] = int(m_processes.size());
    m_memoryHeld = 0;
    m_stepsSinceFull = 0;
    m_finishedChecked = false;
}

std::vector<Message> InvariantChecker::resync(const EngineState& state, const Trace& trace)
{
    clear();
    m_cpus.assign(state.cpus.size(), CpuTrack{});
    ++m_stamp;
    if (state.pcbs.size() != m_processes.size()) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "The engine has %1 PCBs for %2 processes."),
               {num(qint64(state.pcbs.size())), num(qint64(m_processes.size()))});
        return takeProblems();
    }
    scanTrace(state, trace);
    checkCpus(state, trace);
    for (int pid = 1; pid <= int(m_processes.size()); ++pid)
        adoptProgress(state, pid);
    checkWholeState(state, trace);
    m_lastNow = state.now;
    return takeProblems();
}

std::vector<Message> InvariantChecker::checkStep(const EngineState& state, const Trace& trace)
{
    ++m_stamp;
    m_touched.clear();
    if (state.pcbs.size() != m_processes.size()) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "The engine has %1 PCBs for %2 processes."),
               {num(qint64(state.pcbs.size())), num(qint64(m_processes.size()))});
        return takeProblems();
    }
    if (state.cpus.size() != m_cpus.size()) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "The engine has %1 CPUs, %2 before."),
               {num(qint64(state.cpus.size())), num(qint64(m_cpus.size()))});
        return takeProblems();
    }
    if (state.now < m_lastNow) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "Time went back from t = %1 to t = %2."),
               {num(m_lastNow), num(state.now)});
    }
    // Processes on a CPU ran; the others that changed appear in the trace.
    for (const CpuState& cpu : state.cpus) {
        if (validPid(cpu.pid, state))
            touch(cpu.pid);
    }
    scanTrace(state, trace);
    checkCpus(state, trace);

    ++m_stepsSinceFull;
    const bool full = m_stepsSinceFull >= m_fullInterval || (state.live == 0 && !m_finishedChecked);
    if (full) {
        checkWholeState(state, trace);
    } else {
        for (int pid : m_touched)
            checkProcess(state, trace, pid);
        // The counts the trace keeps must match the structures.
        if (qint64(state.ready.size()) != m_stateCounts[int(ProcessState::Ready)]) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "The ready queue holds %1 entries but %2 processes are Ready."),
                   {num(qint64(state.ready.size())), num(m_stateCounts[int(ProcessState::Ready)])});
        }
        if (state.terminated != m_stateCounts[int(ProcessState::Terminated)]) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "The engine counts %1 terminated processes, but %2 are Terminated."),
                   {num(state.terminated), num(m_stateCounts[int(ProcessState::Terminated)])});
        }
        if (m_scenario.memory > 0 && state.memoryFree != m_scenario.memory - m_memoryHeld)
            reportMemory(state, m_memoryHeld);
        checkQueues(state, false);
        checkLocks(state, false);
    }
    m_lastNow = std::max(m_lastNow, state.now);
    return takeProblems();
}

// --- the trace -------------------------------------------------------------------

void InvariantChecker::scanTrace(const EngineState& state, const Trace& trace)
{
    const std::vector<Slice>& slices = trace.slices;
    const std::vector<StateChange>& changes = trace.changes;
    if (slices.size() < m_slicesSeen || changes.size() < m_changesSeen) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "The trace lost entries: %1 slices and %2 state changes, %3 and %4 before."),
               {num(qint64(slices.size())), num(qint64(changes.size())), num(qint64(m_slicesSeen)),
                num(qint64(m_changesSeen))});
        m_slicesSeen = std::min(m_slicesSeen, slices.size());
        m_changesSeen = std::min(m_changesSeen, changes.size());
    }
    // Slices open at the last check may have closed since (they come before
    // the new ones on their CPU).
    for (size_t c = 0; c < m_cpus.size(); ++c) {
        const int index = m_cpus[c].openSlice;
        if (index < 0)
            continue;
        if (size_t(index) >= slices.size() || slices[size_t(index)].cpu != int(c)) {
            report(
                QT_TRANSLATE_NOOP("InvariantChecker", "The open slice of CPU %1 disappeared from the trace."),
                {num(qint64(c))});
            m_cpus[c].openSlice = -1;
            continue;
        }
        const Slice& s = slices[size_t(index)];
        if (validPid(s.pid, state))
            touch(s.pid);
        if (s.endReason == SliceEnd::Open)
            continue;
        if (s.end < s.start || s.end > state.now) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "A slice of %1 on CPU %2 closed at t = %3, outside [%4, %5]."),
                   {name(s.pid), num(s.cpu), num(s.end), num(s.start), num(state.now)});
        }
        closeSlice(state, s, size_t(index));
    }
    for (size_t i = m_slicesSeen; i < slices.size(); ++i)
        scanSlice(state, trace, i);
    m_slicesSeen = slices.size();
    for (size_t i = m_changesSeen; i < changes.size(); ++i)
        scanChange(state, changes[i]);
    m_changesSeen = changes.size();
}

void InvariantChecker::scanSlice(const EngineState& state, const Trace& trace, size_t index)
{
    const Slice& s = trace.slices[index];
    if (s.cpu < 0 || size_t(s.cpu) >= m_cpus.size()) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "A slice names CPU %1, which does not exist."),
               {num(s.cpu)});
        return;
    }
    if (!validPid(s.pid, state)) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "A slice names PID %1, which does not exist."),
               {num(s.pid)});
        return;
    }
    touch(s.pid);
    CpuTrack& cpu = m_cpus[size_t(s.cpu)];
    ProcessTrack& process = m_processes[size_t(s.pid - 1)];
    if (s.end < s.start) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "A slice of %1 on CPU %2 ends at t = %3, before it starts at t = %4."),
               {name(s.pid), num(s.cpu), num(s.end), num(s.start)});
    }
    if (s.end > state.now) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "A slice of %1 on CPU %2 ends at t = %3, after the current time t = %4."),
               {name(s.pid), num(s.cpu), num(s.end), num(state.now)});
    }
    if (cpu.openSlice >= 0 || s.start < cpu.lastEnd) {
        const Tick previousEnd = cpu.openSlice >= 0 ? trace.slices[size_t(cpu.openSlice)].end : cpu.lastEnd;
        report(
            QT_TRANSLATE_NOOP("InvariantChecker",
                              "Slices overlap on CPU %1: one of %2 starts at t = %3, before the previous one "
                              "there ends (t = %4)."),
            {num(s.cpu), name(s.pid), num(s.start), num(previousEnd)});
    }
    if (process.openSlice >= 0 || s.start < process.lastSliceEnd) {
        const Tick previousEnd =
            process.openSlice >= 0 ? trace.slices[size_t(process.openSlice)].end : process.lastSliceEnd;
        report(QT_TRANSLATE_NOOP(
                   "InvariantChecker",
                   "%1 has two slices at once: one starts at t = %2 on CPU %3, before its previous "
                   "one ends (t = %4)."),
               {name(s.pid), num(s.start), num(s.cpu), num(previousEnd)});
    }
    if (s.endReason == SliceEnd::Open) {
        cpu.openSlice = int(index);
        process.openSlice = int(index);
    } else {
        closeSlice(state, s, index);
    }
}

void InvariantChecker::closeSlice(const EngineState& state, const Slice& s, size_t index)
{
    CpuTrack& cpu = m_cpus[size_t(s.cpu)];
    if (cpu.openSlice == int(index))
        cpu.openSlice = -1;
    cpu.lastEnd = std::max(cpu.lastEnd, s.end);
    const Tick length = s.end - s.start;
    if (s.kind == SliceKind::Run)
        cpu.busy += length;
    else
        cpu.switching += length;
    if (!validPid(s.pid, state))
        return;
    ProcessTrack& process = m_processes[size_t(s.pid - 1)];
    if (process.openSlice == int(index))
        process.openSlice = -1;
    process.lastSliceEnd = std::max(process.lastSliceEnd, s.end);
    if (s.kind == SliceKind::Run)
        process.runTime += length;
}

void InvariantChecker::scanChange(const EngineState& state, const StateChange& change)
{
    if (!validPid(change.pid, state)) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "A state change names PID %1, which does not exist."),
               {num(change.pid)});
        return;
    }
    touch(change.pid);
    if (change.time < m_lastChangeTime) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "A state change of %1 is dated t = %2, before the one recorded before it "
                                 "(t = %3)."),
               {name(change.pid), num(change.time), num(m_lastChangeTime)});
    }
    if (change.time > state.now) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "A state change of %1 is dated t = %2, after the current time t = %3."),
               {name(change.pid), num(change.time), num(state.now)});
    }
    m_lastChangeTime = std::max(m_lastChangeTime, change.time);
    if (!validState(change.from) || !validState(change.to)) {
        report(
            QT_TRANSLATE_NOOP("InvariantChecker", "A state change of %1 names a state that does not exist."),
            {name(change.pid)});
        return;
    }
    ProcessTrack& process = m_processes[size_t(change.pid - 1)];
    if (change.from != process.state) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "%1 moved from %2 to %3 at t = %4, but the trace had it in %5."),
               {name(change.pid), stateText(change.from), stateText(change.to), num(change.time),
                stateText(process.state)});
    }
    if (!legalChange(change)) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "%1 moved from %2 to %3 at t = %4, which the five-state model does not "
                                 "allow."),
               {name(change.pid), stateText(change.from), stateText(change.to), num(change.time)});
    }
    if (process.state == ProcessState::Blocked && process.blockedSince >= 0) {
        process.blockedTime += change.time - process.blockedSince;
        process.blockedSince = -1;
    }
    if (change.to == ProcessState::Blocked)
        process.blockedSince = change.time;
    // Skipping the rest of a wait, waiting by hand and ending early change
    // what the program alone would give.
    if (change.manual && (change.from == ProcessState::Blocked || change.to == ProcessState::Blocked ||
                          change.to == ProcessState::Terminated))
        process.totalsAltered = true;
    if (change.to == ProcessState::Terminated && (change.manual || change.cause == TransitionCause::Killed)) {
        process.totalsAltered = true;
        process.endedEarly = true;
    }
    // Admission takes memory; ending gives it back (a daemon killed in New never had any).
    const Tick memory = m_scenario.processes[size_t(change.pid - 1)].memory;
    if (change.from == ProcessState::New && change.to == ProcessState::Ready)
        m_memoryHeld += memory;
    else if (change.to == ProcessState::Terminated && change.from != ProcessState::New)
        m_memoryHeld -= memory;
    --m_stateCounts[int(process.state)];
    ++m_stateCounts[int(change.to)];
    process.state = change.to;
}

// --- the CPUs --------------------------------------------------------------------

void InvariantChecker::checkCpus(const EngineState& state, const Trace& trace)
{
    int busy = 0;
    for (size_t c = 0; c < m_cpus.size(); ++c) {
        const CpuState& cpu = state.cpus[c];
        const CpuTrack& track = m_cpus[c];
        const QString cpuText = num(qint64(c));
        if (cpu.openSlice != track.openSlice) {
            report(
                QT_TRANSLATE_NOOP("InvariantChecker",
                                  "CPU %1 says its open slice is number %2, but the trace's is number %3."),
                {cpuText, num(cpu.openSlice), num(track.openSlice)});
        }
        const Slice* open = track.openSlice >= 0 ? &trace.slices[size_t(track.openSlice)] : nullptr;
        Tick openRun = 0;
        Tick openSwitch = 0;
        if (open)
            (open->kind == SliceKind::Run ? openRun : openSwitch) = open->end - open->start;
        if (cpu.busyTime != track.busy + openRun) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "CPU %1 was busy for %2 ticks, but its run slices add up to %3."),
                   {cpuText, num(cpu.busyTime), num(track.busy + openRun)});
        }
        if (cpu.switchTime != track.switching + openSwitch) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "CPU %1 spent %2 ticks switching, but its switch slices add up to %3."),
                   {cpuText, num(cpu.switchTime), num(track.switching + openSwitch)});
        }
        if (cpu.pid == 0) {
            if (open) {
                report(QT_TRANSLATE_NOOP("InvariantChecker", "CPU %1 is idle but has an open slice of %2."),
                       {cpuText, name(open->pid)});
            }
            continue;
        }
        ++busy;
        if (!validPid(cpu.pid, state)) {
            report(QT_TRANSLATE_NOOP("InvariantChecker", "CPU %1 holds PID %2, which does not exist."),
                   {cpuText, num(cpu.pid)});
            continue;
        }
        const Pcb& p = state.pcbs[size_t(cpu.pid - 1)];
        if (p.state != ProcessState::Running) {
            report(QT_TRANSLATE_NOOP("InvariantChecker", "CPU %1 holds %2, which is %3, not Running."),
                   {cpuText, name(cpu.pid), stateText(p.state)});
        }
        if (p.cpu != int(c)) {
            const bool onOther =
                p.cpu >= 0 && size_t(p.cpu) < state.cpus.size() && state.cpus[size_t(p.cpu)].pid == cpu.pid;
            if (onOther) {
                report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is on CPU %2 and on CPU %3 at once."),
                       {name(cpu.pid), num(p.cpu), cpuText});
            } else {
                report(QT_TRANSLATE_NOOP("InvariantChecker", "CPU %1 holds %2, but its PCB names CPU %3."),
                       {cpuText, name(cpu.pid), num(p.cpu)});
            }
        }
        if (!open) {
            report(QT_TRANSLATE_NOOP("InvariantChecker", "CPU %1 holds %2 but has no open slice."),
                   {cpuText, name(cpu.pid)});
            continue;
        }
        if (open->pid != cpu.pid) {
            report(QT_TRANSLATE_NOOP("InvariantChecker", "CPU %1 holds %2, but its open slice is %3's."),
                   {cpuText, name(cpu.pid), name(open->pid)});
        }
        const SliceKind expected = cpu.switching(state.now) ? SliceKind::Switch : SliceKind::Run;
        if (open->kind != expected) {
            report(expected == SliceKind::Switch
                       ? QT_TRANSLATE_NOOP("InvariantChecker",
                                           "CPU %1 is switching to %2, but its open slice is a run slice.")
                       : QT_TRANSLATE_NOOP("InvariantChecker",
                                           "CPU %1 runs %2, but its open slice is a switch slice."),
                   {cpuText, name(cpu.pid)});
        }
        if (open->end != state.now) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "The open slice of %1 on CPU %2 ends at t = %3, not at the current time "
                                     "t = %4."),
                   {name(cpu.pid), cpuText, num(open->end), num(state.now)});
        }
    }
    const int running = m_stateCounts[int(ProcessState::Running)];
    if (running > int(state.cpus.size())) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 processes are Running, but there are only %2 CPUs."),
               {num(running), num(qint64(state.cpus.size()))});
    } else if (running != busy) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 processes are Running, but %2 CPUs are busy."),
               {num(running), num(busy)});
    }
}

// --- one process -------------------------------------------------------------------

void InvariantChecker::checkProcess(const EngineState& state, const Trace& trace, int pid)
{
    if (!checkPlacement(state, pid))
        return;
    checkWait(state, pid);
    checkTimes(state, trace, pid);
    checkCpuOperations(state, pid);
    checkExitTotals(state, pid);
}

bool InvariantChecker::checkPlacement(const EngineState& state, int pid)
{
    const Pcb& p = state.pcbs[size_t(pid - 1)];
    const ProcessTrack& track = m_processes[size_t(pid - 1)];
    if (p.pid != pid) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "The PCB of %1 says it is PID %2."),
               {name(pid), num(p.pid)});
    }
    if (!validState(p.state)) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is in no state of the five-state model (value %2)."),
               {name(pid), num(int(p.state))});
        return false;
    }
    if (p.state != track.state) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is %2, but the trace last moved it to %3."),
               {name(pid), stateText(p.state), stateText(track.state)});
    }

    // On a CPU exactly when Running.
    if (p.state == ProcessState::Running) {
        if (p.cpu < 0 || size_t(p.cpu) >= state.cpus.size() || state.cpus[size_t(p.cpu)].pid != pid)
            report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is Running but is not on a CPU."), {name(pid)});
    } else if (p.cpu != -1) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is %2, but its PCB names CPU %3."),
               {name(pid), stateText(p.state), num(p.cpu)});
    }

    // In the ready queue exactly when Ready, with its current key.
    const auto entry = state.ready.find(ReadyEntry{p.readyKey, p.readySeq, pid});
    const bool queued = entry != state.ready.end() && entry->pid == pid;
    if (p.state == ProcessState::Ready && !queued) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is Ready but not in the ready queue."), {name(pid)});
    } else if (p.state != ProcessState::Ready && queued) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is in the ready queue, but it is %2."),
               {name(pid), stateText(p.state)});
    } else if (queued) {
        const qint64 key = m_policy->hasStaticKey() ? m_policy->key(p) : 0;
        if (p.readyKey != key) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "%1 waits in the ready queue with key %2, but the policy gives it %3."),
                   {name(pid), num(p.readyKey), num(key)});
        }
    }

    // Finished exactly when Terminated.
    if (p.state == ProcessState::Terminated && p.finish < 0) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is Terminated but has no finish time."),
               {name(pid)});
    } else if (p.state != ProcessState::Terminated && p.finish >= 0) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 has a finish time (t = %2) but is %3."),
               {name(pid), num(p.finish), stateText(p.state)});
    }
    if (p.finish > state.now) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 finished at t = %2, after the current time t = %3."),
               {name(pid), num(p.finish), num(state.now)});
    }
    return true;
}

void InvariantChecker::checkWait(const EngineState& state, int pid)
{
    // Waiting exactly when Blocked, where its PCB says.
    const Pcb& p = state.pcbs[size_t(pid - 1)];
    if (p.state == ProcessState::Blocked) {
        switch (p.wait) {
        case Pcb::Wait::None:
            report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is Blocked with nothing to wait for."),
                   {name(pid)});
            break;
        case Pcb::Wait::Timed:
            if (p.wakeAt < state.now) {
                report(QT_TRANSLATE_NOOP("InvariantChecker",
                                         "%1 should have woken up at t = %2; it is still Blocked at t = %3."),
                       {name(pid), num(p.wakeAt), num(state.now)});
            }
            break;
        case Pcb::Wait::QueueEmpty:
        case Pcb::Wait::QueueFull:
        case Pcb::Wait::Lock:
            // Its place in the wait list: in the whole-state check, which
            // goes over each list once.
            break;
        case Pcb::Wait::Join:
            // A process that has terminated wakes its joiners at once.
            if (validPid(p.waitTarget, state) &&
                state.pcbs[size_t(p.waitTarget - 1)].state == ProcessState::Terminated) {
                report(QT_TRANSLATE_NOOP("InvariantChecker",
                                         "%1 still waits for %2, which has already terminated."),
                       {name(pid), name(p.waitTarget)});
            }
            break;
        case Pcb::Wait::Manual:
            break;
        }
    } else if (p.wait != Pcb::Wait::None) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 is %2, but its PCB says it is waiting."),
               {name(pid), stateText(p.state)});
    }
}

void InvariantChecker::checkTimes(const EngineState& state, const Trace& trace, int pid)
{
    // CPU time from the run slices, Blocked time from the changes.
    const Pcb& p = state.pcbs[size_t(pid - 1)];
    const ProcessTrack& track = m_processes[size_t(pid - 1)];
    Tick openRun = 0;
    if (track.openSlice >= 0) {
        const Slice& s = trace.slices[size_t(track.openSlice)];
        if (s.kind == SliceKind::Run)
            openRun = s.end - s.start;
    }
    if (p.cpuTime != track.runTime + openRun) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "%1 has %2 ticks of CPU time, but its run slices add up to %3."),
               {name(pid), num(p.cpuTime), num(track.runTime + openRun)});
    }
    const Tick blocked = p.blockedTime + (p.state == ProcessState::Blocked ? state.now - p.stateSince : 0);
    const Tick traceBlocked =
        track.blockedTime + (track.blockedSince >= 0 ? state.now - track.blockedSince : 0);
    if (blocked != traceBlocked) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "%1 has been Blocked for %2 ticks, but its state changes say %3."),
               {name(pid), num(blocked), num(traceBlocked)});
    }
}

void InvariantChecker::checkExitTotals(const EngineState& state, int pid)
{
    // A program without jumps runs each operation once: its totals are
    // known when it runs off the end on its own.
    const Pcb& p = state.pcbs[size_t(pid - 1)];
    const ProcessTrack& track = m_processes[size_t(pid - 1)];
    const ProgramFacts& facts = m_facts[size_t(pid - 1)];
    if (p.state == ProcessState::Terminated && !track.totalsAltered && facts.straightLine) {
        const int size = int(m_scenario.processes[size_t(pid - 1)].program.size());
        if (p.opIndex < size) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "%1 terminated at operation %2 of %3, before the end of its program."),
                   {name(pid), num(p.opIndex), num(size)});
        }
        if (p.cpuTime != facts.cpuTotal) {
            report(QT_TRANSLATE_NOOP(
                       "InvariantChecker",
                       "%1 finished with %2 ticks of CPU time, but its CPU operations add up to %3."),
                   {name(pid), num(p.cpuTime), num(facts.cpuTotal)});
        }
        if (p.blockedCount == 0 && p.blockedTime != facts.waitTotal) {
            report(QT_TRANSLATE_NOOP(
                       "InvariantChecker",
                       "%1 finished with %2 ticks of I/O, but its I/O and sleep operations add up to %3."),
                   {name(pid), num(p.blockedTime), num(facts.waitTotal)});
        }
    }
}

void InvariantChecker::checkCpuOperations(const EngineState& state, int pid)
{
    const Pcb& p = state.pcbs[size_t(pid - 1)];
    ProcessTrack& track = m_processes[size_t(pid - 1)];
    const Program& program = m_scenario.processes[size_t(pid - 1)].program;
    // Events stop at the end of every CPU operation, so between two checks a
    // process works on one operation: it completes it or uses part of it.
    const Tick gained = p.cpuTime - track.seenCpuTime;
    if (gained < 0) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "The CPU time of %1 went down from %2 to %3."),
               {name(pid), num(track.seenCpuTime), num(p.cpuTime)});
    } else if (gained > 0) {
        if (!track.seenAtCpuOp) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "%1 gained %2 ticks of CPU time while not at a CPU operation."),
                   {name(pid), num(gained)});
        } else if (gained > track.seenRemaining) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "%1 gained %2 ticks of CPU time, but its CPU operation had only %3 "
                                     "left."),
                   {name(pid), num(gained), num(track.seenRemaining)});
        } else if (gained == track.seenRemaining) {
            track.completedCpu += operationLength(pid, track.seenOp);
        }
    }
    const bool inProgram = p.opIndex >= 0 && size_t(p.opIndex) < program.size();
    const bool atCpuOp = inProgram && program[size_t(p.opIndex)].category() == OperationCategory::OnCpu;
    if (p.atCpuOp != atCpuOp) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "The PCB of %1 is wrong about whether operation %2 needs the CPU."),
               {name(pid), num(p.opIndex)});
    }
    const Tick length = atCpuOp ? program[size_t(p.opIndex)].length : 0;
    if (atCpuOp && (p.remaining < 0 || p.remaining > length)) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 has %2 ticks left of a CPU operation of %3 ticks."),
               {name(pid), num(p.remaining), num(length)});
    }
    if (!track.endedEarly) {
        const Tick progress = atCpuOp ? length - p.remaining : 0;
        if (p.cpuTime != track.completedCpu + progress) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "%1 has %2 ticks of CPU time, but the CPU operations it executed add up "
                                     "to %3."),
                   {name(pid), num(p.cpuTime), num(track.completedCpu + progress)});
        }
    }
    track.seenCpuTime = p.cpuTime;
    track.seenRemaining = p.remaining;
    track.seenOp = p.opIndex;
    track.seenAtCpuOp = atCpuOp;
}

void InvariantChecker::adoptProgress(const EngineState& state, int pid)
{
    // Coming in mid-run, the checker cannot know which operations completed
    // before: it takes the current split and checks every step from here.
    const Pcb& p = state.pcbs[size_t(pid - 1)];
    ProcessTrack& track = m_processes[size_t(pid - 1)];
    const Program& program = m_scenario.processes[size_t(pid - 1)].program;
    const bool atCpuOp = p.opIndex >= 0 && size_t(p.opIndex) < program.size() &&
                         program[size_t(p.opIndex)].category() == OperationCategory::OnCpu;
    const Tick progress = atCpuOp ? program[size_t(p.opIndex)].length - p.remaining : 0;
    track.completedCpu = p.cpuTime - progress;
    track.seenCpuTime = p.cpuTime;
    track.seenRemaining = p.remaining;
    track.seenOp = p.opIndex;
    track.seenAtCpuOp = atCpuOp;
}

// --- queues, locks and the whole state ------------------------------------------

void InvariantChecker::checkQueues(const EngineState& state, bool full)
{
    if (state.queues.size() != m_scenario.queues.size()) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "The engine has %1 queues; the scenario has %2."),
               {num(qint64(state.queues.size())), num(qint64(m_scenario.queues.size()))});
        return;
    }
    for (size_t i = 0; i < state.queues.size(); ++i) {
        const QueueState& q = state.queues[i];
        const qint64 length = qint64(q.items.size());
        // Items are numbered 1, 2, 3, ... as they are put and leave in that
        // order: the queue holds exactly consumed + 1 .. produced.
        bool conserved =
            q.produced == q.consumed + length && q.sumProducedSeq == seqSum(q.produced) &&
            q.sumConsumedSeq == seqSum(q.consumed) &&
            (length == 0 || (q.items.front().seq == q.consumed + 1 && q.items.back().seq == q.produced));
        if (full && conserved) {
            conserved = q.conserved();
            for (size_t k = 1; k < q.items.size() && conserved; ++k)
                conserved = q.items[k].seq == q.items[k - 1].seq + 1;
        }
        if (!conserved) {
            report(QT_TRANSLATE_NOOP(
                       "InvariantChecker",
                       "Queue %1 lost, duplicated or reordered items: %2 produced, %3 consumed, %4 "
                       "in the queue."),
                   {queueName(int(i)), num(q.produced), num(q.consumed), num(length)});
        }
        const int capacity = m_scenario.queues[i].capacity;
        if (capacity > 0 && length > capacity) {
            report(
                QT_TRANSLATE_NOOP("InvariantChecker", "Queue %1 holds %2 items, more than its capacity %3."),
                {queueName(int(i)), num(length), num(capacity)});
        }
        if (!q.getters.empty() && length > 0) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "Processes wait to take from queue %1 while it holds %2 items."),
                   {queueName(int(i)), num(length)});
        }
        if (!q.putters.empty() && (capacity == 0 || length < capacity)) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "Processes wait to put into queue %1 while it has room."),
                   {queueName(int(i))});
        }
        if (!full)
            continue;
        for (const auto& [list, wait] :
             {std::pair{&q.getters, Pcb::Wait::QueueEmpty}, std::pair{&q.putters, Pcb::Wait::QueueFull}}) {
            for (int pid : *list) {
                const bool waiting = validPid(pid, state) &&
                                     state.pcbs[size_t(pid - 1)].state == ProcessState::Blocked &&
                                     state.pcbs[size_t(pid - 1)].wait == wait &&
                                     state.pcbs[size_t(pid - 1)].waitTarget == int(i);
                if (!waiting) {
                    report(QT_TRANSLATE_NOOP("InvariantChecker",
                                             "%1 is in the wait list of queue %2 but is not waiting there."),
                           {name(pid), queueName(int(i))});
                }
            }
        }
    }
    if (!full)
        return;
    // The processes' own counts match the queues'.
    qint64 produced = 0, consumed = 0, queuedProduced = 0, queuedConsumed = 0;
    for (const Pcb& p : state.pcbs) {
        produced += p.produced;
        consumed += p.consumed;
    }
    for (const QueueState& q : state.queues) {
        queuedProduced += q.produced;
        queuedConsumed += q.consumed;
    }
    if (produced != queuedProduced || consumed != queuedConsumed) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "The processes put %1 items and took %2, but the queues counted %3 and %4."),
               {num(produced), num(consumed), num(queuedProduced), num(queuedConsumed)});
    }
}

void InvariantChecker::checkLocks(const EngineState& state, bool full)
{
    for (size_t l = 0; l < state.locks.size(); ++l) {
        const LockState& lock = state.locks[l];
        if (lock.holder != 0 && (!validPid(lock.holder, state) ||
                                 state.pcbs[size_t(lock.holder - 1)].state == ProcessState::Terminated)) {
            report(QT_TRANSLATE_NOOP("InvariantChecker", "Lock %1 is held by %2, which has terminated."),
                   {num(qint64(l)), name(lock.holder)});
        }
        if (!full)
            continue;
        for (int pid : lock.waiters) {
            const bool waiting = validPid(pid, state) &&
                                 state.pcbs[size_t(pid - 1)].state == ProcessState::Blocked &&
                                 state.pcbs[size_t(pid - 1)].wait == Pcb::Wait::Lock &&
                                 state.pcbs[size_t(pid - 1)].waitTarget == int(l);
            if (!waiting) {
                report(QT_TRANSLATE_NOOP("InvariantChecker",
                                         "%1 is in the wait list of lock %2 but is not waiting there."),
                       {name(pid), num(qint64(l))});
            }
        }
    }
}

void InvariantChecker::checkWholeState(const EngineState& state, const Trace& trace)
{
    m_stepsSinceFull = 0;
    if (state.live == 0)
        m_finishedChecked = true;
    const int n = int(state.pcbs.size());
    int counts[kStateCount] = {};
    int live = 0;
    Tick memoryHeld = 0;
    for (int pid = 1; pid <= n; ++pid) {
        checkProcess(state, trace, pid);
        const Pcb& p = state.pcbs[size_t(pid - 1)];
        if (!validState(p.state))
            continue;
        ++counts[int(p.state)];
        const ProcessSpec& spec = m_scenario.processes[size_t(pid - 1)];
        if (p.state != ProcessState::Terminated && (!spec.spawned || p.arrived))
            ++live;
        if (p.state == ProcessState::Ready || p.state == ProcessState::Running ||
            p.state == ProcessState::Blocked)
            memoryHeld += spec.memory;
    }

    if (counts[int(ProcessState::Running)] > int(state.cpus.size())) {
        report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 processes are Running, but there are only %2 CPUs."),
               {num(counts[int(ProcessState::Running)]), num(qint64(state.cpus.size()))});
    }
    if (qint64(state.ready.size()) != counts[int(ProcessState::Ready)]) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "The ready queue holds %1 entries but %2 processes are Ready."),
               {num(qint64(state.ready.size())), num(counts[int(ProcessState::Ready)])});
    }
    for (const ReadyEntry& e : state.ready) {
        const bool matches = validPid(e.pid, state) &&
                             state.pcbs[size_t(e.pid - 1)].state == ProcessState::Ready &&
                             state.pcbs[size_t(e.pid - 1)].readySeq == e.seq &&
                             state.pcbs[size_t(e.pid - 1)].readyKey == e.key;
        if (!matches) {
            report(
                QT_TRANSLATE_NOOP("InvariantChecker",
                                  "The ready queue holds an entry for %1 (key %2, number %3) that does not "
                                  "match its PCB."),
                {name(e.pid), num(e.key), QString::number(e.seq)});
        }
    }
    if (state.terminated != counts[int(ProcessState::Terminated)]) {
        report(QT_TRANSLATE_NOOP("InvariantChecker",
                                 "The engine counts %1 terminated processes, but %2 are Terminated."),
               {num(state.terminated), num(counts[int(ProcessState::Terminated)])});
    }
    if (state.live != live) {
        report(
            QT_TRANSLATE_NOOP("InvariantChecker", "The engine counts %1 live processes, but there are %2."),
            {num(state.live), num(live)});
    }

    // Admission: the arrived processes still in New, each once.
    std::vector<char> waitingForMemory(size_t(n), 0);
    for (int pid : state.admission) {
        if (!validPid(pid, state) || state.pcbs[size_t(pid - 1)].state != ProcessState::New ||
            !state.pcbs[size_t(pid - 1)].arrived || waitingForMemory[size_t(pid - 1)]) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "%1 is in the admission queue but is not an arrived process waiting for "
                                     "memory."),
                   {name(pid)});
            continue;
        }
        waitingForMemory[size_t(pid - 1)] = 1;
    }
    for (int pid = 1; pid <= n; ++pid) {
        const Pcb& p = state.pcbs[size_t(pid - 1)];
        if (p.state == ProcessState::New && p.arrived && !waitingForMemory[size_t(pid - 1)]) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "%1 has arrived but is neither admitted nor waiting for memory."),
                   {name(pid)});
        }
    }
    if (m_scenario.memory > 0 && state.memoryFree != m_scenario.memory - memoryHeld)
        reportMemory(state, memoryHeld);

    // Every timed wait has its wake-up scheduled (one pass over the heap).
    std::vector<char> scheduled(size_t(n), 0);
    for (const WakeEntry& e : state.wakeHeap) {
        if (validPid(e.pid, state) && e.token == state.pcbs[size_t(e.pid - 1)].waitToken &&
            e.time == state.pcbs[size_t(e.pid - 1)].wakeAt)
            scheduled[size_t(e.pid - 1)] = 1;
    }
    for (const Pcb& p : state.pcbs) {
        if (p.state == ProcessState::Blocked && p.wait == Pcb::Wait::Timed && validPid(p.pid, state) &&
            !scheduled[size_t(p.pid - 1)]) {
            report(QT_TRANSLATE_NOOP("InvariantChecker",
                                     "%1 waits until t = %2, but no wake-up is scheduled for it."),
                   {name(p.pid), num(p.wakeAt)});
        }
    }

    // Every process waiting on a queue or a lock is in that wait list.
    std::vector<char> listed(size_t(n), 0);
    auto mark = [&](const std::deque<int>& list, Pcb::Wait wait, int target) {
        for (int pid : list) {
            if (validPid(pid, state) && state.pcbs[size_t(pid - 1)].wait == wait &&
                state.pcbs[size_t(pid - 1)].waitTarget == target)
                listed[size_t(pid - 1)] = 1;
        }
    };
    for (size_t q = 0; q < state.queues.size(); ++q) {
        mark(state.queues[q].getters, Pcb::Wait::QueueEmpty, int(q));
        mark(state.queues[q].putters, Pcb::Wait::QueueFull, int(q));
    }
    for (size_t l = 0; l < state.locks.size(); ++l)
        mark(state.locks[l].waiters, Pcb::Wait::Lock, int(l));
    for (const Pcb& p : state.pcbs) {
        if (p.state != ProcessState::Blocked || !validPid(p.pid, state) || listed[size_t(p.pid - 1)])
            continue;
        if (p.wait == Pcb::Wait::QueueEmpty || p.wait == Pcb::Wait::QueueFull) {
            report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 waits on queue %2 but is not in its wait list."),
                   {name(p.pid), queueName(p.waitTarget)});
        } else if (p.wait == Pcb::Wait::Lock) {
            report(QT_TRANSLATE_NOOP("InvariantChecker", "%1 waits for lock %2 but is not in its wait list."),
                   {name(p.pid), num(p.waitTarget)});
        }
    }

    checkQueues(state, true);
    checkLocks(state, true);
}

void InvariantChecker::reportMemory(const EngineState& state, Tick held)
{
    report(QT_TRANSLATE_NOOP("InvariantChecker",
                             "%1 of the memory pool is free, but the pool of %2 minus the %3 that admitted "
                             "processes hold leaves %4."),
           {num(state.memoryFree), num(m_scenario.memory), num(held), num(m_scenario.memory - held)});
}

// --- helpers --------------------------------------------------------------------------

void InvariantChecker::touch(int pid)
{
    ProcessTrack& track = m_processes[size_t(pid - 1)];
    if (track.touched == m_stamp)
        return;
    track.touched = m_stamp;
    m_touched.push_back(pid);
}

bool InvariantChecker::validPid(int pid, const EngineState& state) const
{
    return pid >= 1 && size_t(pid) <= state.pcbs.size() && size_t(pid) <= m_processes.size();
}

QString InvariantChecker::name(int pid) const
{
    if (pid >= 1 && size_t(pid) <= m_scenario.processes.size())
        return m_scenario.processes[size_t(pid - 1)].name;
    return QStringLiteral("PID %1").arg(pid);
}

QString InvariantChecker::queueName(int index) const
{
    if (index >= 0 && size_t(index) < m_scenario.queues.size())
        return m_scenario.queues[size_t(index)].name;
    return QString::number(index);
}

Tick InvariantChecker::operationLength(int pid, int opIndex) const
{
    const Program& program = m_scenario.processes[size_t(pid - 1)].program;
    return opIndex >= 0 && size_t(opIndex) < program.size() ? program[size_t(opIndex)].length : 0;
}

void InvariantChecker::report(const char* source, QStringList args)
{
    if (int(m_problems.size()) < kMaxProblems)
        m_problems.emplace_back(kCtx, source, std::move(args));
    else
        ++m_dropped;
}

std::vector<Message> InvariantChecker::takeProblems()
{
    if (m_dropped > 0) {
        m_problems.emplace_back(kCtx, QT_TRANSLATE_NOOP("InvariantChecker", "\u2026 and %1 more problems."),
                                QStringList{num(m_dropped)});
        m_dropped = 0;
    }
    std::vector<Message> out;
    out.swap(m_problems);
    return out;
}

} // namespace processlab
