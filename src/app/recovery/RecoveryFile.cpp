#include "RecoveryFile.h"

#include "SimulationController.h"
#include "core/io/ScenarioFile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace processlab {

namespace {
const QString kFormat = QStringLiteral("processlab-recovery");
constexpr qint64 kMaxBytes = ScenarioFile::kMaxFileBytes;

// Steps the engine to time `t` and a trace of `changes` state changes and
// `slices` slices, event by event and then tick by tick; false when it
// cannot get exactly there.
bool advanceTo(Engine& engine, Tick t, int changes, int slices)
{
    const Trace& trace = engine.trace();
    while (engine.now() < t || int(trace.changes.size()) < changes || int(trace.slices.size()) < slices) {
        const std::optional<Tick> next = engine.nextEventTime();
        const bool stepped = next && *next <= t ? engine.stepEvent() : engine.stepTick();
        if (!stepped || engine.now() > t)
            return false;
    }
    return engine.now() == t && int(trace.changes.size()) == changes && int(trace.slices.size()) == slices;
}
} // namespace

bool RecoveredMove::operator==(const RecoveredMove& o) const
{
    return time == o.time && pid == o.pid && target == o.target && cpu == o.cpu &&
           changesBefore == o.changesBefore && slicesBefore == o.slicesBefore;
}

QByteArray RecoveryFile::digest(const Trace& trace)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const StateChange& c : trace.changes) {
        out << qint64(c.time) << qint32(c.pid) << quint8(c.from) << quint8(c.to) << quint8(c.cause)
            << qint32(c.cpu) << qint32(c.byPid) << c.manual;
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
}

QByteArray RecoveryFile::serialize(const RecoveryData& data, bool withTime)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    if (withTime)
        root.insert(QStringLiteral("savedAt"), data.savedAt.toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("file"), data.filePath);
    root.insert(QStringLiteral("name"), data.displayName);
    root.insert(QStringLiteral("modified"), data.modified);
    root.insert(QStringLiteral("time"), double(data.time));
    root.insert(QStringLiteral("changes"), data.changeCount);
    root.insert(QStringLiteral("slices"), data.sliceCount);
    root.insert(QStringLiteral("digest"), QString::fromLatin1(data.traceDigest));
    QJsonArray moves;
    for (const RecoveredMove& move : data.moves) {
        QJsonObject m;
        m.insert(QStringLiteral("time"), double(move.time));
        m.insert(QStringLiteral("pid"), move.pid);
        m.insert(QStringLiteral("to"), stateId(move.target));
        if (move.cpu >= 0)
            m.insert(QStringLiteral("cpu"), move.cpu);
        m.insert(QStringLiteral("changesBefore"), move.changesBefore);
        m.insert(QStringLiteral("slicesBefore"), move.slicesBefore);
        moves.append(m);
    }
    root.insert(QStringLiteral("moves"), moves);
    root.insert(QStringLiteral("scenario"),
                QJsonDocument::fromJson(ScenarioFile::serialize(data.scenario)).object());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<RecoveryData> RecoveryFile::parse(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<RecoveryData> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("The recovery file is damaged (%1).").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return fail(tr("The recovery file is not one this version of ProcessLab can read."));

    const QJsonValue scenarioValue = root.value(QStringLiteral("scenario"));
    if (!scenarioValue.isObject())
        return fail(tr("The recovery file holds no scenario."));
    const ScenarioLoad load = ScenarioFile::parse(
        QJsonDocument(scenarioValue.toObject()).toJson(QJsonDocument::Compact), tr("recovery file"));
    if (!load.ok())
        return fail(load.errorText());

    RecoveryData data;
    data.scenario = *load.scenario;
    data.filePath = root.value(QStringLiteral("file")).toString();
    data.displayName = root.value(QStringLiteral("name")).toString();
    data.modified = root.value(QStringLiteral("modified")).toBool();
    data.time = Tick(root.value(QStringLiteral("time")).toDouble());
    data.changeCount = root.value(QStringLiteral("changes")).toInt();
    data.sliceCount = root.value(QStringLiteral("slices")).toInt();
    data.traceDigest = root.value(QStringLiteral("digest")).toString().toLatin1();
    data.savedAt = QDateTime::fromString(root.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (data.time < 0 || data.time > limits::kMaxTicks)
        return fail(tr("The recovery file is damaged (time %1).").arg(data.time));
    for (const auto& value : root.value(QStringLiteral("moves")).toArray()) {
        const QJsonObject m = value.toObject();
        RecoveredMove move;
        move.time = Tick(m.value(QStringLiteral("time")).toDouble(-1));
        move.pid = m.value(QStringLiteral("pid")).toInt();
        move.cpu = m.value(QStringLiteral("cpu")).toInt(-1);
        move.changesBefore = m.value(QStringLiteral("changesBefore")).toInt(-1);
        move.slicesBefore = m.value(QStringLiteral("slicesBefore")).toInt(-1);
        if (!stateFromId(m.value(QStringLiteral("to")).toString(), &move.target) || move.time < 0 ||
            move.changesBefore < 0 || move.slicesBefore < 0 || move.time > data.time || move.pid < 1 ||
            move.pid > int(data.scenario.processes.size()))
            return fail(tr("The recovery file is damaged (a manual move)."));
        data.moves.push_back(move);
    }
    return data;
}

std::optional<RecoveryData> RecoveryFile::load(const QString& path, QString* error)
{
    QFile file(path);
    if (file.size() > kMaxBytes) {
        if (error)
            *error = tr("The recovery file is too large.");
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

bool RecoveryFile::restore(SimulationController* controller, const RecoveryData& data, QString* warning)
{
    // The document: its file when it still loads (Save writes there again),
    // else untitled under its old name. The recovered scenario goes on top;
    // the controller marks it modified when it differs from the file.
    bool fromFile = false;
    if (!data.filePath.isEmpty() && QFileInfo::exists(data.filePath)) {
        QString ignored;
        fromFile = controller->openFile(data.filePath, &ignored);
    }
    if (!fromFile) {
        Scenario baseline = data.scenario;
        if (data.modified) {
            // Something the recovered scenario is not, so that it counts as
            // unsaved work (Save asks for a name; closing asks to save).
            ProcessSpec first;
            first.name = QStringLiteral("P1");
            first.program = programFromBursts({5});
            baseline = Scenario();
            baseline.title = data.scenario.title;
            baseline.processes = {first};
        }
        const QString name = data.displayName.isEmpty() ? data.scenario.title : data.displayName;
        if (!controller->openScenario(baseline, name))
            return false;
    }
    if (!(controller->scenario() == data.scenario)) {
        if (const auto problem = data.scenario.validate()) {
            if (warning)
                *warning = problem->text();
            return false;
        }
        controller->applyScenario(data.scenario);
    }

    // The run: every move at its time, then the clock where it was. The
    // engine is deterministic, so the trace must come out the same.
    Engine& engine = controller->mutableEngine();
    bool exact = true;
    for (const RecoveredMove& move : data.moves) {
        const int before = int(engine.trace().changes.size());
        if (!advanceTo(engine, move.time, move.changesBefore, move.slicesBefore)) {
            exact = false;
            break;
        }
        controller->notifyStepped(before, false, 0);
        if (!controller->moveProcess(move.pid, move.target, move.cpu).ok) {
            exact = false;
            break;
        }
    }
    const int before = int(engine.trace().changes.size());
    if (exact)
        exact = advanceTo(controller->mutableEngine(), data.time, data.changeCount, data.sliceCount);
    controller->notifyStepped(before, false, 0);
    const Trace& trace = controller->engine().trace();
    if (exact && !data.traceDigest.isEmpty())
        exact = int(trace.changes.size()) == data.changeCount && digest(trace) == data.traceDigest;
    if (!exact) {
        controller->reset();
        if (warning)
            *warning = tr("The manual moves could not be replayed exactly, so the run starts again at "
                          "t = 0; the scenario itself was restored.");
    }
    return true;
}

} // namespace processlab
