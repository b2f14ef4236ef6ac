#include "ScenarioFile.h"

#include "core/PolicyRegistry.h"
#include "core/ProducerConsumer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace processlab {

QString ScenarioLoad::errorText() const
{
    QString what = problem.text();
    if (file.isEmpty())
        return what;
    return file + QLatin1String(": ") + what;
}

namespace {

constexpr qint64 kMaxPriority = 1000000000;

const char* const kContext = "ScenarioFile";

// How a value the file holds is shown in a message: in JSON syntax, so the
// message needs no translated type names ("found \"24\"", "found 2.5").
QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 1e18)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String: {
        QString s = value.toString();
        if (s.size() > 40)
            s = s.left(40) + QChar(0x2026);
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("[\u2026]");
    case QJsonValue::Object:
        return QStringLiteral("{\u2026}");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

enum class Whole
{
    Ticks,
    Number
};

// Reads the JSON tree into a Scenario, stopping at the first problem.
class Reader
{
public:
    std::optional<ScenarioProblem> problem;

    bool readScenario(const QJsonObject& root, Scenario* out);

private:
    bool fail(QString path, const char* source, QStringList args = {})
    {
        problem = ScenarioProblem{std::move(path), Message(kContext, source, std::move(args))};
        return false;
    }
    // The same wording as Scenario::validate() (shared translations).
    bool failShared(QString path, const char* source, QStringList args = {})
    {
        problem = ScenarioProblem{std::move(path), Message("Scenario", source, std::move(args))};
        return false;
    }

    bool readWhole(const QJsonValue& value, const QString& path, qint64 min, qint64 max, Whole kind,
                   qint64* out);
    bool readOptionalWhole(const QJsonObject& object, const QString& prefix, const QString& key, qint64 min,
                           qint64 max, Whole kind, qint64* out);
    bool readOptionalBool(const QJsonObject& object, const QString& prefix, const QString& key, bool* out);
    bool readOptionalString(const QJsonObject& object, const QString& prefix, const QString& key,
                            QString* out);
    bool readOptionalNumber(const QJsonObject& object, const QString& prefix, const QString& key, double min,
                            double max, double* out);
    bool readPolicy(const QJsonValue& value, PolicyConfig* out);
    bool readProcesses(const QJsonValue& processes, Scenario* out);
    // Phase one: everything but what names other processes ("program", "group").
    bool readProcess(const QJsonValue& value, size_t index, ProcessSpec* out, QJsonObject* pending);
    // Phase two, once every name is known.
    bool resolveProcess(const QJsonObject& object, size_t index, const Scenario& s,
                        const QHash<QString, int>& pids, ProcessSpec* out);
    bool readProgram(const QJsonValue& value, const QString& path, const Scenario& s,
                     const QHash<QString, int>& pids, Program* out);
    bool readOperation(const QJsonValue& value, const QString& path, qsizetype count, const Scenario& s,
                       const QHash<QString, int>& pids, Operation* out);
    bool readQueues(const QJsonValue& value, std::vector<QueueSpec>* out);
    bool readNames(const QJsonValue& value, const QString& path, int max, QStringList* out);
    bool readProducerConsumer(const QJsonValue& value, ProducerConsumerConfig* out);
    // `key` of an operation names a queue, lock, global or process.
    bool resolveName(const QJsonObject& object, const QString& path, const QString& key,
                     const QStringList& names, const char* kindText, int* out);
    static void keepUnknown(const QJsonObject& object, std::initializer_list<const char*> known,
                            QVariantMap* extra);
};

QString join(const QString& prefix, const QString& key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

bool Reader::readWhole(const QJsonValue& value, const QString& path, qint64 min, qint64 max, Whole kind,
                       qint64* out)
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
        return fail(path,
                    kind == Whole::Ticks
                        ? QT_TRANSLATE_NOOP("ScenarioFile", "must be a whole number of ticks, found %1")
                        : QT_TRANSLATE_NOOP("ScenarioFile", "must be a whole number, found %1"),
                    {describe(value)});
    }
    if (d < double(min)) {
        return failShared(path, QT_TRANSLATE_NOOP("Scenario", "must be at least %1, not %2"),
                          {QString::number(min), describe(value)});
    }
    if (d > double(max)) {
        return failShared(path, QT_TRANSLATE_NOOP("Scenario", "must be at most %1 (the limit), not %2"),
                          {QString::number(max), describe(value)});
    }
    *out = qint64(d);
    return true;
}

bool Reader::readOptionalWhole(const QJsonObject& object, const QString& prefix, const QString& key,
                               qint64 min, qint64 max, Whole kind, qint64* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    return readWhole(value, join(prefix, key), min, max, kind, out);
}

bool Reader::readOptionalBool(const QJsonObject& object, const QString& prefix, const QString& key, bool* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        return fail(join(prefix, key), QT_TRANSLATE_NOOP("ScenarioFile", "must be true or false, found %1"),
                    {describe(value)});
    }
    *out = value.toBool();
    return true;
}

bool Reader::readOptionalNumber(const QJsonObject& object, const QString& prefix, const QString& key,
                                double min, double max, double* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const QString path = join(prefix, key);
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d))
        return fail(path, QT_TRANSLATE_NOOP("ScenarioFile", "must be a number, found %1"), {describe(value)});
    if (d < min) {
        return failShared(path, QT_TRANSLATE_NOOP("Scenario", "must be at least %1, not %2"),
                          {QString::number(min, 'g', QLocale::FloatingPointShortest), describe(value)});
    }
    if (d > max) {
        return failShared(path, QT_TRANSLATE_NOOP("Scenario", "must be at most %1 (the limit), not %2"),
                          {QString::number(max, 'g', QLocale::FloatingPointShortest), describe(value)});
    }
    *out = d;
    return true;
}

bool Reader::readOptionalString(const QJsonObject& object, const QString& prefix, const QString& key,
                                QString* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        return fail(join(prefix, key), QT_TRANSLATE_NOOP("ScenarioFile", "must be a string, found %1"),
                    {describe(value)});
    }
    *out = value.toString();
    return true;
}

void Reader::keepUnknown(const QJsonObject& object, std::initializer_list<const char*> known,
                         QVariantMap* extra)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isKnown = false;
        for (const char* k : known) {
            if (it.key() == QLatin1String(k)) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            extra->insert(it.key(), it.value().toVariant());
    }
}

bool Reader::readScenario(const QJsonObject& root, Scenario* out)
{
    // Identify the file before anything else: a wrong file gets one clear message.
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined()) {
        return fail(QStringLiteral("format"),
                    QT_TRANSLATE_NOOP("ScenarioFile", "is missing: a scenario file says \"format\": "
                                                      "\"processlab-scenario\""));
    }
    if (format.toString() != ScenarioFile::formatId()) {
        return fail(QStringLiteral("format"),
                    QT_TRANSLATE_NOOP("ScenarioFile",
                                      "must be \"processlab-scenario\", found %1: this is not "
                                      "a ProcessLab scenario file"),
                    {describe(format)});
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined()) {
        return fail(QStringLiteral("version"),
                    QT_TRANSLATE_NOOP("ScenarioFile", "is missing: expected \"version\": %1"),
                    {QString::number(ScenarioFile::kVersion)});
    }
    qint64 versionNumber = 0;
    if (!readWhole(version, QStringLiteral("version"), std::numeric_limits<qint32>::min(),
                   std::numeric_limits<qint32>::max(), Whole::Number, &versionNumber)) {
        return false;
    }
    if (versionNumber != ScenarioFile::kVersion) {
        return fail(QStringLiteral("version"),
                    QT_TRANSLATE_NOOP("ScenarioFile", "version %1 is not supported: this ProcessLab reads "
                                                      "version %2"),
                    {QString::number(versionNumber), QString::number(ScenarioFile::kVersion)});
    }

    Scenario s;
    const QString top;
    if (!readOptionalString(root, top, QStringLiteral("title"), &s.title))
        return false;
    qint64 cpus = s.cpus;
    if (!readOptionalWhole(root, top, QStringLiteral("cpus"), 1, limits::kMaxCpus, Whole::Number, &cpus))
        return false;
    s.cpus = int(cpus);
    if (!readOptionalWhole(root, top, QStringLiteral("contextSwitch"), 0, limits::kMaxTicks, Whole::Ticks,
                           &s.contextSwitch)) {
        return false;
    }
    if (!readOptionalWhole(root, top, QStringLiteral("memory"), 0, limits::kMaxTicks, Whole::Number,
                           &s.memory))
        return false;

    if (!readOptionalNumber(root, top, QStringLiteral("secondsPerTick"), 0,
                            ProducerConsumerConfig::kMaxSecondsPerTick, &s.secondsPerTick)) {
        return false;
    }

    const QJsonValue policy = root.value(QLatin1String("policy"));
    if (policy.isUndefined()) {
        return fail(QStringLiteral("policy"),
                    QT_TRANSLATE_NOOP("ScenarioFile", "is missing: expected an object such as {\"name\": "
                                                      "\"fcfs\"}"));
    }
    if (!readPolicy(policy, &s.policy))
        return false;

    // The shared objects programs name, before the programs.
    const QJsonValue queues = root.value(QLatin1String("queues"));
    if (!queues.isUndefined() && !readQueues(queues, &s.queues))
        return false;
    const QJsonValue locks = root.value(QLatin1String("locks"));
    if (!locks.isUndefined() && !readNames(locks, QStringLiteral("locks"), -1, &s.locks))
        return false;
    const QJsonValue globals = root.value(QLatin1String("globals"));
    if (!globals.isUndefined() && !readNames(globals, QStringLiteral("globals"), kGlobals, &s.globalNames))
        return false;

    // The producer-consumer exercise generates the processes, the queue and
    // the time scale; what the file gives explicitly wins.
    std::optional<Scenario> generated;
    const QJsonValue prodCons = root.value(QLatin1String("producerConsumer"));
    if (!prodCons.isUndefined()) {
        ProducerConsumerConfig config;
        if (!readProducerConsumer(prodCons, &config))
            return false;
        generated = ProducerConsumer::build(config, s);
        if (queues.isUndefined())
            s.queues = generated->queues;
        if (root.value(QLatin1String("secondsPerTick")).isUndefined())
            s.secondsPerTick = generated->secondsPerTick;
        s.producerConsumer = config;
    }

    const QJsonValue processes = root.value(QLatin1String("processes"));
    if (processes.isUndefined() && generated) {
        s.processes = generated->processes;
    } else if (!readProcesses(processes, &s)) {
        return false;
    }

    keepUnknown(root,
                {"format", "version", "title", "cpus", "contextSwitch", "memory", "secondsPerTick", "policy",
                 "queues", "locks", "globals", "producerConsumer", "processes"},
                &s.extra);

    // The rules across fields (unique names, known policy, memory, ...).
    if (auto p = s.validate()) {
        problem = *p;
        return false;
    }
    *out = std::move(s);
    return true;
}

bool Reader::readProcesses(const QJsonValue& processes, Scenario* out)
{
    Scenario& s = *out;
    if (processes.isUndefined()) {
        return fail(QStringLiteral("processes"),
                    QT_TRANSLATE_NOOP("ScenarioFile", "is missing: expected an array of processes such as "
                                                      "[{\"name\": \"P1\", \"bursts\": [5]}]"));
    }
    if (!processes.isArray()) {
        return fail(QStringLiteral("processes"),
                    QT_TRANSLATE_NOOP("ScenarioFile", "must be an array of processes, found %1"),
                    {describe(processes)});
    }
    const QJsonArray list = processes.toArray();
    // The size first, so a huge list is refused without walking it.
    if (list.isEmpty()) {
        return failShared(QStringLiteral("processes"),
                          QT_TRANSLATE_NOOP("Scenario", "must list at least one process"));
    }
    if (list.size() > limits::kMaxProcesses) {
        return failShared(QStringLiteral("processes"),
                          QT_TRANSLATE_NOOP("Scenario", "must list at most %1 processes (the limit), not %2"),
                          {QString::number(limits::kMaxProcesses), QString::number(list.size())});
    }
    s.processes.resize(size_t(list.size()));
    std::vector<QJsonObject> pending(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!readProcess(list.at(i), size_t(i), &s.processes[size_t(i)], &pending[size_t(i)]))
            return false;
    }
    QHash<QString, int> pids;
    pids.reserve(list.size());
    for (size_t i = 0; i < s.processes.size(); ++i) {
        if (!pids.contains(s.processes[i].name)) // a duplicate is reported by validate()
            pids.insert(s.processes[i].name, int(i) + 1);
    }
    for (size_t i = 0; i < s.processes.size(); ++i) {
        if (!resolveProcess(pending[i], i, s, pids, &s.processes[i]))
            return false;
    }
    return true;
}

bool Reader::readPolicy(const QJsonValue& value, PolicyConfig* out)
{
    const QString prefix = QStringLiteral("policy");
    if (!value.isObject()) {
        return fail(prefix,
                    QT_TRANSLATE_NOOP("ScenarioFile", "must be an object such as {\"name\": \"fcfs\"}, "
                                                      "found %1"),
                    {describe(value)});
    }
    const QJsonObject object = value.toObject();
    PolicyConfig p;
    const QJsonValue name = object.value(QLatin1String("name"));
    if (name.isUndefined()) {
        return fail(QStringLiteral("policy.name"),
                    QT_TRANSLATE_NOOP("ScenarioFile", "is missing: expected one of: %1"),
                    {PolicyRegistry::ids().join(QLatin1String(", "))});
    }
    if (!readOptionalString(object, prefix, QStringLiteral("name"), &p.name))
        return false;
    if (!PolicyRegistry::find(p.name)) {
        return failShared(QStringLiteral("policy.name"),
                          QT_TRANSLATE_NOOP("Scenario", "unknown policy \u201c%1\u201d; expected one of: %2"),
                          {p.name, PolicyRegistry::ids().join(QLatin1String(", "))});
    }
    if (!readOptionalWhole(object, prefix, QStringLiteral("quantum"), 1, limits::kMaxTicks, Whole::Ticks,
                           &p.quantum)) {
        return false;
    }
    const bool mlfq = p.name == QLatin1String("mlfq");
    if (!readOptionalBool(object, prefix, QStringLiteral("preemptive"),
                          mlfq ? &p.mlfqPreemptive : &p.preemptive))
        return false;

    const QJsonValue order = object.value(QLatin1String("priorityOrder"));
    if (!order.isUndefined()) {
        if (order.toString() == QLatin1String("lower-first")) {
            p.priorityOrder = PriorityOrder::LowerFirst;
        } else if (order.toString() == QLatin1String("higher-first")) {
            p.priorityOrder = PriorityOrder::HigherFirst;
        } else {
            return fail(
                QStringLiteral("policy.priorityOrder"),
                QT_TRANSLATE_NOOP("ScenarioFile", "must be \"lower-first\" or \"higher-first\", found %1"),
                {describe(order)});
        }
    }
    if (!readOptionalBool(object, prefix, QStringLiteral("newBeforePreempted"), &p.newBeforePreempted))
        return false;

    const QJsonValue levels = object.value(QLatin1String("levels"));
    if (!levels.isUndefined()) {
        if (!levels.isArray()) {
            return fail(QStringLiteral("policy.levels"),
                        QT_TRANSLATE_NOOP("ScenarioFile",
                                          "must be an array of time slices such as [8, 16, 0], "
                                          "found %1"),
                        {describe(levels)});
        }
        const QJsonArray array = levels.toArray();
        if (array.isEmpty() || array.size() > limits::kMaxMlfqLevels) {
            return failShared(QStringLiteral("policy.levels"),
                              QT_TRANSLATE_NOOP("Scenario", "must list between 1 and %1 levels (the limit), "
                                                            "not %2"),
                              {QString::number(limits::kMaxMlfqLevels), QString::number(array.size())});
        }
        p.levels.assign(size_t(array.size()), 0);
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!readWhole(array.at(i), QStringLiteral("policy.levels[%1]").arg(i), 0, limits::kMaxTicks,
                           Whole::Ticks, &p.levels[size_t(i)])) {
                return false;
            }
        }
    }
    if (!readOptionalWhole(object, prefix, QStringLiteral("boost"), 0, limits::kMaxTicks, Whole::Ticks,
                           &p.boost))
        return false;

    keepUnknown(object,
                {"name", "quantum", "preemptive", "priorityOrder", "newBeforePreempted", "levels", "boost"},
                &p.extra);
    *out = std::move(p);
    return true;
}

bool Reader::readProcess(const QJsonValue& value, size_t index, ProcessSpec* out, QJsonObject* pending)
{
    const QString prefix = QStringLiteral("processes[%1]").arg(index);
    if (!value.isObject()) {
        return fail(prefix,
                    QT_TRANSLATE_NOOP("ScenarioFile", "must be an object such as {\"name\": \"P1\", "
                                                      "\"bursts\": [5]}, found %1"),
                    {describe(value)});
    }
    const QJsonObject object = value.toObject();
    ProcessSpec p;
    if (object.value(QLatin1String("name")).isUndefined()) {
        return fail(join(prefix, QStringLiteral("name")),
                    QT_TRANSLATE_NOOP("ScenarioFile", "is missing: every process needs a unique name"));
    }
    if (!readOptionalString(object, prefix, QStringLiteral("name"), &p.name))
        return false;
    if (!readOptionalWhole(object, prefix, QStringLiteral("arrival"), 0, limits::kMaxTicks, Whole::Ticks,
                           &p.arrival)) {
        return false;
    }
    qint64 priority = 0;
    if (!readOptionalWhole(object, prefix, QStringLiteral("priority"), -kMaxPriority, kMaxPriority,
                           Whole::Number, &priority)) {
        return false;
    }
    p.priority = int(priority);
    if (!readOptionalWhole(object, prefix, QStringLiteral("memory"), 0, limits::kMaxTicks, Whole::Number,
                           &p.memory)) {
        return false;
    }

    if (!readOptionalBool(object, prefix, QStringLiteral("spawned"), &p.spawned))
        return false;
    if (!readOptionalBool(object, prefix, QStringLiteral("daemon"), &p.daemon))
        return false;

    const QString burstsPath = join(prefix, QStringLiteral("bursts"));
    const QJsonValue bursts = object.value(QLatin1String("bursts"));
    const QJsonValue program = object.value(QLatin1String("program"));
    if (!program.isUndefined() && !bursts.isUndefined()) {
        return fail(join(prefix, QStringLiteral("program")),
                    QT_TRANSLATE_NOOP("ScenarioFile", "a process has either \"bursts\" or \"program\", "
                                                      "not both"));
    }
    // Read in phase two, when every process name is known.
    *pending = object;
    if (!program.isUndefined()) {
        keepUnknown(object,
                    {"name", "arrival", "priority", "memory", "spawned", "daemon", "group", "program"},
                    &p.extra);
        *out = std::move(p);
        return true;
    }
    if (bursts.isUndefined()) {
        return fail(burstsPath, QT_TRANSLATE_NOOP("ScenarioFile", "is missing: expected CPU and I/O bursts "
                                                                  "such as [5, 3, 2] (CPU, I/O, CPU)"));
    }
    if (!bursts.isArray()) {
        return fail(burstsPath,
                    QT_TRANSLATE_NOOP("ScenarioFile",
                                      "must be an array of bursts such as [5, 3, 2] (CPU, I/O, "
                                      "CPU), found %1"),
                    {describe(bursts)});
    }
    const QJsonArray array = bursts.toArray();
    // Counts first, so a huge or malformed list is refused without walking it.
    if (array.isEmpty())
        return failShared(burstsPath, QT_TRANSLATE_NOOP("Scenario", "must contain at least one CPU burst"));
    if (array.size() > limits::kMaxBursts) {
        return failShared(burstsPath,
                          QT_TRANSLATE_NOOP("Scenario", "must have at most %1 bursts (the limit), not %2"),
                          {QString::number(limits::kMaxBursts), QString::number(array.size())});
    }
    if (array.size() % 2 == 0) {
        return failShared(burstsPath,
                          QT_TRANSLATE_NOOP("Scenario", "must have an odd number of bursts (CPU, I/O, CPU, "
                                                        "\u2026, ending with a CPU burst), not %1"),
                          {QString::number(array.size())});
    }
    std::vector<Tick> lengths(size_t(array.size()), 0);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readWhole(array.at(i), QStringLiteral("%1[%2]").arg(burstsPath).arg(i), 1, limits::kMaxTicks,
                       Whole::Ticks, &lengths[size_t(i)])) {
            return false;
        }
    }
    p.program = programFromBursts(lengths);

    keepUnknown(object, {"name", "arrival", "priority", "memory", "spawned", "daemon", "group", "bursts"},
                &p.extra);
    *out = std::move(p);
    return true;
}

bool Reader::resolveProcess(const QJsonObject& object, size_t index, const Scenario& s,
                            const QHash<QString, int>& pids, ProcessSpec* out)
{
    const QString prefix = QStringLiteral("processes[%1]").arg(index);
    const QJsonValue group = object.value(QLatin1String("group"));
    if (!group.isUndefined()) {
        const QString path = join(prefix, QStringLiteral("group"));
        if (!group.isString()) {
            return fail(path, QT_TRANSLATE_NOOP("ScenarioFile", "must be the name of a process, found %1"),
                        {describe(group)});
        }
        const int pid = pids.value(group.toString(), 0);
        if (pid == 0) {
            return fail(path, QT_TRANSLATE_NOOP("ScenarioFile", "unknown process \u201c%1\u201d"),
                        {group.toString()});
        }
        out->group = pid;
    }
    const QJsonValue program = object.value(QLatin1String("program"));
    if (program.isUndefined())
        return true;
    return readProgram(program, join(prefix, QStringLiteral("program")), s, pids, &out->program);
}

namespace opkeys {
// The file's name of each operation kind, in OperationKind order.
const char* const kIds[] = {
    "cpu",  "io",    "sleep", "put",     "get",     "jump",      "jumpIfLess", "jumpIfGreater", "repeat",
    "loop", "spawn", "join",  "acquire", "release", "addGlobal", "putGlobal",  "getGlobal"};
constexpr int kCount = int(sizeof(kIds) / sizeof(kIds[0]));
static_assert(kCount == int(OperationKind::GetGlobal) + 1, "one file name per operation kind");

// The keys each kind has besides "op" and "line", in the order they are written.
std::vector<const char*> keysOf(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Cpu:
    case OperationKind::Io:
    case OperationKind::Sleep:
        return {"ticks"};
    case OperationKind::Put:
    case OperationKind::Get:
        return {"queue"};
    case OperationKind::Jump:
        return {"to"};
    case OperationKind::JumpIfLess:
    case OperationKind::JumpIfGreater:
        return {"queue", "value", "to"};
    case OperationKind::Repeat:
        return {"counter", "times"};
    case OperationKind::Loop:
        return {"counter", "to"};
    case OperationKind::Spawn:
    case OperationKind::Join:
        return {"process"};
    case OperationKind::Acquire:
    case OperationKind::Release:
        return {"lock"};
    case OperationKind::AddGlobal:
        return {"global", "value"};
    case OperationKind::PutGlobal:
    case OperationKind::GetGlobal:
        return {"queue", "global"};
    }
    return {};
}
} // namespace opkeys

constexpr qint64 kMaxOpValue = qint64(1) << 50; // exact in a JSON number (a double)

bool Reader::resolveName(const QJsonObject& object, const QString& path, const QString& key,
                         const QStringList& names, const char* kindText, int* out)
{
    const QString keyPath = join(path, key);
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return fail(keyPath, QT_TRANSLATE_NOOP("ScenarioFile", "must be a name (a string), found %1"),
                    {describe(value)});
    }
    const qsizetype index = names.indexOf(value.toString());
    if (index < 0) {
        const QString known = names.isEmpty()
                                  ? QCoreApplication::translate("ScenarioFile", "none are declared")
                                  : names.join(QLatin1String(", "));
        return fail(keyPath, kindText, {value.toString(), known});
    }
    *out = int(index);
    return true;
}

bool Reader::readProgram(const QJsonValue& value, const QString& path, const Scenario& s,
                         const QHash<QString, int>& pids, Program* out)
{
    if (!value.isArray()) {
        return fail(path,
                    QT_TRANSLATE_NOOP("ScenarioFile", "must be an array of operations such as [{\"op\": "
                                                      "\"cpu\", \"ticks\": 3}], found %1"),
                    {describe(value)});
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return fail(path, QT_TRANSLATE_NOOP("ScenarioFile", "must contain at least one operation"));
    if (array.size() > limits::kMaxBursts) {
        return fail(path,
                    QT_TRANSLATE_NOOP("ScenarioFile", "must have at most %1 operations (the limit), not %2"),
                    {QString::number(limits::kMaxBursts), QString::number(array.size())});
    }
    Program program(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readOperation(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), array.size(), s, pids,
                           &program[size_t(i)])) {
            return false;
        }
    }
    *out = std::move(program);
    return true;
}

bool Reader::readOperation(const QJsonValue& value, const QString& path, qsizetype count, const Scenario& s,
                           const QHash<QString, int>& pids, Operation* out)
{
    if (!value.isObject()) {
        return fail(path,
                    QT_TRANSLATE_NOOP("ScenarioFile", "must be an operation such as {\"op\": \"cpu\", "
                                                      "\"ticks\": 3}, found %1"),
                    {describe(value)});
    }
    const QJsonObject object = value.toObject();
    const QJsonValue id = object.value(QLatin1String("op"));
    QStringList ids;
    for (const char* known : opkeys::kIds)
        ids << QLatin1String(known);
    if (id.isUndefined()) {
        return fail(join(path, QStringLiteral("op")),
                    QT_TRANSLATE_NOOP("ScenarioFile", "is missing: expected one of: %1"),
                    {ids.join(QLatin1String(", "))});
    }
    const qsizetype kindIndex = id.isString() ? ids.indexOf(id.toString()) : -1;
    if (kindIndex < 0) {
        return fail(join(path, QStringLiteral("op")),
                    QT_TRANSLATE_NOOP("ScenarioFile", "unknown operation %1; expected one of: %2"),
                    {describe(id), ids.join(QLatin1String(", "))});
    }
    Operation op;
    op.kind = OperationKind(kindIndex);
    const auto keys = opkeys::keysOf(op.kind);

    // Every key the kind needs, and no other (a typo would otherwise be lost).
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = it.key() == QLatin1String("op") || it.key() == QLatin1String("line");
        for (const char* k : keys)
            known = known || it.key() == QLatin1String(k);
        if (!known) {
            QStringList expected{QStringLiteral("op")};
            for (const char* k : keys)
                expected << QLatin1String(k);
            expected << QStringLiteral("line");
            return fail(
                join(path, it.key()),
                QT_TRANSLATE_NOOP("ScenarioFile", "is not a key of a \u201c%1\u201d operation; expected: %2"),
                {id.toString(), expected.join(QLatin1String(", "))});
        }
    }
    for (const char* k : keys) {
        if (object.value(QLatin1String(k)).isUndefined()) {
            return fail(join(path, QLatin1String(k)),
                        QT_TRANSLATE_NOOP("ScenarioFile", "is missing: a \u201c%1\u201d operation needs it"),
                        {id.toString()});
        }
    }

    qint64 number = 0;
    auto whole = [&](const char* key, qint64 min, qint64 max, Whole kind) {
        return readWhole(object.value(QLatin1String(key)), join(path, QLatin1String(key)), min, max, kind,
                         &number);
    };
    for (const char* k : keys) {
        const QLatin1String key(k);
        if (key == QLatin1String("ticks")) {
            if (!whole(k, 1, limits::kMaxTicks, Whole::Ticks))
                return false;
            op.length = number;
        } else if (key == QLatin1String("to")) {
            // `count` itself is the end of the program: the jump ends it (as Scenario::validate allows).
            if (!whole(k, 0, count, Whole::Number))
                return false;
            op.jump = int(number);
        } else if (key == QLatin1String("value")) {
            if (!whole(k, -kMaxOpValue, kMaxOpValue, Whole::Number))
                return false;
            op.value = number;
        } else if (key == QLatin1String("counter")) {
            if (!whole(k, 0, kCounters - 1, Whole::Number))
                return false;
            op.target = int(number);
        } else if (key == QLatin1String("times")) {
            if (!whole(k, 1, std::numeric_limits<qint32>::max(), Whole::Number))
                return false;
            op.value = number;
        } else if (key == QLatin1String("queue")) {
            QStringList names;
            for (const QueueSpec& q : s.queues)
                names << q.name;
            if (!resolveName(object, path, key, names,
                             QT_TRANSLATE_NOOP("ScenarioFile", "unknown queue \u201c%1\u201d (queues: %2)"),
                             &op.target)) {
                return false;
            }
        } else if (key == QLatin1String("lock")) {
            if (!resolveName(object, path, key, s.locks,
                             QT_TRANSLATE_NOOP("ScenarioFile", "unknown lock \u201c%1\u201d (locks: %2)"),
                             &op.target)) {
                return false;
            }
        } else if (key == QLatin1String("global")) {
            int global = 0;
            if (!resolveName(object, path, key, s.globalNames,
                             QT_TRANSLATE_NOOP("ScenarioFile", "unknown global \u201c%1\u201d (globals: %2)"),
                             &global)) {
                return false;
            }
            // addGlobal changes global `target`; put/getGlobal carry global `value`.
            if (op.kind == OperationKind::AddGlobal)
                op.target = global;
            else
                op.value = global;
        } else if (key == QLatin1String("process")) {
            const QString keyPath = join(path, key);
            const QJsonValue name = object.value(key);
            if (!name.isString()) {
                return fail(keyPath,
                            QT_TRANSLATE_NOOP("ScenarioFile", "must be the name of a process, found %1"),
                            {describe(name)});
            }
            const int pid = pids.value(name.toString(), 0);
            if (pid == 0) {
                return fail(keyPath, QT_TRANSLATE_NOOP("ScenarioFile", "unknown process \u201c%1\u201d"),
                            {name.toString()});
            }
            if (op.kind == OperationKind::Spawn && !s.processes[size_t(pid - 1)].spawned) {
                return fail(keyPath,
                            QT_TRANSLATE_NOOP("ScenarioFile", "\u201c%1\u201d cannot be started here: it "
                                                              "needs \"spawned\": true"),
                            {name.toString()});
            }
            op.target = pid;
        }
    }
    qint64 line = 0;
    if (!readOptionalWhole(object, path, QStringLiteral("line"), 0, 1000000, Whole::Number, &line))
        return false;
    op.line = int(line);
    *out = op;
    return true;
}

bool Reader::readQueues(const QJsonValue& value, std::vector<QueueSpec>* out)
{
    const QString path = QStringLiteral("queues");
    if (!value.isArray()) {
        return fail(path,
                    QT_TRANSLATE_NOOP("ScenarioFile", "must be an array of queues such as [{\"name\": "
                                                      "\"q\", \"capacity\": 0}], found %1"),
                    {describe(value)});
    }
    const QJsonArray array = value.toArray();
    if (array.size() > limits::kMaxProcesses) {
        return failShared(path, QT_TRANSLATE_NOOP("Scenario", "must be at most %1 (the limit), not %2"),
                          {QString::number(limits::kMaxProcesses), QString::number(array.size())});
    }
    std::vector<QueueSpec> queues;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("queues[%1]").arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            return fail(itemPath,
                        QT_TRANSLATE_NOOP("ScenarioFile", "must be a queue such as {\"name\": \"q\", "
                                                          "\"capacity\": 0}, found %1"),
                        {describe(item)});
        }
        const QJsonObject object = item.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("name") && it.key() != QLatin1String("capacity")) {
                return fail(join(itemPath, it.key()),
                            QT_TRANSLATE_NOOP("ScenarioFile", "is not a key of a queue; expected: name, "
                                                              "capacity"));
            }
        }
        QueueSpec queue;
        if (object.value(QLatin1String("name")).isUndefined()) {
            return fail(join(itemPath, QStringLiteral("name")),
                        QT_TRANSLATE_NOOP("ScenarioFile", "is missing: every queue needs a unique name"));
        }
        if (!readOptionalString(object, itemPath, QStringLiteral("name"), &queue.name))
            return false;
        if (queue.name.trimmed().isEmpty()) {
            return failShared(join(itemPath, QStringLiteral("name")),
                              QT_TRANSLATE_NOOP("Scenario", "must not be empty"));
        }
        for (size_t j = 0; j < queues.size(); ++j) {
            if (queues[j].name == queue.name) {
                return fail(join(itemPath, QStringLiteral("name")),
                            QT_TRANSLATE_NOOP("ScenarioFile", "\u201c%1\u201d is already the name of "
                                                              "queues[%2]; names must be unique"),
                            {queue.name, QString::number(j)});
            }
        }
        qint64 capacity = 0;
        if (!readOptionalWhole(object, itemPath, QStringLiteral("capacity"), 0,
                               ProducerConsumerConfig::kMaxCount, Whole::Number, &capacity)) {
            return false;
        }
        queue.capacity = int(capacity);
        queues.push_back(queue);
    }
    *out = std::move(queues);
    return true;
}

bool Reader::readNames(const QJsonValue& value, const QString& path, int max, QStringList* out)
{
    if (!value.isArray()) {
        return fail(path, QT_TRANSLATE_NOOP("ScenarioFile", "must be an array of names, found %1"),
                    {describe(value)});
    }
    const QJsonArray array = value.toArray();
    const qsizetype limit = max < 0 ? qsizetype(limits::kMaxProcesses) : qsizetype(max);
    if (array.size() > limit) {
        return failShared(path, QT_TRANSLATE_NOOP("Scenario", "must be at most %1 (the limit), not %2"),
                          {QString::number(limit), QString::number(array.size())});
    }
    QStringList names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            return fail(itemPath, QT_TRANSLATE_NOOP("ScenarioFile", "must be a string, found %1"),
                        {describe(item)});
        }
        const QString name = item.toString();
        if (name.trimmed().isEmpty())
            return failShared(itemPath, QT_TRANSLATE_NOOP("Scenario", "must not be empty"));
        const qsizetype before = names.indexOf(name);
        if (before >= 0) {
            return fail(itemPath,
                        QT_TRANSLATE_NOOP("ScenarioFile", "\u201c%1\u201d is already %2[%3]; names must be "
                                                          "unique"),
                        {name, path, QString::number(before)});
        }
        names << name;
    }
    *out = names;
    return true;
}

bool Reader::readProducerConsumer(const QJsonValue& value, ProducerConsumerConfig* out)
{
    const QString prefix = QStringLiteral("producerConsumer");
    if (!value.isObject()) {
        return fail(prefix,
                    QT_TRANSLATE_NOOP("ScenarioFile", "must be an object such as {\"producers\": 1, "
                                                      "\"consumers\": 5}, found %1"),
                    {describe(value)});
    }
    const QJsonObject object = value.toObject();
    ProducerConsumerConfig c;
    const qint64 big = ProducerConsumerConfig::kMaxCount;
    struct IntField
    {
        const char* key;
        int* target;
    };
    const IntField ints[] = {{"producers", &c.producers},       {"consumers", &c.consumers},
                             {"lowThreshold", &c.lowThreshold}, {"highThreshold", &c.highThreshold},
                             {"produceBatch", &c.produceBatch}, {"consumeBatch", &c.consumeBatch},
                             {"capacity", &c.capacity}};
    for (const IntField& field : ints) {
        // Wide bounds here; validate() below names the real range.
        qint64 v = *field.target;
        if (!readOptionalWhole(object, prefix, QLatin1String(field.key), -big, big, Whole::Number, &v))
            return false;
        *field.target = int(v);
    }
    if (!readOptionalWhole(object, prefix, QStringLiteral("produceCost"), -big, big, Whole::Ticks,
                           &c.produceCost) ||
        !readOptionalWhole(object, prefix, QStringLiteral("consumeCost"), -big, big, Whole::Ticks,
                           &c.consumeCost)) {
        return false;
    }
    const double huge = 1e12;
    if (!readOptionalNumber(object, prefix, QStringLiteral("producerPause"), -huge, huge, &c.producerPause) ||
        !readOptionalNumber(object, prefix, QStringLiteral("consumerPause"), -huge, huge, &c.consumerPause) ||
        !readOptionalNumber(object, prefix, QStringLiteral("secondsPerTick"), -huge, huge,
                            &c.secondsPerTick)) {
        return false;
    }
    keepUnknown(object,
                {"producers", "consumers", "lowThreshold", "highThreshold", "produceBatch", "consumeBatch",
                 "producerPause", "consumerPause", "capacity", "produceCost", "consumeCost",
                 "secondsPerTick"},
                &c.extra);
    if (auto p = c.validate()) {
        problem = *p;
        return false;
    }
    *out = std::move(c);
    return true;
}

// --- writing -------------------------------------------------------------

void appendString(QByteArray& out, const QString& text)
{
    out += '"';
    qsizetype plainStart = 0; // runs without escapes are converted whole (keeps surrogate pairs)
    auto flush = [&](qsizetype upTo) {
        if (upTo > plainStart)
            out += QStringView(text).mid(plainStart, upTo - plainStart).toUtf8();
        plainStart = upTo + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        flush(i);
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xf];
        }
    }
    flush(text.size());
    out += '"';
}

// Any JSON value, compact, through Qt's writer (keeps what we do not know
// exactly as Qt read it).
void appendValue(QByteArray& out, const QVariant& value)
{
    QJsonArray wrapper;
    wrapper.append(QJsonValue::fromVariant(value));
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    out += json.mid(1, json.size() - 2); // strip the wrapper's [ ]
}

void appendNumber(QByteArray& out, qint64 value)
{
    out += QByteArray::number(value);
}

// Writes `"key": ` and the value; a leading ", " unless it is the first.
class ObjectWriter
{
public:
    ObjectWriter(QByteArray& out, const char* separator) : m_out(out), m_separator(separator) {}
    QByteArray& key(const QString& name)
    {
        if (!m_first)
            m_out += m_separator;
        m_first = false;
        appendString(m_out, name);
        m_out += ": ";
        return m_out;
    }
    void extras(const QVariantMap& extra, std::initializer_list<const char*> known)
    {
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            bool clash = false;
            for (const char* k : known)
                clash = clash || it.key() == QLatin1String(k);
            if (!clash)
                appendValue(key(it.key()), it.value());
        }
    }

private:
    QByteArray& m_out;
    const char* m_separator;
    bool m_first = true;
};

void appendBool(QByteArray& out, bool value)
{
    out += value ? "true" : "false";
}

void appendPolicy(QByteArray& out, const PolicyConfig& policy)
{
    const PolicyConfig defaults;
    const bool rr = policy.name == QLatin1String("rr");
    const bool priority = policy.name == QLatin1String("priority");
    const bool mlfq = policy.name == QLatin1String("mlfq");
    out += '{';
    ObjectWriter w(out, ", ");
    appendString(w.key(QStringLiteral("name")), policy.name);
    if (rr || policy.quantum != defaults.quantum)
        appendNumber(w.key(QStringLiteral("quantum")), policy.quantum);
    // One key, two meanings (see the header): the one of the policy named.
    const bool preemptive = mlfq ? policy.mlfqPreemptive : policy.preemptive;
    const bool preemptiveDefault = mlfq ? defaults.mlfqPreemptive : defaults.preemptive;
    if (priority || mlfq || preemptive != preemptiveDefault)
        appendBool(w.key(QStringLiteral("preemptive")), preemptive);
    if (priority || policy.priorityOrder != defaults.priorityOrder) {
        appendString(w.key(QStringLiteral("priorityOrder")), policy.priorityOrder == PriorityOrder::LowerFirst
                                                                 ? QStringLiteral("lower-first")
                                                                 : QStringLiteral("higher-first"));
    }
    if (policy.newBeforePreempted != defaults.newBeforePreempted)
        appendBool(w.key(QStringLiteral("newBeforePreempted")), policy.newBeforePreempted);
    if (mlfq || policy.levels != defaults.levels) {
        QByteArray& o = w.key(QStringLiteral("levels"));
        o += '[';
        for (size_t i = 0; i < policy.levels.size(); ++i) {
            if (i > 0)
                o += ", ";
            appendNumber(o, policy.levels[i]);
        }
        o += ']';
    }
    if (mlfq || policy.boost != defaults.boost)
        appendNumber(w.key(QStringLiteral("boost")), policy.boost);
    w.extras(policy.extra,
             {"name", "quantum", "preemptive", "priorityOrder", "newBeforePreempted", "levels", "boost"});
    out += '}';
}

void appendDouble(QByteArray& out, double value)
{
    // The shortest text that reads back as the same double.
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// A name from `names`, or the bare index when it is out of range (only an
// invalid scenario has such a reference).
void appendName(QByteArray& out, const QStringList& names, qint64 index)
{
    if (index >= 0 && index < names.size())
        appendString(out, names.at(qsizetype(index)));
    else
        appendNumber(out, index);
}

// Written as "bursts" when the program is the short form and says nothing more.
bool writesAsBursts(const Program& program)
{
    if (!isBurstForm(program))
        return false;
    for (const Operation& op : program) {
        if (op.target != 0 || op.value != 0 || op.jump != 0 || op.line != 0)
            return false;
    }
    return true;
}

struct Names
{
    QStringList queues;
    QStringList processes;
};

void appendOperation(QByteArray& out, const Operation& op, const Scenario& scenario, const Names& names)
{
    out += '{';
    ObjectWriter w(out, ", ");
    appendString(w.key(QStringLiteral("op")), QLatin1String(opkeys::kIds[int(op.kind)]));
    for (const char* k : opkeys::keysOf(op.kind)) {
        const QLatin1String key(k);
        QByteArray& o = w.key(key);
        if (key == QLatin1String("ticks"))
            appendNumber(o, op.length);
        else if (key == QLatin1String("to"))
            appendNumber(o, op.jump);
        else if (key == QLatin1String("value") || key == QLatin1String("times"))
            appendNumber(o, op.value);
        else if (key == QLatin1String("counter"))
            appendNumber(o, op.target);
        else if (key == QLatin1String("queue"))
            appendName(o, names.queues, op.target);
        else if (key == QLatin1String("lock"))
            appendName(o, scenario.locks, op.target);
        else if (key == QLatin1String("global"))
            appendName(o, scenario.globalNames, op.kind == OperationKind::AddGlobal ? op.target : op.value);
        else if (key == QLatin1String("process"))
            appendName(o, names.processes, qint64(op.target) - 1);
    }
    if (op.line != 0)
        appendNumber(w.key(QStringLiteral("line")), op.line);
    out += '}';
}

void appendProcess(QByteArray& out, const ProcessSpec& spec, const Scenario& scenario, const Names& names)
{
    out += '{';
    ObjectWriter w(out, ", ");
    appendString(w.key(QStringLiteral("name")), spec.name);
    appendNumber(w.key(QStringLiteral("arrival")), spec.arrival);
    if (spec.priority != 0)
        appendNumber(w.key(QStringLiteral("priority")), spec.priority);
    if (spec.memory != 0)
        appendNumber(w.key(QStringLiteral("memory")), spec.memory);
    if (spec.spawned)
        appendBool(w.key(QStringLiteral("spawned")), true);
    if (spec.daemon)
        appendBool(w.key(QStringLiteral("daemon")), true);
    if (spec.group != 0)
        appendName(w.key(QStringLiteral("group")), names.processes, qint64(spec.group) - 1);
    if (writesAsBursts(spec.program)) {
        QByteArray& o = w.key(QStringLiteral("bursts"));
        o += '[';
        const std::vector<Tick> bursts = burstsFromProgram(spec.program);
        for (size_t i = 0; i < bursts.size(); ++i) {
            if (i > 0)
                o += ", ";
            appendNumber(o, bursts[i]);
        }
        o += ']';
    } else {
        QByteArray& o = w.key(QStringLiteral("program"));
        o += '[';
        for (size_t i = 0; i < spec.program.size(); ++i) {
            if (i > 0)
                o += ", ";
            appendOperation(o, spec.program[i], scenario, names);
        }
        o += ']';
    }
    w.extras(spec.extra,
             {"name", "arrival", "priority", "memory", "spawned", "daemon", "group", "bursts", "program"});
    out += '}';
}

void appendProducerConsumer(QByteArray& out, const ProducerConsumerConfig& c)
{
    // Every parameter, so the file documents the exercise it runs.
    out += '{';
    ObjectWriter w(out, ", ");
    appendNumber(w.key(QStringLiteral("producers")), c.producers);
    appendNumber(w.key(QStringLiteral("consumers")), c.consumers);
    appendNumber(w.key(QStringLiteral("lowThreshold")), c.lowThreshold);
    appendNumber(w.key(QStringLiteral("highThreshold")), c.highThreshold);
    appendNumber(w.key(QStringLiteral("produceBatch")), c.produceBatch);
    appendNumber(w.key(QStringLiteral("consumeBatch")), c.consumeBatch);
    appendDouble(w.key(QStringLiteral("producerPause")), c.producerPause);
    appendDouble(w.key(QStringLiteral("consumerPause")), c.consumerPause);
    appendNumber(w.key(QStringLiteral("capacity")), c.capacity);
    appendNumber(w.key(QStringLiteral("produceCost")), c.produceCost);
    appendNumber(w.key(QStringLiteral("consumeCost")), c.consumeCost);
    appendDouble(w.key(QStringLiteral("secondsPerTick")), c.secondsPerTick);
    w.extras(c.extra,
             {"producers", "consumers", "lowThreshold", "highThreshold", "produceBatch", "consumeBatch",
              "producerPause", "consumerPause", "capacity", "produceCost", "consumeCost", "secondsPerTick"});
    out += '}';
}

} // namespace

ScenarioLoad ScenarioFile::parse(const QByteArray& json, const QString& sourceName)
{
    ScenarioLoad load;
    load.file = sourceName;
    auto failWith = [&load](const char* source, QStringList args = {}) {
        load.problem = ScenarioProblem{QString(), Message(kContext, source, std::move(args))};
        return load;
    };
    if (json.size() > kMaxFileBytes) {
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile", "is larger than %1 MiB (the limit)"),
                        {QString::number(kMaxFileBytes / (qint64(1024) * 1024))});
    }
    QByteArray data = json;
    if (data.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark some editors write
        data.remove(0, 3);
    if (data.trimmed().isEmpty())
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile", "is empty: expected a JSON scenario"));

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), data.size());
        const QByteArray before = data.left(offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int line = int(before.count('\n')) + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile",
                                          "is not valid JSON: %1 at line %2, column %3 (offset "
                                          "%4)"),
                        {error.errorString(), QString::number(line), QString::number(column),
                         QString::number(error.offset)});
    }
    if (!doc.isObject()) {
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile",
                                          "the top level must be a JSON object {\u2026}, found "
                                          "an array [\u2026]"));
    }

    Reader reader;
    Scenario scenario;
    if (!reader.readScenario(doc.object(), &scenario)) {
        load.problem = *reader.problem;
        return load;
    }
    load.scenario = std::move(scenario);
    return load;
}

ScenarioLoad ScenarioFile::load(const QString& path)
{
    ScenarioLoad load;
    load.file = path;
    auto failWith = [&load](const char* source, QStringList args = {}) {
        load.problem = ScenarioProblem{QString(), Message(kContext, source, std::move(args))};
        return load;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile", "no such file"));
    if (info.isDir())
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile", "is a directory, not a scenario file"));
    if (info.size() > kMaxFileBytes) {
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile", "is larger than %1 MiB (the limit)"),
                        {QString::number(kMaxFileBytes / (qint64(1024) * 1024))});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile", "cannot be read: %1"), {file.errorString()});
    // Read at most one byte past the limit: pipes and devices report no size.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failWith(QT_TRANSLATE_NOOP("ScenarioFile", "cannot be read: %1"), {file.errorString()});
    return parse(data, path);
}

QByteArray ScenarioFile::serialize(const Scenario& scenario)
{
    QByteArray out;
    out.reserve(256 + qsizetype(scenario.processes.size()) * 64);
    out += "{\n    ";
    ObjectWriter w(out, ",\n    ");
    appendString(w.key(QStringLiteral("format")), formatId());
    appendNumber(w.key(QStringLiteral("version")), kVersion);
    appendString(w.key(QStringLiteral("title")), scenario.title);
    appendNumber(w.key(QStringLiteral("cpus")), scenario.cpus);
    appendNumber(w.key(QStringLiteral("contextSwitch")), scenario.contextSwitch);
    if (scenario.memory != 0)
        appendNumber(w.key(QStringLiteral("memory")), scenario.memory);
    // What the producer-consumer section generates is left out (the reader
    // generates it again); whatever differs from it is written.
    std::optional<Scenario> generated;
    if (scenario.producerConsumer)
        generated = ProducerConsumer::build(*scenario.producerConsumer, scenario);
    if (generated ? scenario.secondsPerTick != generated->secondsPerTick : scenario.secondsPerTick != 0)
        appendDouble(w.key(QStringLiteral("secondsPerTick")), scenario.secondsPerTick);
    appendPolicy(w.key(QStringLiteral("policy")), scenario.policy);
    if (generated ? !(scenario.queues == generated->queues) : !scenario.queues.empty()) {
        QByteArray& o = w.key(QStringLiteral("queues"));
        o += '[';
        for (size_t i = 0; i < scenario.queues.size(); ++i) {
            if (i > 0)
                o += ", ";
            o += "{\"name\": ";
            appendString(o, scenario.queues[i].name);
            o += ", \"capacity\": ";
            appendNumber(o, scenario.queues[i].capacity);
            o += '}';
        }
        o += ']';
    }
    const std::pair<const char*, const QStringList*> lists[] = {{"locks", &scenario.locks},
                                                                {"globals", &scenario.globalNames}};
    for (const auto& [key, list] : lists) {
        if (list->isEmpty())
            continue;
        QByteArray& o = w.key(QLatin1String(key));
        o += '[';
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (i > 0)
                o += ", ";
            appendString(o, list->at(i));
        }
        o += ']';
    }
    if (scenario.producerConsumer)
        appendProducerConsumer(w.key(QStringLiteral("producerConsumer")), *scenario.producerConsumer);
    w.extras(scenario.extra,
             {"format", "version", "title", "cpus", "contextSwitch", "memory", "secondsPerTick", "policy",
              "queues", "locks", "globals", "producerConsumer", "processes"});
    if (!generated || !(scenario.processes == generated->processes)) {
        Names names;
        for (const QueueSpec& q : scenario.queues)
            names.queues << q.name;
        for (const ProcessSpec& p : scenario.processes)
            names.processes << p.name;
        QByteArray& o = w.key(QStringLiteral("processes"));
        o += "[";
        for (size_t i = 0; i < scenario.processes.size(); ++i) {
            o += i > 0 ? ",\n        " : "\n        ";
            appendProcess(o, scenario.processes[i], scenario, names);
        }
        o += scenario.processes.empty() ? "]" : "\n    ]";
    }
    out += "\n}\n";
    return out;
}

bool ScenarioFile::save(const Scenario& scenario, const QString& path, QString* error)
{
    const QByteArray data = serialize(scenario);
    QSaveFile file(path);
    auto failWith = [&](const QString& reason) {
        if (error) {
            *error = QCoreApplication::translate("ScenarioFile", "Cannot save \u201c%1\u201d: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failWith(file.errorString());
    // Flush before commit(): Qt 6.4's commit() does not notice an error of
    // the final flush and would rename a truncated file into place.
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failWith(reason);
    }
    if (!file.commit())
        return failWith(file.errorString());
    return true;
}

} // namespace processlab
