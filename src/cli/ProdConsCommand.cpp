#include "ProdConsCommand.h"

#include "CliError.h"
#include "CliOptions.h"
#include "PolicySpec.h"
#include "ScenarioInput.h"
#include "TextTable.h"
#include "core/Engine.h"
#include "core/ProducerConsumer.h"
#include "prodcons/RealRun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <cmath>
#include <csignal>

namespace processlab::cli {

namespace {

// One process of either mode, as reported.
struct ProcessRow
{
    QString name;
    ProducerConsumer::Role role = ProducerConsumer::Role::Other;
    qint64 pid = 0;
    qint64 produced = 0;
    qint64 consumed = 0;
    qint64 blocked = 0;
    ProducerConsumer::Activity activity = ProducerConsumer::Activity::New;
    QString end; // real mode: how the child ended
};

struct Outcome
{
    bool real = false;
    double duration = 0; // seconds (simulated or wall)
    qint64 produced = 0;
    qint64 consumed = 0;
    qint64 inQueue = 0;
    qint64 maxQueue = 0;
    bool conserved = false;
    qint64 expectedSeqSum = 0;
    qint64 producedSeqSum = 0;
    qint64 consumedSeqSum = 0;
    qint64 inQueueSeqSum = 0;
    std::vector<ProcessRow> processes;
    std::vector<std::pair<double, qint64>> samples;
    QStringList events;
    // Simulated only.
    Scenario scenario;
    Tick ticks = 0;
    // Real only.
    bool allReaped = false;
    bool segmentRemoved = false;
    QString segment;
    int recoveredLocks = 0;
};

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

double numberOption(const QCommandLineParser& parser, const QString& option, double min, double max)
{
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max) {
        throw CliError::badInput(
            QCoreApplication::translate("Cli", "--%1 must be a number of seconds from %2 to %3, not %4")
                .arg(option, QString::number(min), QString::number(max), quoted(text)));
    }
    return value;
}

// The config from FILE's section (or the exercise's defaults) and the options.
ProducerConsumerConfig configFrom(const QCommandLineParser& parser, const Scenario* file)
{
    ProducerConsumerConfig c =
        file && file->producerConsumer ? *file->producerConsumer : ProducerConsumerConfig();
    const qint64 big = ProducerConsumerConfig::kMaxCount;
    auto whole = [&](const char* option, qint64 min, qint64 max, auto* target) {
        const QString name = QLatin1String(option);
        if (parser.isSet(name))
            *target =
                std::remove_pointer_t<decltype(target)>(ScenarioInput::integerOption(parser, name, min, max));
    };
    whole("producers", 1, ProducerConsumerConfig::kMaxProducers, &c.producers);
    whole("consumers", 1, ProducerConsumerConfig::kMaxConsumers, &c.consumers);
    whole("low", 0, big, &c.lowThreshold);
    whole("high", 0, big, &c.highThreshold);
    whole("produce-batch", 1, big, &c.produceBatch);
    whole("consume-batch", 1, big, &c.consumeBatch);
    whole("capacity", 0, big, &c.capacity);
    whole("produce-cost", 1, big, &c.produceCost);
    whole("consume-cost", 1, big, &c.consumeCost);
    const double maxPause = ProducerConsumerConfig::kMaxPauseSeconds;
    if (parser.isSet(QStringLiteral("producer-pause")))
        c.producerPause = numberOption(parser, QStringLiteral("producer-pause"), 0, maxPause);
    if (parser.isSet(QStringLiteral("consumer-pause")))
        c.consumerPause = numberOption(parser, QStringLiteral("consumer-pause"), 0, maxPause);
    if (auto problem = c.validate())
        throw CliError::badInput(problem->text());
    return c;
}

// --- simulated --------------------------------------------------------------

Outcome runSimulated(const Scenario& scenario, double duration)
{
    Outcome o;
    o.scenario = scenario;
    o.duration = duration;
    const double spt = scenario.secondsPerTick;
    const Tick end = Tick(std::llround(duration / spt));
    const Tick sampleTicks = std::max<Tick>(1, Tick(std::llround(ProdConsCommand::kSampleSeconds / spt)));
    o.ticks = end;

    Engine engine(scenario);
    engine.setHistoryEnabled(false);
    auto length = [&engine] { return qint64(engine.queues().at(0).items.size()); };
    auto seconds = [spt](Tick t) { return std::round(double(t) * spt * 1e6) / 1e6; };
    bool alwaysConserved = true;
    Tick nextSample = 0;
    for (;;) {
        // The length is constant from now until the next event instant.
        const std::optional<Tick> next = engine.nextEventTime();
        const Tick limit = next ? std::min(*next, end + 1) : end + 1;
        for (; nextSample < limit && nextSample <= end; nextSample += sampleTicks)
            o.samples.emplace_back(seconds(nextSample), length());
        if (!next || *next > end)
            break;
        if (!engine.stepEvent())
            break;
        alwaysConserved = alwaysConserved && engine.queues().at(0).conserved();
    }
    if (!engine.invariantViolation().isEmpty())
        throw CliError::internal(engine.invariantViolation().text());

    const QueueState& q = engine.queues().at(0);
    o.produced = q.produced;
    o.consumed = q.consumed;
    o.inQueue = qint64(q.items.size());
    o.maxQueue = q.maxLength;
    o.expectedSeqSum = q.produced * (q.produced + 1) / 2;
    o.producedSeqSum = q.sumProducedSeq;
    o.consumedSeqSum = q.sumConsumedSeq;
    for (const QueueItem& item : q.items)
        o.inQueueSeqSum += item.seq;
    qint64 ledgerProduced = 0;
    qint64 ledgerConsumed = 0;
    for (int pid = 1; pid <= engine.processCount(); ++pid) {
        const Pcb& p = engine.pcb(pid);
        ProcessRow row;
        row.name = engine.spec(pid).name;
        row.role = ProducerConsumer::role(scenario, pid - 1);
        row.pid = pid;
        row.produced = p.produced;
        row.consumed = p.consumed;
        row.blocked = p.blockedCount;
        row.activity = ProducerConsumer::activity(row.role, p);
        ledgerProduced += p.produced;
        ledgerConsumed += p.consumed;
        o.processes.push_back(row);
    }
    o.conserved =
        alwaysConserved && q.conserved() && ledgerProduced == q.produced && ledgerConsumed == q.consumed;
    return o;
}

// --- real -------------------------------------------------------------------

std::atomic<int> g_interrupted{0};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(1);
}

// Ctrl+C, a closed terminal or kill: stop the children and clean up
// instead of dying with a segment left behind.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_interrupted.store(0);
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < std::size(kSignals); ++i)
            sigaction(kSignals[i], &action, &m_old[i]);
    }
    ~InterruptGuard()
    {
        for (size_t i = 0; i < std::size(kSignals); ++i)
            sigaction(kSignals[i], &m_old[i], nullptr);
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    static constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_old[3] = {};
};

Outcome runReal(const ProducerConsumerConfig& config, double duration)
{
    prodcons::RealRun run;
    run.setKeepSamples(true);
    run.setSampleInterval(int(ProdConsCommand::kSampleSeconds * 1000));
    InterruptGuard guard;
    QString error;
    if (!run.start(config, duration, &error))
        throw CliError::internal(
            QCoreApplication::translate("Cli", "cannot start the real run: %1").arg(error));
    QEventLoop loop;
    QObject::connect(&run, &prodcons::RealRun::finished, &loop, &QEventLoop::quit);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &run, [&run] {
        if (g_interrupted.load())
            run.stop();
    });
    interruptPoll.start(50);
    if (run.isRunning())
        loop.exec();

    const prodcons::RealResult& r = run.result();
    Outcome o;
    o.real = true;
    o.duration = r.seconds;
    o.produced = r.produced;
    o.consumed = r.consumed;
    o.inQueue = r.inQueue;
    o.maxQueue = r.maxQueue;
    o.conserved = r.conserved;
    o.expectedSeqSum = r.expectedSeqSum;
    o.producedSeqSum = r.producedSeqSum;
    o.consumedSeqSum = r.consumedSeqSum;
    o.inQueueSeqSum = r.inQueueSeqSum;
    for (const auto& [t, length] : r.samples)
        o.samples.emplace_back(std::round(t * 1000.0) / 1000.0, length);
    o.events = r.events;
    if (g_interrupted.load())
        o.events.prepend(QCoreApplication::translate("Cli", "Interrupted: stopped early."));
    o.allReaped = r.allReaped;
    o.segmentRemoved = r.segmentRemoved;
    o.segment = r.segment;
    o.recoveredLocks = r.recoveredLocks;
    for (const prodcons::RealProcess& p : r.processes) {
        ProcessRow row;
        row.name = p.name;
        row.role = p.role == prodcons::WorkerRole::Producer ? ProducerConsumer::Role::Producer
                                                            : ProducerConsumer::Role::Consumer;
        row.pid = p.pid;
        row.produced = p.produced;
        row.consumed = p.consumed;
        row.blocked = p.blocked;
        row.activity = p.diedEarly ? ProducerConsumer::Activity::Terminated : prodcons::activityOf(p.state);
        row.end = p.endText;
        o.processes.push_back(row);
    }
    return o;
}

// --- output -----------------------------------------------------------------

QJsonObject toJson(const Outcome& o, const ProducerConsumerConfig& c)
{
    QJsonObject root;
    root.insert(QStringLiteral("mode"), o.real ? QStringLiteral("real") : QStringLiteral("simulated"));
    root.insert(QStringLiteral("durationSeconds"), o.duration);
    root.insert(QStringLiteral("produced"), o.produced);
    root.insert(QStringLiteral("consumed"), o.consumed);
    root.insert(QStringLiteral("inQueue"), o.inQueue);
    root.insert(QStringLiteral("maxQueue"), o.maxQueue);
    root.insert(QStringLiteral("conserved"), o.conserved);
    QJsonObject sums;
    sums.insert(QStringLiteral("expectedSeqSum"), o.expectedSeqSum);
    sums.insert(QStringLiteral("producedSeqSum"), o.producedSeqSum);
    sums.insert(QStringLiteral("consumedSeqSum"), o.consumedSeqSum);
    sums.insert(QStringLiteral("inQueueSeqSum"), o.inQueueSeqSum);
    root.insert(QStringLiteral("conservation"), sums);

    QJsonObject parameters;
    parameters.insert(QStringLiteral("producers"), c.producers);
    parameters.insert(QStringLiteral("consumers"), c.consumers);
    parameters.insert(QStringLiteral("lowThreshold"), c.lowThreshold);
    parameters.insert(QStringLiteral("highThreshold"), c.highThreshold);
    parameters.insert(QStringLiteral("produceBatch"), c.produceBatch);
    parameters.insert(QStringLiteral("consumeBatch"), c.consumeBatch);
    parameters.insert(QStringLiteral("producerPause"), c.producerPause);
    parameters.insert(QStringLiteral("consumerPause"), c.consumerPause);
    parameters.insert(QStringLiteral("capacity"), c.capacity);
    parameters.insert(QStringLiteral("produceCost"), c.produceCost);
    parameters.insert(QStringLiteral("consumeCost"), c.consumeCost);
    parameters.insert(QStringLiteral("secondsPerTick"), c.secondsPerTick);
    root.insert(QStringLiteral("parameters"), parameters);
    if (!o.real) {
        root.insert(QStringLiteral("ticks"), o.ticks);
        root.insert(QStringLiteral("policy"), PolicySpec::format(o.scenario.policy));
        root.insert(QStringLiteral("cpus"), o.scenario.cpus);
    } else {
        root.insert(QStringLiteral("allReaped"), o.allReaped);
        root.insert(QStringLiteral("sharedMemoryRemoved"), o.segmentRemoved);
        root.insert(QStringLiteral("sharedMemory"), o.segment);
        root.insert(QStringLiteral("recoveredLocks"), o.recoveredLocks);
    }

    QJsonArray processes;
    for (const ProcessRow& p : o.processes) {
        QJsonObject row;
        row.insert(QStringLiteral("name"), p.name);
        row.insert(QStringLiteral("role"), ProducerConsumer::roleId(p.role));
        row.insert(QStringLiteral("pid"), p.pid);
        row.insert(QStringLiteral("produced"), p.produced);
        row.insert(QStringLiteral("consumed"), p.consumed);
        row.insert(QStringLiteral("blockedCount"), p.blocked);
        row.insert(QStringLiteral("state"), ProducerConsumer::activityId(p.activity));
        if (o.real)
            row.insert(QStringLiteral("end"), p.end);
        processes.append(row);
    }
    root.insert(QStringLiteral("processes"), processes);
    QJsonArray samples;
    for (const auto& [t, length] : o.samples)
        samples.append(QJsonArray{t, length});
    root.insert(QStringLiteral("samples"), samples);
    root.insert(QStringLiteral("events"), QJsonArray::fromStringList(o.events));
    return root;
}

QString toText(const Outcome& o, const ProducerConsumerConfig& c)
{
    QString out;
    const QString who = QCoreApplication::translate("Cli", "%n producer(s)", nullptr, c.producers) +
                        QLatin1String(", ") +
                        QCoreApplication::translate("Cli", "%n consumer(s)", nullptr, c.consumers);
    if (o.real) {
        out +=
            QCoreApplication::translate("Cli", "Producer-consumer with real processes: %1 s of wall time, %2")
                .arg(QString::number(o.duration, 'f', 2), who);
    } else {
        out += QCoreApplication::translate("Cli",
                                           "Producer-consumer, simulated: %1 s (%2 ticks of %3 ms), %4, %5 "
                                           "on %n CPU(s)",
                                           nullptr, o.scenario.cpus)
                   .arg(QString::number(o.duration), QString::number(o.ticks),
                        QString::number(o.scenario.secondsPerTick * 1000.0), who, o.scenario.policy.label());
    }
    out += QLatin1Char('\n');
    out += QCoreApplication::translate("Cli", "Produced %1, consumed %2, in the queue %3, longest queue %4")
               .arg(o.produced)
               .arg(o.consumed)
               .arg(o.inQueue)
               .arg(o.maxQueue) +
           QLatin1Char('\n');
    const QString check =
        QCoreApplication::translate(
            "Cli", "produced %1 = consumed %2 + left %3; sequence numbers 1\u2026%4 add up to "
                   "%5 = consumed %6 + left %7")
            .arg(o.produced)
            .arg(o.consumed)
            .arg(o.inQueue)
            .arg(o.produced)
            .arg(o.expectedSeqSum)
            .arg(o.consumedSeqSum)
            .arg(o.inQueueSeqSum);
    out +=
        (o.conserved ? QCoreApplication::translate("Cli", "Conservation: OK, nothing lost or duplicated: %1")
                     : QCoreApplication::translate("Cli", "Conservation: FAILED: %1"))
            .arg(check) +
        QLatin1Char('\n');
    if (o.real) {
        out += (o.allReaped
                    ? QCoreApplication::translate("Cli", "All %1 child processes were reaped.")
                    : QCoreApplication::translate("Cli", "Not every child process could be reaped (%1)."))
                   .arg(o.processes.size()) +
               QLatin1Char('\n');
        out +=
            (o.segmentRemoved ? QCoreApplication::translate("Cli", "Shared memory %1 removed.")
                              : QCoreApplication::translate("Cli", "Shared memory %1 could NOT be removed."))
                .arg(o.segment) +
            QLatin1Char('\n');
    }
    for (const QString& event : o.events)
        out += event + QLatin1Char('\n');
    out += QLatin1Char('\n');

    using A = TextTable::Align;
    QStringList header{QCoreApplication::translate("Cli", "Process"),
                       QCoreApplication::translate("Cli", "Role"),
                       o.real ? QCoreApplication::translate("Cli", "PID")
                              : QCoreApplication::translate("Cli", "pid"),
                       QCoreApplication::translate("Cli", "Produced"),
                       QCoreApplication::translate("Cli", "Consumed"),
                       QCoreApplication::translate("Cli", "Blocked"),
                       QCoreApplication::translate("Cli", "State")};
    std::vector<A> align{A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Left};
    if (o.real) {
        header << QCoreApplication::translate("Cli", "End");
        align.push_back(A::Left);
    }
    TextTable table(header, align);
    for (const ProcessRow& p : o.processes) {
        QStringList row{p.name,
                        ProducerConsumer::roleName(p.role),
                        QString::number(p.pid),
                        QString::number(p.produced),
                        QString::number(p.consumed),
                        QString::number(p.blocked),
                        ProducerConsumer::activityName(p.activity)};
        if (o.real)
            row << p.end;
        table.addRow(row);
    }
    out += table.render() + QLatin1Char('\n');

    out +=
        QCoreApplication::translate("Cli", "Queue length every %1 s:").arg(ProdConsCommand::kSampleSeconds) +
        QLatin1Char('\n');
    constexpr size_t kPerLine = 10;
    for (size_t i = 0; i < o.samples.size(); i += kPerLine) {
        QString line = QStringLiteral("%1 s:").arg(QString::number(o.samples[i].first, 'f', 1), 7);
        for (size_t j = i; j < std::min(o.samples.size(), i + kPerLine); ++j)
            line += QStringLiteral(" %1").arg(o.samples[j].second, 4);
        out += line + QLatin1Char('\n');
    }
    return out;
}

QCommandLineOption valueOption(const char* name, const char* description, const char* valueName)
{
    return QCommandLineOption(QLatin1String(name), QCoreApplication::translate("Cli", description),
                              QCoreApplication::translate("Cli", valueName));
}

} // namespace

QString ProdConsCommand::summary() const
{
    return QCoreApplication::translate(
        "Cli", "Run the producer-consumer exercise, simulated or with real processes.");
}

QString ProdConsCommand::argumentsSyntax() const
{
    return QCoreApplication::translate("Cli", "[FILE]");
}

QString ProdConsCommand::description() const
{
    return QCoreApplication::translate(
        "Cli",
        "Runs the producer-consumer exercise: one producer that produces 200 items whenever the queue holds "
        "fewer than 50, then sleeps 1 s; five consumers that take 20 items while it holds more than 10, "
        "else sleep 2 s. Prints the counters, each process's own counts, the queue length over time and "
        "the proof that no item was lost or duplicated. Simulated by default (the duration is simulated "
        "time); with --real the producers and consumers are real child processes sharing a queue in "
        "shared memory (the duration is wall time, and the PIDs are real). FILE, a scenario with a "
        "producerConsumer section, gives the starting parameters, policy and CPUs; the options override "
        "them.");
}

QList<QCommandLineOption> ProdConsCommand::options() const
{
    return {
        QCommandLineOption(
            QStringLiteral("real"),
            QCoreApplication::translate("Cli", "Run real child processes sharing a queue in shared memory.")),
        valueOption("duration", QT_TRANSLATE_NOOP("Cli", "How long to run, in seconds (default 10)."),
                    QT_TRANSLATE_NOOP("Cli", "SECONDS")),
        valueOption("producers", QT_TRANSLATE_NOOP("Cli", "Producer processes (1 to 8; default 1)."),
                    QT_TRANSLATE_NOOP("Cli", "N")),
        valueOption("consumers", QT_TRANSLATE_NOOP("Cli", "Consumer processes (1 to 16; default 5)."),
                    QT_TRANSLATE_NOOP("Cli", "N")),
        valueOption("low",
                    QT_TRANSLATE_NOOP(
                        "Cli", "A consumer takes items while the queue holds more than N (default 10)."),
                    QT_TRANSLATE_NOOP("Cli", "N")),
        valueOption(
            "high",
            QT_TRANSLATE_NOOP("Cli", "A producer produces while the queue holds fewer than N (default 50)."),
            QT_TRANSLATE_NOOP("Cli", "N")),
        valueOption("produce-batch",
                    QT_TRANSLATE_NOOP("Cli", "Items a producer makes per round (default 200)."),
                    QT_TRANSLATE_NOOP("Cli", "N")),
        valueOption("consume-batch",
                    QT_TRANSLATE_NOOP("Cli", "Items a consumer takes per round (default 20)."),
                    QT_TRANSLATE_NOOP("Cli", "N")),
        valueOption("producer-pause",
                    QT_TRANSLATE_NOOP("Cli", "Producer's pause after each round (default 1)."),
                    QT_TRANSLATE_NOOP("Cli", "S")),
        valueOption("consumer-pause",
                    QT_TRANSLATE_NOOP("Cli", "Consumer's pause when the queue is too short (default 2)."),
                    QT_TRANSLATE_NOOP("Cli", "S")),
        valueOption(
            "capacity",
            QT_TRANSLATE_NOOP("Cli", "Queue capacity; put() blocks while it is full (default 0, unbounded)."),
            QT_TRANSLATE_NOOP("Cli", "N")),
        valueOption("produce-cost", QT_TRANSLATE_NOOP("Cli", "CPU ticks to produce one item (default 1)."),
                    QT_TRANSLATE_NOOP("Cli", "T")),
        valueOption("consume-cost", QT_TRANSLATE_NOOP("Cli", "CPU ticks to consume one item (default 1)."),
                    QT_TRANSLATE_NOOP("Cli", "T")),
        CliOptions::policy(),
        CliOptions::quantum(),
        CliOptions::cpus(),
        CliOptions::switchCost(),
        CliOptions::json(),
    };
}

int ProdConsCommand::run(CliContext& context) const
{
    const QCommandLineParser& parser = context.parser;
    std::optional<Scenario> file;
    if (!context.arguments.isEmpty()) {
        file = ScenarioInput::load(context.arguments.first());
        if (!file->producerConsumer) {
            throw CliError::badInput(QCoreApplication::translate("Cli", "%1: has no producerConsumer section")
                                         .arg(context.arguments.first()));
        }
    }
    const ProducerConsumerConfig config = configFrom(parser, file ? &*file : nullptr);
    const double duration = parser.isSet(QStringLiteral("duration"))
                                ? numberOption(parser, QStringLiteral("duration"), 0.001, kMaxDuration)
                                : kDefaultDuration;
    const bool real = parser.isSet(QStringLiteral("real"));

    Scenario base =
        file ? *file : ProducerConsumer::defaultBase(QCoreApplication::translate("Cli", "Producer-consumer"));
    Scenario scenario = ProducerConsumer::build(config, base);
    ScenarioInput::revalidate(scenario, QStringLiteral("prodcons"));
    ScenarioInput::applyOverrides(scenario, parser, &context.err);
    if (real) {
        const QStringList simulatedOnly{QStringLiteral("policy"), QStringLiteral("quantum"),
                                        QStringLiteral("cpus"), QStringLiteral("switch-cost")};
        for (const QString& option : simulatedOnly) {
            if (parser.isSet(option)) {
                context.err += QCoreApplication::translate(
                                   "Cli", "note: --%1 only affects the simulation; real processes are "
                                          "scheduled by the operating system\n")
                                   .arg(option);
            }
        }
    }

    const Outcome outcome = real ? runReal(config, duration) : runSimulated(scenario, duration);
    if (parser.isSet(QStringLiteral("json"))) {
        context.out =
            QString::fromUtf8(QJsonDocument(toJson(outcome, config)).toJson(QJsonDocument::Compact)) +
            QLatin1Char('\n');
    } else {
        context.out = toText(outcome, config);
    }
    return ExitOk;
}

} // namespace processlab::cli
