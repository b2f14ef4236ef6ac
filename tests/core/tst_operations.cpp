// The program operations beyond CPU and I/O bursts: queues, locks, spawn,
// join, daemons, per-process globals, and step back over all of them.
#include "core/Engine.h"

#include <QTest>

using namespace processlab;

namespace {

using K = OperationKind;

Operation op(K kind, int target = 0, qint64 value = 0, int jump = 0)
{
    return Operation::make(kind, target, value, jump);
}

ProcessSpec process(const QString& name, Program program, Tick arrival = 0)
{
    ProcessSpec p;
    p.name = name;
    p.arrival = arrival;
    p.program = std::move(program);
    return p;
}

Scenario base(int cpus = 1)
{
    Scenario s;
    s.title = QStringLiteral("operations");
    s.cpus = cpus;
    s.policy.name = QStringLiteral("fcfs");
    return s;
}

void checkValid(const Scenario& s)
{
    const auto problem = s.validate();
    QVERIFY2(!problem,
             problem ? qPrintable(problem->message.englishText() + QLatin1Char(' ') + problem->path) : "");
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private slots:
    void getBlocksOnEmptyQueueAndPutHandsOver()
    {
        Scenario s = base(2);
        s.queues.push_back({QStringLiteral("q"), 0});
        // Consumer gets at once (queue empty: blocks); producer computes 3 ticks, then puts.
        s.processes.push_back(process(QStringLiteral("Consumer"), {op(K::Get), Operation::cpu(2)}));
        s.processes.push_back(process(QStringLiteral("Producer"), {Operation::cpu(3), op(K::Put)}));
        checkValid(s);
        Engine e(s);
        e.stepEvent(); // t = 0
        QCOMPARE(e.pcb(1).state, ProcessState::Blocked);
        QCOMPARE(int(e.pcb(1).wait), int(Pcb::Wait::QueueEmpty));
        QCOMPARE(e.pcb(1).blockedCount, 1);
        QCOMPARE(e.queues()[0].getters.size(), size_t(1));
        e.stepEvent(); // t = 3: put goes straight to the consumer
        QCOMPARE(e.now(), Tick(3));
        QCOMPARE(e.pcb(1).state, ProcessState::Running);
        QCOMPARE(e.pcb(1).consumed, qint64(1));
        QCOMPARE(e.pcb(2).produced, qint64(1));
        QCOMPARE(e.queues()[0].items.size(), size_t(0));
        QVERIFY(e.queues()[0].conserved());
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(1).finish, Tick(5));
    }

    void fullQueueBlocksPut()
    {
        Scenario s = base(1);
        s.queues.push_back({QStringLiteral("q"), 2});
        s.processes.push_back(
            process(QStringLiteral("Producer"), {op(K::Put), op(K::Put), op(K::Put), Operation::cpu(1)}));
        s.processes.push_back(process(QStringLiteral("Consumer"), {Operation::cpu(4), op(K::Get)}, 1));
        checkValid(s);
        Engine e(s);
        e.stepEvent(); // t = 0: two puts fit, the third blocks
        QCOMPARE(e.pcb(1).state, ProcessState::Blocked);
        QCOMPARE(int(e.pcb(1).wait), int(Pcb::Wait::QueueFull));
        QCOMPARE(e.queues()[0].items.size(), size_t(2));
        e.run();
        QVERIFY(e.finished());
        // The consumer's get at t = 5 made room; the blocked put went through.
        QCOMPARE(e.queues()[0].produced, qint64(3));
        QCOMPARE(e.queues()[0].consumed, qint64(1));
        QCOMPARE(e.queues()[0].items.size(), size_t(2));
        QCOMPARE(e.queues()[0].maxLength, qint64(2));
        QVERIFY(e.queues()[0].conserved());
        QCOMPARE(e.pcb(1).finish, Tick(6));
    }

    void loopsAndConditionalJumps()
    {
        Scenario s = base(1);
        s.queues.push_back({QStringLiteral("q"), 0});
        // Repeat 5 { cpu 1; put }, then: while queue length > 2 { get }.
        s.processes.push_back(process(
            QStringLiteral("P"), {op(K::Repeat, 0, 5), Operation::cpu(1), op(K::Put), op(K::Loop, 0, 0, 1),
                                  op(K::JumpIfGreater, 0, 2, 6), op(K::Jump, 0, 0, 8), op(K::Get),
                                  op(K::Jump, 0, 0, 4), Operation::cpu(1)}));
        checkValid(s);
        Engine e(s);
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(1).produced, qint64(5));
        QCOMPARE(e.pcb(1).consumed, qint64(3));
        QCOMPARE(e.queues()[0].items.size(), size_t(2));
        QCOMPARE(e.pcb(1).finish, Tick(6));
    }

    void lockLetsOneHolderRunAtATime()
    {
        Scenario s = base(4);
        s.locks << QStringLiteral("GIL");
        for (int i = 0; i < 4; ++i) {
            s.processes.push_back(process(QStringLiteral("T%1").arg(i + 1),
                                          {op(K::Repeat, 0, 3), op(K::Acquire), Operation::cpu(2),
                                           op(K::Release), op(K::Loop, 0, 0, 1)}));
        }
        checkValid(s);
        Engine e(s);
        e.run();
        QVERIFY(e.finished());
        // 4 threads x 3 rounds x 2 ticks, never two at once: 24 ticks.
        QCOMPARE(e.pcb(1).finish >= 0, true);
        Tick last = 0;
        for (const Pcb& p : e.pcbs())
            last = std::max(last, p.finish);
        QCOMPARE(last, Tick(24));
        std::vector<Slice> runs;
        for (const Slice& sl : e.trace().slices) {
            if (sl.kind == SliceKind::Run && sl.length() > 0)
                runs.push_back(sl);
        }
        for (size_t a = 0; a < runs.size(); ++a) {
            for (size_t b = a + 1; b < runs.size(); ++b)
                QVERIFY(runs[a].end <= runs[b].start || runs[b].end <= runs[a].start);
        }
    }

    void joinWaitsAndDaemonsDieWithTheirParent()
    {
        Scenario s = base(2);
        // Main: spawn Child (non-daemon) and Helper (daemon), join Child, compute 1, exit.
        s.processes.push_back(process(QStringLiteral("Main"),
                                      {op(K::Spawn, 2), op(K::Spawn, 3), op(K::Join, 2), Operation::cpu(1)}));
        ProcessSpec child = process(QStringLiteral("Child"), {Operation::cpu(5)});
        child.spawned = true;
        ProcessSpec helper = process(QStringLiteral("Helper"), {Operation::cpu(100)});
        helper.spawned = true;
        helper.daemon = true;
        s.processes.push_back(child);
        s.processes.push_back(helper);
        checkValid(s);
        Engine e(s);
        e.stepEvent(); // t = 0
        QCOMPARE(e.pcb(1).state, ProcessState::Blocked);
        QCOMPARE(int(e.pcb(1).wait), int(Pcb::Wait::Join));
        QCOMPARE(e.pcb(2).parentPid, 1);
        QCOMPARE(e.pcb(3).parentPid, 1);
        QCOMPARE(e.pcb(2).state, ProcessState::Running);
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(2).finish, Tick(5));
        // Main woke at 5 when Child ended, ran 1 tick, exited at 6 and took the daemon with it.
        QCOMPARE(e.pcb(1).finish, Tick(6));
        QCOMPARE(e.pcb(3).finish, Tick(6));
        QVERIFY(e.pcb(3).cpuTime < 100);
        const StateChange& last = e.trace().changes.back();
        QCOMPARE(last.pid, 3);
        QCOMPARE(last.cause, TransitionCause::Killed);
        QCOMPARE(last.to, ProcessState::Terminated);
    }

    // Found by tst_properties (issue #8): a daemon killed while it waited in
    // New for memory gave back memory it had never been given, so the pool
    // grew past its size.
    void daemonKilledWaitingForMemoryGivesNothingBack()
    {
        Scenario s = base(1);
        s.memory = 10;
        // Main (4) spawns Helper (8), which does not fit, and exits at 2.
        ProcessSpec main =
            process(QStringLiteral("Main"), {Operation::cpu(1), op(K::Spawn, 2), Operation::cpu(1)});
        main.memory = 4;
        ProcessSpec helper = process(QStringLiteral("Helper"), {Operation::cpu(3)});
        helper.spawned = true;
        helper.daemon = true;
        helper.memory = 8;
        s.processes.push_back(main);
        s.processes.push_back(helper);
        checkValid(s);
        Engine e(s);
        e.stepEvent(); // t = 0: Main admitted, 6 free
        e.stepEvent(); // t = 1: Helper spawned, waits for memory
        QCOMPARE(e.pcb(2).state, ProcessState::New);
        QCOMPARE(e.admissionQueue(), std::vector<int>{2});
        QCOMPARE(e.state().memoryFree, Tick(6));
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(2).finish, Tick(2));
        QCOMPARE(e.trace().changes.back().cause, TransitionCause::Killed);
        QCOMPARE(e.state().memoryFree, Tick(10));
        QVERIFY(e.invariantViolation().isEmpty());
    }

    // Found by tst_properties (issue #8): a parent that preempts its daemon
    // child and exits at once killed the child while it was off the CPU but
    // not yet queued; the child was then queued anyway, Terminated in the
    // ready queue.
    void daemonPreemptedByItsExitingParentIsNotQueued_data()
    {
        QTest::addColumn<bool>("byHand");
        QTest::newRow("srtf preemption") << false;
        QTest::newRow("manual dispatch") << true;
    }

    void daemonPreemptedByItsExitingParentIsNotQueued()
    {
        QFETCH(bool, byHand);
        Scenario s = base(1);
        // Parent: spawn Daemon, 2 ticks of I/O, exit. Back from I/O it has
        // nothing left to run (srtf key 0), so it takes the CPU from Daemon.
        s.policy.name = byHand ? QStringLiteral("fcfs") : QStringLiteral("srtf");
        s.processes.push_back(process(QStringLiteral("Parent"), {op(K::Spawn, 2), Operation::io(2)}));
        ProcessSpec daemon = process(QStringLiteral("Daemon"), {Operation::cpu(100)});
        daemon.spawned = true;
        daemon.daemon = true;
        s.processes.push_back(daemon);
        checkValid(s);
        Engine e(s);
        e.stepEvent(); // t = 0: Parent spawns Daemon and blocks; Daemon runs
        QCOMPARE(e.pcb(2).state, ProcessState::Running);
        e.stepEvent(); // t = 2: Parent's I/O is done
        QCOMPARE(e.now(), Tick(2));
        if (byHand) {
            QCOMPARE(e.pcb(1).state, ProcessState::Ready);
            QVERIFY(e.requestTransition(1, ProcessState::Running, 0).ok);
        }
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(2).state, ProcessState::Terminated);
        QCOMPARE(e.pcb(2).finish, Tick(2));
        QCOMPARE(e.trace().changes.back().cause, TransitionCause::Killed);
        QVERIFY(e.readyQueue().empty());
        QVERIFY(e.invariantViolation().isEmpty());
    }

    void unspawnedChildDoesNotKeepTheRunAlive()
    {
        Scenario s = base(1);
        s.processes.push_back(process(QStringLiteral("Main"), {Operation::cpu(2)}));
        ProcessSpec child = process(QStringLiteral("Never"), {Operation::cpu(5)});
        child.spawned = true;
        s.processes.push_back(child);
        checkValid(s);
        Engine e(s);
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(2).state, ProcessState::New);
        QVERIFY(!e.pcb(2).arrived);
    }

    void globalsAreOwnedByEachProcessButTheQueueIsShared()
    {
        Scenario s = base(1);
        s.queues.push_back({QStringLiteral("q"), 0});
        s.globalNames << QStringLiteral("result");
        // Child: result += 1, put result. Main: spawn child, result += 10, get into global 1.
        s.processes.push_back(process(QStringLiteral("Main"), {op(K::Spawn, 2), op(K::AddGlobal, 0, 10),
                                                               op(K::GetGlobal, 0, 1), Operation::cpu(1)}));
        ProcessSpec child = process(QStringLiteral("Child"),
                                    {op(K::AddGlobal, 0, 1), Operation::cpu(1), op(K::PutGlobal, 0, 0)});
        child.spawned = true;
        s.processes.push_back(child);
        checkValid(s);
        Engine e(s);
        e.run();
        QVERIFY(e.finished());
        QCOMPARE(e.pcb(1).globals[0], qint64(10)); // the parent's result never saw the child's += 1
        QCOMPARE(e.pcb(2).globals[0], qint64(1));
        QCOMPARE(e.pcb(1).globals[1], qint64(1)); // ...but the queue carried the child's value
    }

    void manualWakeAbandonsAQueueWait()
    {
        Scenario s = base(1);
        s.queues.push_back({QStringLiteral("q"), 0});
        s.processes.push_back(process(QStringLiteral("C"), {op(K::Get), Operation::cpu(1)}));
        checkValid(s);
        Engine e(s);
        e.stepEvent();
        QCOMPARE(e.pcb(1).state, ProcessState::Blocked);
        QVERIFY(e.requestTransition(1, ProcessState::Ready).ok);
        // It tried the get again when dispatched and blocked again.
        QCOMPARE(e.pcb(1).state, ProcessState::Blocked);
        QCOMPARE(e.queues()[0].getters.size(), size_t(1));
        QCOMPARE(e.pcb(1).blockedCount, 2);
    }

    void invalidReferencesAreRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("pathPart");
        QTest::newRow("queue") << int(K::Put) << 3 << QStringLiteral("program[0].queue");
        QTest::newRow("lock") << int(K::Acquire) << 1 << QStringLiteral("program[0].lock");
        QTest::newRow("process") << int(K::Join) << 9 << QStringLiteral("program[0].process");
        QTest::newRow("counter") << int(K::Repeat) << 7 << QStringLiteral("program[0].counter");
        QTest::newRow("spawn-not-spawned") << int(K::Spawn) << 1 << QStringLiteral("program[0].process");
    }

    void invalidReferencesAreRefused()
    {
        QFETCH(int, kind);
        QFETCH(int, target);
        QFETCH(QString, pathPart);
        Scenario s = base(1);
        s.queues.push_back({QStringLiteral("q"), 0});
        s.processes.push_back(process(QStringLiteral("P"), {op(K(kind), target), Operation::cpu(1)}));
        const auto problem = s.validate();
        QVERIFY(problem.has_value());
        QVERIFY2(problem->path.contains(pathPart), qPrintable(problem->path));
    }

    void stepBackRestoresQueuesLocksAndGlobals()
    {
        Scenario s = base(2);
        s.queues.push_back({QStringLiteral("q"), 3});
        s.locks << QStringLiteral("L");
        s.processes.push_back(process(QStringLiteral("Prod"), {op(K::Repeat, 0, 12), Operation::cpu(1),
                                                               op(K::Put), op(K::Loop, 0, 0, 1)}));
        for (int c = 0; c < 2; ++c) {
            s.processes.push_back(process(QStringLiteral("Cons%1").arg(c + 1),
                                          {op(K::Repeat, 0, 6), op(K::Acquire), op(K::Get), Operation::cpu(2),
                                           op(K::Release), op(K::AddGlobal, 0, 1), op(K::Loop, 0, 0, 1)}));
        }
        checkValid(s);
        Engine e(s);
        std::vector<EngineState> states;
        std::vector<Trace> traces;
        while (true) {
            states.push_back(e.state());
            traces.push_back(e.trace());
            if (!e.stepEvent())
                break;
            for (const QueueState& q : e.queues())
                QVERIFY(q.conserved());
        }
        states.pop_back();
        traces.pop_back();
        QVERIFY(e.finished());
        QCOMPARE(e.queues()[0].consumed, qint64(12));
        QCOMPARE(e.pcb(2).globals[0] + e.pcb(3).globals[0], qint64(12));
        while (!states.empty()) {
            QVERIFY(e.stepBack());
            QVERIFY(e.state() == states.back());
            QVERIFY(e.trace() == traces.back());
            states.pop_back();
            traces.pop_back();
        }
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
