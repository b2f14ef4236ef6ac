// The scenario file format: every bad input gets one problem naming the
// field path, round trips keep everything (unknown keys included), saving is
// atomic, and every shipped example loads.
#include "core/io/ScenarioFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace processlab;

namespace {

const QByteArray kHead = R"({"format": "processlab-scenario", "version": 1, )";
const QByteArray kPolicy = R"({"name": "fcfs"})";
const QByteArray kProcesses =
    R"([{"name": "P1", "bursts": [5]}, {"name": "P2", "arrival": 1, "bursts": [3, 2, 1]}])";

// A scenario document with one part replaced.
QByteArray doc(const QByteArray& top, const QByteArray& policy = kPolicy,
               const QByteArray& processes = kProcesses)
{
    return kHead + top + R"("policy": )" + policy + R"(, "processes": )" + processes + "}";
}
QByteArray withPolicy(const QByteArray& policy)
{
    return doc({}, policy);
}
QByteArray withProcesses(const QByteArray& processes)
{
    return doc({}, kPolicy, processes);
}

QByteArray manyProcesses(int count)
{
    QByteArray list = "[";
    list.reserve(count * 3 + 2);
    for (int i = 0; i < count; ++i)
        list += i == 0 ? "{}" : ",{}";
    return withProcesses(list + "]");
}

QByteArray manyBursts(int count)
{
    QByteArray list = R"([{"name": "P1", "bursts": [)";
    for (int i = 0; i < count; ++i)
        list += i == 0 ? "1" : ",1";
    return withProcesses(list + "]}]");
}

QString examplesDir()
{
    return QStringLiteral(PROCESSLAB_SOURCE_DIR "/resources/examples");
}

Scenario richScenario()
{
    Scenario s;
    s.title = QStringLiteral("Rich \"quoted\" \\ title\twith 进程 and \U0001F600\nnewline \x01");
    s.cpus = 3;
    s.contextSwitch = 2;
    s.memory = 1000;
    s.policy.name = QStringLiteral("mlfq");
    s.policy.levels = {2, 5, 0};
    s.policy.boost = 50;
    s.policy.mlfqPreemptive = false;
    s.policy.newBeforePreempted = false;
    s.policy.quantum = 7;
    s.policy.priorityOrder = PriorityOrder::HigherFirst;
    s.policy.extra.insert(QStringLiteral("x-note"), QStringLiteral("kept"));
    s.extra.insert(QStringLiteral("author"), QStringLiteral("王老师"));
    s.extra.insert(QStringLiteral("tags"),
                   QVariantList{QStringLiteral("a"), 2, true, QVariant::fromValue(nullptr)});
    QVariantMap nested;
    nested.insert(QStringLiteral("depth"), QVariantMap{{QStringLiteral("n"), 1.5}});
    s.extra.insert(QStringLiteral("layout"), nested);
    for (int i = 0; i < 4; ++i) {
        ProcessSpec p;
        p.name = QStringLiteral("进程%1").arg(i);
        p.arrival = i * 3;
        p.priority = i - 2;
        p.memory = 100 * i;
        p.program =
            programFromBursts(i % 2 ? std::vector<Tick>{4, 2, 1} : std::vector<Tick>{limits::kMaxTicks});
        if (i == 1)
            p.extra.insert(QStringLiteral("colour"), QStringLiteral("#ff0000"));
        s.processes.push_back(p);
    }
    return s;
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void hugeInputIsFast();
    void defaults();
    void fieldsAreRead();
    void preemptiveMapping_data();
    void preemptiveMapping();
    void byteOrderMark();
    void unknownKeysKept();
    void roundTrip_data();
    void roundTrip();
    void serializeIsStable();
    void saveAndLoad();
    void saveFailure_data();
    void saveFailure();
    void loadFailure_data();
    void loadFailure();
    void examples_data();
    void examples();
};

void TestScenarioFile::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("path");    // the problem's field path ("" for the whole file)
    QTest::addColumn<QString>("message"); // substring of the English message

    // The whole file.
    QTest::newRow("empty-file") << QByteArray() << ""
                                << "is empty";
    QTest::newRow("blank-file") << QByteArray(" \n\t ") << ""
                                << "is empty";
    QTest::newRow("not-json") << QByteArray("{\"format\": \"processlab-scenario\",\n \"version\": 1,,}") << ""
                              << "is not valid JSON: ";
    QTest::newRow("not-json-position") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << ""
                                       << "at line 3, column 4 (offset 14)";
    QTest::newRow("truncated") << doc({}).left(40) << ""
                               << "is not valid JSON";
    QTest::newRow("trailing-garbage") << doc({}) + " extra"
                                      << ""
                                      << "is not valid JSON";
    QTest::newRow("top-level-array") << QByteArray("[1, 2]") << ""
                                     << "the top level must be a JSON object";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << ""
                            << "is not valid JSON";

    // Identification.
    QTest::newRow("format-missing") << QByteArray(R"({"version": 1})") << "format"
                                    << "is missing: a scenario file says \"format\": \"processlab-scenario\"";
    QTest::newRow("format-wrong") << QByteArray(R"({"format": "gantt-chart", "version": 1})") << "format"
                                  << "must be \"processlab-scenario\", found \"gantt-chart\"";
    QTest::newRow("format-number") << QByteArray(R"({"format": 3})") << "format"
                                   << "found 3";
    QTest::newRow("version-missing") << QByteArray(R"({"format": "processlab-scenario"})") << "version"
                                     << "is missing";
    QTest::newRow("version-2") << QByteArray(R"({"format": "processlab-scenario", "version": 2})")
                               << "version"
                               << "version 2 is not supported: this ProcessLab reads version 1";
    QTest::newRow("version-string") << QByteArray(R"({"format": "processlab-scenario", "version": "1"})")
                                    << "version"
                                    << "must be a whole number, found \"1\"";
    QTest::newRow("version-fraction")
        << QByteArray(R"({"format": "processlab-scenario", "version": 1.5})") << "version"
        << "must be a whole number, found 1.5";

    // Top-level fields.
    QTest::newRow("title-number") << doc(R"("title": 5, )") << "title"
                                  << "must be a string, found 5";
    QTest::newRow("cpus-string") << doc(R"("cpus": "2", )") << "cpus"
                                 << "must be a whole number, found \"2\"";
    QTest::newRow("cpus-fraction") << doc(R"("cpus": 1.5, )") << "cpus"
                                   << "must be a whole number, found 1.5";
    QTest::newRow("cpus-zero") << doc(R"("cpus": 0, )") << "cpus"
                               << "must be at least 1, not 0";
    QTest::newRow("cpus-65") << doc(R"("cpus": 65, )") << "cpus"
                             << "must be at most 64 (the limit), not 65";
    QTest::newRow("cpus-null") << doc(R"("cpus": null, )") << "cpus"
                               << "found null";
    QTest::newRow("switch-negative") << doc(R"("contextSwitch": -1, )") << "contextSwitch"
                                     << "at least 0, not -1";
    QTest::newRow("switch-fraction") << doc(R"("contextSwitch": 0.5, )") << "contextSwitch"
                                     << "must be a whole number of ticks, found 0.5";
    QTest::newRow("switch-huge") << doc(R"("contextSwitch": 1e300, )") << "contextSwitch"
                                 << "must be at most 1000000000 (the limit)";
    QTest::newRow("memory-string") << doc(R"("memory": "lots", )") << "memory"
                                   << "must be a whole number";
    QTest::newRow("memory-negative") << doc(R"("memory": -1, )") << "memory"
                                     << "at least 0";

    // Policy.
    QTest::newRow("policy-missing") << QByteArray(kHead + R"("processes": [])" + "}") << "policy"
                                    << "is missing";
    QTest::newRow("policy-string") << withPolicy(R"("rr")") << "policy"
                                   << "must be an object";
    QTest::newRow("policy-name-missing") << withPolicy(R"({"quantum": 4})") << "policy.name"
                                         << "is missing: expected one of: fcfs, sjf, srtf";
    QTest::newRow("policy-name-number") << withPolicy(R"({"name": 1})") << "policy.name"
                                        << "must be a string";
    QTest::newRow("unknown-policy") << withPolicy(R"({"name": "lottery"})") << "policy.name"
                                    << "unknown policy \u201clottery\u201d; expected one of: fcfs";
    QTest::newRow("policy-name-case") << withPolicy(R"({"name": "RR"})") << "policy.name"
                                      << "unknown policy";
    QTest::newRow("quantum-zero") << withPolicy(R"({"name": "rr", "quantum": 0})") << "policy.quantum"
                                  << "must be at least 1, not 0";
    QTest::newRow("quantum-negative") << withPolicy(R"({"name": "rr", "quantum": -4})") << "policy.quantum"
                                      << "at least 1";
    QTest::newRow("quantum-fraction") << withPolicy(R"({"name": "rr", "quantum": 2.5})") << "policy.quantum"
                                      << "must be a whole number of ticks, found 2.5";
    QTest::newRow("quantum-string") << withPolicy(R"({"name": "rr", "quantum": "4"})") << "policy.quantum"
                                    << "found \"4\"";
    QTest::newRow("preemptive-string")
        << withPolicy(R"({"name": "priority", "preemptive": "yes"})") << "policy.preemptive"
        << "must be true or false, found \"yes\"";
    QTest::newRow("preemptive-number")
        << withPolicy(R"({"name": "mlfq", "preemptive": 1})") << "policy.preemptive"
        << "must be true or false, found 1";
    QTest::newRow("priority-order") << withPolicy(R"({"name": "priority", "priorityOrder": "highest"})")
                                    << "policy.priorityOrder"
                                    << "must be \"lower-first\" or \"higher-first\", found \"highest\"";
    QTest::newRow("new-before-preempted")
        << withPolicy(R"({"name": "rr", "newBeforePreempted": 0})") << "policy.newBeforePreempted"
        << "must be true or false";
    QTest::newRow("levels-not-array") << withPolicy(R"({"name": "mlfq", "levels": 8})") << "policy.levels"
                                      << "must be an array of time slices";
    QTest::newRow("levels-empty") << withPolicy(R"({"name": "mlfq", "levels": []})") << "policy.levels"
                                  << "must list between 1 and 16 levels (the limit), not 0";
    QTest::newRow("levels-17") << withPolicy(
                                      R"({"name": "mlfq", "levels": [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]})")
                               << "policy.levels"
                               << "not 17";
    QTest::newRow("levels-zero-first")
        << withPolicy(R"({"name": "mlfq", "levels": [0, 8, 0]})") << "policy.levels[0]"
        << "only the last level may be 0";
    QTest::newRow("levels-fraction") << withPolicy(R"({"name": "mlfq", "levels": [8, 1.5]})")
                                     << "policy.levels[1]"
                                     << "whole number of ticks, found 1.5";
    QTest::newRow("levels-negative") << withPolicy(R"({"name": "mlfq", "levels": [8, -2]})")
                                     << "policy.levels[1]"
                                     << "at least 0";
    QTest::newRow("boost-negative") << withPolicy(R"({"name": "mlfq", "boost": -100})") << "policy.boost"
                                    << "at least 0";

    // Processes.
    QTest::newRow("processes-missing") << QByteArray(kHead + R"("policy": {"name": "fcfs"}})") << "processes"
                                       << "is missing: expected an array of processes";
    QTest::newRow("processes-object") << withProcesses(R"({"name": "P1"})") << "processes"
                                      << "must be an array of processes, found {\u2026}";
    QTest::newRow("processes-empty") << withProcesses("[]") << "processes"
                                     << "must list at least one process";
    QTest::newRow("million-processes") << manyProcesses(1000000) << "processes"
                                       << "must list at most 100000 processes (the limit), not 1000000";
    QTest::newRow("process-not-object")
        << withProcesses(R"([{"name": "P1", "bursts": [1]}, 7])") << "processes[1]"
        << "must be an object";
    QTest::newRow("name-missing") << withProcesses(R"([{"name": "P1", "bursts": [1]}, {"bursts": [2]}])")
                                  << "processes[1].name"
                                  << "is missing: every process needs a unique name";
    QTest::newRow("name-number") << withProcesses(R"([{"name": 1, "bursts": [1]}])") << "processes[0].name"
                                 << "must be a string, found 1";
    QTest::newRow("name-empty") << withProcesses(R"([{"name": "", "bursts": [1]}])") << "processes[0].name"
                                << "must not be empty";
    QTest::newRow("duplicate-name")
        << withProcesses(
               R"([{"name": "A", "bursts": [1]}, {"name": "B", "bursts": [1]}, {"name": "A", "bursts": [1]}])")
        << "processes[2].name"
        << "\u201cA\u201d is already the name of processes[0]; names must be unique";
    QTest::newRow("arrival-negative")
        << withProcesses(R"([{"name": "P1", "arrival": -1, "bursts": [1]}])") << "processes[0].arrival"
        << "must be at least 0, not -1";
    QTest::newRow("arrival-string") << withProcesses(R"([{"name": "P1", "arrival": "0", "bursts": [1]}])")
                                    << "processes[0].arrival"
                                    << "must be a whole number of ticks, found \"0\"";
    QTest::newRow("arrival-fraction")
        << withProcesses(R"([{"name": "P1", "arrival": 0.25, "bursts": [1]}])") << "processes[0].arrival"
        << "whole number of ticks, found 0.25";
    QTest::newRow("priority-fraction")
        << withProcesses(R"([{"name": "P1", "priority": 1.5, "bursts": [1]}])") << "processes[0].priority"
        << "must be a whole number, found 1.5";
    QTest::newRow("priority-huge") << withProcesses(R"([{"name": "P1", "priority": 1e10, "bursts": [1]}])")
                                   << "processes[0].priority"
                                   << "at most 1000000000";
    QTest::newRow("memory-over-pool")
        << doc(R"("memory": 64, )", kPolicy, R"([{"name": "P1", "memory": 65, "bursts": [1]}])")
        << "processes[0].memory"
        << "needs 65 but the memory pool is only 64";
    QTest::newRow("bursts-missing") << withProcesses(R"([{"name": "P1"}])") << "processes[0].bursts"
                                    << "is missing: expected CPU and I/O bursts";
    QTest::newRow("bursts-number") << withProcesses(R"([{"name": "P1", "bursts": 5}])")
                                   << "processes[0].bursts"
                                   << "must be an array of bursts";
    QTest::newRow("bursts-empty") << withProcesses(R"([{"name": "P1", "bursts": []}])")
                                  << "processes[0].bursts"
                                  << "must contain at least one CPU burst";
    QTest::newRow("bursts-even")
        << withProcesses(R"([{"name": "P1", "bursts": [1]}, {"name": "P2", "bursts": [3, 2]}])")
        << "processes[1].bursts"
        << "must have an odd number of bursts (CPU, I/O, CPU, \u2026, ending with a CPU "
           "burst), not 2";
    QTest::newRow("burst-zero") << withProcesses(
                                       R"([{"name": "P1", "bursts": [1]}, {"name": "P2", "bursts": [0]}])")
                                << "processes[1].bursts[0]"
                                << "must be at least 1, not 0";
    QTest::newRow("burst-negative") << withProcesses(R"([{"name": "P1", "bursts": [1, 2, -3]}])")
                                    << "processes[0].bursts[2]"
                                    << "must be at least 1, not -3";
    QTest::newRow("burst-fraction") << withProcesses(R"([{"name": "P1", "bursts": [1, 2.5, 3]}])")
                                    << "processes[0].bursts[1]"
                                    << "must be a whole number of ticks, found 2.5";
    QTest::newRow("burst-string") << withProcesses(R"([{"name": "P1", "bursts": ["5"]}])")
                                  << "processes[0].bursts[0]"
                                  << "found \"5\"";
    QTest::newRow("burst-null") << withProcesses(R"([{"name": "P1", "bursts": [null]}])")
                                << "processes[0].bursts[0]"
                                << "found null";
    QTest::newRow("burst-10^12") << withProcesses(R"([{"name": "P1", "bursts": [1000000000000]}])")
                                 << "processes[0].bursts[0]"
                                 << "must be at most 1000000000 (the limit), not 1000000000000";
    QTest::newRow("burst-1e400") << withProcesses(R"([{"name": "P1", "bursts": [1e400]}])") << ""
                                 << "is not valid JSON";
    QTest::newRow("bursts-10001") << manyBursts(10001) << "processes[0].bursts"
                                  << "must have at most 10000 bursts (the limit), not 10001";
    QTest::newRow("deep-nesting") << withProcesses(QByteArray(5000, '[') + QByteArray(5000, ']')) << ""
                                  << "is not valid JSON";
}

void TestScenarioFile::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const ScenarioLoad load = ScenarioFile::parse(content, QStringLiteral("bad.json"));
    QVERIFY(!load.ok());
    QVERIFY(!load.scenario.has_value());
    QCOMPARE(load.file, QStringLiteral("bad.json"));
    QCOMPARE(load.problem.path, path);
    const QString english = load.problem.message.englishText();
    QVERIFY2(english.contains(message), qPrintable(english));
    // The one line a user sees: file, path, message.
    const QString expected =
        path.isEmpty() ? QStringLiteral("bad.json: ") : QStringLiteral("bad.json: %1: ").arg(path);
    QVERIFY2(load.errorText().startsWith(expected), qPrintable(load.errorText()));
    QVERIFY(!load.errorText().contains(QLatin1Char('\n')));
}

void TestScenarioFile::hugeInputIsFast()
{
    // The size limits are checked before the elements are walked (the
    // path names the array, not an element); ctest's timeout catches a hang.
    const QByteArray million = manyProcesses(1000000);
    const ScenarioLoad load = ScenarioFile::parse(million, QStringLiteral("huge.json"));
    QVERIFY(!load.ok());
    QCOMPARE(load.problem.path, QStringLiteral("processes"));

    // Over 256 MiB is refused before parsing.
    QByteArray big(ScenarioFile::kMaxFileBytes + 1, ' ');
    const ScenarioLoad tooBig = ScenarioFile::parse(big, QStringLiteral("big.json"));
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.problem.message.englishText().contains(QStringLiteral("larger than 256 MiB")));
}

void TestScenarioFile::defaults()
{
    const ScenarioLoad load = ScenarioFile::parse(
        R"({"format": "processlab-scenario", "version": 1, "policy": {"name": "rr"},
            "processes": [{"name": "P1", "bursts": [5]}]})",
        QStringLiteral("min.json"));
    QVERIFY2(load.ok(), qPrintable(load.errorText()));
    const Scenario& s = *load.scenario;
    const Scenario defaults;
    QCOMPARE(s.title, QString());
    QCOMPARE(s.cpus, 1);
    QCOMPARE(s.contextSwitch, Tick(0));
    QCOMPARE(s.memory, Tick(0));
    PolicyConfig policy;
    policy.name = QStringLiteral("rr");
    QVERIFY(s.policy == policy);
    QCOMPARE(s.policy.quantum, Tick(4));
    QCOMPARE(s.processes.size(), size_t(1));
    QCOMPARE(s.processes[0].arrival, Tick(0));
    QCOMPARE(s.processes[0].priority, 0);
    QCOMPARE(s.processes[0].memory, Tick(0));
    QVERIFY(s.extra.isEmpty());
    QVERIFY(s.processes[0].extra.isEmpty());
    QVERIFY(s.policy.extra.isEmpty());
}

void TestScenarioFile::fieldsAreRead()
{
    const ScenarioLoad load = ScenarioFile::parse(
        R"({"format": "processlab-scenario", "version": 1, "title": "T", "cpus": 4, "contextSwitch": 2,
            "memory": 512,
            "policy": {"name": "priority", "quantum": 6, "preemptive": true, "priorityOrder": "higher-first",
                       "newBeforePreempted": false, "levels": [3, 0], "boost": 20},
            "processes": [{"name": "P1", "arrival": 7, "priority": -3, "memory": 256, "bursts": [5, 10, 2.0]}]})",
        QStringLiteral("all.json"));
    QVERIFY2(load.ok(), qPrintable(load.errorText()));
    const Scenario& s = *load.scenario;
    QCOMPARE(s.title, QStringLiteral("T"));
    QCOMPARE(s.cpus, 4);
    QCOMPARE(s.contextSwitch, Tick(2));
    QCOMPARE(s.memory, Tick(512));
    QCOMPARE(s.policy.name, QStringLiteral("priority"));
    QCOMPARE(s.policy.quantum, Tick(6));
    QVERIFY(s.policy.preemptive);
    QVERIFY(s.policy.mlfqPreemptive);
    QCOMPARE(s.policy.priorityOrder, PriorityOrder::HigherFirst);
    QVERIFY(!s.policy.newBeforePreempted);
    QVERIFY(s.policy.levels == (std::vector<Tick>{3, 0}));
    QCOMPARE(s.policy.boost, Tick(20));
    const ProcessSpec& p = s.processes.at(0);
    QCOMPARE(p.arrival, Tick(7));
    QCOMPARE(p.priority, -3);
    QCOMPARE(p.memory, Tick(256));
    QVERIFY(p.program == programFromBursts({5, 10, 2}));
    QCOMPARE(p.program[1].kind, OperationKind::Io);
}

void TestScenarioFile::preemptiveMapping_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<bool>("preemptive");
    QTest::addColumn<bool>("mlfqPreemptive");

    QTest::newRow("priority-default") << QByteArray(R"({"name": "priority"})") << false << true;
    QTest::newRow("priority-true") << QByteArray(R"({"name": "priority", "preemptive": true})") << true
                                   << true;
    QTest::newRow("mlfq-default") << QByteArray(R"({"name": "mlfq"})") << false << true;
    QTest::newRow("mlfq-false") << QByteArray(R"({"name": "mlfq", "preemptive": false})") << false << false;
    QTest::newRow("mlfq-true") << QByteArray(R"({"name": "mlfq", "preemptive": true})") << false << true;
}

void TestScenarioFile::preemptiveMapping()
{
    QFETCH(QByteArray, policy);
    QFETCH(bool, preemptive);
    QFETCH(bool, mlfqPreemptive);
    const ScenarioLoad load = ScenarioFile::parse(withPolicy(policy), QStringLiteral("p.json"));
    QVERIFY2(load.ok(), qPrintable(load.errorText()));
    QCOMPARE(load.scenario->policy.preemptive, preemptive);
    QCOMPARE(load.scenario->policy.mlfqPreemptive, mlfqPreemptive);
    // And back.
    const ScenarioLoad again =
        ScenarioFile::parse(ScenarioFile::serialize(*load.scenario), QStringLiteral("p2"));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QVERIFY(*again.scenario == *load.scenario);
}

void TestScenarioFile::byteOrderMark()
{
    const ScenarioLoad load = ScenarioFile::parse("\xEF\xBB\xBF" + doc({}), QStringLiteral("bom.json"));
    QVERIFY2(load.ok(), qPrintable(load.errorText()));
    QCOMPARE(load.scenario->processes.size(), size_t(2));
}

void TestScenarioFile::unknownKeysKept()
{
    const QByteArray json =
        R"({"format": "processlab-scenario", "version": 1, "x-editor": {"zoom": 2, "lanes": [1, 2]},
        "notes": "for lesson 3",
        "policy": {"name": "rr", "quantum": 3, "x-colour": "red"},
        "processes": [{"name": "P1", "bursts": [4], "colour": "#00ff00", "tags": ["io", null, false, 1.25]}]})";
    const ScenarioLoad load = ScenarioFile::parse(json, QStringLiteral("extra.json"));
    QVERIFY2(load.ok(), qPrintable(load.errorText()));
    const Scenario& s = *load.scenario;
    QCOMPARE(s.extra.size(), 2);
    QCOMPARE(s.extra.value(QStringLiteral("notes")).toString(), QStringLiteral("for lesson 3"));
    QCOMPARE(s.extra.value(QStringLiteral("x-editor")).toMap().value(QStringLiteral("zoom")).toInt(), 2);
    QCOMPARE(s.policy.extra.value(QStringLiteral("x-colour")).toString(), QStringLiteral("red"));
    QCOMPARE(s.processes[0].extra.value(QStringLiteral("colour")).toString(), QStringLiteral("#00ff00"));
    QCOMPARE(s.processes[0].extra.value(QStringLiteral("tags")).toList().size(), 4);
    // Known keys never land in extra.
    QVERIFY(!s.extra.contains(QStringLiteral("format")));
    QVERIFY(!s.processes[0].extra.contains(QStringLiteral("bursts")));

    // Written back, in place.
    const QByteArray saved = ScenarioFile::serialize(s);
    const QJsonObject root = QJsonDocument::fromJson(saved).object();
    QCOMPARE(root.value(QStringLiteral("notes")).toString(), QStringLiteral("for lesson 3"));
    QCOMPARE(
        root.value(QStringLiteral("x-editor")).toObject().value(QStringLiteral("lanes")).toArray().size(), 2);
    QCOMPARE(root.value(QStringLiteral("policy")).toObject().value(QStringLiteral("x-colour")).toString(),
             QStringLiteral("red"));
    QCOMPARE(
        root.value(QStringLiteral("processes")).toArray().at(0).toObject().value(QStringLiteral("colour")),
        QJsonValue(QStringLiteral("#00ff00")));
    const ScenarioLoad again = ScenarioFile::parse(saved, QStringLiteral("again.json"));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QVERIFY(*again.scenario == s);
}

void TestScenarioFile::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("minimal") << doc({});
    QTest::newRow("all-fields") << doc(
        R"("title": "T", "cpus": 2, "contextSwitch": 1, "memory": 9, )",
        R"({"name": "priority", "preemptive": true, "priorityOrder": "higher-first"})",
        R"([{"name": "A", "arrival": 3, "priority": 5, "memory": 9, "bursts": [1, 2, 3]}])");
    QTest::newRow("fcfs-with-odd-settings")
        << withPolicy(R"({"name": "fcfs", "quantum": 9, "preemptive": true, "levels": [1], "boost": 3,
                         "newBeforePreempted": false})");
    QTest::newRow("mlfq-nonpreemptive")
        << withPolicy(R"({"name": "mlfq", "levels": [1, 2, 0], "preemptive": false})");
    QTest::newRow("unicode-names") << withProcesses(
        R"([{"name": "进程 \"一\"", "bursts": [1]}, {"name": "\u0001\t\\", "bursts": [2]}, {"name": "😀", "bursts": [3]}])");
    QTest::newRow("extras-everywhere")
        << doc(R"("z": [1, {"a": null}], "a": 1.5, )", R"({"name": "rr", "q2": {"x": [true]}})",
               R"([{"name": "P", "bursts": [1], "note": "n", "n": 12345678901234}])");
    QTest::newRow("limits") << doc(R"("cpus": 64, "contextSwitch": 1000000000, )", kPolicy,
                                   R"([{"name": "P", "arrival": 1000000000, "bursts": [1000000000]}])");
}

void TestScenarioFile::roundTrip()
{
    QFETCH(QByteArray, json);
    const ScenarioLoad first = ScenarioFile::parse(json, QStringLiteral("first"));
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    const QByteArray saved = ScenarioFile::serialize(*first.scenario);
    const ScenarioLoad second = ScenarioFile::parse(saved, QStringLiteral("second"));
    QVERIFY2(second.ok(), qPrintable(second.errorText() + QLatin1Char('\n') + QString::fromUtf8(saved)));
    QVERIFY(*second.scenario == *first.scenario);
    // And the text is a fixed point.
    QCOMPARE(ScenarioFile::serialize(*second.scenario), saved);
}

void TestScenarioFile::serializeIsStable()
{
    // A scenario built in code (as the GUI does) survives serialize -> parse.
    const Scenario s = richScenario();
    const auto problem = s.validate();
    QVERIFY2(!problem, qPrintable(problem ? problem->text() : QString()));
    const QByteArray saved = ScenarioFile::serialize(s);
    QJsonParseError error;
    QJsonDocument::fromJson(saved, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(saved.startsWith("{\n    \"format\": \"processlab-scenario\",\n    \"version\": 1,"));
    const ScenarioLoad load = ScenarioFile::parse(saved, QStringLiteral("rich"));
    QVERIFY2(load.ok(), qPrintable(load.errorText()));
    QVERIFY(*load.scenario == s);
    QCOMPARE(load.scenario->title, s.title);
    QCOMPARE(load.scenario->extra, s.extra);
}

void TestScenarioFile::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rich.json"));
    const Scenario s = richScenario();
    QString error;
    QVERIFY2(ScenarioFile::save(s, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const ScenarioLoad load = ScenarioFile::load(path);
    QVERIFY2(load.ok(), qPrintable(load.errorText()));
    QCOMPARE(load.file, path);
    QVERIFY(*load.scenario == s);
    // Overwriting works too, and leaves no temporary files behind.
    Scenario changed = s;
    changed.title = QStringLiteral("changed");
    QVERIFY2(ScenarioFile::save(changed, path, &error), qPrintable(error));
    QCOMPARE(ScenarioFile::load(path).scenario->title, QStringLiteral("changed"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("rich.json")});
}

void TestScenarioFile::saveFailure_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("parent-is-a-file") << "parent-is-a-file";
    QTest::newRow("missing-directory") << "missing-directory";
    QTest::newRow("write-fails-midway") << "write-fails-midway";
    QTest::newRow("read-only-directory") << "read-only-directory";
}

void TestScenarioFile::saveFailure()
{
    QFETCH(QString, how);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray old = "OLD CONTENT, not to be touched";
    const QString oldPath = dir.filePath(QStringLiteral("scenario.json"));
    {
        QFile f(oldPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }

    QString target = oldPath;
    if (how == QLatin1String("parent-is-a-file"))
        target = oldPath + QStringLiteral("/inner.json");
    else if (how == QLatin1String("missing-directory"))
        target = dir.filePath(QStringLiteral("no/such/dir/x.json"));

    Scenario s = richScenario();
    QString error;
    bool saved = true;
    if (how == QLatin1String("write-fails-midway")) {
        // A file-size limit makes the write fail after it started (works as
        // root too); the signal it raises is ignored so write() reports EFBIG.
        struct rlimit before;
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        struct rlimit tight = before;
        tight.rlim_cur = 16;
        auto previous = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
        saved = ScenarioFile::save(s, target, &error);
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, previous);
    } else if (how == QLatin1String("read-only-directory")) {
        if (geteuid() == 0)
            QSKIP("root ignores directory permissions (write-fails-midway covers the same path)");
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        saved = ScenarioFile::save(s, target, &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    } else {
        saved = ScenarioFile::save(s, target, &error);
    }

    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot save")), qPrintable(error));
    QFile f(oldPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    // No temporary file left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("scenario.json")});
}

void TestScenarioFile::loadFailure_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing"
                             << "no such file";
    QTest::newRow("directory") << "directory"
                               << "is a directory";
    QTest::newRow("empty") << "empty"
                           << "is empty";
    QTest::newRow("unreadable") << "unreadable"
                                << "cannot be read";
    QTest::newRow("over-256-mib") << "over-256-mib"
                                  << "is larger than 256 MiB (the limit)";
}

void TestScenarioFile::loadFailure()
{
    QFETCH(QString, how);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("s.json"));
    if (how == QLatin1String("directory")) {
        path = dir.path();
    } else if (how != QLatin1String("missing")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (how == QLatin1String("unreadable")) {
            f.write(doc({}));
            f.close();
            if (geteuid() == 0)
                QSKIP("root can read any file");
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        } else if (how == QLatin1String("over-256-mib")) {
            // Sparse: the size is checked before anything is read.
            QVERIFY(f.resize(ScenarioFile::kMaxFileBytes + 1));
        }
    }
    const ScenarioLoad load = ScenarioFile::load(path);
    QVERIFY(!load.ok());
    QVERIFY2(load.problem.message.englishText().contains(message), qPrintable(load.errorText()));
    QVERIFY2(load.errorText().startsWith(path + QStringLiteral(": ")), qPrintable(load.errorText()));
}

void TestScenarioFile::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(examplesDir());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 6,
             qPrintable(QStringLiteral("%1 examples in %2").arg(files.size()).arg(dir.path())));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestScenarioFile::examples()
{
    QFETCH(QString, path);
    const ScenarioLoad load = ScenarioFile::load(path);
    QVERIFY2(load.ok(), qPrintable(load.errorText()));
    const Scenario& s = *load.scenario;
    QVERIFY(!s.validate());
    QVERIFY2(s.title.size() >= 10, qPrintable(s.title)); // a descriptive title
    QVERIFY(s.extra.isEmpty());                          // no typos hiding as unknown keys
    QVERIFY(s.policy.extra.isEmpty());
    for (const ProcessSpec& p : s.processes)
        QVERIFY2(p.extra.isEmpty(), qPrintable(p.name));
    // Listed in the README.
    QFile readme(examplesDir() + QStringLiteral("/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY(readme.readAll().contains(QFileInfo(path).fileName().toUtf8()));
    // Round trip.
    const ScenarioLoad again = ScenarioFile::parse(ScenarioFile::serialize(s), path);
    QVERIFY(again.ok());
    QVERIFY(*again.scenario == s);
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
