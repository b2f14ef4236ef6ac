#include "core/Engine.h"
#include "core/Metrics.h"
#include "core/StateTable.h"

#include <QRandomGenerator>
#include <QTest>

using namespace processlab;

namespace {

Scenario makeScenario(const QString& policy, const std::vector<std::pair<Tick, std::vector<Tick>>>& procs,
                      int cpus = 1, Tick quantum = 4, Tick contextSwitch = 0)
{
    Scenario s;
    s.title = QStringLiteral("test");
    s.cpus = cpus;
    s.contextSwitch = contextSwitch;
    s.policy.name = policy;
    s.policy.quantum = quantum;
    int i = 0;
    for (const auto& [arrival, bursts] : procs) {
        ProcessSpec p;
        p.name = QStringLiteral("P%1").arg(++i);
        p.arrival = arrival;
        p.program = programFromBursts(bursts);
        s.processes.push_back(p);
    }
    return s;
}

Scenario randomScenario(quint32 seed, int count, const QString& policy, int cpus)
{
    QRandomGenerator rng(seed);
    std::vector<std::pair<Tick, std::vector<Tick>>> procs;
    for (int i = 0; i < count; ++i) {
        std::vector<Tick> bursts;
        const int n = 1 + 2 * rng.bounded(3);
        for (int b = 0; b < n; ++b)
            bursts.push_back(1 + rng.bounded(12));
        procs.push_back({rng.bounded(40), bursts});
    }
    Scenario s = makeScenario(policy, procs, cpus, 3, 1);
    s.policy.levels = {2, 4, 0};
    s.policy.boost = policy == QLatin1String("mlfq") ? 25 : 0;
    return s;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void initialStateIsBeforeTimeZero()
    {
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {5}}, {2, {3}}}));
        QCOMPARE(e.now(), Tick(0));
        QCOMPARE(e.pcb(1).state, ProcessState::New);
        QVERIFY(!e.pcb(1).arrived);
        QCOMPARE(e.nextEventTime().value_or(-1), Tick(0));
        QVERIFY(e.stepEvent());
        QCOMPARE(e.pcb(1).state, ProcessState::Running);
        QCOMPARE(e.nextEventTime().value_or(-1), Tick(2));
    }

    void stepTickMovesOneTick()
    {
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {5}}}));
        QVERIFY(e.stepEvent()); // t = 0, P1 dispatched
        QVERIFY(e.stepTick());
        QCOMPARE(e.now(), Tick(1));
        QCOMPARE(e.pcb(1).remaining, Tick(4));
        QCOMPARE(e.pcb(1).cpuTime, Tick(1));
        QCOMPARE(e.trace().slices.back().end, Tick(1)); // the open slice follows time
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(1).finish, Tick(5));
        QVERIFY(!e.stepTick());
        QVERIFY(!e.stepEvent());
    }

    void deterministic()
    {
        const Scenario s = randomScenario(7, 40, QStringLiteral("rr"), 2);
        Engine a(s), b(s);
        a.run();
        b.run();
        QVERIFY(a.finished());
        QVERIFY(a.trace() == b.trace());
        QVERIFY(a.state() == b.state());
    }

    void refusedMovesCarryTheStateTableReason_data()
    {
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("reasonPart");
        // After the first instant: P1 Running, P2 Ready, P3 not arrived.
        QTest::newRow("ready->blocked")
            << 2 << int(ProcessState::Blocked) << QStringLiteral("Only a running");
        QTest::newRow("ready->terminated")
            << 2 << int(ProcessState::Terminated) << QStringLiteral("must be dispatched first");
        QTest::newRow("running->new") << 1 << int(ProcessState::New) << QStringLiteral("created only once");
        QTest::newRow("running->running") << 1 << int(ProcessState::Running) << QStringLiteral("already");
        QTest::newRow("not-arrived") << 3 << int(ProcessState::Ready)
                                     << QStringLiteral("has not arrived yet");
        QTest::newRow("new->running")
            << 3 << int(ProcessState::Running) << QStringLiteral("must first be admitted");
        QTest::newRow("no-such-pid") << 9 << int(ProcessState::Ready) << QStringLiteral("no process");
    }

    void refusedMovesCarryTheStateTableReason()
    {
        QFETCH(int, pid);
        QFETCH(int, target);
        QFETCH(QString, reasonPart);
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {5}}, {0, {3}}, {50, {2}}}));
        QVERIFY(e.stepEvent());
        const EngineState before = e.state();
        const Trace traceBefore = e.trace();
        const TransitionResult r = e.requestTransition(pid, ProcessState(target));
        QVERIFY(!r.ok);
        QVERIFY2(r.reason.englishText().contains(reasonPart), qPrintable(r.reason.englishText()));
        QVERIFY(e.state() == before);
        QVERIFY(e.trace() == traceBefore);
        QCOMPARE(e.stepCount(), quint64(1));
    }

    void terminatedProcessCannotMove()
    {
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {1}}, {0, {5}}}));
        QVERIFY(e.stepEvent());
        QVERIFY(e.stepEvent()); // t = 1: P1 exits
        QCOMPARE(e.pcb(1).state, ProcessState::Terminated);
        const TransitionResult r = e.requestTransition(1, ProcessState::Ready);
        QVERIFY(!r.ok);
        QVERIFY(r.reason.englishText().contains(QStringLiteral("never run again")));
    }

    void manualBlockAndWake()
    {
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {10}}, {0, {4}}}));
        QVERIFY(e.stepEvent());
        QVERIFY(e.stepTick());
        QVERIFY(e.stepTick()); // t = 2, P1 ran 2 ticks
        QVERIFY(e.requestTransition(1, ProcessState::Blocked).ok);
        QCOMPARE(e.pcb(1).state, ProcessState::Blocked);
        QCOMPARE(e.pcb(1).remaining, Tick(8));           // the rest of its burst is kept
        QCOMPARE(e.pcb(2).state, ProcessState::Running); // the freed CPU was filled
        const StateChange& c = e.trace().changes[e.trace().changes.size() - 2];
        QCOMPARE(c.pid, 1);
        QCOMPARE(c.to, ProcessState::Blocked);
        QVERIFY(c.manual);
        QCOMPARE(e.trace().slices.front().end, Tick(2));
        QCOMPARE(e.trace().slices.front().endReason, SliceEnd::Wait);
        // An event wait never ends by itself.
        e.run();
        QCOMPARE(e.pcb(2).state, ProcessState::Terminated);
        QVERIFY(!e.finished());
        QVERIFY(!e.nextEventTime().has_value());
        QVERIFY(e.requestTransition(1, ProcessState::Ready).ok);
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(1).cpuTime, Tick(10));
        QCOMPARE(e.pcb(1).finish, Tick(14));
        QCOMPARE(e.pcb(1).blockedTime, Tick(4)); // blocked from 2 until moved back at 6
    }

    void manualWakeSkipsRestOfIo()
    {
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {2, 10, 3}}}));
        e.stepEvent();
        e.stepEvent(); // t = 2: I/O until 12
        QCOMPARE(e.pcb(1).state, ProcessState::Blocked);
        QCOMPARE(e.blockedQueue(), std::vector<int>{1});
        e.stepTick();
        QVERIFY(e.requestTransition(1, ProcessState::Ready).ok);
        QCOMPARE(e.pcb(1).state, ProcessState::Running);
        QCOMPARE(e.pcb(1).remaining, Tick(3));
        e.run();
        QCOMPARE(e.pcb(1).finish, Tick(6));
        QCOMPARE(e.pcb(1).blockedTime, Tick(1));
    }

    void manualDispatchPreemptsHighestCpu()
    {
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {9}}, {0, {9}}, {0, {9}}}, 2));
        e.stepEvent();
        QCOMPARE(e.cpus()[0].pid, 1);
        QCOMPARE(e.cpus()[1].pid, 2);
        QVERIFY(e.requestTransition(3, ProcessState::Running).ok);
        QCOMPARE(e.cpus()[1].pid, 3);
        QCOMPARE(e.pcb(2).state, ProcessState::Ready);
        QCOMPARE(e.readyQueue(), std::vector<int>{2});
        const Slice& s = e.trace().slices[1];
        QCOMPARE(s.endReason, SliceEnd::Preempted);
        QCOMPARE(s.byPid, 3);
        QVERIFY(s.manual);
        // Choosing the CPU explicitly.
        QVERIFY(e.requestTransition(2, ProcessState::Running, 0).ok);
        QCOMPARE(e.cpus()[0].pid, 2);
        QCOMPARE(e.readyQueue(), std::vector<int>{1});
    }

    void manualPolicyDispatchesNothing()
    {
        Engine e(makeScenario(QStringLiteral("manual"), {{0, {3}}, {1, {2}}}));
        e.run();
        QCOMPARE(e.pcb(1).state, ProcessState::Ready);
        QCOMPARE(e.pcb(2).state, ProcessState::Ready);
        QCOMPARE(e.now(), Tick(1));
        QVERIFY(!e.nextEventTime().has_value());
        QVERIFY(e.requestTransition(2, ProcessState::Running).ok);
        e.run();
        QCOMPARE(e.pcb(2).finish, Tick(3));
        QCOMPARE(e.pcb(1).state, ProcessState::Ready);
        QVERIFY(e.stepTick()); // time can still pass by hand
        QCOMPARE(e.now(), Tick(4));
    }

    void contextIsSavedAndRestored()
    {
        Engine e(makeScenario(QStringLiteral("rr"), {{0, {6}}, {0, {6}}}, 1, 2));
        e.stepEvent(); // P1 runs
        e.stepEvent(); // t = 2: P1's slice expires, P2 runs
        const CpuContext savedP1 = e.pcb(1).saved;
        QCOMPARE(savedP1, CpuContext::at(1, 2));
        QVERIFY(!(savedP1 == CpuContext::at(1, 0)));
        QCOMPARE(e.cpus()[0].context, CpuContext::at(2, 0));
        e.stepTick();
        QCOMPARE(e.liveContext(0), CpuContext::at(2, 1));
        e.stepEvent(); // t = 4: P1 is back and continues from its saved registers
        QCOMPARE(e.cpus()[0].pid, 1);
        QCOMPARE(e.liveContext(0), savedP1);
    }

    void stepBackEqualsNeverStepped_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("processes");
        QTest::newRow("rr-1cpu") << QStringLiteral("rr") << 1 << 30;
        QTest::newRow("srtf-2cpu") << QStringLiteral("srtf") << 2 << 30;
        QTest::newRow("mlfq-boost") << QStringLiteral("mlfq") << 2 << 30;
        QTest::newRow("hrrn") << QStringLiteral("hrrn") << 1 << 20;
        // Enough steps to cross several checkpoints.
        QTest::newRow("rr-many-steps") << QStringLiteral("rr") << 3 << 400;
    }

    void stepBackEqualsNeverStepped()
    {
        QFETCH(QString, policy);
        QFETCH(int, cpus);
        QFETCH(int, processes);
        Engine e(randomScenario(11, processes, policy, cpus));
        QRandomGenerator rng(5);
        std::vector<EngineState> states;
        std::vector<Trace> traces;
        int manual = 0;
        for (int i = 0; i < 4000 && !e.finished(); ++i) {
            states.push_back(e.state());
            traces.push_back(e.trace());
            const quint32 roll = rng.bounded(10);
            bool moved = false;
            if (roll == 0) {
                // A manual move of some process to a state the model allows
                // from where it is; refused ones change nothing, are no step.
                const int pid = 1 + int(rng.bounded(quint32(processes)));
                std::vector<ProcessState> targets;
                for (int to = 0; to < kStateCount; ++to) {
                    if (StateTable::isLegal(e.pcb(pid).state, ProcessState(to)))
                        targets.push_back(ProcessState(to));
                }
                if (!targets.empty())
                    moved = e.requestTransition(pid, targets[rng.bounded(quint32(targets.size()))]).ok;
                manual += moved;
            } else if (roll == 1) {
                moved = e.stepTick();
            } else {
                moved = e.stepEvent();
            }
            if (!moved) {
                states.pop_back();
                traces.pop_back();
                if (!e.nextEventTime())
                    break;
            }
        }
        QVERIFY(manual > 0);
        QCOMPARE(e.stepCount(), quint64(states.size()));
        while (!states.empty()) {
            QVERIFY(e.stepBack());
            QVERIFY2(e.state() == states.back(), qPrintable(QString::number(states.size())));
            QVERIFY(e.trace() == traces.back());
            states.pop_back();
            traces.pop_back();
        }
        QVERIFY(!e.stepBack());
        // Back at the start, the run replays identically.
        Engine fresh(e.scenario());
        QVERIFY(e.state() == fresh.state());
    }

    void stepBackThenNewBranch()
    {
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {5}}, {0, {3}}}));
        e.stepEvent();
        e.stepEvent();
        QVERIFY(e.stepBack());
        QVERIFY(e.requestTransition(1, ProcessState::Blocked).ok);
        QCOMPARE(e.stepCount(), quint64(2));
        QVERIFY(e.stepBack());
        QCOMPARE(e.pcb(1).state, ProcessState::Running);
        QVERIFY(e.stepBack());
        QCOMPARE(e.stepCount(), quint64(0));
    }

    void historyOffHasNoStepBack()
    {
        Engine e(makeScenario(QStringLiteral("fcfs"), {{0, {5}}}));
        e.setHistoryEnabled(false);
        e.run();
        QVERIFY(e.finished());
        QVERIFY(!e.canStepBack());
        QVERIFY(!e.stepBack());
    }

    void resetStartsOver()
    {
        const Scenario s = randomScenario(3, 10, QStringLiteral("rr"), 1);
        Engine e(s);
        e.run();
        e.reset();
        Engine fresh(s);
        QVERIFY(e.state() == fresh.state());
        QVERIFY(e.trace().slices.empty());
    }

    void memoryPoolHoldsProcessesInNew()
    {
        Scenario s = makeScenario(QStringLiteral("fcfs"), {{0, {4}}, {0, {2}}, {1, {1}}});
        s.memory = 100;
        s.processes[0].memory = 60;
        s.processes[1].memory = 60;
        s.processes[2].memory = 10;
        Engine e(s);
        e.stepEvent(); // t = 0
        QCOMPARE(e.pcb(2).state, ProcessState::New);
        QVERIFY(e.pcb(2).arrived);
        QCOMPARE(e.admissionQueue(), std::vector<int>{2});
        const TransitionResult r = e.requestTransition(2, ProcessState::Ready);
        QVERIFY(!r.ok);
        QVERIFY(r.reason.englishText().contains(QStringLiteral("Not enough memory")));
        e.stepEvent(); // t = 1: P3 fits but must not jump the FIFO
        QCOMPARE(e.pcb(3).state, ProcessState::New);
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(2).finish, Tick(6));
        QCOMPARE(e.pcb(3).finish, Tick(7));
        const Metrics m = Metrics::of(e);
        QCOMPARE(m.processes[1].waiting, Tick(4)); // 4 ticks in New, admitted at 4
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
