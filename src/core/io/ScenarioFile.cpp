#include "ScenarioFile.h"

#include "core/PolicyRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace processlab {

QString ScenarioLoad::errorText() const
{
    const QString what = problem.text();
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
    bool readPolicy(const QJsonValue& value, PolicyConfig* out);
    bool readProcess(const QJsonValue& value, size_t index, ProcessSpec* out);
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

    const QJsonValue policy = root.value(QLatin1String("policy"));
    if (policy.isUndefined()) {
        return fail(QStringLiteral("policy"),
                    QT_TRANSLATE_NOOP("ScenarioFile", "is missing: expected an object such as {\"name\": "
                                                      "\"fcfs\"}"));
    }
    if (!readPolicy(policy, &s.policy))
        return false;

    const QJsonValue processes = root.value(QLatin1String("processes"));
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
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!readProcess(list.at(i), size_t(i), &s.processes[size_t(i)]))
            return false;
    }

    keepUnknown(root,
                {"format", "version", "title", "cpus", "contextSwitch", "memory", "policy", "processes"},
                &s.extra);

    // The rules across fields (unique names, known policy, memory, ...).
    if (auto p = s.validate()) {
        problem = *p;
        return false;
    }
    *out = std::move(s);
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

bool Reader::readProcess(const QJsonValue& value, size_t index, ProcessSpec* out)
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

    const QString burstsPath = join(prefix, QStringLiteral("bursts"));
    const QJsonValue bursts = object.value(QLatin1String("bursts"));
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

    keepUnknown(object, {"name", "arrival", "priority", "memory", "bursts"}, &p.extra);
    *out = std::move(p);
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

void appendProcess(QByteArray& out, const ProcessSpec& spec)
{
    out += '{';
    ObjectWriter w(out, ", ");
    appendString(w.key(QStringLiteral("name")), spec.name);
    appendNumber(w.key(QStringLiteral("arrival")), spec.arrival);
    if (spec.priority != 0)
        appendNumber(w.key(QStringLiteral("priority")), spec.priority);
    if (spec.memory != 0)
        appendNumber(w.key(QStringLiteral("memory")), spec.memory);
    QByteArray& o = w.key(QStringLiteral("bursts"));
    o += '[';
    const std::vector<Tick> bursts = burstsFromProgram(spec.program);
    for (size_t i = 0; i < bursts.size(); ++i) {
        if (i > 0)
            o += ", ";
        appendNumber(o, bursts[i]);
    }
    o += ']';
    w.extras(spec.extra, {"name", "arrival", "priority", "memory", "bursts"});
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
                        {QString::number(kMaxFileBytes / (1024 * 1024))});
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
                        {QString::number(kMaxFileBytes / (1024 * 1024))});
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
    out.reserve(qsizetype(256 + scenario.processes.size() * 64));
    out += "{\n    ";
    ObjectWriter w(out, ",\n    ");
    appendString(w.key(QStringLiteral("format")), formatId());
    appendNumber(w.key(QStringLiteral("version")), kVersion);
    appendString(w.key(QStringLiteral("title")), scenario.title);
    appendNumber(w.key(QStringLiteral("cpus")), scenario.cpus);
    appendNumber(w.key(QStringLiteral("contextSwitch")), scenario.contextSwitch);
    if (scenario.memory != 0)
        appendNumber(w.key(QStringLiteral("memory")), scenario.memory);
    appendPolicy(w.key(QStringLiteral("policy")), scenario.policy);
    w.extras(scenario.extra,
             {"format", "version", "title", "cpus", "contextSwitch", "memory", "policy", "processes"});
    QByteArray& o = w.key(QStringLiteral("processes"));
    o += "[";
    for (size_t i = 0; i < scenario.processes.size(); ++i) {
        o += i > 0 ? ",\n        " : "\n        ";
        appendProcess(o, scenario.processes[i]);
    }
    o += scenario.processes.empty() ? "]" : "\n    ]";
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
