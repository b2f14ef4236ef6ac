// The lessons' prepared scenarios (issue #6): every one is valid and runs to
// its end (or to its time limit when its programs loop forever); join blocks
// the parent until the child terminates; daemon children end with their
// parent; each process has its own globals while a queue carries values
// between them; with the GIL, no two threads of a process ever run at once.

#include "core/Engine.h"
#include "core/Lessons.h"
#include "core/Metrics.h"
#include "core/ProducerConsumer.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace processlab;
using lessons::Topic;

Q_DECLARE_METATYPE(processlab::lessons::Topic)

namespace {

std::unique_ptr<Engine> runLesson(Topic topic, int variant = 0)
{
    const std::vector<lessons::Variant> all = lessons::variants(topic);
    auto engine = std::make_unique<Engine>(all.at(size_t(variant)).scenario);
    engine->setHistoryEnabled(false);
    if (!lessons::runToEndOrLimit(*engine, all.at(size_t(variant)).timeLimit))
        return nullptr;
    return engine;
}

// The state changes of `pid`, in order.
std::vector<StateChange> changesOf(const Engine& engine, int pid)
{
    std::vector<StateChange> out;
    for (const StateChange& change : engine.trace().changes) {
        if (change.pid == pid)
            out.push_back(change);
    }
    return out;
}

bool overlap(const Slice& a, const Slice& b)
{
    return std::max(a.start, b.start) < std::min(a.end, b.end);
}

// Run slices of different processes among `pids` that overlap in time.
int overlappingPairs(const Engine& engine, const std::set<int>& pids)
{
    std::vector<Slice> runs;
    for (const Slice& slice : engine.trace().slices) {
        if (slice.kind == SliceKind::Run && pids.count(slice.pid) && slice.length() > 0)
            runs.push_back(slice);
    }
    int pairs = 0;
    for (size_t i = 0; i < runs.size(); ++i) {
        for (size_t j = i + 1; j < runs.size(); ++j) {
            if (runs[i].pid != runs[j].pid && overlap(runs[i], runs[j]))
                ++pairs;
        }
    }
    return pairs;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void everyScenarioRuns_data()
    {
        QTest::addColumn<Topic>("topic");
        QTest::addColumn<int>("variant");
        for (Topic topic : lessons::topics()) {
            const int count = int(lessons::variants(topic).size());
            QVERIFY(count >= 1);
            for (int v = 0; v < count; ++v) {
                const QByteArray name = lessons::topicId(topic).toUtf8() + '/' + QByteArray::number(v);
                QTest::newRow(name.constData()) << topic << v;
            }
        }
    }

    void everyScenarioRuns()
    {
        QFETCH(Topic, topic);
        QFETCH(int, variant);
        const lessons::Variant chosen = lessons::variants(topic).at(size_t(variant));
        const Scenario& scenario = chosen.scenario;
        const auto problem = scenario.validate();
        QVERIFY2(!problem, problem ? qPrintable(problem->text()) : "");
        QCOMPARE(lessons::topicOf(scenario), std::optional<Topic>(topic));
        QVERIFY(chosen.label);
        QVERIFY(!lessons::variantLabel(chosen).isEmpty());

        Engine engine(scenario);
        engine.setHistoryEnabled(false);
        if (topic == Topic::States) {
            // Manual scheduling: nothing runs unless the student moves it.
            QVERIFY(lessons::runToEndOrLimit(engine, 0) == false);
            QVERIFY(!engine.finished());
            // Play the scheduler: dispatch whoever is ready until all are done.
            for (int guard = 0; guard < 1000 && !engine.finished(); ++guard) {
                const std::vector<int> ready = engine.readyQueue();
                bool freeCpu = false;
                for (const CpuState& cpu : engine.cpus())
                    freeCpu = freeCpu || cpu.pid == 0;
                if (!ready.empty() && freeCpu)
                    QVERIFY(engine.requestTransition(ready.front(), ProcessState::Running));
                else
                    QVERIFY(engine.stepEvent());
            }
            QVERIFY(engine.finished());
            return;
        }
        QVERIFY(lessons::runToEndOrLimit(engine, chosen.timeLimit));
        if (chosen.timeLimit > 0) {
            // Loops forever: still going at the limit, with work done.
            QVERIFY(!engine.finished());
            QVERIFY(engine.nextEventTime().has_value());
            QVERIFY(engine.now() > chosen.timeLimit / 2);
            for (const QueueState& queue : engine.state().queues) {
                QVERIFY(queue.conserved());
                QVERIFY(queue.produced > 0);
                QVERIFY(queue.consumed > 0);
            }
        } else {
            QVERIFY(engine.finished());
        }
    }

    void snippetsMatchTheOperations()
    {
        for (Topic topic : lessons::topics()) {
            const QStringList lines = lessons::snippet(topic);
            QCOMPARE(int(lines.size()), lessons::snippetLineCount(topic));
            QVERIFY(lines.size() >= 8);
            for (const QString& line : lines)
                QVERIFY2(!line.contains(QLatin1String("%1")), qPrintable(line));
            if (topic != Topic::ProducerConsumer) {
                // The course's style: multiprocessing and the main guard, spelt right.
                const QString code = lines.join(QLatin1Char('\n'));
                QVERIFY(code.contains(QLatin1String("if __name__ == '__main__':")));
                QVERIFY(!code.contains(QLatin1String("__name__ = ")));
                QVERIFY(!code.contains(QLatin1String("def run():")));
                if (code.contains(QLatin1String("os.getpid()")))
                    QVERIFY(code.contains(QLatin1String("import os")));
            } else {
                QCOMPARE(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'),
                         ProducerConsumer::pythonSource(ProducerConsumerConfig()));
            }
            for (const lessons::Variant& variant : lessons::variants(topic)) {
                bool anyLine = false;
                for (const ProcessSpec& spec : variant.scenario.processes) {
                    for (const Operation& op : spec.program) {
                        QVERIFY(op.line >= 0 && op.line <= lines.size());
                        if (op.line > 0) {
                            anyLine = true;
                            QVERIFY2(!lines.at(op.line - 1).trimmed().isEmpty(),
                                     qPrintable(lessons::topicId(topic) + QString::number(op.line)));
                        }
                    }
                }
                QVERIFY(anyLine);
            }
        }
    }

    void currentLineFollowsTheRun()
    {
        Engine engine(lessons::scenario(Topic::Globals));
        QCOMPARE(lessons::currentLine(engine, 2), 0); // not started yet
        bool sawMainBlockedOnJoin = false;
        while (engine.stepEvent()) {
            for (int pid = 1; pid <= engine.processCount(); ++pid) {
                const Pcb& pcb = engine.pcb(pid);
                const int line = lessons::currentLine(engine, pid);
                if (pcb.state == ProcessState::Running) {
                    QCOMPARE(line, engine.spec(pid).program.at(size_t(pcb.opIndex)).line);
                    QVERIFY(line > 0);
                }
                if (pcb.state == ProcessState::Terminated)
                    QCOMPARE(line, 0);
                if (pid == 1 && pcb.state == ProcessState::Blocked && (line == 21 || line == 22))
                    sawMainBlockedOnJoin = true;
            }
        }
        QVERIFY(engine.finished());
        QVERIFY(sawMainBlockedOnJoin);
    }

    void joinBlocksTheParentUntilTheChildTerminates()
    {
        const auto engine = runLesson(Topic::Creation);
        QVERIFY(engine);
        QVERIFY(engine->finished());
        const int mainPid = 1, p1 = 2, p2 = 3;
        QCOMPARE(engine->spec(p1).name, QStringLiteral("p1"));
        QCOMPARE(engine->pcb(p1).parentPid, mainPid);
        QCOMPARE(engine->pcb(p2).parentPid, mainPid);
        QCOMPARE(engine->pcb(mainPid).parentPid, 0);

        // main: ... Running -> Blocked (join) ... Blocked -> Ready exactly when p1 ends.
        const std::vector<StateChange> changes = changesOf(*engine, mainPid);
        const auto blocked = std::find_if(changes.begin(), changes.end(),
                                          [](const StateChange& c) { return c.to == ProcessState::Blocked; });
        QVERIFY(blocked != changes.end());
        QVERIFY(blocked + 1 != changes.end());
        const StateChange& woke = *(blocked + 1);
        QCOMPARE(woke.from, ProcessState::Blocked);
        QCOMPARE(woke.to, ProcessState::Ready);
        QCOMPARE(woke.time, engine->pcb(p1).finish);
        QVERIFY(blocked->time < engine->pcb(p1).finish);
        // p1 was still running while main waited; main did not run meanwhile.
        for (const Slice& slice : engine->trace().slices) {
            if (slice.pid == mainPid && slice.kind == SliceKind::Run && slice.length() > 0)
                QVERIFY(slice.end <= blocked->time || slice.start >= woke.time);
        }
        QVERIFY(engine->pcb(mainPid).finish > engine->pcb(p1).finish);
    }

    void daemonChildrenEndWithTheirParent()
    {
        const auto engine = runLesson(Topic::Creation);
        QVERIFY(engine);
        const int mainPid = 1, p1 = 2, p2 = 3;
        QVERIFY(engine->spec(p2).daemon);
        QVERIFY(!engine->spec(p1).daemon);
        // The daemon loops forever: only main's exit ends it, at that instant.
        QCOMPARE(engine->pcb(p2).state, ProcessState::Terminated);
        QCOMPARE(engine->pcb(p2).finish, engine->pcb(mainPid).finish);
        const std::vector<StateChange> daemon = changesOf(*engine, p2);
        QCOMPARE(daemon.back().to, ProcessState::Terminated);
        QCOMPARE(daemon.back().cause, TransitionCause::Killed);
        QCOMPARE(changesOf(*engine, p1).back().cause, TransitionCause::Exit);
        QCOMPARE(changesOf(*engine, mainPid).back().cause, TransitionCause::Exit);
    }

    void nonDaemonChildOutlivesItsParent()
    {
        Scenario s;
        s.policy.name = QStringLiteral("fcfs");
        s.cpus = 2;
        ProcessSpec parent;
        parent.name = QStringLiteral("main");
        parent.program = {Operation::cpu(1), Operation::make(OperationKind::Spawn, 2), Operation::cpu(1)};
        ProcessSpec child;
        child.name = QStringLiteral("child");
        child.spawned = true;
        child.program = {Operation::cpu(10)};
        s.processes = {parent, child};
        QVERIFY(!s.validate());
        Engine engine(s);
        engine.run();
        QVERIFY(engine.finished());
        QCOMPARE(engine.pcb(1).finish, Tick(2));
        QCOMPARE(engine.pcb(2).finish, Tick(11));
        QCOMPARE(changesOf(engine, 2).back().cause, TransitionCause::Exit);
        QCOMPARE(engine.pcb(2).parentPid, 1);
    }

    void globalsArePerProcessWhileTheQueueIsShared()
    {
        const auto engine = runLesson(Topic::Globals);
        QVERIFY(engine);
        QVERIFY(engine->finished());
        const Scenario& s = engine->scenario();
        QCOMPARE(s.globalNames, QStringList({QStringLiteral("result"), QStringLiteral("r")}));
        const int result = 0, r = 1;
        // result += 1 in each child changed only that child's copy.
        QCOMPARE(engine->pcb(1).globals[result], qint64(0));
        QCOMPARE(engine->pcb(2).globals[result], qint64(1));
        QCOMPARE(engine->pcb(3).globals[result], qint64(1));
        // The value went 0 -> 1 -> 2 through the queue: one child saw 1, the other 2,
        // and main took 2 out at the end.
        const std::set<qint64> childValues = {engine->pcb(2).globals[r], engine->pcb(3).globals[r]};
        QCOMPARE(childValues, (std::set<qint64>{1, 2}));
        QCOMPARE(engine->pcb(1).globals[r], qint64(2));
        const QueueState& queue = engine->state().queues.at(0);
        QVERIFY(queue.items.empty());
        QCOMPARE(queue.produced, qint64(3));
        QCOMPARE(queue.consumed, qint64(3));
        QVERIFY(queue.conserved());
        // The child that came second waited on the empty queue.
        QVERIFY(engine->pcb(2).blockedCount + engine->pcb(3).blockedCount >= 1);
    }

    void withTheGilThreadsNeverOverlap()
    {
        const auto withGil = runLesson(Topic::Gil, 0);
        QVERIFY(withGil);
        QVERIFY(withGil->finished());
        QCOMPARE(withGil->scenario().cpus, 4);
        QCOMPARE(withGil->scenario().locks, QStringList{QStringLiteral("GIL")});
        std::set<int> threads;
        for (int pid = 1; pid <= withGil->processCount(); ++pid) {
            QCOMPARE(withGil->spec(pid).group, 1);
            threads.insert(pid);
        }
        QCOMPARE(threads.size(), size_t(4));
        QCOMPARE(overlappingPairs(*withGil, threads), 0);
        // One at a time: the run takes the threads' whole CPU time end to end.
        Tick cpuTime = 0;
        for (int pid : threads)
            cpuTime += withGil->pcb(pid).cpuTime;
        QCOMPARE(withGil->now(), cpuTime);
        // Threads waiting for the GIL are Blocked, not spinning on a CPU.
        int blocks = 0;
        for (int pid : threads)
            blocks += withGil->pcb(pid).blockedCount;
        QVERIFY(blocks > 0);

        const auto noGil = runLesson(Topic::Gil, 1);
        const auto processes = runLesson(Topic::Gil, 2);
        QVERIFY(noGil && processes);
        QVERIFY(overlappingPairs(*noGil, threads) > 0);
        QVERIFY(overlappingPairs(*processes, threads) > 0);
        QCOMPARE(noGil->now() * 4, withGil->now());
        QCOMPARE(processes->now(), noGil->now());
        for (int pid = 1; pid <= processes->processCount(); ++pid)
            QCOMPARE(processes->spec(pid).group, 0);
    }

    void shorterSlicesCostMoreSwitching()
    {
        const std::vector<lessons::SliceCost> costs = lessons::timeSliceCosts();
        QCOMPARE(costs.size(), size_t(3));
        QCOMPARE(costs[0].quantum, Tick(1));
        QCOMPARE(costs[1].quantum, Tick(4));
        QCOMPARE(costs[2].quantum, Tick(20));
        for (const lessons::SliceCost& cost : costs) {
            QCOMPARE(cost.switchCost, Tick(1));
            QCOMPARE(cost.runTicks, Tick(3 * 24));
            QCOMPARE(cost.makespan, cost.runTicks + cost.switchTicks); // one CPU, never idle
        }
        QVERIFY(costs[0].overhead() > costs[1].overhead());
        QVERIFY(costs[1].overhead() > costs[2].overhead());
        QVERIFY(costs[0].overhead() > 0.4);
        QVERIFY(costs[2].overhead() < 0.1);
        QVERIFY(costs[0].switches > costs[2].switches);
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
