#pragma once

#include "SharedQueue.h"
#include "core/ProducerConsumer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <utility>
#include <vector>

namespace processlab::prodcons {

// What a real worker is doing, in the words the simulated lab uses, so the
// GUI and the CLI describe both modes alike.
ProducerConsumer::Activity activityOf(WorkerState state);

// One child process of a real run, as the parent sees it.
struct RealProcess
{
    QString name; // "Producer 1", "Consumer 3"
    WorkerRole role = WorkerRole::Consumer;
    qint64 pid = 0; // the real PID (os.getpid() in the child)
    WorkerState state = WorkerState::Starting;
    qint64 produced = 0;
    qint64 consumed = 0;
    qint64 blocked = 0;
    bool running = false;
    bool diedEarly = false; // ended before the run stopped (killed, crashed)
    QString endText;        // "exit code 0", "killed by signal 9 (Killed)"
};

// The outcome of a real run, with the proof that nothing was lost or duplicated.
struct RealResult
{
    bool completed = false; // the run started and every child was reaped
    double seconds = 0;     // wall time from start to stop
    qint64 produced = 0;    // by the producers' own ledgers
    qint64 consumed = 0;    // by the consumers' own ledgers
    qint64 inQueue = 0;     // left in the queue
    qint64 maxQueue = 0;
    qint64 queuePuts = 0; // the queue's counters (tail, head)
    qint64 queueGets = 0;
    qint64 expectedSeqSum = 0; // 1 + 2 + ... + produced
    qint64 producedSeqSum = 0;
    qint64 consumedSeqSum = 0;
    qint64 inQueueSeqSum = 0;
    bool conserved = false;
    int recoveredLocks = 0; // the queue lock's owner died holding it
    int staleSegmentsRemoved = 0;
    bool allReaped = false;
    bool segmentRemoved = false;
    bool unlinkedEarly = false; // the name went as soon as every child had attached
    QString segment;            // the shared-memory name, e.g. "processlab-pc-123-1-0a1b2c3d"
    std::vector<RealProcess> processes;
    std::vector<std::pair<double, qint64>> samples; // (seconds, queue length)
    QStringList events; // what happened, translated (a child died, stale segments removed)
};

// Runs the producer-consumer exercise with real OS processes: one segment
// of shared memory holding the queue (SharedQueue), and the producers and
// consumers as child processes of this executable in worker mode
// (Worker.h), started with QProcess. The parent unlinks the segment's name
// as soon as every child has attached (nothing is left in /dev/shm even if
// it is killed), samples the queue length, notices children that die, stops
// them at the end, reaps them all and proves conservation. Destroying a running RealRun stops
// it synchronously, so closing a window leaves nothing behind.
class RealRun : public QObject
{
    Q_OBJECT

public:
    // An unbounded queue still needs storage: put() blocks at this many items.
    static constexpr qint64 kUnboundedSlots = qint64(1) << 20;
    static constexpr int kGraceMs = 3000; // after the stop request, before SIGKILL

    explicit RealRun(QObject* parent = nullptr);
    ~RealRun() override;

    // The executable to start in worker mode (default: this one) and
    // arguments put before "--worker".
    void setProgram(const QString& program, const QStringList& prefixArguments = {});
    void setSampleInterval(int ms) { m_sampleMs = ms; }
    // Keep every sample in result().samples (the CLI); the GUI keeps its own bounded history.
    void setKeepSamples(bool keep) { m_keepSamples = keep; }

    // `durationSeconds` <= 0 runs until stop(). false (and *error) when the
    // shared memory or a child cannot be created; nothing is left behind.
    bool start(const ProducerConsumerConfig& config, double durationSeconds, QString* error);
    // Asks the children to stop; finished() follows once they are reaped.
    void stop();
    // Stops and reaps now (blocking, at most a few seconds).
    void stopNow();
    bool isRunning() const { return m_queue != nullptr; }
    double elapsedSeconds() const;

    // Live view while running (and the final state after).
    qint64 queueLength() const;
    qint64 produced() const;
    qint64 consumed() const;
    std::vector<RealProcess> processes() const;
    const RealResult& result() const { return m_result; }
    const ProducerConsumerConfig& config() const { return m_config; }

signals:
    void sampled(double seconds, qint64 length);
    void childDied(int index, const QString& text);
    void finished();

private:
    void sample();
    void onChildFinished(int index, int exitCode, QProcess::ExitStatus status);
    void killRemaining();
    void finish();
    void unlinkWhenAttached();
    void refreshProcess(size_t index, RealProcess& process) const;
    void refreshProcesses(std::vector<RealProcess>& processes) const;
    QString endText(int index, int exitCode, QProcess::ExitStatus status) const;

    QString m_program;
    QStringList m_prefix;
    int m_sampleMs = 50;
    bool m_keepSamples = false;
    ProducerConsumerConfig m_config;
    std::unique_ptr<SharedQueue> m_queue;
    std::vector<QProcess*> m_children;
    std::vector<RealProcess> m_processes;
    QElapsedTimer m_clock;
    double m_stoppedAt = -1;
    QTimer m_sampleTimer;
    QTimer m_durationTimer;
    QTimer m_graceTimer;
    bool m_stopping = false;
    RealResult m_result;
};

} // namespace processlab::prodcons
