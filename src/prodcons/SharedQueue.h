#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <memory>

#include <pthread.h>
#include <sys/types.h>

namespace processlab::prodcons {

// What a real worker process is doing, as the parent shows it.
enum class WorkerState : int
{
    Starting = 0,
    Checking,     // looking at the queue size
    Producing,    // CPU work for an item, then put()
    Consuming,    // get(), then CPU work for the item
    BlockedEmpty, // in get(), the queue is empty
    BlockedFull,  // in put(), the queue is full
    Sleeping,     // the pause of the exercise
    Stopped,
};

enum class WorkerRole : int
{
    Producer = 1,
    Consumer = 2
};

// One worker's ledger: written by that worker (counts under the queue lock,
// in the same critical section as the put or get), read by the parent.
struct WorkerLedger
{
    std::atomic<qint64> pid;
    std::atomic<int> role;
    std::atomic<int> state;
    std::atomic<qint64> produced;
    std::atomic<qint64> consumed;
    std::atomic<qint64> sumSeq;  // sum of the sequence numbers it put or took
    std::atomic<qint64> blocked; // get() or put() calls that had to wait
};

// The parameters a worker needs, fixed when the segment is created.
struct SharedParameters
{
    int producers;
    int consumers;
    qint64 lowThreshold;
    qint64 highThreshold;
    qint64 produceBatch;
    qint64 consumeBatch;
    qint64 capacity;      // 0 = unbounded
    qint64 ringSlots;     // storage; an unbounded queue blocks put() only when it is this full
    double producerPause; // seconds
    double consumerPause;
    double produceCost; // CPU seconds per item
    double consumeCost;
};

// The segment's header; the ring of sequence numbers follows it.
struct SharedLayout
{
    static constexpr quint32 kMagic = 0x50435131; // "PCQ1"
    static constexpr int kMaxWorkers = 24;

    quint32 magic;
    quint32 layoutSize; // sizeof(SharedLayout): parent and worker are the same build
    qint64 ownerPid;
    qint64 ownerStartTime; // /proc/PID/stat start time: a reused PID is not the owner
    SharedParameters parameters;

    std::atomic<int> stop;
    std::atomic<int> putEvents; // futex words: bumped by every put / get / stop
    std::atomic<int> getEvents;
    std::atomic<qint64> head; // items taken so far (written under the lock)
    std::atomic<qint64> tail; // items put so far = the last sequence number
    std::atomic<qint64> maxLength;
    std::atomic<int> recoveredLocks; // the lock's owner died holding it (robust mutex)
    pthread_mutex_t mutex;           // process-shared, robust
    WorkerLedger ledgers[kMaxWorkers];
};

// A bounded FIFO of sequence-numbered items in POSIX shared memory
// (shm_open + mmap), for the real-process mode of the producer-consumer lab.
// Mutual exclusion: a process-shared *robust* pthread mutex (a worker killed
// while holding it does not deadlock the others); waiting: Linux futexes on
// two event counters, with a timeout so every wait also notices a stop or a
// vanished parent. docs/prodcons.md explains the choice.
class SharedQueue
{
public:
    ~SharedQueue();
    SharedQueue(const SharedQueue&) = delete;
    SharedQueue& operator=(const SharedQueue&) = delete;

    // Segment names are "/processlab-pc-<owner pid>-<n>-<random>".
    static QString namePrefix() { return QStringLiteral("processlab-pc-"); }
    static QString uniqueName();
    // Creates and initialises a new segment owned by this process.
    static std::unique_ptr<SharedQueue> create(const QString& name, const SharedParameters& parameters,
                                               QString* error);
    static std::unique_ptr<SharedQueue> attach(const QString& name, QString* error);
    // Removes segments of our prefix whose owner process is gone (a crash);
    // returns how many.
    static int removeStaleSegments();
    static bool segmentExists(const QString& name);
    static qint64 processStartTime(qint64 pid); // -1 when there is no such process

    const QString& name() const { return m_name; }
    SharedLayout* layout() const { return m_layout; }
    const SharedParameters& parameters() const { return m_layout->parameters; }
    // Unlinks the name (owner only); the mapping stays until destruction.
    bool unlink();

    // --- worker side ------------------------------------------------------
    // Both block while they cannot proceed; false when the run stops first.
    // `ledger` is the calling worker's.
    bool put(WorkerLedger& ledger);
    bool get(WorkerLedger& ledger, qint64* seq);
    // The length under the lock (the "qsize()" of the exercise).
    qint64 size();
    bool stopping() const { return m_layout->stop.load() != 0; }
    // Waits up to `ms` for any put or get; returns at once on stop.
    void waitForChange(int ms);

    // --- parent side --------------------------------------------------------
    qint64 lengthNow() const { return m_layout->tail.load() - m_layout->head.load(); }
    void requestStop();
    // Items left in the queue: their count and the sum of their numbers.
    // Call when no worker runs.
    void leftItems(qint64* count, qint64* sumSeq) const;

private:
    SharedQueue() = default;
    bool lock();
    void unlockMutex();
    qint64* ring() const;

    QString m_name;
    SharedLayout* m_layout = nullptr;
    size_t m_size = 0;
    bool m_owner = false;
    bool m_unlinked = false;
};

} // namespace processlab::prodcons
