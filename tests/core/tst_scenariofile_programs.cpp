// Scenario files with general programs, shared objects (queues, locks,
// globals), spawned processes and the producerConsumer section (issue #5):
// reading, exact round trips, and errors that name the path.

#include "core/Engine.h"
#include "core/ProducerConsumer.h"
#include "core/Scenario.h"
#include "core/io/ScenarioFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace processlab;

namespace {

QByteArray file(const QByteArray& body)
{
    return "{\"format\": \"processlab-scenario\", \"version\": 1, \"policy\": {\"name\": \"rr\", "
           "\"quantum\": 2}, " +
           body + "}";
}

// Field by field, so a member Scenario::operator== might not compare yet is
// still checked.
void compareScenarios(const Scenario& a, const Scenario& b)
{
    QVERIFY(a == b);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.secondsPerTick, b.secondsPerTick);
    QCOMPARE(a.locks, b.locks);
    QCOMPARE(a.globalNames, b.globalNames);
    QVERIFY(a.queues == b.queues);
    QCOMPARE(a.producerConsumer.has_value(), b.producerConsumer.has_value());
    if (a.producerConsumer)
        QVERIFY(*a.producerConsumer == *b.producerConsumer);
    QCOMPARE(a.processes.size(), b.processes.size());
    for (size_t i = 0; i < a.processes.size(); ++i) {
        const ProcessSpec& p = a.processes[i];
        const ProcessSpec& q = b.processes[i];
        QCOMPARE(p.name, q.name);
        QCOMPARE(p.spawned, q.spawned);
        QCOMPARE(p.daemon, q.daemon);
        QCOMPARE(p.group, q.group);
        QCOMPARE(p.program.size(), q.program.size());
        for (size_t j = 0; j < p.program.size(); ++j)
            QVERIFY2(p.program[j] == q.program[j], qPrintable(QStringLiteral("%1 op %2").arg(p.name).arg(j)));
        QCOMPARE(p.extra, q.extra);
    }
}

Scenario parseOk(const QByteArray& json)
{
    const ScenarioLoad load = ScenarioFile::parse(json, QStringLiteral("test.json"));
    if (!load.ok())
        qWarning("%s", qPrintable(load.errorText()));
    return load.ok() ? *load.scenario : Scenario{};
}

// load -> save -> load gives an equal scenario, and saving again gives the
// same bytes.
void checkRoundTrip(const Scenario& scenario)
{
    const QByteArray first = ScenarioFile::serialize(scenario);
    const ScenarioLoad again = ScenarioFile::parse(first, QStringLiteral("again.json"));
    QVERIFY2(again.ok(), qPrintable(again.errorText() + QLatin1Char('\n') + QString::fromUtf8(first)));
    compareScenarios(*again.scenario, scenario);
    QCOMPARE(ScenarioFile::serialize(*again.scenario), first);
}

const QByteArray kAllOperations = R"(
    "queues": [{"name": "q", "capacity": 0}, {"name": "results", "capacity": 3}],
    "locks": ["GIL"],
    "globals": ["result", "count"],
    "secondsPerTick": 0.001,
    "processes": [
        {"name": "Main", "program": [
            {"op": "cpu", "ticks": 3, "line": 4},
            {"op": "put", "queue": "q"},
            {"op": "jumpIfLess", "queue": "q", "value": 50, "to": 5},
            {"op": "repeat", "counter": 0, "times": 200},
            {"op": "loop", "counter": 0, "to": 3},
            {"op": "spawn", "process": "Child"},
            {"op": "join", "process": "Child"},
            {"op": "acquire", "lock": "GIL"},
            {"op": "release", "lock": "GIL"},
            {"op": "addGlobal", "global": "result", "value": 1},
            {"op": "putGlobal", "queue": "results", "global": "result"},
            {"op": "getGlobal", "queue": "q", "global": "count"},
            {"op": "sleep", "ticks": 100},
            {"op": "io", "ticks": 5},
            {"op": "jumpIfGreater", "queue": "q", "value": -2, "to": 0, "line": 12},
            {"op": "get", "queue": "q"},
            {"op": "jump", "to": 16},
            {"op": "cpu", "ticks": 1}
        ]},
        {"name": "Child", "spawned": true, "daemon": true, "group": "Main", "program": [{"op": "cpu", "ticks": 2}]},
        {"name": "Plain", "arrival": 4, "bursts": [5, 3, 2], "note": "kept"}
    ])";

} // namespace

class TestScenarioFilePrograms : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryOperation()
    {
        const Scenario s = parseOk(file(kAllOperations));
        QCOMPARE(int(s.processes.size()), 3);
        QCOMPARE(int(s.queues.size()), 2);
        QCOMPARE(s.queues[1].name, QStringLiteral("results"));
        QCOMPARE(s.queues[1].capacity, 3);
        QCOMPARE(s.locks, QStringList{QStringLiteral("GIL")});
        QCOMPARE(s.globalNames, (QStringList{QStringLiteral("result"), QStringLiteral("count")}));
        QCOMPARE(s.secondsPerTick, 0.001);

        const Program& p = s.processes[0].program;
        QCOMPARE(int(p.size()), 18);
        QCOMPARE(p[0].kind, OperationKind::Cpu);
        QCOMPARE(p[0].length, Tick(3));
        QCOMPARE(p[0].line, 4);
        QCOMPARE(p[1].kind, OperationKind::Put);
        QCOMPARE(p[1].target, 0);
        QCOMPARE(p[2].kind, OperationKind::JumpIfLess);
        QCOMPARE(p[2].value, qint64(50));
        QCOMPARE(p[2].jump, 5);
        QCOMPARE(p[3].kind, OperationKind::Repeat);
        QCOMPARE(p[3].target, 0);
        QCOMPARE(p[3].value, qint64(200));
        QCOMPARE(p[4].kind, OperationKind::Loop);
        QCOMPARE(p[4].jump, 3);
        QCOMPARE(p[5].kind, OperationKind::Spawn);
        QCOMPARE(p[5].target, 2); // pid of Child
        QCOMPARE(p[6].kind, OperationKind::Join);
        QCOMPARE(p[6].target, 2);
        QCOMPARE(p[7].kind, OperationKind::Acquire);
        QCOMPARE(p[7].target, 0);
        QCOMPARE(p[8].kind, OperationKind::Release);
        QCOMPARE(p[9].kind, OperationKind::AddGlobal);
        QCOMPARE(p[9].target, 0);
        QCOMPARE(p[9].value, qint64(1));
        QCOMPARE(p[10].kind, OperationKind::PutGlobal);
        QCOMPARE(p[10].target, 1);        // queue "results"
        QCOMPARE(p[10].value, qint64(0)); // global "result"
        QCOMPARE(p[11].kind, OperationKind::GetGlobal);
        QCOMPARE(p[11].target, 0);
        QCOMPARE(p[11].value, qint64(1)); // global "count"
        QCOMPARE(p[12].kind, OperationKind::Sleep);
        QCOMPARE(p[12].length, Tick(100));
        QCOMPARE(p[13].kind, OperationKind::Io);
        QCOMPARE(p[14].kind, OperationKind::JumpIfGreater);
        QCOMPARE(p[14].value, qint64(-2));
        QCOMPARE(p[14].line, 12);
        QCOMPARE(p[15].kind, OperationKind::Get);
        QCOMPARE(p[16].kind, OperationKind::Jump);
        QCOMPARE(p[16].jump, 16);

        const ProcessSpec& child = s.processes[1];
        QVERIFY(child.spawned);
        QVERIFY(child.daemon);
        QCOMPARE(child.group, 1);
        const ProcessSpec& plain = s.processes[2];
        QVERIFY(!plain.spawned);
        QCOMPARE(plain.program, programFromBursts({5, 3, 2}));
        QCOMPARE(plain.extra.value(QStringLiteral("note")).toString(), QStringLiteral("kept"));
    }

    void roundTripsPrograms()
    {
        const Scenario s = parseOk(file(kAllOperations));
        QVERIFY(!s.processes.empty());
        checkRoundTrip(s);
        // Burst-form processes stay "bursts"; the others are "program".
        const QByteArray text = ScenarioFile::serialize(s);
        QVERIFY(text.contains(R"("name": "Plain", "arrival": 4, "bursts": [5, 3, 2])"));
        QVERIFY(text.contains(R"({"op": "cpu", "ticks": 3, "line": 4})"));
        QVERIFY(text.contains(R"({"op": "jumpIfLess", "queue": "q", "value": 50, "to": 5})"));
        QVERIFY(text.contains(R"("spawned": true, "daemon": true, "group": "Main", "bursts": [2])"));
        QVERIFY(text.contains(R"("locks": ["GIL"])"));
        QVERIFY(text.contains(R"("globals": ["result", "count"])"));
        QVERIFY(text.contains(R"("secondsPerTick": 0.001)"));
        QVERIFY(
            text.contains(R"("queues": [{"name": "q", "capacity": 0}, {"name": "results", "capacity": 3}])"));
        QVERIFY(QJsonDocument::fromJson(text).isObject());
    }

    void burstsWithALineAreAProgram()
    {
        // A CPU/I-O program that carries lesson lines needs the long form to keep them.
        Scenario s = parseOk(file(R"("processes": [{"name": "P1", "bursts": [2, 3, 4]}])"));
        QVERIFY(!s.processes.empty());
        s.processes[0].program[1].line = 7;
        const QByteArray text = ScenarioFile::serialize(s);
        QVERIFY(text.contains("\"program\""));
        QVERIFY(!text.contains("\"bursts\""));
        checkRoundTrip(s);
    }

    void producerConsumerSection()
    {
        const Scenario s =
            parseOk(file(R"("cpus": 2, "producerConsumer": {"consumers": 3, "capacity": 100})"));
        QVERIFY(s.producerConsumer);
        QCOMPARE(s.producerConsumer->consumers, 3);
        QCOMPARE(s.producerConsumer->producers, 1);
        QCOMPARE(s.producerConsumer->capacity, 100);
        QCOMPARE(s.producerConsumer->highThreshold, 50); // the exercise's defaults
        QCOMPARE(int(s.processes.size()), 4);
        QCOMPARE(s.processes[3].name, QStringLiteral("Consumer 3"));
        QCOMPARE(s.queues.at(0).capacity, 100);
        QCOMPARE(s.secondsPerTick, 0.01);
        QCOMPARE(s.policy.quantum, Tick(2)); // from the file, not the generator
        QVERIFY(ProducerConsumer::isGenerated(s));
        QVERIFY(!s.validate());

        // Every parameter is written; the generated processes are not.
        const QByteArray text = ScenarioFile::serialize(s);
        for (const char* key :
             {"producers", "consumers", "lowThreshold", "highThreshold", "produceBatch", "consumeBatch",
              "producerPause", "consumerPause", "capacity", "produceCost", "consumeCost", "secondsPerTick"}) {
            QVERIFY2(text.contains(QByteArray("\"") + key + "\": "), key);
        }
        QVERIFY(!text.contains("\"processes\""));
        QVERIFY(!text.contains("\"queues\""));
        checkRoundTrip(s);
    }

    void producerConsumerRoundTripsEveryParameter()
    {
        ProducerConsumerConfig c;
        c.producers = 2;
        c.consumers = 7;
        c.lowThreshold = 3;
        c.highThreshold = 77;
        c.produceBatch = 31;
        c.consumeBatch = 9;
        c.producerPause = 0.35;
        c.consumerPause = 1.7;
        c.capacity = 120;
        c.produceCost = 2;
        c.consumeCost = 3;
        c.secondsPerTick = 0.005;
        c.extra.insert(QStringLiteral("futureKey"), 5);
        const Scenario s = ProducerConsumer::build(c, ProducerConsumer::defaultBase(QStringLiteral("Lab")));
        QVERIFY(!s.validate());
        checkRoundTrip(s);
    }

    void producerConsumerWithEditedProcesses()
    {
        // A lecturer edits a generated process: the processes are written
        // and read back instead of being generated.
        Scenario s = ProducerConsumer::build({}, ProducerConsumer::defaultBase(QStringLiteral("Lab")));
        s.processes[2].priority = 3;
        s.processes[2].arrival = 10;
        QVERIFY(!ProducerConsumer::isGenerated(s));
        const QByteArray text = ScenarioFile::serialize(s);
        QVERIFY(text.contains("\"processes\""));
        checkRoundTrip(s);

        // A different time scale than the section's is kept too.
        Scenario t = ProducerConsumer::build({}, ProducerConsumer::defaultBase(QStringLiteral("Lab")));
        t.secondsPerTick = 0;
        checkRoundTrip(t);
    }

    void errorsNameThePath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray queues = R"("queues": [{"name": "q"}], )";
        QTest::newRow("unknown queue")
            << queues + R"("processes": [{"name": "A", "bursts": [1]}, {"name": "B", "bursts": [1]},
                  {"name": "C", "program": [{"op": "cpu", "ticks": 1}, {"op": "put", "queue": "q"},
                  {"op": "put", "queue": "q"}, {"op": "put", "queue": "q"}, {"op": "get", "queue": "qq"}]}])"
            << QStringLiteral("processes[2].program[4].queue: unknown queue \u201cqq\u201d (queues: q)");
        QTest::newRow("no queues declared")
            << QByteArray(R"("processes": [{"name": "A", "program": [{"op": "get", "queue": "q"}]}])")
            << QStringLiteral("processes[0].program[0].queue: unknown queue \u201cq\u201d (queues: none are "
                              "declared)");
        QTest::newRow("jump out of range")
            << QByteArray(
                   R"("processes": [{"name": "A", "program": [{"op": "cpu", "ticks": 1}, {"op": "jump", "to": 3}]}])")
            << QStringLiteral("processes[0].program[1].to: must be at most 2 (the limit), not 3");
        QTest::newRow("negative jump")
            << QByteArray(R"("processes": [{"name": "A", "program": [{"op": "jump", "to": -1}]}])")
            << QStringLiteral("processes[0].program[0].to: must be at least 0, not -1");
        QTest::newRow("unknown op")
            << QByteArray(R"("processes": [{"name": "A", "program": [{"op": "fork"}]}])")
            << QStringLiteral(
                   "processes[0].program[0].op: unknown operation \"fork\"; expected one of: cpu, io, "
                   "sleep, put, get, jump, jumpIfLess, jumpIfGreater, repeat, loop, spawn, join, "
                   "acquire, release, addGlobal, putGlobal, getGlobal");
        QTest::newRow("missing op")
            << QByteArray(R"("processes": [{"name": "A", "program": [{"ticks": 1}]}])")
            << QStringLiteral(
                   "processes[0].program[0].op: is missing: expected one of: cpu, io, sleep, put, get, "
                   "jump, jumpIfLess, jumpIfGreater, repeat, loop, spawn, join, acquire, release, "
                   "addGlobal, putGlobal, getGlobal");
        QTest::newRow("typo key")
            << QByteArray(R"("processes": [{"name": "A", "program": [{"op": "cpu", "tick": 1}]}])")
            << QStringLiteral("processes[0].program[0].tick: is not a key of a \u201ccpu\u201d operation; "
                              "expected: op, ticks, line");
        QTest::newRow("missing key")
            << QByteArray(R"("processes": [{"name": "A", "program": [{"op": "sleep"}]}])")
            << QStringLiteral(
                   "processes[0].program[0].ticks: is missing: a \u201csleep\u201d operation needs it");
        QTest::newRow("zero ticks")
            << QByteArray(R"("processes": [{"name": "A", "program": [{"op": "cpu", "ticks": 0}]}])")
            << QStringLiteral("processes[0].program[0].ticks: must be at least 1, not 0");
        QTest::newRow("counter out of range")
            << QByteArray(
                   R"("processes": [{"name": "A", "program": [{"op": "repeat", "counter": 4, "times": 2}]}])")
            << QStringLiteral("processes[0].program[0].counter: must be at most 3 (the limit), not 4");
        QTest::newRow("unknown lock")
            << QByteArray(
                   R"("locks": ["GIL"], "processes": [{"name": "A", "program": [{"op": "acquire", "lock": "gil"}]}])")
            << QStringLiteral("processes[0].program[0].lock: unknown lock \u201cgil\u201d (locks: GIL)");
        QTest::newRow("unknown global")
            << QByteArray(
                   R"("globals": ["x"], "processes": [{"name": "A", "program": [{"op": "addGlobal", "global": "y", "value": 1}]}])")
            << QStringLiteral("processes[0].program[0].global: unknown global \u201cy\u201d (globals: x)");
        QTest::newRow("name not a string")
            << queues + R"("processes": [{"name": "A", "program": [{"op": "put", "queue": 0}]}])"
            << QStringLiteral("processes[0].program[0].queue: must be a name (a string), found 0");
        QTest::newRow("unknown process")
            << QByteArray(R"("processes": [{"name": "A", "program": [{"op": "join", "process": "B"}]}])")
            << QStringLiteral("processes[0].program[0].process: unknown process \u201cB\u201d");
        QTest::newRow("spawn of a process that is not spawned")
            << QByteArray(
                   R"("processes": [{"name": "A", "program": [{"op": "spawn", "process": "B"}]}, {"name": "B", "bursts": [1]}])")
            << QStringLiteral(
                   "processes[0].program[0].process: \u201cB\u201d cannot be started here: it needs "
                   "\"spawned\": true");
        QTest::newRow("unknown group")
            << QByteArray(R"("processes": [{"name": "A", "group": "Z", "bursts": [1]}])")
            << QStringLiteral("processes[0].group: unknown process \u201cZ\u201d");
        QTest::newRow("both forms")
            << QByteArray(
                   R"("processes": [{"name": "A", "bursts": [1], "program": [{"op": "cpu", "ticks": 1}]}])")
            << QStringLiteral(
                   "processes[0].program: a process has either \"bursts\" or \"program\", not both");
        QTest::newRow("empty program")
            << QByteArray(R"("processes": [{"name": "A", "program": []}])")
            << QStringLiteral("processes[0].program: must contain at least one operation");
        QTest::newRow("spawned not a bool")
            << QByteArray(R"("processes": [{"name": "A", "spawned": 1, "bursts": [1]}])")
            << QStringLiteral("processes[0].spawned: must be true or false, found 1");
        QTest::newRow("duplicate queue")
            << QByteArray(
                   R"("queues": [{"name": "q"}, {"name": "q"}], "processes": [{"name": "A", "bursts": [1]}])")
            << QStringLiteral(
                   "queues[1].name: \u201cq\u201d is already the name of queues[0]; names must be unique");
        QTest::newRow("queue capacity")
            << QByteArray(
                   R"("queues": [{"name": "q", "capacity": -1}], "processes": [{"name": "A", "bursts": [1]}])")
            << QStringLiteral("queues[0].capacity: must be at least 0, not -1");
        QTest::newRow("queue typo")
            << QByteArray(
                   R"("queues": [{"name": "q", "size": 3}], "processes": [{"name": "A", "bursts": [1]}])")
            << QStringLiteral("queues[0].size: is not a key of a queue; expected: name, capacity");
        QTest::newRow("too many globals")
            << QByteArray(
                   R"("globals": ["a", "b", "c", "d", "e"], "processes": [{"name": "A", "bursts": [1]}])")
            << QStringLiteral("globals: must be at most 4 (the limit), not 5");
        QTest::newRow("duplicate lock")
            << QByteArray(R"("locks": ["L", "L"], "processes": [{"name": "A", "bursts": [1]}])")
            << QStringLiteral("locks[1]: \u201cL\u201d is already locks[0]; names must be unique");
        QTest::newRow("negative time scale")
            << QByteArray(R"("secondsPerTick": -1, "processes": [{"name": "A", "bursts": [1]}])")
            << QStringLiteral("secondsPerTick: must be at least 0, not -1");
        QTest::newRow("no consumers")
            << QByteArray(R"("producerConsumer": {"consumers": 0})")
            << QStringLiteral("producerConsumer.consumers: must be at least 1, not 0");
        QTest::newRow("negative pause")
            << QByteArray(R"("producerConsumer": {"producerPause": -1})")
            << QStringLiteral("producerConsumer.producerPause: must be at least 0, not -1");
        QTest::newRow("pause not a number")
            << QByteArray(R"("producerConsumer": {"consumerPause": "2s"})")
            << QStringLiteral("producerConsumer.consumerPause: must be a number, found \"2s\"");
        QTest::newRow("fractional batch")
            << QByteArray(R"("producerConsumer": {"consumeBatch": 2.5})")
            << QStringLiteral("producerConsumer.consumeBatch: must be a whole number, found 2.5");
        QTest::newRow("section not an object")
            << QByteArray(R"("producerConsumer": true)")
            << QStringLiteral(
                   "producerConsumer: must be an object such as {\"producers\": 1, \"consumers\": 5}, "
                   "found true");
    }
    void errorsNameThePath()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const ScenarioLoad load = ScenarioFile::parse(file(body), QStringLiteral("bad.json"));
        QVERIFY(!load.ok());
        QCOMPARE(load.problem.text(), expected);
        QCOMPARE(load.errorText(), QStringLiteral("bad.json: ") + expected);
    }

    void processesStillRequiredWithoutTheSection()
    {
        const ScenarioLoad load = ScenarioFile::parse(file(R"("cpus": 1)"), QStringLiteral("x.json"));
        QVERIFY(!load.ok());
        QCOMPARE(load.problem.path, QStringLiteral("processes"));
    }

    // A jump to the end of the program (the number of operations) ends it.
    // Scenario::validate() allows it, so a scenario the engine runs must
    // also save to a file that loads again.
    void jumpToTheEndLoadsAndEndsTheProgram()
    {
        const Scenario s = parseOk(file(
            R"("processes": [{"name": "A", "program": [{"op": "cpu", "ticks": 2}, {"op": "jump", "to": 3},)"
            R"( {"op": "cpu", "ticks": 50}]}])"));
        QCOMPARE(s.processes[0].program[1].jump, 3);
        QVERIFY(!s.validate());
        checkRoundTrip(s);
        Engine engine(s);
        engine.run();
        QVERIFY(engine.finished());
        QCOMPARE(engine.pcb(1).cpuTime, Tick(2)); // the third operation never ran
    }

    void oldFilesUnchanged()
    {
        // A burst-only scenario is written exactly as before (no new keys).
        const Scenario s = parseOk(file(R"("processes": [{"name": "P1", "bursts": [5]}])"));
        const QByteArray text = ScenarioFile::serialize(s);
        for (const char* key : {"queues", "locks", "globals", "secondsPerTick", "producerConsumer", "program",
                                "spawned", "daemon", "group"}) {
            QVERIFY2(!text.contains(QByteArray("\"") + key + "\""), key);
        }
        checkRoundTrip(s);
    }
};

QTEST_GUILESS_MAIN(TestScenarioFilePrograms)
#include "tst_scenariofile_programs.moc"
