#include "Worker.h"

#include "SharedQueue.h"

#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <signal.h>
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>

namespace processlab::prodcons {

namespace {

enum WorkerExit : int
{
    WorkerOk = 0,
    WorkerUsage = 3,
    WorkerNoSegment = 4,
    WorkerOrphaned = 5,
};

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double wallSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

class Worker
{
public:
    Worker(SharedQueue& queue, WorkerLedger& ledger, pid_t owner)
        : m_queue(queue), m_ledger(ledger), m_owner(owner)
    {}

    bool running() const
    {
        // Stop when asked, or when the parent is gone (its death signal
        // normally kills us first; this covers the window before prctl).
        return !m_queue.stopping() && getppid() == m_owner;
    }

    // Real CPU work standing for one item: spin until this process has used
    // `seconds` of CPU time (longer in wall time when the CPUs are busy).
    void work(double seconds)
    {
        const double until = cpuSeconds() + seconds;
        volatile quint64 sink = 0;
        while (cpuSeconds() < until) {
            for (int i = 0; i < 1000; ++i)
                sink = sink + quint64(i);
        }
    }

    // time.sleep(seconds), in slices that notice a stop.
    void pause(double seconds)
    {
        m_ledger.state.store(int(WorkerState::Sleeping));
        const double until = wallSeconds() + seconds;
        while (running()) {
            const double left = until - wallSeconds();
            if (left <= 0)
                break;
            const double slice = std::min(left, 0.05);
            timespec t{time_t(slice), long((slice - double(time_t(slice))) * 1e9)};
            nanosleep(&t, nullptr);
        }
    }

    void produce()
    {
        const SharedParameters& p = m_queue.parameters();
        while (running()) {
            m_ledger.state.store(int(WorkerState::Checking));
            if (m_queue.size() < p.highThreshold) {
                for (qint64 i = 0; i < p.produceBatch && running(); ++i) {
                    m_ledger.state.store(int(WorkerState::Producing));
                    work(p.produceCost);
                    if (!m_queue.put(m_ledger))
                        return;
                }
            }
            pause(p.producerPause);
        }
    }

    void consume()
    {
        const SharedParameters& p = m_queue.parameters();
        while (running()) {
            m_ledger.state.store(int(WorkerState::Checking));
            if (m_queue.size() > p.lowThreshold) {
                for (qint64 i = 0; i < p.consumeBatch && running(); ++i) {
                    m_ledger.state.store(int(WorkerState::Consuming));
                    qint64 seq = 0;
                    if (!m_queue.get(m_ledger, &seq))
                        return;
                    m_ledger.state.store(int(WorkerState::Consuming));
                    work(p.consumeCost);
                }
            } else {
                pause(p.consumerPause);
            }
        }
    }

private:
    SharedQueue& m_queue;
    WorkerLedger& m_ledger;
    pid_t m_owner;
};

} // namespace

int runWorkerIfRequested(int argc, char* argv[])
{
    if (argc < 2 || std::strcmp(argv[1], kWorkerFlag) != 0)
        return -1;
    // Die with the parent, whatever happens to it (a crash included).
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // Ctrl+C and a closed terminal reach the whole process group: the parent
    // handles them and stops us through the queue's stop flag.
    signal(SIGINT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);

    const char* role = argc > 2 ? argv[2] : "";
    const char* key = nullptr;
    int index = -1;
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--key") == 0)
            key = argv[i + 1];
        else if (std::strcmp(argv[i], "--index") == 0)
            index = std::atoi(argv[i + 1]);
    }
    const bool producer = std::strcmp(role, "producer") == 0;
    const bool consumer = std::strcmp(role, "consumer") == 0;
    if ((!producer && !consumer) || !key || index < 0 || index >= SharedLayout::kMaxWorkers) {
        std::fprintf(stderr, "usage: %s --worker producer|consumer --key SEGMENT --index N\n", argv[0]);
        return WorkerUsage;
    }

    QString error;
    auto queue = SharedQueue::attach(QString::fromLocal8Bit(key), &error);
    if (!queue) {
        std::fprintf(stderr, "worker: %s\n", error.toLocal8Bit().constData());
        return WorkerNoSegment;
    }
    const pid_t owner = pid_t(queue->layout()->ownerPid);
    if (getppid() != owner)
        return WorkerOrphaned; // the parent died before prctl() took effect
    WorkerLedger& ledger = queue->layout()->ledgers[index];
    ledger.pid.store(getpid());
    ledger.role.store(int(producer ? WorkerRole::Producer : WorkerRole::Consumer));

    Worker worker(*queue, ledger, owner);
    if (producer)
        worker.produce();
    else
        worker.consume();
    ledger.state.store(int(WorkerState::Stopped));
    return WorkerOk;
}

} // namespace processlab::prodcons
