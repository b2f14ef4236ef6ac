// Scenario value semantics: validate() with field paths, label(), equality,
// and the bursts <-> program short form.
#include "core/Operation.h"
#include "core/Scenario.h"

#include <QTest>

#include <functional>

using namespace processlab;

using Mutation = std::function<void(Scenario&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

ProcessSpec process(const QString& name, std::vector<Tick> bursts, Tick arrival = 0)
{
    ProcessSpec spec;
    spec.name = name;
    spec.arrival = arrival;
    spec.program = programFromBursts(bursts);
    return spec;
}

// A valid scenario every row changes in one place.
Scenario base()
{
    Scenario s;
    s.title = QStringLiteral("base");
    s.policy.name = QStringLiteral("rr");
    s.processes.push_back(process(QStringLiteral("P1"), {5}));
    s.processes.push_back(process(QStringLiteral("P2"), {3, 2, 1}, 1));
    s.processes.push_back(process(QStringLiteral("P3"), {4}, 2));
    return s;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void problemText();
    void label_data();
    void label();
    void equality_data();
    void equality();
    void indexOf();
    void bursts_data();
    void bursts();
};

void TestScenario::validate_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");    // empty: valid
    QTest::addColumn<QString>("message"); // substring of the English text

    QTest::newRow("valid") << Mutation([](Scenario&) {}) << QString() << QString();
    QTest::newRow("cpus-zero") << Mutation([](Scenario& s) { s.cpus = 0; }) << "cpus"
                               << "must be at least 1, not 0";
    QTest::newRow("cpus-64-ok") << Mutation([](Scenario& s) { s.cpus = 64; }) << QString() << QString();
    QTest::newRow("cpus-65") << Mutation([](Scenario& s) { s.cpus = 65; }) << "cpus"
                             << "must be at most 64 (the limit), not 65";
    QTest::newRow("switch-negative") << Mutation([](Scenario& s) { s.contextSwitch = -1; }) << "contextSwitch"
                                     << "at least 0";
    QTest::newRow("switch-beyond-limit")
        << Mutation([](Scenario& s) { s.contextSwitch = limits::kMaxTicks + 1; }) << "contextSwitch"
        << "at most 1000000000";
    QTest::newRow("memory-negative") << Mutation([](Scenario& s) { s.memory = -5; }) << "memory"
                                     << "at least 0";
    QTest::newRow("unknown-policy") << Mutation([](Scenario& s) {
        s.policy.name = QStringLiteral("lottery");
    }) << "policy.name"
                                    << "unknown policy \u201clottery\u201d; expected one of: fcfs, sjf";
    QTest::newRow("quantum-zero") << Mutation([](Scenario& s) { s.policy.quantum = 0; }) << "policy.quantum"
                                  << "at least 1, not 0";
    QTest::newRow("quantum-beyond-limit")
        << Mutation([](Scenario& s) { s.policy.quantum = limits::kMaxTicks + 1; }) << "policy.quantum"
        << "at most 1000000000";
    QTest::newRow("mlfq-no-levels") << Mutation([](Scenario& s) {
        s.policy.name = QStringLiteral("mlfq");
        s.policy.levels.clear();
    }) << "policy.levels"
                                    << "between 1 and 16 levels";
    QTest::newRow("mlfq-17-levels") << Mutation([](Scenario& s) { s.policy.levels.assign(17, 4); })
                                    << "policy.levels"
                                    << "not 17";
    QTest::newRow("mlfq-16-levels-ok")
        << Mutation([](Scenario& s) { s.policy.levels.assign(16, 4); }) << QString() << QString();
    QTest::newRow("mlfq-zero-middle") << Mutation([](Scenario& s) {
        s.policy.levels = {8, 0, 0};
    }) << "policy.levels[1]"
                                      << "only the last level may be 0";
    QTest::newRow("mlfq-zero-last-ok") << Mutation([](Scenario& s) {
        s.policy.levels = {2, 0};
    }) << QString() << QString();
    QTest::newRow("mlfq-negative-last") << Mutation([](Scenario& s) {
        s.policy.levels = {2, -1};
    }) << "policy.levels[1]"
                                        << "at least 0";
    QTest::newRow("boost-negative") << Mutation([](Scenario& s) { s.policy.boost = -1; }) << "policy.boost"
                                    << "at least 0";
    QTest::newRow("no-processes") << Mutation([](Scenario& s) { s.processes.clear(); }) << "processes"
                                  << "at least one process";
    QTest::newRow("too-many-processes") << Mutation([](Scenario& s) {
        s.processes.resize(size_t(limits::kMaxProcesses) + 1, process(QStringLiteral("X"), {1}));
    }) << "processes"
                                        << "at most 100000 processes (the limit), not 100001";
    QTest::newRow("empty-name") << Mutation([](Scenario& s) { s.processes[1].name.clear(); })
                                << "processes[1].name"
                                << "must not be empty";
    QTest::newRow("blank-name") << Mutation([](Scenario& s) { s.processes[0].name = QStringLiteral("  "); })
                                << "processes[0].name"
                                << "must not be empty";
    QTest::newRow("duplicate-name") << Mutation([](Scenario& s) {
        s.processes[2].name = QStringLiteral("P1");
    }) << "processes[2].name"
                                    << "\u201cP1\u201d is already the name of processes[0]";
    QTest::newRow("arrival-negative")
        << Mutation([](Scenario& s) { s.processes[2].arrival = -1; }) << "processes[2].arrival"
        << "at least 0, not -1";
    QTest::newRow("arrival-beyond-limit")
        << Mutation([](Scenario& s) { s.processes[0].arrival = limits::kMaxTicks + 1; })
        << "processes[0].arrival"
        << "at most 1000000000 (the limit)";
    QTest::newRow("process-memory-negative")
        << Mutation([](Scenario& s) { s.processes[1].memory = -1; }) << "processes[1].memory"
        << "at least 0";
    QTest::newRow("memory-over-pool") << Mutation([](Scenario& s) {
        s.memory = 100;
        s.processes[1].memory = 101;
    }) << "processes[1].memory"
                                      << "needs 101 but the memory pool is only 100";
    QTest::newRow("memory-fits-pool") << Mutation([](Scenario& s) {
        s.memory = 100;
        s.processes[1].memory = 100;
    }) << QString() << QString();
    QTest::newRow("memory-without-pool")
        << Mutation([](Scenario& s) { s.processes[1].memory = 5000; }) << QString() << QString();
    QTest::newRow("program-empty") << Mutation([](Scenario& s) { s.processes[0].program.clear(); })
                                   << "processes[0].bursts"
                                   << "at least one CPU burst";
    QTest::newRow("program-even") << Mutation([](Scenario& s) {
        s.processes[1].program = programFromBursts({3, 2});
    }) << "processes[1].bursts"
                                  << "odd number of bursts";
    QTest::newRow("program-too-long") << Mutation([](Scenario& s) {
        s.processes[2].program = programFromBursts(std::vector<Tick>(size_t(limits::kMaxBursts) + 1, 1));
    }) << "processes[2].bursts"
                                      << "at most 10000 bursts (the limit), not 10001";
    QTest::newRow("program-at-limit-ok") << Mutation([](Scenario& s) {
        s.processes[2].program = programFromBursts(std::vector<Tick>(size_t(limits::kMaxBursts) - 1, 1));
    }) << QString() << QString();
    QTest::newRow("burst-zero") << Mutation([](Scenario& s) { s.processes[0].program[0].length = 0; })
                                << "processes[0].bursts[0]"
                                << "at least 1, not 0";
    QTest::newRow("burst-negative") << Mutation([](Scenario& s) { s.processes[1].program[1].length = -3; })
                                    << "processes[1].bursts[1]"
                                    << "at least 1, not -3";
    QTest::newRow("burst-beyond-limit")
        << Mutation([](Scenario& s) { s.processes[1].program[2].length = Tick(1000000000000); })
        << "processes[1].bursts[2]"
        << "at most 1000000000 (the limit), not 1000000000000";
    QTest::newRow("io-first") << Mutation([](Scenario& s) {
        s.processes[2].program = {Operation{OperationKind::Io, 2}};
    }) << "processes[2].bursts[0]"
                              << "must be a CPU burst";
    QTest::newRow("cpu-where-io") << Mutation([](Scenario& s) {
        s.processes[2].program = {Operation{OperationKind::Cpu, 2}, Operation{OperationKind::Cpu, 2},
                                  Operation{OperationKind::Cpu, 2}};
    }) << "processes[2].bursts[1]"
                                  << "must be an I/O burst";
    QTest::newRow("priority-beyond-limit")
        << Mutation([](Scenario& s) { s.processes[0].priority = 2000000000; }) << "processes[0].priority"
        << "at most 1000000000";
    QTest::newRow("negative-priority-ok")
        << Mutation([](Scenario& s) { s.processes[0].priority = -7; }) << QString() << QString();
    QTest::newRow("first-problem-wins") << Mutation([](Scenario& s) {
        s.cpus = 0;
        s.processes[0].program[0].length = 0;
    }) << "cpus"
                                        << "at least 1";
}

void TestScenario::validate()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, message);

    Scenario s = base();
    QVERIFY(!s.validate());
    mutate(s);
    const auto problem = s.validate();
    if (path.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem ? problem->text() : QString()));
        return;
    }
    QVERIFY(problem);
    QCOMPARE(problem->path, path);
    QVERIFY2(problem->message.englishText().contains(message), qPrintable(problem->message.englishText()));
    QVERIFY(!problem->message.isEmpty());
}

void TestScenario::problemText()
{
    Scenario s = base();
    s.processes[2].program = programFromBursts({4, 0, 1});
    const auto problem = s.validate();
    QVERIFY(problem);
    QCOMPARE(problem->text(), QStringLiteral("processes[2].bursts[1]: must be at least 1, not 0"));
    QCOMPARE(QString::fromLatin1(problem->message.context), QStringLiteral("Scenario"));

    ScenarioProblem noPath{QString(), Message("Scenario", "plain")};
    QCOMPARE(noPath.text(), QStringLiteral("plain"));
}

void TestScenario::label_data()
{
    QTest::addColumn<Mutation>("configure"); // changes s.policy
    QTest::addColumn<QString>("label");

    auto policy = [](const char* name) {
        return Mutation([name](Scenario& s) { s.policy.name = QString::fromLatin1(name); });
    };
    QTest::newRow("fcfs") << policy("fcfs") << "FCFS";
    QTest::newRow("sjf") << policy("sjf") << "SJF";
    QTest::newRow("srtf") << policy("srtf") << "SRTF";
    QTest::newRow("hrrn") << policy("hrrn") << "HRRN";
    QTest::newRow("manual") << policy("manual") << "Manual";
    QTest::newRow("rr-default") << policy("rr") << "RR q=4";
    QTest::newRow("rr-10") << Mutation([](Scenario& s) {
        s.policy.name = QStringLiteral("rr");
        s.policy.quantum = 10;
    }) << "RR q=10";
    QTest::newRow("priority-nonpreemptive") << policy("priority") << "Priority (non-preemptive, lower first)";
    QTest::newRow("priority-preemptive") << Mutation([](Scenario& s) {
        s.policy.name = QStringLiteral("priority");
        s.policy.preemptive = true;
    }) << "Priority (preemptive, lower first)";
    QTest::newRow("priority-higher-first") << Mutation([](Scenario& s) {
        s.policy.name = QStringLiteral("priority");
        s.policy.preemptive = true;
        s.policy.priorityOrder = PriorityOrder::HigherFirst;
    }) << "Priority (preemptive, higher first)";
    QTest::newRow("mlfq-default") << policy("mlfq") << "MLFQ 8/16/FCFS";
    QTest::newRow("mlfq-boost") << Mutation([](Scenario& s) {
        s.policy.name = QStringLiteral("mlfq");
        s.policy.boost = 100;
    }) << "MLFQ 8/16/FCFS boost 100";
    QTest::newRow("mlfq-all-sliced-nonpreemptive") << Mutation([](Scenario& s) {
        s.policy.name = QStringLiteral("mlfq");
        s.policy.levels = {2, 4, 8};
        s.policy.mlfqPreemptive = false;
    }) << "MLFQ 2/4/8 (non-preemptive)";
    QTest::newRow("unknown-name") << policy("lottery") << "lottery";
}

void TestScenario::label()
{
    QFETCH(Mutation, configure);
    QFETCH(QString, label);
    Scenario s;
    configure(s);
    QCOMPARE(s.policy.label(), label);
}

void TestScenario::equality_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same") << Mutation([](Scenario&) {}) << true;
    QTest::newRow("title") << Mutation([](Scenario& s) { s.title += QLatin1Char('!'); }) << false;
    QTest::newRow("cpus") << Mutation([](Scenario& s) { s.cpus = 2; }) << false;
    QTest::newRow("context-switch") << Mutation([](Scenario& s) { s.contextSwitch = 1; }) << false;
    QTest::newRow("memory") << Mutation([](Scenario& s) { s.memory = 64; }) << false;
    QTest::newRow("extra") << Mutation([](Scenario& s) { s.extra.insert(QStringLiteral("k"), 1); }) << false;
    QTest::newRow("policy-name") << Mutation([](Scenario& s) { s.policy.name = QStringLiteral("fcfs"); })
                                 << false;
    QTest::newRow("policy-quantum") << Mutation([](Scenario& s) { s.policy.quantum = 5; }) << false;
    QTest::newRow("policy-preemptive") << Mutation([](Scenario& s) { s.policy.preemptive = true; }) << false;
    QTest::newRow("policy-order") << Mutation([](Scenario& s) {
        s.policy.priorityOrder = PriorityOrder::HigherFirst;
    }) << false;
    QTest::newRow("policy-new-before")
        << Mutation([](Scenario& s) { s.policy.newBeforePreempted = false; }) << false;
    QTest::newRow("policy-levels") << Mutation([](Scenario& s) { s.policy.levels = {1}; }) << false;
    QTest::newRow("policy-boost") << Mutation([](Scenario& s) { s.policy.boost = 9; }) << false;
    QTest::newRow("policy-mlfq-preemptive")
        << Mutation([](Scenario& s) { s.policy.mlfqPreemptive = false; }) << false;
    QTest::newRow("policy-extra") << Mutation([](Scenario& s) {
        s.policy.extra.insert(QStringLiteral("k"), 1);
    }) << false;
    QTest::newRow("process-name") << Mutation([](Scenario& s) { s.processes[0].name = QStringLiteral("Q"); })
                                  << false;
    QTest::newRow("process-arrival") << Mutation([](Scenario& s) { s.processes[0].arrival = 3; }) << false;
    QTest::newRow("process-priority") << Mutation([](Scenario& s) { s.processes[0].priority = 3; }) << false;
    QTest::newRow("process-memory") << Mutation([](Scenario& s) { s.processes[0].memory = 3; }) << false;
    QTest::newRow("process-burst") << Mutation([](Scenario& s) { s.processes[1].program[1].length = 9; })
                                   << false;
    QTest::newRow("process-kind") << Mutation([](Scenario& s) {
        s.processes[1].program[1].kind = OperationKind::Cpu;
    }) << false;
    QTest::newRow("process-extra") << Mutation([](Scenario& s) {
        s.processes[2].extra.insert(QStringLiteral("colour"), QStringLiteral("red"));
    }) << false;
    QTest::newRow("process-removed") << Mutation([](Scenario& s) { s.processes.pop_back(); }) << false;
}

void TestScenario::equality()
{
    QFETCH(Mutation, mutate);
    QFETCH(bool, equal);
    const Scenario a = base();
    Scenario b = base();
    mutate(b);
    QCOMPARE(a == b, equal);
    QCOMPARE(b == a, equal);
}

void TestScenario::indexOf()
{
    const Scenario s = base();
    QCOMPARE(s.indexOf(QStringLiteral("P1")), 0);
    QCOMPARE(s.indexOf(QStringLiteral("P3")), 2);
    QCOMPARE(s.indexOf(QStringLiteral("p3")), -1);
    QCOMPARE(s.indexOf(QString()), -1);
}

void TestScenario::bursts_data()
{
    QTest::addColumn<QList<qint64>>("bursts");
    QTest::newRow("empty") << QList<qint64>{};
    QTest::newRow("one-cpu") << QList<qint64>{24};
    QTest::newRow("cpu-io-cpu") << QList<qint64>{3, 5, 2};
    QTest::newRow("five") << QList<qint64>{1, 2, 3, 4, 5};
}

void TestScenario::bursts()
{
    QFETCH(QList<qint64>, bursts);
    const std::vector<Tick> lengths(bursts.begin(), bursts.end());
    const Program program = programFromBursts(lengths);
    QCOMPARE(program.size(), lengths.size());
    for (size_t i = 0; i < program.size(); ++i) {
        QCOMPARE(program[i].length, lengths[i]);
        QCOMPARE(program[i].kind, i % 2 == 0 ? OperationKind::Cpu : OperationKind::Io);
        QCOMPARE(program[i].category(), i % 2 == 0 ? OperationCategory::OnCpu : OperationCategory::TimedWait);
    }
    QVERIFY(burstsFromProgram(program) == lengths);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
