#include "ProducerConsumer.h"

#include "Scenario.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

namespace processlab {

namespace {

ScenarioProblem problem(QString path, const char* source, QStringList args = {})
{
    return ScenarioProblem{std::move(path), Message("Scenario", source, std::move(args))};
}

QString fieldPath(const char* field)
{
    return QStringLiteral("producerConsumer.") + QLatin1String(field);
}

std::optional<ScenarioProblem> checkWhole(const char* field, qint64 value, qint64 min, qint64 max)
{
    // The same wording as Scenario::validate() (shared translations).
    if (value < min) {
        return problem(fieldPath(field), QT_TRANSLATE_NOOP("Scenario", "must be at least %1, not %2"),
                       {QString::number(min), QString::number(value)});
    }
    if (value > max) {
        return problem(fieldPath(field),
                       QT_TRANSLATE_NOOP("Scenario", "must be at most %1 (the limit), not %2"),
                       {QString::number(max), QString::number(value)});
    }
    return std::nullopt;
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<ScenarioProblem> checkNumber(const char* field, double value, double min, double max)
{
    if (!std::isfinite(value)) {
        return problem(fieldPath(field), QT_TRANSLATE_NOOP("Scenario", "must be a number, not %1"),
                       {number(value)});
    }
    if (value < min) {
        return problem(fieldPath(field), QT_TRANSLATE_NOOP("Scenario", "must be at least %1, not %2"),
                       {number(min), number(value)});
    }
    if (value > max) {
        return problem(fieldPath(field),
                       QT_TRANSLATE_NOOP("Scenario", "must be at most %1 (the limit), not %2"),
                       {number(max), number(value)});
    }
    return std::nullopt;
}

// Python source lines the generated operations stand for (pythonSource()).
enum Line : int
{
    LineProducerWhile = 5,
    LineProducerCheck = 6,
    LineProducerFor = 7,
    LineProducerPut = 8,
    LineProducerSleep = 9,
    LineConsumerWhile = 12,
    LineConsumerCheck = 13,
    LineConsumerFor = 14,
    LineConsumerGet = 15,
    LineConsumerSleep = 17,
};

Operation withLine(Operation op, int line)
{
    op.line = line;
    return op;
}

} // namespace

bool ProducerConsumerConfig::operator==(const ProducerConsumerConfig& o) const
{
    return producers == o.producers && consumers == o.consumers && lowThreshold == o.lowThreshold &&
           highThreshold == o.highThreshold && produceBatch == o.produceBatch &&
           consumeBatch == o.consumeBatch && producerPause == o.producerPause &&
           consumerPause == o.consumerPause && capacity == o.capacity && produceCost == o.produceCost &&
           consumeCost == o.consumeCost && secondsPerTick == o.secondsPerTick && extra == o.extra;
}

std::optional<ScenarioProblem> ProducerConsumerConfig::validate() const
{
    if (auto p = checkWhole("producers", producers, 1, kMaxProducers))
        return p;
    if (auto p = checkWhole("consumers", consumers, 1, kMaxConsumers))
        return p;
    if (auto p = checkWhole("lowThreshold", lowThreshold, 0, kMaxCount))
        return p;
    if (auto p = checkWhole("highThreshold", highThreshold, 0, kMaxCount))
        return p;
    if (auto p = checkWhole("produceBatch", produceBatch, 1, kMaxCount))
        return p;
    if (auto p = checkWhole("consumeBatch", consumeBatch, 1, kMaxCount))
        return p;
    if (auto p = checkNumber("secondsPerTick", secondsPerTick, kMinSecondsPerTick, kMaxSecondsPerTick))
        return p;
    if (auto p = checkNumber("producerPause", producerPause, 0, kMaxPauseSeconds))
        return p;
    if (auto p = checkNumber("consumerPause", consumerPause, 0, kMaxPauseSeconds))
        return p;
    if (auto p = checkWhole("capacity", capacity, 0, kMaxCount))
        return p;
    if (auto p = checkWhole("produceCost", produceCost, 1, kMaxCount))
        return p;
    if (auto p = checkWhole("consumeCost", consumeCost, 1, kMaxCount))
        return p;
    const std::pair<const char*, double> pauses[] = {{"producerPause", producerPause},
                                                     {"consumerPause", consumerPause}};
    for (const auto& [field, seconds] : pauses) {
        if (seconds / secondsPerTick > double(limits::kMaxTicks)) {
            return problem(fieldPath(field),
                           QT_TRANSLATE_NOOP("Scenario", "is %1 ticks at %2 s per tick; at most %3 (the "
                                                         "limit)"),
                           {number(std::round(seconds / secondsPerTick)), number(secondsPerTick),
                            QString::number(limits::kMaxTicks)});
        }
    }
    return std::nullopt;
}

Tick ProducerConsumerConfig::pauseTicks(double seconds) const
{
    if (!(secondsPerTick > 0) || !std::isfinite(seconds))
        return 1;
    const double ticks = std::round(seconds / secondsPerTick);
    return std::clamp<Tick>(Tick(std::min(ticks, double(limits::kMaxTicks))), 1, limits::kMaxTicks);
}

Program ProducerConsumer::producerProgram(const ProducerConsumerConfig& c, int queue)
{
    Program p(8);
    p[ProducerCheck] =
        withLine(Operation::make(OperationKind::JumpIfLess, queue, c.highThreshold, ProducerRepeat),
                 LineProducerCheck);
    p[ProducerSkip] = withLine(Operation::make(OperationKind::Jump, 0, 0, ProducerSleep), LineProducerCheck);
    p[ProducerRepeat] = withLine(Operation::make(OperationKind::Repeat, 0, c.produceBatch), LineProducerFor);
    p[ProducerWork] = withLine(Operation::cpu(c.produceCost), LineProducerPut);
    p[ProducerPut] = withLine(Operation::make(OperationKind::Put, queue), LineProducerPut);
    p[ProducerLoop] = withLine(Operation::make(OperationKind::Loop, 0, 0, ProducerWork), LineProducerFor);
    p[ProducerSleep] = withLine(Operation::sleep(c.producerPauseTicks()), LineProducerSleep);
    p[ProducerAgain] = withLine(Operation::make(OperationKind::Jump, 0, 0, ProducerCheck), LineProducerWhile);
    return p;
}

Program ProducerConsumer::consumerProgram(const ProducerConsumerConfig& c, int queue)
{
    Program p(8);
    p[ConsumerCheck] =
        withLine(Operation::make(OperationKind::JumpIfGreater, queue, c.lowThreshold, ConsumerRepeat),
                 LineConsumerCheck);
    p[ConsumerSleep] = withLine(Operation::sleep(c.consumerPauseTicks()), LineConsumerSleep);
    p[ConsumerSkip] = withLine(Operation::make(OperationKind::Jump, 0, 0, ConsumerCheck), LineConsumerWhile);
    p[ConsumerRepeat] = withLine(Operation::make(OperationKind::Repeat, 0, c.consumeBatch), LineConsumerFor);
    p[ConsumerGet] = withLine(Operation::make(OperationKind::Get, queue), LineConsumerGet);
    p[ConsumerWork] = withLine(Operation::cpu(c.consumeCost), LineConsumerGet);
    p[ConsumerLoop] = withLine(Operation::make(OperationKind::Loop, 0, 0, ConsumerGet), LineConsumerFor);
    p[ConsumerAgain] = withLine(Operation::make(OperationKind::Jump, 0, 0, ConsumerCheck), LineConsumerWhile);
    return p;
}

Scenario ProducerConsumer::build(const ProducerConsumerConfig& config, const Scenario& base)
{
    Scenario s = base;
    s.processes.clear();
    s.queues = {QueueSpec{QStringLiteral("q"), config.capacity}};
    s.secondsPerTick = config.secondsPerTick;
    s.producerConsumer = config;
    // Process names are data (saved, compared, used by the CLI's JSON), so
    // they are not translated; the views translate the role.
    for (int i = 0; i < config.producers; ++i) {
        ProcessSpec spec;
        spec.name = QStringLiteral("Producer %1").arg(i + 1);
        spec.program = producerProgram(config);
        s.processes.push_back(std::move(spec));
    }
    for (int i = 0; i < config.consumers; ++i) {
        ProcessSpec spec;
        spec.name = QStringLiteral("Consumer %1").arg(i + 1);
        spec.program = consumerProgram(config);
        s.processes.push_back(std::move(spec));
    }
    return s;
}

Scenario ProducerConsumer::defaultBase(const QString& title)
{
    Scenario s;
    s.title = title;
    s.cpus = 2;
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = 4;
    return s;
}

QString ProducerConsumer::pythonSource(const ProducerConsumerConfig& c)
{
    const QString queue = c.capacity > 0 ? QStringLiteral("multiprocessing.Queue(%1)").arg(c.capacity)
                                         : QStringLiteral("multiprocessing.Queue()");
    // Line numbers matter: the generated operations point at them.
    return QStringLiteral("import multiprocessing\n"                                               // 1
                          "import time\n"                                                          // 2
                          "\n"                                                                     // 3
                          "def producer(q):\n"                                                     // 4
                          "    while True:\n"                                                      // 5
                          "        if q.qsize() < %1:\n"                                           // 6
                          "            for i in range(%2):\n"                                      // 7
                          "                q.put(i)\n"                                             // 8
                          "        time.sleep(%3)\n"                                               // 9
                          "\n"                                                                     // 10
                          "def consumer(q):\n"                                                     // 11
                          "    while True:\n"                                                      // 12
                          "        if q.qsize() > %4:\n"                                           // 13
                          "            for i in range(%5):\n"                                      // 14
                          "                item = q.get()\n"                                       // 15
                          "        else:\n"                                                        // 16
                          "            time.sleep(%6)\n"                                           // 17
                          "\n"                                                                     // 18
                          "if __name__ == \"__main__\":\n"                                         // 19
                          "    q = %7\n"                                                           // 20
                          "    for i in range(%8):\n"                                              // 21
                          "        multiprocessing.Process(target=producer, args=(q,)).start()\n"  // 22
                          "    for i in range(%9):\n"                                              // 23
                          "        multiprocessing.Process(target=consumer, args=(q,)).start()\n") // 24
        .arg(QString::number(c.highThreshold), QString::number(c.produceBatch), number(c.producerPause),
             QString::number(c.lowThreshold), QString::number(c.consumeBatch), number(c.consumerPause), queue,
             QString::number(c.producers), QString::number(c.consumers));
}

ProducerConsumer::Role ProducerConsumer::role(const Scenario& scenario, int index)
{
    if (index < 0 || size_t(index) >= scenario.processes.size())
        return Role::Other;
    if (scenario.producerConsumer && isGenerated(scenario)) {
        if (index < scenario.producerConsumer->producers)
            return Role::Producer;
        return Role::Consumer;
    }
    bool puts = false;
    bool gets = false;
    for (const Operation& op : scenario.processes[size_t(index)].program) {
        puts = puts || op.kind == OperationKind::Put || op.kind == OperationKind::PutGlobal;
        gets = gets || op.kind == OperationKind::Get || op.kind == OperationKind::GetGlobal;
    }
    if (puts && !gets)
        return Role::Producer;
    if (gets && !puts)
        return Role::Consumer;
    return Role::Other;
}

ProducerConsumer::Activity ProducerConsumer::activity(Role role, const Pcb& pcb)
{
    switch (pcb.state) {
    case ProcessState::New:
        return Activity::New;
    case ProcessState::Ready:
        return Activity::Ready;
    case ProcessState::Running:
        if (role == Role::Producer)
            return Activity::Producing;
        if (role == Role::Consumer)
            return Activity::Consuming;
        return Activity::Running;
    case ProcessState::Blocked:
        if (pcb.manualWait || pcb.wait == Pcb::Wait::Manual)
            return Activity::BlockedByHand;
        switch (pcb.wait) {
        case Pcb::Wait::QueueEmpty:
            return Activity::BlockedEmpty;
        case Pcb::Wait::QueueFull:
            return Activity::BlockedFull;
        case Pcb::Wait::Timed:
            return Activity::Sleeping;
        default:
            return Activity::Blocked;
        }
    case ProcessState::Terminated:
        return Activity::Terminated;
    }
    return Activity::Blocked;
}

namespace {
struct ActivityText
{
    const char* id;
    const char* name;
};
const ActivityText kActivities[] = {
    {"new", QT_TRANSLATE_NOOP("ProducerConsumer", "new")},
    {"ready", QT_TRANSLATE_NOOP("ProducerConsumer", "ready (waiting for a CPU)")},
    {"running", QT_TRANSLATE_NOOP("ProducerConsumer", "running")},
    {"checking", QT_TRANSLATE_NOOP("ProducerConsumer", "checking the queue")},
    {"producing", QT_TRANSLATE_NOOP("ProducerConsumer", "producing")},
    {"consuming", QT_TRANSLATE_NOOP("ProducerConsumer", "consuming")},
    {"blocked-empty", QT_TRANSLATE_NOOP("ProducerConsumer", "blocked on empty queue")},
    {"blocked-full", QT_TRANSLATE_NOOP("ProducerConsumer", "blocked on full queue")},
    {"sleeping", QT_TRANSLATE_NOOP("ProducerConsumer", "sleeping")},
    {"blocked-by-hand", QT_TRANSLATE_NOOP("ProducerConsumer", "blocked by hand")},
    {"blocked", QT_TRANSLATE_NOOP("ProducerConsumer", "blocked")},
    {"terminated", QT_TRANSLATE_NOOP("ProducerConsumer", "terminated")},
};
} // namespace

QString ProducerConsumer::activityId(Activity activity)
{
    return QLatin1String(kActivities[int(activity)].id);
}

QString ProducerConsumer::activityName(Activity activity)
{
    return QCoreApplication::translate("ProducerConsumer", kActivities[int(activity)].name);
}

QString ProducerConsumer::roleId(Role role)
{
    switch (role) {
    case Role::Producer:
        return QStringLiteral("producer");
    case Role::Consumer:
        return QStringLiteral("consumer");
    case Role::Other:
        break;
    }
    return QStringLiteral("other");
}

QString ProducerConsumer::roleName(Role role)
{
    switch (role) {
    case Role::Producer:
        return QCoreApplication::translate("ProducerConsumer", "producer");
    case Role::Consumer:
        return QCoreApplication::translate("ProducerConsumer", "consumer");
    case Role::Other:
        break;
    }
    return QCoreApplication::translate("ProducerConsumer", "other");
}

bool ProducerConsumer::isGenerated(const Scenario& scenario)
{
    if (!scenario.producerConsumer)
        return false;
    const Scenario generated = build(*scenario.producerConsumer, scenario);
    return generated.processes == scenario.processes && generated.queues == scenario.queues &&
           generated.secondsPerTick == scenario.secondsPerTick;
}

} // namespace processlab
