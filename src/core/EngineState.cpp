#include "EngineState.h"

namespace processlab {

bool CpuState::operator==(const CpuState& o) const
{
    return pid == o.pid && loadedPid == o.loadedPid && switchUntil == o.switchUntil &&
           runStart == o.runStart && sliceEnd == o.sliceEnd && openSlice == o.openSlice &&
           context == o.context && busyTime == o.busyTime && switchTime == o.switchTime;
}

bool QueueState::conserved() const
{
    qint64 inQueue = 0;
    for (const QueueItem& item : items)
        inQueue += item.seq;
    // Items are numbered 1..produced, so their sum is known in closed form.
    const qint64 expectedSum = produced * (produced + 1) / 2;
    return produced == consumed + qint64(items.size()) && sumProducedSeq == expectedSum &&
           sumConsumedSeq + inQueue == expectedSum;
}

bool EngineState::operator==(const EngineState& o) const
{
    return now == o.now && pcbs == o.pcbs && cpus == o.cpus && ready == o.ready && wakeHeap == o.wakeHeap &&
           admission == o.admission && nextArrival == o.nextArrival && memoryFree == o.memoryFree &&
           nextSeq == o.nextSeq && nextBoost == o.nextBoost && terminated == o.terminated && live == o.live &&
           events == o.events && contextSwitches == o.contextSwitches && manualMoves == o.manualMoves &&
           queues == o.queues && locks == o.locks && sliceCount == o.sliceCount &&
           changeCount == o.changeCount;
}

} // namespace processlab
