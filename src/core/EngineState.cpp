#include "EngineState.h"

namespace processlab {

bool CpuState::operator==(const CpuState& o) const
{
    return pid == o.pid && loadedPid == o.loadedPid && switchUntil == o.switchUntil &&
           runStart == o.runStart && sliceEnd == o.sliceEnd && openSlice == o.openSlice &&
           context == o.context && busyTime == o.busyTime && switchTime == o.switchTime;
}

bool EngineState::operator==(const EngineState& o) const
{
    return now == o.now && pcbs == o.pcbs && cpus == o.cpus && ready == o.ready &&
           wakeHeap == o.wakeHeap && admission == o.admission && nextArrival == o.nextArrival &&
           memoryFree == o.memoryFree && nextSeq == o.nextSeq && nextBoost == o.nextBoost &&
           terminated == o.terminated && events == o.events && contextSwitches == o.contextSwitches &&
           manualMoves == o.manualMoves && sliceCount == o.sliceCount && changeCount == o.changeCount;
}

} // namespace processlab
