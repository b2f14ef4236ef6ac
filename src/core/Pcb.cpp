#include "Pcb.h"

namespace processlab {

CpuContext CpuContext::at(int pid, Tick cpuTime)
{
    // Deterministic stand-ins for real registers: the program counter walks
    // through the process's code, the others are scrambled by CPU time.
    const quint64 t = quint64(cpuTime);
    const quint64 seed = (quint64(pid) * 0x9E3779B97F4A7C15ull) ^ (t * 0xC2B2AE3D27D4EB4Full);
    CpuContext c;
    c.pc = quint32(0x00400000u + quint32(pid) * 0x10000u + quint32((t * 4u) % 0x10000u));
    c.sp = quint32(0x7FFF0000u - quint32(pid) * 0x1000u - quint32((t % 64u) * 8u));
    for (size_t i = 0; i < c.regs.size(); ++i)
        c.regs[i] = quint32((seed >> (i * 13)) ^ (seed * (i + 1)));
    return c;
}

bool Pcb::operator==(const Pcb& o) const
{
    return pid == o.pid && parentPid == o.parentPid && state == o.state && arrived == o.arrived &&
           priority == o.priority && arrival == o.arrival && opIndex == o.opIndex &&
           remaining == o.remaining && cpu == o.cpu && cpuTime == o.cpuTime && readyTime == o.readyTime &&
           blockedTime == o.blockedTime && newTime == o.newTime && firstRun == o.firstRun &&
           finish == o.finish && stateSince == o.stateSince && readySince == o.readySince &&
           dispatches == o.dispatches && level == o.level && readySeq == o.readySeq &&
           readyKey == o.readyKey && wakeAt == o.wakeAt && waitToken == o.waitToken &&
           manualWait == o.manualWait && atCpuOp == o.atCpuOp && saved == o.saved && wait == o.wait &&
           waitTarget == o.waitTarget && heldItem == o.heldItem && counters == o.counters &&
           globals == o.globals && produced == o.produced && consumed == o.consumed &&
           blockedCount == o.blockedCount;
}

} // namespace processlab
