// SimulationController: step back after automatic steps and manual moves
// restores the identical engine state; undo/redo of edits and moves; the
// run to the end never blocks the event loop.

#include "GuiTestSupport.h"

#include "SimulationController.h"
#include "core/ProducerConsumer.h"
#include "core/StateTable.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace processlab;

namespace {
struct Snapshot
{
    EngineState state;
    Trace trace;
    bool operator==(const Snapshot& o) const { return state == o.state && trace == o.trace; }
};

Snapshot snapshot(const SimulationController& controller)
{
    return {controller.engine().state(), controller.engine().trace()};
}
} // namespace

class TestSimulationController : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_controller = std::make_unique<SimulationController>();
        QVERIFY(m_controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
    }
    void cleanup() { m_controller.reset(); }

    void stepBackRestoresEveryEarlierState()
    {
        SimulationController& c = *m_controller;
        std::vector<Snapshot> history{snapshot(c)};
        QVERIFY(c.stepEvent()); // t = 0: P1 runs, P2 ready
        history.push_back(snapshot(c));
        QCOMPARE(c.engine().pcb(1).state, ProcessState::Running);
        QVERIFY(c.moveProcess(1, ProcessState::Blocked).ok);
        history.push_back(snapshot(c));
        QVERIFY(c.stepTick());
        history.push_back(snapshot(c));
        QVERIFY(c.stepEvent());
        history.push_back(snapshot(c));
        QVERIFY(c.moveProcess(1, ProcessState::Ready).ok);
        history.push_back(snapshot(c));
        QVERIFY(c.stepEvent());
        history.push_back(snapshot(c));
        const int ready = c.engine().readyQueue().empty() ? 0 : c.engine().readyQueue().front();
        if (ready != 0) {
            QVERIFY(c.moveProcess(ready, ProcessState::Running).ok); // preempts the running one
            history.push_back(snapshot(c));
        }
        QVERIFY(c.stepEvent());
        history.push_back(snapshot(c));
        QVERIFY(c.engine().state().manualMoves >= 2);

        for (size_t i = history.size() - 1; i > 0; --i) {
            QVERIFY(c.stepBack());
            QVERIFY2(snapshot(c) == history[i - 1],
                     qPrintable(QStringLiteral("after stepping back to %1").arg(i - 1)));
        }
        QVERIFY(!c.engine().canStepBack());
        QVERIFY(!c.stepBack());
    }

    void undoAndRedoAManualMove()
    {
        SimulationController& c = *m_controller;
        QVERIFY(c.stepEvent());
        const Snapshot before = snapshot(c);
        QVERIFY(c.moveProcess(1, ProcessState::Blocked).ok);
        const Snapshot after = snapshot(c);
        QCOMPARE(c.undoStack()->count(), 1);
        QVERIFY(!(before == after));

        c.undo();
        QVERIFY(snapshot(c) == before);
        c.redo();
        QVERIFY(snapshot(c) == after);
        bool found = false;
        for (const StateChange& change : c.engine().trace().changes)
            found = found || (change.manual && change.pid == 1 && change.to == ProcessState::Blocked);
        QVERIFY(found);
        // A move does not make the scenario file modified.
        QVERIFY(!c.isModified());
    }

    void undoMoveAlsoUndoesLaterSteps()
    {
        SimulationController& c = *m_controller;
        QVERIFY(c.stepEvent());
        const Snapshot before = snapshot(c);
        QVERIFY(c.moveProcess(1, ProcessState::Blocked).ok);
        QVERIFY(c.stepEvent());
        QVERIFY(c.stepEvent());
        c.undo();
        QVERIFY(snapshot(c) == before);
    }

    void refusedMoveChangesNothing()
    {
        SimulationController& c = *m_controller;
        QVERIFY(c.stepEvent()); // P2 is ready
        QCOMPARE(c.engine().pcb(2).state, ProcessState::Ready);
        const Snapshot before = snapshot(c);
        QSignalSpy messages(&c, &SimulationController::message);
        const TransitionResult result = c.moveProcess(2, ProcessState::Blocked);
        QVERIFY(!result.ok);
        QCOMPARE(result.reason.text(),
                 StateTable::refusal(ProcessState::Ready, ProcessState::Blocked).text());
        QVERIFY(snapshot(c) == before);
        QCOMPARE(c.undoStack()->count(), 0);
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.first().first().toString(), result.reason.text());
    }

    void stepBackPastAMoveDropsItsUndoCommand()
    {
        SimulationController& c = *m_controller;
        QVERIFY(c.stepEvent());
        QVERIFY(c.moveProcess(1, ProcessState::Blocked).ok);
        QCOMPARE(c.undoStack()->count(), 1);
        QVERIFY(c.stepBack());
        QCOMPARE(c.undoStack()->count(), 0);
        QVERIFY(c.moveProcess(1, ProcessState::Blocked).ok);
        c.reset();
        QCOMPARE(c.undoStack()->count(), 0);
        QCOMPARE(c.engine().now(), Tick(0));
        QVERIFY(!c.engine().canStepBack());
    }

    void undoRedoEdits()
    {
        SimulationController& c = *m_controller;
        const Scenario original = c.scenario();

        ProcessSpec spec = original.processes[1];
        spec.arrival = 7;
        QVERIFY(c.editProcess(1, spec, QStringLiteral("arrival")));
        QCOMPARE(c.scenario().processes[1].arrival, Tick(7));
        QVERIFY(c.isModified());
        QVERIFY(c.addProcess());
        QCOMPARE(c.scenario().processes.size(), size_t(4));
        QVERIFY(c.duplicateProcess(0));
        QCOMPARE(c.scenario().processes.size(), size_t(5));
        QCOMPARE(c.scenario().processes[1].program, original.processes[0].program);
        QVERIFY(c.removeProcesses({0, 2}));
        QCOMPARE(c.scenario().processes.size(), size_t(3));
        PolicyConfig policy = c.scenario().policy;
        policy.name = QStringLiteral("sjf");
        QVERIFY(c.setPolicy(policy, 2, 1));
        QCOMPARE(c.scenario().cpus, 2);
        QCOMPARE(c.engine().cpus().size(), size_t(2));
        WorkloadParameters workload;
        workload.count = 12;
        QVERIFY(c.replaceProcesses(generateWorkload(workload), QStringLiteral("random")));
        QCOMPARE(c.engine().processCount(), 12);
        const Scenario edited = c.scenario();
        QCOMPARE(c.undoStack()->count(), 6);

        for (int i = 0; i < 6; ++i)
            c.undo();
        QVERIFY(c.scenario() == original);
        QVERIFY(!c.isModified());
        QCOMPARE(c.engine().processCount(), 3);
        for (int i = 0; i < 6; ++i)
            c.redo();
        QVERIFY(c.scenario() == edited);
        QVERIFY(c.isModified());
    }

    void editsThatBreakTheScenarioAreRefused()
    {
        SimulationController& c = *m_controller;
        const Scenario before = c.scenario();
        ProcessSpec spec = before.processes[0];
        spec.program = programFromBursts({5, 3}); // must end with a CPU burst
        QString error;
        QVERIFY(!c.editProcess(0, spec, QStringLiteral("bursts"), &error));
        QVERIFY2(error.startsWith(QLatin1String("processes[0].bursts")), qPrintable(error));
        spec = before.processes[0];
        spec.name = QStringLiteral("P2"); // duplicate name
        QVERIFY(!c.editProcess(0, spec, QStringLiteral("name"), &error));
        // The core names the later of the two equal names.
        QVERIFY2(error.startsWith(QLatin1String("processes[1].name")), qPrintable(error));
        QVERIFY(!c.removeProcesses({0, 1, 2}, &error)); // at least one process
        QVERIFY(c.scenario() == before);
        QCOMPARE(c.undoStack()->count(), 0);
    }

    void moveUndoAfterEditIsStale()
    {
        SimulationController& c = *m_controller;
        QVERIFY(c.stepEvent());
        QVERIFY(c.moveProcess(1, ProcessState::Blocked).ok);
        QVERIFY(c.addProcess()); // restarts the run: the move is gone
        QCOMPARE(c.engine().stepCount(), quint64(0));
        c.undo(); // undoes the add, and drops the stale move
        QCOMPARE(c.scenario().processes.size(), size_t(3));
        QCOMPARE(c.undoStack()->count(), 1); // only the add, to redo
        QVERIFY(!c.undoStack()->canUndo());
        c.redo();
        QCOMPARE(c.scenario().processes.size(), size_t(4));
    }

    void runToEndKeepsTheEventLoopAlive()
    {
        SimulationController& c = *m_controller;
        Scenario big = testing::threeProcesses();
        WorkloadParameters workload;
        workload.count = 10000;
        workload.maxArrival = 20000;
        big.processes = generateWorkload(workload);
        QVERIFY(c.openScenario(big, QStringLiteral("big")));

        QSignalSpy updates(&c, &SimulationController::stateChanged);
        c.runToEnd();
        // Run to end only schedules the work: it runs in chunks from the
        // event loop, so the window keeps repainting and answering input.
        QVERIFY(!c.engine().finished());
        QVERIFY(c.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(c.engine().finished(), 120000);
        QVERIFY(!c.isPlaying());
        QVERIFY(updates.count() >= 1);
    }

    void runToEndStopsForProgramsThatLoopForever()
    {
        SimulationController& c = *m_controller;
        ProducerConsumerConfig config; // the exercise: its processes never terminate
        const Scenario exercise = ProducerConsumer::build(config, testing::threeProcesses());
        QVERIFY(c.openScenario(exercise, QStringLiteral("exercise")));
        c.runToEnd();
        QTRY_VERIFY_WITH_TIMEOUT(!c.isPlaying(), 60000);
        QVERIFY(!c.engine().finished());
        // One minute of simulated time (1 tick = 10 ms), give or take a chunk.
        QVERIFY(c.engine().now() >= Tick(6000));
        QVERIFY(c.engine().queues().front().conserved());
    }

    void playAdvancesTime()
    {
        SimulationController& c = *m_controller;
        QSignalSpy playing(&c, &SimulationController::playingChanged);
        c.setSpeed(200);
        c.play();
        QVERIFY(c.isPlaying());
        QTRY_VERIFY(c.engine().now() >= 5);
        c.pause();
        QVERIFY(!c.isPlaying());
        QCOMPARE(playing.count(), 2);
        c.setSpeed(1000);
        QCOMPARE(c.speed(), SimulationController::kMaxSpeed);
        c.setSpeed(0);
        QCOMPARE(c.speed(), SimulationController::kMinSpeed);
    }

private:
    std::unique_ptr<SimulationController> m_controller;
};

QTEST_MAIN(TestSimulationController)
#include "tst_simulationcontroller.moc"
