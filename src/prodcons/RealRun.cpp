#include "RealRun.h"

#include "Worker.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

#include <signal.h>
#include <sys/prctl.h>

namespace processlab::prodcons {

ProducerConsumer::Activity activityOf(WorkerState state)
{
    using A = ProducerConsumer::Activity;
    switch (state) {
    case WorkerState::Starting:
        return A::New;
    case WorkerState::Checking:
        return A::Checking;
    case WorkerState::Producing:
        return A::Producing;
    case WorkerState::Consuming:
        return A::Consuming;
    case WorkerState::BlockedEmpty:
        return A::BlockedEmpty;
    case WorkerState::BlockedFull:
        return A::BlockedFull;
    case WorkerState::Sleeping:
        return A::Sleeping;
    case WorkerState::Stopped:
        break;
    }
    return A::Terminated;
}

RealRun::RealRun(QObject* parent) : QObject(parent), m_program(QCoreApplication::applicationFilePath())
{
    m_sampleTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sampleTimer, &QTimer::timeout, this, &RealRun::sample);
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this, &RealRun::stop);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &RealRun::killRemaining);
}

RealRun::~RealRun()
{
    blockSignals(true);
    stopNow();
}

void RealRun::setProgram(const QString& program, const QStringList& prefixArguments)
{
    m_program = program;
    m_prefix = prefixArguments;
}

double RealRun::elapsedSeconds() const
{
    if (m_stoppedAt >= 0)
        return m_stoppedAt;
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e9 : 0.0;
}

bool RealRun::start(const ProducerConsumerConfig& config, double durationSeconds, QString* error)
{
    if (isRunning()) {
        if (error)
            *error = tr("A real run is already going on.");
        return false;
    }
    m_config = config;
    m_result = RealResult();
    m_processes.clear();
    m_stopping = false;
    m_stoppedAt = -1;

    // A crash of an earlier run left its segment behind: remove it first.
    m_result.staleSegmentsRemoved = SharedQueue::removeStaleSegments();
    if (m_result.staleSegmentsRemoved > 0) {
        m_result.events << tr("Removed %n stale shared-memory segment(s) left by an earlier run.", nullptr,
                              m_result.staleSegmentsRemoved);
    }

    SharedParameters p{};
    p.producers = config.producers;
    p.consumers = config.consumers;
    p.lowThreshold = config.lowThreshold;
    p.highThreshold = config.highThreshold;
    p.produceBatch = config.produceBatch;
    p.consumeBatch = config.consumeBatch;
    p.capacity = config.capacity;
    p.ringSlots = config.capacity > 0 ? config.capacity : kUnboundedSlots;
    p.producerPause = config.producerPause;
    p.consumerPause = config.consumerPause;
    p.produceCost = double(config.produceCost) * config.secondsPerTick;
    p.consumeCost = double(config.consumeCost) * config.secondsPerTick;
    if (config.producers + config.consumers > SharedLayout::kMaxWorkers) {
        if (error)
            *error = tr("At most %1 processes can run for real.").arg(SharedLayout::kMaxWorkers);
        return false;
    }

    QString why;
    m_queue = SharedQueue::create(SharedQueue::uniqueName(), p, &why);
    if (!m_queue) {
        if (error)
            *error = why;
        return false;
    }
    m_result.segment = m_queue->name();

    const int total = config.producers + config.consumers;
    m_clock.start();
    for (int i = 0; i < total; ++i) {
        const bool producer = i < config.producers;
        RealProcess info;
        info.role = producer ? WorkerRole::Producer : WorkerRole::Consumer;
        info.name = producer ? QStringLiteral("Producer %1").arg(i + 1)
                             : QStringLiteral("Consumer %1").arg(i - config.producers + 1);
        auto* child = new QProcess(this);
        child->setProgram(m_program);
        child->setArguments(m_prefix +
                            QStringList{QLatin1String(kWorkerFlag),
                                        producer ? QStringLiteral("producer") : QStringLiteral("consumer"),
                                        QStringLiteral("--key"), m_queue->name(), QStringLiteral("--index"),
                                        QString::number(i)});
        child->setStandardOutputFile(QProcess::nullDevice());
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The child dies with us even if we crash (Linux parent-death signal).
        child->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
        connect(child, &QProcess::finished, this,
                [this, i](int code, QProcess::ExitStatus status) { onChildFinished(i, code, status); });
        m_children.push_back(child);
        m_processes.push_back(info);
        child->start();
        if (!child->waitForStarted(10000)) {
            const QString reason = child->errorString();
            stopNow();
            if (error)
                *error = tr("Cannot start the worker process %1: %2").arg(m_program, reason);
            return false;
        }
        m_processes.back().pid = child->processId();
        m_processes.back().running = true;
    }
    m_sampleTimer.start(m_sampleMs);
    if (durationSeconds > 0)
        m_durationTimer.start(int(std::min(durationSeconds * 1000.0, 2e9)));
    sample();
    return true;
}

qint64 RealRun::queueLength() const
{
    if (m_queue)
        return m_queue->lengthNow();
    return m_result.inQueue;
}

qint64 RealRun::produced() const
{
    if (!m_queue)
        return m_result.produced;
    qint64 sum = 0;
    for (size_t i = 0; i < m_processes.size(); ++i)
        sum += m_queue->layout()->ledgers[i].produced.load();
    return sum;
}

qint64 RealRun::consumed() const
{
    if (!m_queue)
        return m_result.consumed;
    qint64 sum = 0;
    for (size_t i = 0; i < m_processes.size(); ++i)
        sum += m_queue->layout()->ledgers[i].consumed.load();
    return sum;
}

void RealRun::refreshProcess(size_t index, RealProcess& p) const
{
    if (!m_queue || index >= size_t(SharedLayout::kMaxWorkers))
        return;
    const WorkerLedger& ledger = m_queue->layout()->ledgers[index];
    p.produced = ledger.produced.load();
    p.consumed = ledger.consumed.load();
    p.blocked = ledger.blocked.load();
    p.state = p.running ? WorkerState(ledger.state.load()) : WorkerState::Stopped;
    if (const qint64 pid = ledger.pid.load())
        p.pid = pid;
}

void RealRun::refreshProcesses(std::vector<RealProcess>& processes) const
{
    for (size_t i = 0; i < processes.size(); ++i)
        refreshProcess(i, processes[i]);
}

std::vector<RealProcess> RealRun::processes() const
{
    if (!m_queue)
        return m_result.processes;
    std::vector<RealProcess> copy = m_processes;
    refreshProcesses(copy);
    return copy;
}

void RealRun::sample()
{
    if (!m_queue)
        return;
    unlinkWhenAttached();
    const double t = elapsedSeconds();
    const qint64 length = m_queue->lengthNow();
    if (m_keepSamples) {
        // One sample per millisecond at most (the stop takes one of its own).
        if (!m_result.samples.empty() && t < m_result.samples.back().first + 0.001)
            m_result.samples.back().second = length;
        else
            m_result.samples.emplace_back(t, length);
    }
    emit sampled(t, length);
}

void RealRun::unlinkWhenAttached()
{
    // Once every child has mapped the segment its name is not needed any
    // more: unlinked now, nothing is left in /dev/shm even if this process
    // is killed later (the memory goes when the last mapping does).
    if (!m_queue || m_result.unlinkedEarly)
        return;
    for (size_t i = 0; i < m_processes.size(); ++i) {
        if (m_processes[i].running && m_queue->layout()->ledgers[i].pid.load() == 0)
            return;
    }
    m_result.unlinkedEarly = m_queue->unlink();
}

QString RealRun::endText(int index, int exitCode, QProcess::ExitStatus status) const
{
    Q_UNUSED(index)
    if (status == QProcess::CrashExit) {
        // Qt reports the signal number as the exit code of a crashed child.
        const char* name = strsignal(exitCode);
        return tr("killed by signal %1 (%2)").arg(exitCode).arg(QString::fromLocal8Bit(name ? name : "?"));
    }
    return tr("exit code %1").arg(exitCode);
}

void RealRun::onChildFinished(int index, int exitCode, QProcess::ExitStatus status)
{
    if (index < 0 || size_t(index) >= m_processes.size())
        return;
    RealProcess& p = m_processes[size_t(index)];
    if (!p.running)
        return;
    refreshProcess(size_t(index), p);
    p.running = false;
    p.state = WorkerState::Stopped;
    p.endText = endText(index, exitCode, status);
    if (!m_stopping || status == QProcess::CrashExit || exitCode != 0) {
        p.diedEarly = !m_stopping;
        const QString text = m_stopping
                                 ? tr("%1 (PID %2) ended badly: %3.").arg(p.name).arg(p.pid).arg(p.endText)
                                 : tr("%1 (PID %2) died at %3 s: %4.")
                                       .arg(p.name)
                                       .arg(p.pid)
                                       .arg(QString::number(elapsedSeconds(), 'f', 2), p.endText);
        m_result.events << text;
        emit childDied(index, text);
    }
    bool anyRunning = false;
    for (const RealProcess& other : m_processes)
        anyRunning = anyRunning || other.running;
    if (!anyRunning) {
        if (!m_stopping) {
            m_stopping = true;
            m_stoppedAt = elapsedSeconds();
        }
        // Leave the finished() slot of QProcess before tearing down.
        QTimer::singleShot(0, this, &RealRun::finish);
    }
}

void RealRun::stop()
{
    if (!m_queue || m_stopping)
        return;
    m_stopping = true;
    m_stoppedAt = elapsedSeconds();
    m_durationTimer.stop();
    sample();
    m_queue->requestStop();
    m_graceTimer.start(kGraceMs);
}

void RealRun::killRemaining()
{
    for (size_t i = 0; i < m_children.size(); ++i) {
        QProcess* child = m_children[i];
        if (child->state() != QProcess::NotRunning) {
            m_result.events << tr("%1 (PID %2) did not stop in time and was killed.")
                                   .arg(m_processes[i].name)
                                   .arg(m_processes[i].pid);
            child->kill();
        }
    }
}

void RealRun::stopNow()
{
    if (!m_queue)
        return;
    if (!m_stopping) {
        m_stopping = true;
        m_stoppedAt = elapsedSeconds();
    }
    m_queue->requestStop();
    for (QProcess* child : m_children) {
        if (child->state() != QProcess::NotRunning && !child->waitForFinished(kGraceMs)) {
            child->kill();
            child->waitForFinished(kGraceMs);
        }
    }
    finish();
}

void RealRun::finish()
{
    if (!m_queue)
        return;
    m_sampleTimer.stop();
    m_durationTimer.stop();
    m_graceTimer.stop();

    // Every child is reaped (QProcess waited for it) before the books are read.
    bool reaped = true;
    for (size_t i = 0; i < m_children.size(); ++i) {
        QProcess* child = m_children[i];
        if (child->state() != QProcess::NotRunning) {
            child->kill();
            child->waitForFinished(kGraceMs);
        }
        reaped = reaped && child->state() == QProcess::NotRunning;
        RealProcess& p = m_processes[i];
        if (p.running) {
            p.running = false;
            p.endText = endText(int(i), child->exitCode(), child->exitStatus());
        }
    }
    refreshProcesses(m_processes);
    for (RealProcess& p : m_processes)
        p.state = WorkerState::Stopped;

    RealResult& r = m_result;
    const SharedLayout& l = *m_queue->layout();
    r.completed = true;
    r.seconds = m_stoppedAt >= 0 ? m_stoppedAt : elapsedSeconds();
    r.queuePuts = l.tail.load();
    r.queueGets = l.head.load();
    r.maxQueue = l.maxLength.load();
    r.recoveredLocks = l.recoveredLocks.load();
    m_queue->leftItems(&r.inQueue, &r.inQueueSeqSum);
    r.produced = r.consumed = r.producedSeqSum = r.consumedSeqSum = 0;
    for (const RealProcess& p : m_processes) {
        r.produced += p.produced;
        r.consumed += p.consumed;
    }
    for (size_t i = 0; i < m_processes.size(); ++i) {
        const qint64 sum = l.ledgers[i].sumSeq.load();
        if (m_processes[i].role == WorkerRole::Producer)
            r.producedSeqSum += sum;
        else
            r.consumedSeqSum += sum;
    }
    r.expectedSeqSum = r.queuePuts * (r.queuePuts + 1) / 2;
    // Nothing lost or duplicated: the workers' own counts add up to what the
    // queue saw, and every number 1..n was taken once or is still there.
    r.conserved = r.produced == r.queuePuts && r.consumed == r.queueGets &&
                  r.produced == r.consumed + r.inQueue && r.producedSeqSum == r.expectedSeqSum &&
                  r.consumedSeqSum + r.inQueueSeqSum == r.expectedSeqSum;
    if (r.recoveredLocks > 0) {
        r.events << tr("The queue lock was recovered %n time(s) from a process that died holding it.",
                       nullptr, r.recoveredLocks);
    }
    r.allReaped = reaped;
    r.processes = m_processes;

    m_queue->unlink();
    m_queue.reset();
    r.segmentRemoved = !SharedQueue::segmentExists(r.segment);
    for (QProcess* child : m_children)
        child->deleteLater();
    m_children.clear();
    m_stopping = false;
    emit finished();
}

} // namespace processlab::prodcons
