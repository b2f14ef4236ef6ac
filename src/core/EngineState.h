#pragma once

#include "Pcb.h"

#include <deque>
#include <set>
#include <vector>

namespace processlab {

struct CpuState
{
    int pid = 0;           // process on this CPU, 0 = idle
    int loadedPid = 0;     // whose registers are loaded (switch cost is paid to change it)
    Tick switchUntil = -1; // a context-switch slice runs until then; -1 = none
    Tick runStart = 0;     // start of the current run slice
    Tick sliceEnd = -1;    // quantum expiry; -1 = no limit
    int openSlice = -1;    // index in Trace::slices of the open slice, -1 = none
    CpuContext context;    // live registers
    Tick busyTime = 0;     // ticks spent running processes
    Tick switchTime = 0;   // ticks spent switching

    bool switching(Tick now) const { return pid != 0 && switchUntil > now; }
    bool operator==(const CpuState& o) const;
};

// Ready-queue entry: ordered by the policy's key, then by entry order.
struct ReadyEntry
{
    qint64 key = 0;
    quint64 seq = 0;
    int pid = 0;
    bool operator<(const ReadyEntry& o) const { return key != o.key ? key < o.key : seq < o.seq; }
    bool operator==(const ReadyEntry& o) const { return key == o.key && seq == o.seq && pid == o.pid; }
};

// A timed wait ending; stale entries (the process was moved by hand) are
// recognised by their token and skipped.
struct WakeEntry
{
    Tick time = 0;
    int pid = 0;
    quint32 token = 0;
    // Min-heap order: earliest first, then scenario list order.
    bool operator>(const WakeEntry& o) const { return time != o.time ? time > o.time : pid > o.pid; }
    bool operator==(const WakeEntry& o) const { return time == o.time && pid == o.pid && token == o.token; }
};

struct QueueItem
{
    qint64 seq = 0;   // 1, 2, 3, ... in put order: proves nothing is lost or duplicated
    qint64 value = 0; // what it carries (a global's value; the seq for plain puts)
    bool operator==(const QueueItem& o) const { return seq == o.seq && value == o.value; }
};

struct QueueState
{
    std::deque<QueueItem> items;
    std::deque<int> getters; // blocked on empty, FIFO
    std::deque<int> putters; // blocked on full, FIFO
    qint64 produced = 0;
    qint64 consumed = 0;
    qint64 maxLength = 0;
    qint64 sumProducedSeq = 0;
    qint64 sumConsumedSeq = 0;
    bool operator==(const QueueState& o) const
    {
        return items == o.items && getters == o.getters && putters == o.putters && produced == o.produced &&
               consumed == o.consumed && maxLength == o.maxLength && sumProducedSeq == o.sumProducedSeq &&
               sumConsumedSeq == o.sumConsumedSeq;
    }
    // produced = consumed + in queue, and the sequence numbers add up.
    bool conserved() const;
};

struct LockState
{
    int holder = 0; // pid, 0 = free
    std::deque<int> waiters;
    bool operator==(const LockState& o) const { return holder == o.holder && waiters == o.waiters; }
};

// Everything that changes during a run except the append-only trace: a value
// that can be copied as a checkpoint and compared for equality.
struct EngineState
{
    Tick now = 0;
    std::vector<Pcb> pcbs; // pcbs[pid - 1]
    std::vector<CpuState> cpus;
    std::set<ReadyEntry> ready;
    std::vector<WakeEntry> wakeHeap;
    std::deque<int> admission; // arrived, waiting in New for memory (FIFO)
    size_t nextArrival = 0;    // index into the engine's arrival order
    Tick memoryFree = 0;
    quint64 nextSeq = 1;
    Tick nextBoost = -1;
    int terminated = 0;
    int live = 0;                // started or still to arrive, not terminated
    quint64 events = 0;          // events handled so far
    quint64 contextSwitches = 0; // dispatches that loaded another process's registers
    int manualMoves = 0;
    std::vector<QueueState> queues;
    std::vector<LockState> locks;
    size_t sliceCount = 0; // trace lengths belonging to this state
    size_t changeCount = 0;

    bool operator==(const EngineState& o) const;
};

} // namespace processlab
