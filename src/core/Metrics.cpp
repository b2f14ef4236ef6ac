#include "Metrics.h"

#include <algorithm>

namespace processlab {

Metrics Metrics::of(const Engine& engine)
{
    Metrics m;
    m.policyLabel = engine.scenario().policy.label();
    m.contextSwitches = engine.state().contextSwitches;
    const int n = engine.processCount();
    m.processes.reserve(size_t(n));

    Tick firstArrival = -1;
    Tick lastFinish = -1;
    double sumTurnaround = 0, sumWaiting = 0, sumResponse = 0;
    int responded = 0;
    for (int pid = 1; pid <= n; ++pid) {
        const Pcb& p = engine.pcb(pid);
        ProcessMetrics pm;
        pm.pid = pid;
        pm.name = engine.spec(pid).name;
        pm.arrival = p.arrival;
        pm.cpuTime = p.cpuTime;
        pm.ioTime = p.blockedTime;
        if (p.firstRun >= 0)
            pm.response = p.firstRun - p.arrival;
        if (firstArrival < 0 || p.arrival < firstArrival)
            firstArrival = p.arrival;
        if (p.state == ProcessState::Terminated) {
            pm.finish = p.finish;
            pm.turnaround = p.finish - p.arrival;
            pm.waiting = pm.turnaround - pm.cpuTime - pm.ioTime;
            lastFinish = std::max(lastFinish, p.finish);
            sumTurnaround += double(pm.turnaround);
            sumWaiting += double(pm.waiting);
            ++m.finished;
            if (pm.response >= 0) {
                sumResponse += double(pm.response);
                ++responded;
            }
        }
        m.processes.push_back(pm);
    }
    if (m.finished > 0) {
        m.averages.turnaround = sumTurnaround / m.finished;
        m.averages.waiting = sumWaiting / m.finished;
        m.averages.response = responded > 0 ? sumResponse / responded : 0;
        m.makespan = lastFinish - firstArrival;
    }
    Tick busy = 0;
    for (const CpuState& cpu : engine.cpus())
        busy += cpu.busyTime;
    if (m.makespan > 0) {
        m.cpuUtilization = double(busy) / (double(engine.cpus().size()) * double(m.makespan));
        m.throughput = double(m.finished) / double(m.makespan);
    }
    return m;
}

} // namespace processlab
