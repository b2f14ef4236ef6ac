// processlab-cli end to end: runs the built binary and checks its output,
// numbers worked out by hand from docs/conventions.md, and its exit codes.
#include "CliRunner.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

#include <cmath>

namespace {

using clitest::Result;
using clitest::runCli;

QString example(const char* name)
{
    return QStringLiteral(PROCESSLAB_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

QString describe(const Result& r)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(r.code)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// `expected` is a subset of `actual`: every key of an expected object is in
// the actual one with a matching value; arrays match element by element and
// have the same length; numbers compare with a small tolerance.
bool matches(const QJsonValue& expected, const QJsonValue& actual, const QString& path, QString* why)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *why = path + QStringLiteral(": expected an object");
            return false;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                *why = path + QLatin1Char('.') + it.key() + QStringLiteral(": missing");
                return false;
            }
            if (!matches(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), why))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size()) {
            *why = path + QStringLiteral(": expected %1 elements, got %2").arg(e.size()).arg(a.size());
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!matches(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i), why))
                return false;
        }
        return true;
    }
    if (expected.isDouble()) {
        if (!actual.isDouble() || std::fabs(expected.toDouble() - actual.toDouble()) > 1e-9) {
            *why =
                path +
                QStringLiteral(": expected %1, got %2")
                    .arg(expected.toDouble())
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
            return false;
        }
        return true;
    }
    if (expected != actual) {
        *why = path + QStringLiteral(": expected %1").arg(expected.toVariant().toString());
        return false;
    }
    return true;
}

QJsonObject parseObject(const QByteArray& text, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runJson_data();
    void runJson();
    void runJsonShape();
    void runText_data();
    void runText();
    void compareJson();
    void compareText();
    void validate_data();
    void validate();
    void exitCodes_data();
    void exitCodes();
    void outputFailure();
    void help_data();
    void help();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& content);
};

QString TestCli::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PROCESSLAB_CLI)));
    QVERIFY(m_dir.isValid());
}

void TestCli::runJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected"); // a subset of the output, as JSON

    // Convoy: P1 = 24, P2 = 3, P3 = 3 at t = 0. Waiting 0, 24, 27 (avg 17);
    // turnaround 24, 27, 30 (avg 27); two switches (the first load is free).
    QTest::newRow("fcfs-convoy") << QStringList{example("fcfs-convoy.json")} << QByteArray(R"json({
        "policy": "fcfs", "policyLabel": "FCFS", "makespan": 30, "cpuUtilization": 1, "throughput": 0.1,
        "contextSwitches": 2,
        "averages": {"turnaround": 27, "waiting": 17, "response": 17},
        "processes": [
            {"name": "P1", "arrival": 0, "finish": 24, "turnaround": 24, "waiting": 0, "response": 0, "cpuTime": 24, "ioTime": 0},
            {"name": "P2", "arrival": 0, "finish": 27, "turnaround": 27, "waiting": 24, "response": 24, "cpuTime": 3, "ioTime": 0},
            {"name": "P3", "arrival": 0, "finish": 30, "turnaround": 30, "waiting": 27, "response": 27, "cpuTime": 3, "ioTime": 0}],
        "slices": [
            {"cpu": 0, "name": "P1", "start": 0, "end": 24, "kind": "run"},
            {"cpu": 0, "name": "P2", "start": 24, "end": 27, "kind": "run"},
            {"cpu": 0, "name": "P3", "start": 27, "end": 30, "kind": "run"}]})json");

    // The same under SJF: P2 0-3, P3 3-6, P1 6-30; waiting 6, 0, 3.
    QTest::newRow("convoy-as-sjf") << QStringList{example("fcfs-convoy.json"), QStringLiteral("--policy"),
                                                  QStringLiteral("sjf")}
                                   << QByteArray(R"json({"policy": "sjf", "makespan": 30,
        "averages": {"turnaround": 13, "waiting": 3, "response": 3},
        "slices": [{"name": "P2", "start": 0, "end": 3}, {"name": "P3", "start": 3, "end": 6},
                   {"name": "P1", "start": 6, "end": 30}]})json");

    // RR q=4: P1 0-4, P2 4-7, P3 7-10, then P1 alone renews its slice 5 times
    // (no switch). Waiting 6, 4, 7 = 17/3.
    QTest::newRow("rr-quantum4") << QStringList{example("rr-quantum4.json")} << QByteArray(R"json({
        "policy": "rr:4", "policyLabel": "RR q=4", "makespan": 30, "contextSwitches": 3,
        "averages": {"turnaround": 15.666666666666666, "waiting": 5.666666666666667, "response": 3.6666666666666665},
        "processes": [{"name": "P1", "waiting": 6, "response": 0}, {"name": "P2", "waiting": 4, "response": 4},
                      {"name": "P3", "waiting": 7, "response": 7}],
        "slices": [{"name": "P1", "start": 0, "end": 4}, {"name": "P2", "start": 4, "end": 7},
                   {"name": "P3", "start": 7, "end": 10}, {"name": "P1", "start": 10, "end": 14},
                   {"name": "P1", "start": 14, "end": 18}, {"name": "P1", "start": 18, "end": 22},
                   {"name": "P1", "start": 22, "end": 26}, {"name": "P1", "start": 26, "end": 30}]})json");

    // --quantum 2: P1 0-2, P2 2-4, P3 4-6, P1 6-8, P2 8-9, P3 9-10, P1 10-30.
    // Waiting 6, 6, 7; six switches.
    QTest::newRow("rr-quantum-override")
        << QStringList{example("rr-quantum4.json"), QStringLiteral("--quantum"), QStringLiteral("2")}
        << QByteArray(R"json({"policy": "rr:2", "contextSwitches": 6,
        "averages": {"waiting": 6.333333333333333},
        "processes": [{"finish": 30, "waiting": 6}, {"finish": 9, "waiting": 6}, {"finish": 10, "waiting": 7}]})json");

    // SRTF, arrivals 0..3: P1 0-1, P2 1-5, P4 5-10, P1 10-17, P3 17-26.
    QTest::newRow("srtf-arrivals") << QStringList{example("srtf-arrivals.json")} << QByteArray(R"json({
        "policy": "srtf", "makespan": 26, "contextSwitches": 4,
        "averages": {"turnaround": 13, "waiting": 6.5, "response": 4.25},
        "processes": [{"name": "P1", "waiting": 9, "response": 0}, {"name": "P2", "waiting": 0, "response": 0},
                      {"name": "P3", "waiting": 15, "response": 15}, {"name": "P4", "waiting": 2, "response": 2}]})json");

    // The same arrivals without preemption (SJF): 0, 7, 15, 9 = 7.75.
    QTest::newRow("srtf-arrivals-as-sjf")
        << QStringList{example("srtf-arrivals.json"), QStringLiteral("--policy"), QStringLiteral("sjf")}
        << QByteArray(R"json({"averages": {"waiting": 7.75}})json");

    // Priority (lower first): P2 0-1, P5 1-6, P1 6-16, P3 16-18, P4 18-19.
    QTest::newRow("priority-textbook")
        << QStringList{example("priority-textbook.json")} << QByteArray(R"json({
        "policy": "priority", "policyLabel": "Priority (non-preemptive, lower first)", "makespan": 19,
        "averages": {"turnaround": 12, "waiting": 8.2},
        "processes": [{"finish": 16}, {"finish": 1}, {"finish": 18}, {"finish": 19}, {"finish": 6}]})json");

    // Higher number first: P4 0-1, P3 1-3, P1 3-13, P5 13-18, P2 18-19.
    QTest::newRow("priority-higher-first")
        << QStringList{example("priority-textbook.json"), QStringLiteral("--policy"),
                       QStringLiteral("priority:higher-first")}
        << QByteArray(R"json({"policy": "priority:higher-first",
        "processes": [{"finish": 13}, {"finish": 19}, {"finish": 3}, {"finish": 1}, {"finish": 18}]})json");

    // Context switch cost 1, RR q=3: A 0-3, switch 3-4, B 4-7, switch 7-8,
    // C 8-10, switch 10-11, A 11-13. Response starts after the switch.
    QTest::newRow("context-switch") << QStringList{example("context-switch.json")} << QByteArray(R"json({
        "policy": "rr:3", "makespan": 13, "contextSwitches": 3, "cpuUtilization": 0.7692307692307693,
        "processes": [
            {"name": "A", "finish": 13, "turnaround": 13, "waiting": 8, "response": 0, "cpuTime": 5},
            {"name": "B", "finish": 7, "turnaround": 7, "waiting": 4, "response": 4, "cpuTime": 3},
            {"name": "C", "finish": 10, "turnaround": 8, "waiting": 6, "response": 6, "cpuTime": 2}],
        "slices": [
            {"cpu": 0, "name": "A", "start": 0, "end": 3, "kind": "run"},
            {"cpu": 0, "name": "B", "start": 3, "end": 4, "kind": "switch"},
            {"cpu": 0, "name": "B", "start": 4, "end": 7, "kind": "run"},
            {"cpu": 0, "name": "C", "start": 7, "end": 8, "kind": "switch"},
            {"cpu": 0, "name": "C", "start": 8, "end": 10, "kind": "run"},
            {"cpu": 0, "name": "A", "start": 10, "end": 11, "kind": "switch"},
            {"cpu": 0, "name": "A", "start": 11, "end": 13, "kind": "run"}]})json");

    // --switch-cost 0: A 0-3, B 3-6, C 6-8, A 8-10; waiting 5, 3, 4.
    QTest::newRow("switch-cost-override")
        << QStringList{example("context-switch.json"), QStringLiteral("--switch-cost"), QStringLiteral("0")}
        << QByteArray(R"json({"makespan": 10, "cpuUtilization": 1, "contextSwitches": 3,
        "averages": {"waiting": 4}})json");

    // CPU, I/O, CPU: P1 0-4 (I/O 4-10), P2 4-7 (I/O 7-9), P3 7-12, P2 12-15, P1 15-17.
    QTest::newRow("io-bursts") << QStringList{example("io-bursts.json")} << QByteArray(R"json({
        "makespan": 17, "cpuUtilization": 1, "contextSwitches": 4,
        "processes": [
            {"name": "P1", "finish": 17, "turnaround": 17, "waiting": 5, "response": 0, "cpuTime": 6, "ioTime": 6},
            {"name": "P2", "finish": 15, "turnaround": 14, "waiting": 6, "response": 3, "cpuTime": 6, "ioTime": 2},
            {"name": "P3", "finish": 12, "turnaround": 10, "waiting": 5, "response": 5, "cpuTime": 5, "ioTime": 0}]})json");

    // SJF on two CPUs: CPU0 P2 0-4, P3 4-5, P5 5-7, P4 7-11; CPU1 P1 0-7.
    QTest::newRow("two-cpus") << QStringList{example("two-cpus.json")} << QByteArray(R"json({
        "makespan": 11, "cpuUtilization": 0.8181818181818182, "throughput": 0.45454545454545453,
        "contextSwitches": 3, "averages": {"waiting": 2},
        "slices": [{"cpu": 0, "name": "P2", "start": 0, "end": 4}, {"cpu": 1, "name": "P1", "start": 0, "end": 7},
                   {"cpu": 0, "name": "P3", "start": 4, "end": 5}, {"cpu": 0, "name": "P5", "start": 5, "end": 7},
                   {"cpu": 0, "name": "P4", "start": 7, "end": 11}]})json");

    // --cpus 1: P2 0-4, P3 4-5, P5 5-7, P4 7-11, P1 11-18; waiting 11, 0, 3, 5, 2.
    QTest::newRow("cpus-override")
        << QStringList{example("two-cpus.json"), QStringLiteral("--cpus"), QStringLiteral("1")}
        << QByteArray(R"json({"makespan": 18, "cpuUtilization": 1, "averages": {"waiting": 4.2}})json");

    // MLFQ 4/8/FCFS: Batch 0-4 (-> level 1), Editor 4-6 (I/O 6-11), Compile 6-10
    // (-> level 1), Batch 10-11 preempted by Editor 11-13 (I/O 13-18), Compile
    // 13-18 preempted by Editor 18-20, Batch 20-28 (-> level 2), Compile 28-29,
    // Batch 29-46.
    QTest::newRow("mlfq") << QStringList{example("mlfq.json")} << QByteArray(R"json({
        "policy": "mlfq:4/8/0", "makespan": 46, "contextSwitches": 9,
        "processes": [{"name": "Batch", "finish": 46, "waiting": 16}, {"name": "Editor", "finish": 20, "waiting": 2},
                      {"name": "Compile", "finish": 29, "waiting": 13}]})json");
}

void TestCli::runJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const Result r =
        runCli(QStringList{QStringLiteral("run")} + arguments + QStringList{QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    bool ok = false;
    const QJsonObject actual = parseObject(r.out, &ok);
    QVERIFY2(ok, r.out.constData());
    QJsonParseError error;
    const QJsonDocument want = QJsonDocument::fromJson(expected, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QString why;
    QVERIFY2(matches(want.object(), actual, QStringLiteral("$"), &why), qPrintable(why));
}

void TestCli::runJsonShape()
{
    // Exactly one JSON object, with every documented key and type.
    const Result r = runCli({QStringLiteral("run"), example("io-bursts.json"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 1);
    bool ok = false;
    const QJsonObject o = parseObject(r.out, &ok);
    QVERIFY(ok);
    QVERIFY(o.value(QStringLiteral("policy")).isString());
    for (const char* key : {"makespan", "cpuUtilization", "throughput", "contextSwitches"})
        QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
    const double utilization = o.value(QStringLiteral("cpuUtilization")).toDouble();
    QVERIFY(utilization >= 0 && utilization <= 1);
    for (const char* key : {"turnaround", "waiting", "response"})
        QVERIFY2(o.value(QStringLiteral("averages")).toObject().value(QLatin1String(key)).isDouble(), key);
    const QJsonArray processes = o.value(QStringLiteral("processes")).toArray();
    QCOMPARE(processes.size(), 3);
    for (const QJsonValue& p : processes) {
        QVERIFY(p.toObject().value(QStringLiteral("name")).isString());
        for (const char* key :
             {"arrival", "finish", "turnaround", "waiting", "response", "cpuTime", "ioTime"})
            QVERIFY2(p.toObject().value(QLatin1String(key)).isDouble(), key);
    }
    const QJsonArray slices = o.value(QStringLiteral("slices")).toArray();
    QVERIFY(!slices.isEmpty());
    for (const QJsonValue& s : slices) {
        const QJsonObject slice = s.toObject();
        QVERIFY(slice.value(QStringLiteral("cpu")).isDouble());
        QVERIFY(slice.value(QStringLiteral("name")).isString());
        QVERIFY(slice.value(QStringLiteral("start")).toInt() < slice.value(QStringLiteral("end")).toInt());
        const QString kind = slice.value(QStringLiteral("kind")).toString();
        QVERIFY(kind == QLatin1String("run") || kind == QLatin1String("switch"));
    }
}

void TestCli::runText_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("lines"); // each must appear in stdout

    QTest::newRow("fcfs-convoy") << QStringList{example("fcfs-convoy.json")}
                                 << QStringList{QStringLiteral("Policy: FCFS; CPUs: 1"),
                                                QStringLiteral("CPU0 | P1 0-24 | P2 24-27 | P3 27-30 |"),
                                                QStringLiteral("27.00    17.00     17.00"),
                                                QStringLiteral("Makespan: 30 ticks"),
                                                QStringLiteral("CPU utilisation: 100.0 %"),
                                                QStringLiteral("Throughput: 0.1000 processes per tick"),
                                                QStringLiteral("Context switches: 2")};
    QTest::newRow("table-row")
        << QStringList{example("io-bursts.json")}
        << QStringList{QStringLiteral("Process  Arrival  Finish  Turnaround  Waiting  Response  "
                                      "CPU time  I/O time"),
                       QStringLiteral("P1             0      17          17        5         0  "
                                      "       6         6")};
    QTest::newRow("switch-slices") << QStringList{example("context-switch.json")}
                                   << QStringList{QStringLiteral(
                                          "CPU0 | A 0-3 | switch>B 3-4 | B 4-7 | switch>C 7-8 | "
                                          "C 8-10 | switch>A 10-11 | A 11-13 |")};
    QTest::newRow("idle-gap-end") << QStringList{example("two-cpus.json")}
                                  << QStringList{
                                         QStringLiteral("CPU0 | P2 0-4 | P3 4-5 | P5 5-7 | P4 7-11 |"),
                                         QStringLiteral("CPU1 | P1 0-7 | idle 7-11 |")};
}

void TestCli::runText()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, lines);
    const Result r = runCli(QStringList{QStringLiteral("run")} + arguments);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
    const QString out = QString::fromUtf8(r.out);
    for (const QString& line : lines)
        QVERIFY2(out.contains(line), qPrintable(line + QStringLiteral("\n---\n") + out));
}

void TestCli::compareJson()
{
    const Result r =
        runCli({QStringLiteral("compare"), example("fcfs-convoy.json"), QStringLiteral("--policies"),
                QStringLiteral("fcfs,sjf,rr:4,priority:preemptive,srtf"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    bool ok = false;
    const QJsonObject o = parseObject(r.out, &ok);
    QVERIFY(ok);
    const QJsonDocument want = QJsonDocument::fromJson(R"json({
        "scenario": "FCFS convoy effect: one long job ahead of two short ones",
        "results": [
            {"policy": "fcfs", "averages": {"turnaround": 27, "waiting": 17, "response": 17}, "makespan": 30,
             "cpuUtilization": 1, "throughput": 0.1, "contextSwitches": 2},
            {"policy": "sjf", "averages": {"turnaround": 13, "waiting": 3, "response": 3}, "makespan": 30},
            {"policy": "rr:4", "averages": {"waiting": 5.666666666666667}, "contextSwitches": 3},
            {"policy": "priority:preemptive", "policyLabel": "Priority (preemptive, lower first)",
             "averages": {"waiting": 17}},
            {"policy": "srtf", "averages": {"waiting": 3}}]})json");
    QString why;
    QVERIFY2(matches(want.object(), o, QStringLiteral("$"), &why), qPrintable(why));

    // Without --policies: every automatic policy, in a fixed order.
    const Result all =
        runCli({QStringLiteral("compare"), example("srtf-arrivals.json"), QStringLiteral("--json")});
    QCOMPARE(all.code, 0);
    const QJsonArray results = parseObject(all.out, &ok).value(QStringLiteral("results")).toArray();
    QStringList policies;
    for (const QJsonValue& v : results)
        policies << v.toObject().value(QStringLiteral("policy")).toString();
    QCOMPARE(policies, (QStringList{QStringLiteral("fcfs"), QStringLiteral("sjf"), QStringLiteral("srtf"),
                                    QStringLiteral("priority"), QStringLiteral("rr:4"),
                                    QStringLiteral("hrrn"), QStringLiteral("mlfq:8/16/0")}));
    // HRRN at t = 8: P2 (7+4)/4 beats P4 (5+5)/5 and P3 (6+9)/9; at 12 P4 (9+5)/5 beats P3 (10+9)/9.
    QCOMPARE(results.at(5)
                 .toObject()
                 .value(QStringLiteral("averages"))
                 .toObject()
                 .value(QStringLiteral("waiting")),
             QJsonValue(7.75));
}

void TestCli::compareText()
{
    const Result r =
        runCli({QStringLiteral("compare"), example("fcfs-convoy.json"), QStringLiteral("--policies"),
                QStringLiteral("fcfs, sjf ,rr:4,mlfq:2/4/0:boost=10")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Title line, header, rule, then one row per policy.
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Policy")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Avg waiting")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("FCFS ")));
    QVERIFY(lines.at(3).contains(QStringLiteral("27.00        17.00")));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("SJF ")));
    QVERIFY(lines.at(4).contains(QStringLiteral(" 3.00 ")));
    QVERIFY(lines.at(5).startsWith(QStringLiteral("RR q=4 ")));
    QVERIFY(lines.at(6).startsWith(QStringLiteral("MLFQ 2/4/FCFS boost 10 ")));
    QVERIFY(lines.at(3).contains(QStringLiteral("100.0 %")));
}

void TestCli::validate_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(PROCESSLAB_SOURCE_DIR "/resources/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestCli::validate()
{
    QFETCH(QString, file);
    const Result r = runCli({QStringLiteral("validate"), file});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
    const QString out = QString::fromUtf8(r.out);
    QCOMPARE(out.count(QLatin1Char('\n')), 1);
    QVERIFY2(out.startsWith(QStringLiteral("OK: ") + file + QStringLiteral(": \u201c")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("processes: ")));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrText"); // substring of stderr

    const QString good = example("fcfs-convoy.json");
    const QString badJson = write(QStringLiteral("bad.json"), "{\"format\": ");
    const QString badBurst =
        write(QStringLiteral("burst.json"), R"json({"format": "processlab-scenario", "version": 1,
        "policy": {"name": "fcfs"}, "processes": [{"name": "A", "bursts": [1]}, {"name": "B", "bursts": [0]}]})json");
    const QString run = QStringLiteral("run");
    // Two processes take two locks in opposite orders: a deadlock, the scenario's, not ours.
    const QString deadlock = write(QStringLiteral("deadlock.json"), R"json({"format": "processlab-scenario",
        "version": 1, "policy": {"name": "rr", "quantum": 1}, "locks": ["A", "B"], "processes": [
        {"name": "P", "program": [{"op": "acquire", "lock": "A"}, {"op": "cpu", "ticks": 2},
                                  {"op": "acquire", "lock": "B"}, {"op": "release", "lock": "B"},
                                  {"op": "release", "lock": "A"}]},
        {"name": "Q", "program": [{"op": "acquire", "lock": "B"}, {"op": "cpu", "ticks": 2},
                                  {"op": "acquire", "lock": "A"}, {"op": "release", "lock": "A"},
                                  {"op": "release", "lock": "B"}]}]})json");

    QTest::newRow("run-ok") << QStringList{run, good} << 0 << QString();
    QTest::newRow("options-before-file")
        << QStringList{run, QStringLiteral("--json"), good} << 0 << QString();
    QTest::newRow("no-arguments") << QStringList{} << 2 << "missing command";
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("simulate"), good} << 2
                                     << "unknown command \u201csimulate\u201d";
    QTest::newRow("unknown-option") << QStringList{run, good, QStringLiteral("--fast")} << 2
                                    << "Unknown option";
    QTest::newRow("usage-hint") << QStringList{run, good, QStringLiteral("--fast")} << 2
                                << "Try 'processlab-cli --help'";
    QTest::newRow("option-of-another-command")
        << QStringList{run, good, QStringLiteral("--policies"), QStringLiteral("fcfs")} << 2
        << "the run command has no option --policies";
    QTest::newRow("validate-takes-no-json")
        << QStringList{QStringLiteral("validate"), good, QStringLiteral("--json")} << 2
        << "has no option --json";
    QTest::newRow("missing-file-argument") << QStringList{run} << 2 << "run: missing FILE";
    QTest::newRow("extra-argument") << QStringList{run, good, good} << 2 << "unexpected argument";
    QTest::newRow("missing-file") << QStringList{run, QStringLiteral("/no/such/scenario.json")} << 2
                                  << "/no/such/scenario.json: no such file";
    QTest::newRow("directory") << QStringList{run, m_dir.path()} << 2 << "is a directory";
    QTest::newRow("not-json") << QStringList{run, badJson} << 2 << "bad.json: is not valid JSON";
    QTest::newRow("bad-burst") << QStringList{run, badBurst} << 2
                               << "burst.json: processes[1].bursts[0]: must be at least 1, not 0";
    QTest::newRow("validate-bad-burst")
        << QStringList{QStringLiteral("validate"), badBurst} << 2 << "processes[1].bursts[0]";
    QTest::newRow("compare-bad-file")
        << QStringList{QStringLiteral("compare"), badJson} << 2 << "not valid JSON";
    QTest::newRow("quantum-zero")
        << QStringList{run, good, QStringLiteral("--quantum"), QStringLiteral("0")} << 2
        << "--quantum must be a whole number from 1 to 1000000000, not \u201c0\u201d";
    QTest::newRow("quantum-text") << QStringList{run, good, QStringLiteral("--quantum"),
                                                 QStringLiteral("four")}
                                  << 2 << "--quantum";
    QTest::newRow("quantum-fraction")
        << QStringList{run, good, QStringLiteral("--quantum=2.5")} << 2 << "--quantum";
    QTest::newRow("quantum-no-value")
        << QStringList{run, good, QStringLiteral("--quantum")} << 2 << "Missing value after '--quantum'";
    QTest::newRow("cpus-zero") << QStringList{run, good, QStringLiteral("--cpus"), QStringLiteral("0")} << 2
                               << "--cpus must be a whole number from 1 to 64";
    QTest::newRow("cpus-65") << QStringList{run, good, QStringLiteral("--cpus=65")} << 2 << "--cpus";
    QTest::newRow("switch-negative") << QStringList{run, good, QStringLiteral("--switch-cost=-1")} << 2
                                     << "--switch-cost must be a whole number from 0 to 1000000000";
    QTest::newRow("switch-huge") << QStringList{run, good, QStringLiteral("--switch-cost"),
                                                QStringLiteral("1000000000000")}
                                 << 2 << "--switch-cost";
    QTest::newRow("policy-unknown") << QStringList{run, good, QStringLiteral("--policy"),
                                                   QStringLiteral("lottery")}
                                    << 2
                                    << "--policy \u201clottery\u201d: unknown policy; expected one of: fcfs";
    QTest::newRow("policy-bad-quantum")
        << QStringList{run, good, QStringLiteral("--policy"), QStringLiteral("rr:0")} << 2
        << "--policy \u201crr:0\u201d: the quantum must be";
    QTest::newRow("policy-bad-param")
        << QStringList{run, good, QStringLiteral("--policy"), QStringLiteral("sjf:7")} << 2
        << "unknown parameter \u201c7\u201d for sjf";
    QTest::newRow("policy-manual") << QStringList{run, good, QStringLiteral("--policy"),
                                                  QStringLiteral("manual")}
                                   << 2 << "manual policy";
    QTest::newRow("quantum-for-fcfs-is-a-note")
        << QStringList{run, good, QStringLiteral("--quantum"), QStringLiteral("2")} << 0
        << "note: --quantum only affects the rr policy";
    QTest::newRow("compare-empty-entry")
        << QStringList{QStringLiteral("compare"), good, QStringLiteral("--policies"),
                       QStringLiteral("fcfs,,rr")}
        << 2 << "empty policy in the list";
    QTest::newRow("compare-bad-levels")
        << QStringList{QStringLiteral("compare"), good, QStringLiteral("--policies"),
                       QStringLiteral("fcfs,mlfq:0/4")}
        << 2 << "--policies mlfq:0/4: policy.levels[0]: must be at least 1";
    QTest::newRow("compare-bad-levels-text")
        << QStringList{QStringLiteral("compare"), good, QStringLiteral("--policies"),
                       QStringLiteral("mlfq:a/b")}
        << 2 << "the MLFQ levels must be";
    QTest::newRow("compare-manual") << QStringList{QStringLiteral("compare"), good,
                                                   QStringLiteral("--policies"),
                                                   QStringLiteral("fcfs,manual")}
                                    << 2 << "manual";
    QTest::newRow("compare-no-quantum")
        << QStringList{QStringLiteral("compare"), good, QStringLiteral("--quantum"), QStringLiteral("3")} << 2
        << "the compare command has no option --quantum";
    QTest::newRow("deadlock") << QStringList{run, deadlock} << 2
                              << "(deadlock): P waits for lock B; Q waits for lock A";
    QTest::newRow("same-locks-no-deadlock-under-fcfs")
        << QStringList{QStringLiteral("compare"), deadlock, QStringLiteral("--policies"),
                       QStringLiteral("fcfs")}
        << 0 << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QString();
    QTest::newRow("help-unknown-command")
        << QStringList{QStringLiteral("help"), QStringLiteral("nope")} << 2 << "unknown command";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stderrText);
    const Result r = runCli(arguments);
    QVERIFY2(r.code == code, qPrintable(describe(r)));
    const QString err = QString::fromUtf8(r.err);
    if (!stderrText.isEmpty())
        QVERIFY2(err.contains(stderrText), qPrintable(describe(r)));
    if (code != 0) {
        // Bad input: a message on stderr and nothing at all on stdout.
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY(err.startsWith(QStringLiteral("processlab-cli: ")));
    } else {
        QVERIFY(!r.out.isEmpty());
    }
}

void TestCli::outputFailure()
{
    // A full disk is an internal failure (exit 1), reported on stderr.
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full");
    const Result r =
        runCli({QStringLiteral("run"), example("fcfs-convoy.json")}, QStringLiteral("/dev/full"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("cannot write the output"), r.err.constData());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("help") << QStringList{QStringLiteral("--help")}
                          << QStringList{QStringLiteral("Usage: processlab-cli COMMAND FILE [options]"),
                                         QStringLiteral("run FILE"),
                                         QStringLiteral("compare FILE"),
                                         QStringLiteral("validate FILE"),
                                         QStringLiteral("--version"),
                                         QStringLiteral("Exit status: 0 success, 2 bad input or usage")};
    QTest::newRow("h") << QStringList{QStringLiteral("-h")} << QStringList{QStringLiteral("Commands:")};
    QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                             << QStringList{QStringLiteral("processlab-cli " PROCESSLAB_VERSION "\n")};
    QTest::newRow("run-help") << QStringList{QStringLiteral("run"), QStringLiteral("--help")}
                              << QStringList{QStringLiteral("Usage: processlab-cli run FILE [options]"),
                                             QStringLiteral("--policy NAME"),
                                             QStringLiteral("--quantum N"),
                                             QStringLiteral("--cpus N"),
                                             QStringLiteral("--switch-cost N"),
                                             QStringLiteral("--json")};
    QTest::newRow("help-compare") << QStringList{QStringLiteral("help"), QStringLiteral("compare")}
                                  << QStringList{QStringLiteral("--policies LIST"), QStringLiteral("rr:4")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, texts);
    const Result r = runCli(arguments);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
    const QString out = QString::fromUtf8(r.out);
    for (const QString& text : texts)
        QVERIFY2(out.contains(text), qPrintable(text + QStringLiteral("\n---\n") + out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
