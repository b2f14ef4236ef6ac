// One focused scenario per rule of docs/conventions.md. Every expectation is
// derived by hand from the rule (derivation next to each row); a row is built
// so that an engine breaking the rule gives a different Gantt chart.

#include "ScenarioBuilder.h"

#include "core/Engine.h"
#include "core/Metrics.h"

#include <QTest>

using namespace processlab;
using namespace processlab::testing;

namespace {

void addColumns()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QStringList>("slices");
    QTest::addColumn<QStringList>("processes");
    QTest::addColumn<qint64>("switches"); // -1: not checked
}

void addRow(const char* name, const ScenarioBuilder& b, const char* slices, const char* processes,
            qint64 switches = -1)
{
    QTest::newRow(name) << b.build() << L(slices) << L(processes) << switches;
}

// Runs the current row to the end and checks its slices, per-process
// numbers and (when given) the number of context switches.
void verifyRow()
{
    QFETCH(Scenario, scenario);
    QFETCH(QStringList, slices);
    QFETCH(QStringList, processes);
    QFETCH(qint64, switches);

    checkScenarioValid(scenario);
    if (QTest::currentTestFailed())
        return;
    Engine engine(scenario);
    runWithMoves(engine, {});
    if (QTest::currentTestFailed())
        return;
    compareLists(actualSlices(engine), sortedTokens(slices), "slices");
    if (QTest::currentTestFailed())
        return;
    const Metrics m = Metrics::of(engine);
    compareLists(actualProcesses(m), processes, "processes");
    if (QTest::currentTestFailed())
        return;
    checkCpuIo(engine, m);
    if (QTest::currentTestFailed())
        return;
    if (switches >= 0)
        QCOMPARE(qint64(m.contextSwitches), switches);
}

// Index in the trace of the first change of `pid` to `to` at time t; -1 if none.
int changeIndex(const Engine& engine, int pid, ProcessState to, Tick t)
{
    const std::vector<StateChange>& changes = engine.trace().changes;
    for (size_t i = 0; i < changes.size(); ++i)
        if (changes[i].pid == pid && changes[i].to == to && changes[i].time == t)
            return int(i);
    return -1;
}

} // namespace

class TestConventions : public QObject
{
    Q_OBJECT

private slots:
    // Order of events at one instant.
    void eventOrder_data();
    void eventOrder() { verifyRow(); }
    void burstEndBeforeArrivalInTrace();
    // rr: a slice that expires with nobody else ready is renewed.
    void rrRenewal_data();
    void rrRenewal() { verifyRow(); }
    void rrRenewalIsNoDispatch();
    // Ties.
    void ties_data();
    void ties() { verifyRow(); }
    // Preemption only for a strictly better candidate.
    void strictPreemption_data();
    void strictPreemption() { verifyRow(); }
    // Several CPUs.
    void multiCpu_data();
    void multiCpu() { verifyRow(); }
    // hrrn: exact ratio, w since last entering the ready queue.
    void hrrn_data();
    void hrrn() { verifyRow(); }
    // sjf/srtf key on the next/current CPU burst only.
    void nextBurstOnly_data();
    void nextBurstOnly() { verifyRow(); }
    // A process arriving at t can be dispatched at t.
    void arrivalDispatchedAtT_data();
    void arrivalDispatchedAtT() { verifyRow(); }
    // Context switches.
    void contextSwitch_data();
    void contextSwitch() { verifyRow(); }
    void switchSliceIsNotPreempted();
    // mlfq levels: who keeps, who drops.
    void mlfqLevels_data();
    void mlfqLevels() { verifyRow(); }
    // Metrics during a run: averages over terminated processes only.
    void averagesOverTerminatedOnly();
    // Admission with a memory pool.
    void memoryKeepsNewUntilFreed();
    void memoryAdmission_data();
    void memoryAdmission() { verifyRow(); }
};

void TestConventions::eventOrder_data()
{
    addColumns();
    // Step 1 before step 2: P1's burst ends at 3 and frees the CPU for P2
    // arriving at 3, which runs at once. P1 0-3, P2 3-4.
    addRow("burst end frees the cpu for an arrival at t",
           ScenarioBuilder("fcfs").process("P1", 0, {3}).process("P2", 3, {1}),
           "0 P1 0-3 exit; 0 P2 3-4 exit", "P1 f=3 w=0 r=0 t=3; P2 f=4 w=0 r=0 t=1", 1);
    // Step 2, list order: A (list 1st) arrives at 5 and B (list 2nd) ends
    // its I/O at 5: A enters before B. B 0-2, I/O 2-5; C 2-7; A 7-8, B 8-9.
    addRow("arrival and io-done at t: list order (arrival first)",
           ScenarioBuilder("fcfs").process("A", 5, {1}).process("B", 0, {2, 3, 1}).process("C", 0, {5}),
           "0 B 0-2 wait; 0 C 2-7 exit; 0 A 7-8 exit; 0 B 8-9 exit",
           "A f=8 w=2 r=2 t=3; B f=9 w=3 r=0 t=9; C f=7 w=2 r=2 t=7");
    // The same with the I/O process first in the list: A 0-2, I/O 2-5; B 2-7;
    // at 5 A (I/O done) enters before C (arrives): A 7-8, C 8-9.
    addRow("arrival and io-done at t: list order (io first)",
           ScenarioBuilder("fcfs").process("A", 0, {2, 3, 1}).process("B", 0, {5}).process("C", 5, {1}),
           "0 A 0-2 wait; 0 B 2-7 exit; 0 A 7-8 exit; 0 C 8-9 exit",
           "A f=8 w=2 r=0 t=8; B f=7 w=2 r=2 t=7; C f=9 w=3 r=3 t=4");
    // Step 3 after step 2: P1's slice expires at 2 when P2 arrives: queue
    // [P2 P1]. P1 0-2, P2 2-4, P1 4-6.
    addRow("expired slice queues behind arrivals at t",
           ScenarioBuilder("rr").quantum(2).process("P1", 0, {4}).process("P2", 2, {2}),
           "0 P1 0-2 slice-expired; 0 P2 2-4 exit; 0 P1 4-6 exit", "P1 f=6 w=2 r=0 t=6; P2 f=4 w=0 r=0 t=2",
           2);
    // newBeforePreempted false: [P1 P2]; P1 is re-dispatched on the CPU that
    // still holds its registers (no switch). P1 0-2, P1 2-4, P2 4-6.
    addRow("expired slice before arrivals with newBeforePreempted false",
           ScenarioBuilder("rr")
               .quantum(2)
               .newBeforePreempted(false)
               .process("P1", 0, {4})
               .process("P2", 2, {2}),
           "0 P1 0-2 slice-expired; 0 P1 2-4 exit; 0 P2 4-6 exit", "P1 f=4 w=0 r=0 t=4; P2 f=6 w=2 r=2 t=4",
           1);
    // An I/O completion is a step-2 entry too: P1 0-1, I/O 1-3; P2 1-3
    // expires when P1 returns: [P1 P2]; P1 3-4, P2 4-6.
    addRow("expired slice queues behind io-done at t",
           ScenarioBuilder("rr").quantum(2).process("P1", 0, {1, 2, 1}).process("P2", 0, {4}),
           "0 P1 0-1 wait; 0 P2 1-3 slice-expired; 0 P1 3-4 exit; 0 P2 4-6 exit",
           "P1 f=4 w=0 r=0 t=4; P2 f=6 w=2 r=1 t=6", 3);
    // ... and before it with newBeforePreempted false: [P2 P1]; P2 3-5
    // (same CPU, no switch), P1 5-6.
    addRow("expired slice before io-done with newBeforePreempted false",
           ScenarioBuilder("rr")
               .quantum(2)
               .newBeforePreempted(false)
               .process("P1", 0, {1, 2, 1})
               .process("P2", 0, {4}),
           "0 P1 0-1 wait; 0 P2 1-3 slice-expired; 0 P2 3-5 exit; 0 P1 5-6 exit",
           "P1 f=6 w=2 r=0 t=6; P2 f=5 w=1 r=1 t=5", 2);
    // A burst that ends when its slice expires counts as ended: P1's first
    // burst ends at 2 with its slice -> Blocked (wait), not requeued. P2 2-4
    // expires with P1 back (3) -> [P1 P2]; P1 4-5, P2 5-6.
    addRow("rr burst ending with its slice counts as ended",
           ScenarioBuilder("rr").quantum(2).process("P1", 0, {2, 1, 1}).process("P2", 0, {3}),
           "0 P1 0-2 wait; 0 P2 2-4 slice-expired; 0 P1 4-5 exit; 0 P2 5-6 exit",
           "P1 f=5 w=1 r=0 t=5; P2 f=6 w=3 r=2 t=6", 3);
    // mlfq [2,0]: P1's burst ends at 2 with its slice -> no demotion, keeps
    // level 0. P2 2-4 expires (level 1, behind P1); P1 (level 0) 4-6 expires
    // (level 1, behind P2); P2 (FCFS) 6-10; P1 10-11. (Had P1 been demoted at
    // 2 it would run 4-7 at level 1 before P2.)
    addRow("mlfq burst ending with its slice is not demoted",
           ScenarioBuilder("mlfq").levels({2, 0}).process("P1", 0, {2, 1, 3}).process("P2", 0, {6}),
           "0 P1 0-2 wait; 0 P2 2-4 slice-expired; 0 P1 4-6 slice-expired; 0 P2 6-10 exit; 0 P1 10-11 exit",
           "P1 f=11 w=5 r=0 t=11; P2 f=10 w=4 r=2 t=10", 4);
}

// Step 1 before step 2 in the trace: at 3 P1 terminates before P2 is
// admitted, and P2 is dispatched at 3.
void TestConventions::burstEndBeforeArrivalInTrace()
{
    const Scenario s = ScenarioBuilder("fcfs").process("P1", 0, {3}).process("P2", 3, {1}).build();
    Engine engine(s);
    engine.run(1000);
    QVERIFY(engine.finished());
    const int exit1 = changeIndex(engine, 1, ProcessState::Terminated, 3);
    const int admit2 = changeIndex(engine, 2, ProcessState::Ready, 3);
    const int run2 = changeIndex(engine, 2, ProcessState::Running, 3);
    QVERIFY(exit1 >= 0);
    QVERIFY(admit2 >= 0);
    QVERIFY(run2 >= 0);
    QVERIFY(exit1 < admit2);
    QVERIFY(admit2 < run2);
}

void TestConventions::rrRenewal_data()
{
    addColumns();
    // Alone: slices close as renewed at 2 and 4, no switch, one response.
    // P2 arrives at 7 on a CPU that last held P1: switch 7-8, run 8-9.
    addRow("alone: renewed, later arrival pays the switch",
           ScenarioBuilder("rr").quantum(2).contextSwitch(1).process("P1", 0, {5}).process("P2", 7, {1}),
           "0 P1 0-2 renewed; 0 P1 2-4 renewed; 0 P1 4-5 exit; 0 sw P2 7-8; 0 P2 8-9 exit",
           "P1 f=5 w=0 r=0 t=5; P2 f=9 w=1 r=1 t=2", 1);
    // A Blocked process is not ready: P1 0-2 expires (P2 ready), P2 2-3 then
    // I/O 3-7; P1 3-5 renewed (nobody ready), 5-6; P2 7-8.
    addRow("blocked process does not stop the renewal",
           ScenarioBuilder("rr").quantum(2).process("P1", 0, {5}).process("P2", 0, {1, 4, 1}),
           "0 P1 0-2 slice-expired; 0 P2 2-3 wait; 0 P1 3-5 renewed; 0 P1 5-6 exit; 0 P2 7-8 exit",
           "P1 f=6 w=1 r=0 t=6; P2 f=8 w=2 r=2 t=8", 3);
    // Two CPUs, both alone at 2: both renewed, no switch.
    addRow(
        "two cpus both renewed",
        ScenarioBuilder("rr").quantum(2).cpus(2).contextSwitch(1).process("P1", 0, {3}).process("P2", 0, {3}),
        "0 P1 0-2 renewed; 1 P2 0-2 renewed; 0 P1 2-3 exit; 1 P2 2-3 exit",
        "P1 f=3 w=0 r=0 t=3; P2 f=3 w=0 r=0 t=3", 0);
}

// A renewal is not a dispatch: P1 goes Ready -> Running once, never back to
// Ready, and its response stays 0.
void TestConventions::rrRenewalIsNoDispatch()
{
    const Scenario s = ScenarioBuilder("rr").quantum(2).contextSwitch(1).process("P1", 0, {5}).build();
    Engine engine(s);
    engine.run(1000);
    QVERIFY(engine.finished());
    int dispatches = 0, backToReady = 0;
    for (const StateChange& c : engine.trace().changes) {
        if (c.pid == 1 && c.to == ProcessState::Running)
            ++dispatches;
        if (c.pid == 1 && c.from == ProcessState::Running && c.to == ProcessState::Ready)
            ++backToReady;
    }
    QCOMPARE(dispatches, 1);
    QCOMPARE(backToReady, 0);
    QCOMPARE(engine.pcb(1).dispatches, 1);
    QCOMPARE(engine.pcb(1).firstRun, Tick(0));
    QCOMPARE(engine.state().contextSwitches, quint64(0));
}

void TestConventions::ties_data()
{
    addColumns();
    // Equal keys: entry order before list order. P3 (list 3rd) entered at 1,
    // P2 (list 2nd) at 2; both burst 3. P1 0-5, P3 5-8, P2 8-11.
    addRow("sjf tie: entered first wins over list order",
           ScenarioBuilder("sjf").process("P1", 0, {5}).process("P2", 2, {3}).process("P3", 1, {3}),
           "0 P1 0-5 exit; 0 P3 5-8 exit; 0 P2 8-11 exit",
           "P1 f=5 w=0 r=0 t=5; P2 f=11 w=6 r=6 t=9; P3 f=8 w=4 r=4 t=7");
    // Same entry instant: list order. Q and R both arrive at 1 with 3.
    addRow("sjf tie: same entry instant goes by list order",
           ScenarioBuilder("sjf").process("P1", 0, {5}).process("Q", 1, {3}).process("R", 1, {3}),
           "0 P1 0-5 exit; 0 Q 5-8 exit; 0 R 8-11 exit",
           "P1 f=5 w=0 r=0 t=5; Q f=8 w=4 r=4 t=7; R f=11 w=7 r=7 t=10");
    // List order with the later name first: B before A.
    addRow("fcfs simultaneous arrivals by list order",
           ScenarioBuilder("fcfs").process("B", 0, {1}).process("A", 0, {1}), "0 B 0-1 exit; 0 A 1-2 exit",
           "B f=1 w=0 r=0 t=1; A f=2 w=1 r=1 t=2");
    // priority tie (both 2): P3 entered at 1, P2 at 2. P1 0-4, P3 4-5, P2 5-6.
    addRow("priority tie: entered first",
           ScenarioBuilder("priority")
               .process("P1", 0, {4}, 1)
               .process("P2", 2, {1}, 2)
               .process("P3", 1, {1}, 2),
           "0 P1 0-4 exit; 0 P3 4-5 exit; 0 P2 5-6 exit",
           "P1 f=4 w=0 r=0 t=4; P2 f=6 w=3 r=3 t=4; P3 f=5 w=3 r=3 t=4");
    // A process preempted at t stands behind one that arrived at t.
    // Preemptive priority: at 2 P2 (1) and P3 (2) arrive [P2 P3]; P2 preempts
    // P1 (2), which goes behind P3: [P3 P1]. P2 2-4; tie P3/P1 (both 2):
    // P3 entered first -> P3 4-7, P1 7-9 (list order would pick P1).
    addRow("priority: preempted at t behind arrival at t",
           ScenarioBuilder("priority")
               .preemptive()
               .process("P1", 0, {4}, 2)
               .process("P2", 2, {2}, 1)
               .process("P3", 2, {3}, 2),
           "0 P1 0-2 preempted; 0 P2 2-4 exit; 0 P3 4-7 exit; 0 P1 7-9 exit",
           "P1 f=9 w=5 r=0 t=9; P2 f=4 w=0 r=0 t=2; P3 f=7 w=2 r=2 t=5", 3);
    // srtf: at 2 P2 (1) and P3 (4) arrive; P2 preempts P1 (4 left) -> [P3 P1].
    // At 3 P3 and P1 both have 4 left: P3 entered first. P3 3-7, P1 7-11.
    addRow("srtf: preempted at t behind arrival at t",
           ScenarioBuilder("srtf").process("P1", 0, {6}).process("P2", 2, {1}).process("P3", 2, {4}),
           "0 P1 0-2 preempted; 0 P2 2-3 exit; 0 P3 3-7 exit; 0 P1 7-11 exit",
           "P1 f=11 w=5 r=0 t=11; P2 f=3 w=0 r=0 t=1; P3 f=7 w=1 r=1 t=5", 3);
}

void TestConventions::strictPreemption_data()
{
    addColumns();
    // srtf: P2 arrives at 1 with 4 = P1's remaining 4: no preemption.
    addRow("srtf equal remaining does not preempt",
           ScenarioBuilder("srtf").process("P1", 0, {5}).process("P2", 1, {4}),
           "0 P1 0-5 exit; 0 P2 5-9 exit", "P1 f=5 w=0 r=0 t=5; P2 f=9 w=4 r=4 t=8", 1);
    // srtf: 3 < 4 preempts. P1 0-1, P2 1-4, P1 4-8.
    addRow("srtf strictly shorter preempts",
           ScenarioBuilder("srtf").process("P1", 0, {5}).process("P2", 1, {3}),
           "0 P1 0-1 preempted; 0 P2 1-4 exit; 0 P1 4-8 exit", "P1 f=8 w=3 r=0 t=8; P2 f=4 w=0 r=0 t=3", 2);
    // Preemptive priority: equal priority does not preempt.
    addRow("priority equal does not preempt",
           ScenarioBuilder("priority").preemptive().process("P1", 0, {3}, 2).process("P2", 1, {1}, 2),
           "0 P1 0-3 exit; 0 P2 3-4 exit", "P1 f=3 w=0 r=0 t=3; P2 f=4 w=2 r=2 t=3", 1);
    // Higher-first: P2 (5) preempts P1 (4) at 1. At 2 P3 (4) ties with the
    // preempted P1 (4): P1 entered first. P1 0-1, P2 1-2, P1 2-4, P3 4-5.
    addRow("priority higher-first strictly more urgent preempts",
           ScenarioBuilder("priority")
               .preemptive()
               .higherFirst()
               .process("P1", 0, {3}, 4)
               .process("P2", 1, {1}, 5)
               .process("P3", 2, {1}, 4),
           "0 P1 0-1 preempted; 0 P2 1-2 exit; 0 P1 2-4 exit; 0 P3 4-5 exit",
           "P1 f=4 w=1 r=0 t=4; P2 f=2 w=0 r=0 t=1; P3 f=5 w=2 r=2 t=3", 3);
    // mlfq: an arrival at the same level does not preempt: levels [4,0],
    // P1 0-3 (within its slice), P2 3-4.
    addRow("mlfq same level does not preempt",
           ScenarioBuilder("mlfq").levels({4, 0}).process("P1", 0, {3}).process("P2", 1, {1}),
           "0 P1 0-3 exit; 0 P2 3-4 exit", "P1 f=3 w=0 r=0 t=3; P2 f=4 w=2 r=2 t=3", 1);
}

void TestConventions::multiCpu_data()
{
    addColumns();
    // 3 CPUs: P1 CPU0, P2 CPU1. At 3 CPU0 (free since 2) and CPU2 (never
    // used) are free: the lowest index, CPU0, takes P3 (a switch, P1 was there).
    addRow("free cpus fill lowest index first",
           ScenarioBuilder("fcfs").cpus(3).process("P1", 0, {2}).process("P2", 0, {4}).process("P3", 3, {1}),
           "0 P1 0-2 exit; 1 P2 0-4 exit; 0 P3 3-4 exit",
           "P1 f=2 w=0 r=0 t=2; P2 f=4 w=0 r=0 t=4; P3 f=4 w=0 r=0 t=1", 1);
    // CPU1 idles since 2, CPU0 since 4; at 5 the lowest index wins anyway.
    addRow("lowest index, not the longest idle",
           ScenarioBuilder("fcfs").cpus(2).process("P1", 0, {4}).process("P2", 0, {2}).process("P3", 5, {1}),
           "0 P1 0-4 exit; 1 P2 0-2 exit; 0 P3 5-6 exit",
           "P1 f=4 w=0 r=0 t=4; P2 f=2 w=0 r=0 t=2; P3 f=6 w=0 r=0 t=1", 1);
    // srtf: P1 (0,8) alone takes CPU0; P2 (1,4) takes the free CPU1. At 2 P3
    // (2) beats P1 (6 left, CPU0) and P2 (3 left, CPU1): the worst key, P1 on
    // CPU0, is preempted (not the highest index). CPU0 P3 2-4, P1 4-10.
    addRow("preempt the worst key (cpu 0)",
           ScenarioBuilder("srtf").cpus(2).process("P1", 0, {8}).process("P2", 1, {4}).process("P3", 2, {2}),
           "0 P1 0-2 preempted; 1 P2 1-5 exit; 0 P3 2-4 exit; 0 P1 4-10 exit",
           "P1 f=10 w=2 r=0 t=10; P2 f=5 w=0 r=0 t=4; P3 f=4 w=0 r=0 t=2", 2);
    // Mirror: at 0 CPU0 takes the best, P1 (4), CPU1 P2 (8). At 1 the worst
    // (P2, 7 left) is on CPU1 while CPU0's P1 (3 left) is also worse than P3
    // (2): CPU1 is preempted, not the first worse CPU.
    addRow("preempt the worst key (cpu 1)",
           ScenarioBuilder("srtf").cpus(2).process("P1", 0, {4}).process("P2", 0, {8}).process("P3", 1, {2}),
           "0 P1 0-4 exit; 1 P2 0-1 preempted; 1 P3 1-3 exit; 1 P2 3-10 exit",
           "P1 f=4 w=0 r=0 t=4; P2 f=10 w=2 r=0 t=10; P3 f=3 w=0 r=0 t=2", 2);
    // srtf tie: P1 and P2 both 5 left at 1: the highest CPU index (CPU1).
    addRow("srtf worst-key tie: highest cpu index",
           ScenarioBuilder("srtf").cpus(2).process("P1", 0, {6}).process("P2", 0, {6}).process("P3", 1, {2}),
           "0 P1 0-6 exit; 1 P2 0-1 preempted; 1 P3 1-3 exit; 1 P2 3-8 exit",
           "P1 f=6 w=0 r=0 t=6; P2 f=8 w=2 r=0 t=8; P3 f=3 w=0 r=0 t=2", 2);
    // Preemptive priority tie (both 3): CPU1 is preempted.
    addRow("priority worst-key tie: highest cpu index",
           ScenarioBuilder("priority")
               .preemptive()
               .cpus(2)
               .process("P1", 0, {5}, 3)
               .process("P2", 0, {5}, 3)
               .process("P3", 1, {1}, 1),
           "0 P1 0-5 exit; 1 P2 0-1 preempted; 1 P3 1-2 exit; 1 P2 2-6 exit",
           "P1 f=5 w=0 r=0 t=5; P2 f=6 w=1 r=0 t=6; P3 f=2 w=0 r=0 t=1", 2);
    // Free CPUs are filled before preempting: at 1 CPU1 (free) takes the best,
    // P3 (1); then P2 (3) preempts P1 (4 left) on CPU0. At 2 CPU1 takes P1.
    addRow("srtf fills free cpus before preempting",
           ScenarioBuilder("srtf").cpus(2).process("P1", 0, {5}).process("P2", 1, {3}).process("P3", 1, {1}),
           "0 P1 0-1 preempted; 0 P2 1-4 exit; 1 P3 1-2 exit; 1 P1 2-6 exit",
           "P1 f=6 w=1 r=0 t=6; P2 f=4 w=0 r=0 t=3; P3 f=2 w=0 r=0 t=1", 2);
    // Slices expiring together are requeued in CPU-index order (not list
    // order): at 4 CPU0 holds P3 and CPU1 holds P2; P4 arrives:
    // [P4 P3 P2]. CPU0 P4 4-5, CPU1 P3 4-6, CPU0 P2 5-7 (list order would
    // give [P4 P2 P3]: CPU1 P2 4-6, CPU0 P3 5-7).
    // (Before: P1 CPU0 0-2 exit, P2 (6) CPU1 0-2 expires behind P3; CPU0 P3
    // 2-4, CPU1 P2 2-4.)
    addRow("simultaneous expiries requeued in cpu-index order",
           ScenarioBuilder("rr")
               .quantum(2)
               .cpus(2)
               .process("P1", 0, {2})
               .process("P2", 0, {6})
               .process("P3", 0, {4})
               .process("P4", 4, {1}),
           "0 P1 0-2 exit; 1 P2 0-2 slice-expired; 0 P3 2-4 slice-expired; 1 P2 2-4 slice-expired; "
           "0 P4 4-5 exit; 1 P3 4-6 exit; 0 P2 5-7 exit",
           "P1 f=2 w=0 r=0 t=2; P2 f=7 w=1 r=0 t=7; P3 f=6 w=2 r=2 t=6; P4 f=5 w=0 r=0 t=1", 4);
}

void TestConventions::hrrn_data()
{
    addColumns();
    // Equal ratios: at 6 A has w=2, s=1 -> 3 and B has w=4, s=2 -> 3. B
    // entered first (2, A at 4) although A is first in the list.
    addRow("equal ratios: entered first",
           ScenarioBuilder("hrrn").process("P1", 0, {6}).process("A", 4, {1}).process("B", 2, {2}),
           "0 P1 0-6 exit; 0 B 6-8 exit; 0 A 8-9 exit",
           "P1 f=6 w=0 r=0 t=6; A f=9 w=4 r=4 t=5; B f=8 w=4 r=4 t=6");
    // Exact comparison. At 10^9: B has w=158240879, s=170361078; C has
    // w=151927733, s=163564387. (wC+sC)*sB - (wB+sB)*sC = wC*sB - wB*sC = 1 > 0,
    // so C's ratio is higher, but both ratios round to the same double
    // (1.9288558211635642): a floating-point engine would see a tie and pick
    // B (entered first). C 10^9..1163564387, B ..1333925465.
    addRow("exact ratio beats double rounding",
           ScenarioBuilder("hrrn")
               .process("P1", 0, {1000000000})
               .process("B", 841759121, {170361078})
               .process("C", 848072267, {163564387}),
           "0 P1 0-1000000000 exit; 0 C 1000000000-1163564387 exit; 0 B 1163564387-1333925465 exit",
           "P1 f=1000000000 w=0 r=0 t=1000000000; B f=1333925465 w=321805266 r=321805266 t=492166344; "
           "C f=1163564387 w=151927733 r=151927733 t=315492120");
    // w counts from the last entry into the ready queue. At 0 all ratios are
    // 1: X (list first) 0-1, I/O 1-2. At 1: Z 4/3 > Y 6/5 -> Z 1-4. At 4:
    // Y (w4 s5) 9/5 > X (w2 since its I/O, s3) 5/3 -> Y 4-9, X 9-12. (With w
    // counted from arrival X would have 7/3 and run first.)
    addRow("w since last entering the ready queue",
           ScenarioBuilder("hrrn").process("X", 0, {1, 1, 3}).process("Y", 0, {5}).process("Z", 0, {3}),
           "0 X 0-1 wait; 0 Z 1-4 exit; 0 Y 4-9 exit; 0 X 9-12 exit",
           "X f=12 w=7 r=0 t=12; Y f=9 w=4 r=4 t=9; Z f=4 w=1 r=1 t=4");
}

void TestConventions::nextBurstOnly_data()
{
    addColumns();
    // sjf: at 3 P2's next burst is 2 (22 CPU in total), P3's 3: P2 first.
    // P2 3-5, I/O 5-6; P3 5-8; P2 8-28.
    addRow("sjf keys on the next cpu burst only",
           ScenarioBuilder("sjf").process("P1", 0, {3}).process("P2", 1, {2, 1, 20}).process("P3", 1, {3}),
           "0 P1 0-3 exit; 0 P2 3-5 wait; 0 P3 5-8 exit; 0 P2 8-28 exit",
           "P1 f=3 w=0 r=0 t=3; P2 f=28 w=4 r=2 t=27; P3 f=8 w=4 r=4 t=7");
    // srtf: at 1 P1 has 2 left of its current burst (22 in total) < 5: no
    // preemption. P1 0-3, I/O 3-4; P2 3-8 (at 4 P1's 20 > 4); P1 8-28.
    addRow("srtf keys on the current cpu burst only",
           ScenarioBuilder("srtf").process("P1", 0, {3, 1, 20}).process("P2", 1, {5}),
           "0 P1 0-3 wait; 0 P2 3-8 exit; 0 P1 8-28 exit", "P1 f=28 w=4 r=0 t=28; P2 f=8 w=2 r=2 t=7");
}

void TestConventions::arrivalDispatchedAtT_data()
{
    addColumns();
    // An idle CPU takes an arrival at its arrival instant: response 0.
    addRow("idle cpu takes arrival at t", ScenarioBuilder("fcfs").process("P1", 5, {2}), "0 P1 5-7 exit",
           "P1 f=7 w=0 r=0 t=2", 0);
    // rr: an arrival at the instant the CPU frees runs at that instant.
    addRow("rr arrival at a burst end",
           ScenarioBuilder("rr").quantum(4).process("P1", 0, {3}).process("P2", 3, {2}),
           "0 P1 0-3 exit; 0 P2 3-5 exit", "P1 f=3 w=0 r=0 t=3; P2 f=5 w=0 r=0 t=2", 1);
    // srtf: a better arrival preempts at its arrival instant.
    addRow("srtf arrival preempts at t", ScenarioBuilder("srtf").process("P1", 0, {10}).process("P2", 4, {1}),
           "0 P1 0-4 preempted; 0 P2 4-5 exit; 0 P1 5-11 exit", "P1 f=11 w=1 r=0 t=11; P2 f=5 w=0 r=0 t=1",
           2);
}

void TestConventions::contextSwitch_data()
{
    addColumns();
    // Two fresh CPUs: both first loads are free.
    addRow("first dispatch on each fresh cpu is free",
           ScenarioBuilder("fcfs").cpus(2).contextSwitch(2).process("P1", 0, {3}).process("P2", 0, {3}),
           "0 P1 0-3 exit; 1 P2 0-3 exit", "P1 f=3 w=0 r=0 t=3; P2 f=3 w=0 r=0 t=3", 0);
    // Back from I/O on the CPU that still holds its registers: no switch.
    addRow("return to the same cpu after io is free",
           ScenarioBuilder("fcfs").contextSwitch(2).process("P1", 0, {2, 3, 2}),
           "0 P1 0-2 wait; 0 P1 5-7 exit", "P1 f=7 w=0 r=0 t=7", 0);
    // Someone ran in between: P1 0-2, I/O 2-5; P2 sw 2-4, runs 4-5; P1 back
    // at 5 pays: sw 5-7, runs 7-9.
    addRow("return after another process pays",
           ScenarioBuilder("fcfs").contextSwitch(2).process("P1", 0, {2, 3, 2}).process("P2", 2, {1}),
           "0 P1 0-2 wait; 0 sw P2 2-4; 0 P2 4-5 exit; 0 sw P1 5-7; 0 P1 7-9 exit",
           "P1 f=9 w=2 r=0 t=9; P2 f=5 w=2 r=2 t=3", 2);
    // Preemption with a switch cost: P2 (1) preempts at 1, sw 1-2, runs 2-3;
    // P1 back: sw 3-4, runs 4-8. P2's response starts after its switch.
    addRow("srtf preemption pays the switch both ways",
           ScenarioBuilder("srtf").contextSwitch(1).process("P1", 0, {5}).process("P2", 1, {1}),
           "0 P1 0-1 preempted; 0 sw P2 1-2; 0 P2 2-3 exit; 0 sw P1 3-4; 0 P1 4-8 exit",
           "P1 f=8 w=3 r=0 t=8; P2 f=3 w=1 r=1 t=2", 2);
}

void TestConventions::mlfqLevels_data()
{
    addColumns();
    // Blocking before the slice ends keeps the level. levels [2,0]: P1 0-1
    // then I/O 1-2 (stays level 0); P2 1-3 expires -> level 1 behind P1; P1
    // (level 0, q2) 3-5 expires -> level 1 behind P2; P2 (FCFS) 5-13; P1
    // 13-16. (Demoted at 1, P1 would run 3-8 at level 1 before P2.)
    addRow("block mid-slice keeps the level",
           ScenarioBuilder("mlfq").levels({2, 0}).process("P1", 0, {1, 1, 5}).process("P2", 0, {10}),
           "0 P1 0-1 wait; 0 P2 1-3 slice-expired; 0 P1 3-5 slice-expired; 0 P2 5-13 exit; 0 P1 13-16 exit",
           "P1 f=16 w=9 r=0 t=16; P2 f=13 w=3 r=1 t=13", 4);
    // A renewed slice demotes too, and the fresh slice has the new level's
    // quantum: levels [1,2,0], P1 alone: 0-1 renewed (level 1, q2), 1-3
    // renewed (level 2, FCFS), 3-6.
    addRow("renewal demotes, fresh slice of the lower level",
           ScenarioBuilder("mlfq").levels({1, 2, 0}).process("P1", 0, {6}),
           "0 P1 0-1 renewed; 0 P1 1-3 renewed; 0 P1 3-6 exit", "P1 f=6 w=0 r=0 t=6", 0);
}

// fcfs 24/3/3 stopped at 24 and at 25: only P1 has terminated; the averages
// are over it alone (turnaround 24, waiting 0, response 0) although P2 runs
// from 24 (response 24) and P3 has not run yet.
void TestConventions::averagesOverTerminatedOnly()
{
    const Scenario s =
        ScenarioBuilder("fcfs").process("P1", 0, {24}).process("P2", 0, {3}).process("P3", 0, {3}).build();
    Engine engine(s);
    advanceTo(engine, 24);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(engine.now(), Tick(24));
    QVERIFY(engine.stepTick());
    QCOMPARE(engine.now(), Tick(25));
    const Metrics m = Metrics::of(engine);
    QCOMPARE(m.finished, 1);
    QCOMPARE(m.averages.turnaround, 24.0);
    QCOMPARE(m.averages.waiting, 0.0);
    QCOMPARE(m.averages.response, 0.0);
    QCOMPARE(m.processes.at(0).finish, Tick(24));
    QCOMPARE(m.processes.at(1).finish, Tick(-1));
    QCOMPARE(m.processes.at(1).turnaround, Tick(-1));
    QCOMPARE(m.processes.at(1).response, Tick(24)); // running since 24
    QCOMPARE(m.processes.at(2).finish, Tick(-1));
    QCOMPARE(m.processes.at(2).response, Tick(-1)); // never ran
}

// A CPU in the middle of a switch slice is not preempted: srtf, switch 2.
// P1 0-2; P2 sw 2-4; at 3 P3 (1 tick) arrives, better than P2 (4), but CPU0
// is switching: P2 stays Running (it holds the CPU), P3 waits in Ready.
void TestConventions::switchSliceIsNotPreempted()
{
    const Scenario s = ScenarioBuilder("srtf")
                           .contextSwitch(2)
                           .process("P1", 0, {2})
                           .process("P2", 0, {4})
                           .process("P3", 3, {1})
                           .build();
    checkScenarioValid(s);
    if (QTest::currentTestFailed())
        return;
    Engine engine(s);
    advanceTo(engine, 3);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(engine.now(), Tick(3));
    QCOMPARE(engine.cpus().at(0).pid, 2);
    QVERIFY(engine.cpus().at(0).switching(3));
    QCOMPARE(engine.pcb(2).state, ProcessState::Running);
    QCOMPARE(engine.pcb(3).state, ProcessState::Ready);
    QCOMPARE(engine.readyQueue(), std::vector<int>{3});
    for (const Slice& sl : engine.trace().slices)
        QVERIFY(sl.endReason != SliceEnd::Preempted);
}

// Pool 10: P1 (6) is admitted at 0, P2 (6) does not fit and stays New; P3
// (5, arrives 1) does not fit either. At 3 P1's memory returns: P2 is
// admitted (4 left), P3 still waits; at 5 P3 is admitted. P1 0-3, P2 3-5,
// P3 5-6; waiting in New counts as waiting.
void TestConventions::memoryKeepsNewUntilFreed()
{
    const Scenario s = ScenarioBuilder("fcfs")
                           .memory(10)
                           .process("P1", 0, {3}, 0, 6)
                           .process("P2", 0, {2}, 0, 6)
                           .process("P3", 1, {1}, 0, 5)
                           .build();
    checkScenarioValid(s);
    if (QTest::currentTestFailed())
        return;
    Engine engine(s);
    advanceTo(engine, 1);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(engine.now(), Tick(1));
    QCOMPARE(engine.pcb(1).state, ProcessState::Running);
    QCOMPARE(engine.pcb(2).state, ProcessState::New);
    QCOMPARE(engine.pcb(3).state, ProcessState::New);
    QCOMPARE(engine.admissionQueue(), (std::vector<int>{2, 3}));
    QVERIFY(engine.readyQueue().empty());

    advanceTo(engine, 3);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(engine.pcb(1).state, ProcessState::Terminated);
    QCOMPARE(engine.pcb(2).state, ProcessState::Running);
    QCOMPARE(engine.pcb(3).state, ProcessState::New);
    QCOMPARE(engine.admissionQueue(), std::vector<int>{3});

    engine.run(1000);
    QVERIFY(engine.finished());
    compareLists(actualSlices(engine), L("0 P1 0-3 exit; 0 P2 3-5 exit; 0 P3 5-6 exit"), "slices");
    if (QTest::currentTestFailed())
        return;
    compareLists(actualProcesses(Metrics::of(engine)),
                 L("P1 f=3 w=0 r=0 t=3; P2 f=5 w=3 r=3 t=5; P3 f=6 w=4 r=4 t=5"), "processes");
}

void TestConventions::memoryAdmission_data()
{
    addColumns();
    // Step 2 admits the processes waiting for memory before the arrivals of
    // t. Pool 10: R (6) waits from 0; at 3 P1 (6) exits; R is admitted first
    // (4 left), then Q (4) arriving at 3 fits: [R Q] although Q is earlier
    // in the list. P1 0-3, R 3-5, Q 5-6.
    addRow("waiting processes are admitted before arrivals at t",
           ScenarioBuilder("fcfs")
               .memory(10)
               .process("P1", 0, {3}, 0, 6)
               .process("Q", 3, {1}, 0, 4)
               .process("R", 0, {2}, 0, 6),
           "0 P1 0-3 exit; 0 R 3-5 exit; 0 Q 5-6 exit",
           "P1 f=3 w=0 r=0 t=3; Q f=6 w=2 r=2 t=3; R f=5 w=3 r=3 t=5", 2);
    // FIFO "while they fit": the head of the queue that does not fit stops
    // admission. Pool 10: P1 (8) runs 0-3; P2 (4), P3 (9), P4 (4) wait. At 3:
    // P2 admitted (6 left), P3 (9) does not fit, so P4 waits behind it. At 5:
    // P3 (1 left); at 6: P4. P1 0-3, P2 3-5, P3 5-6, P4 6-7.
    addRow("fifo admission stops at the first that does not fit",
           ScenarioBuilder("fcfs")
               .memory(10)
               .process("P1", 0, {3}, 0, 8)
               .process("P2", 0, {2}, 0, 4)
               .process("P3", 0, {1}, 0, 9)
               .process("P4", 0, {1}, 0, 4),
           "0 P1 0-3 exit; 0 P2 3-5 exit; 0 P3 5-6 exit; 0 P4 6-7 exit",
           "P1 f=3 w=0 r=0 t=3; P2 f=5 w=3 r=3 t=5; P3 f=6 w=5 r=5 t=6; P4 f=7 w=6 r=6 t=7", 3);
    // Without a pool every process is admitted at its arrival.
    addRow("no pool: admitted at arrival",
           ScenarioBuilder("fcfs").process("P1", 0, {3}, 0, 6).process("P2", 0, {2}, 0, 600),
           "0 P1 0-3 exit; 0 P2 3-5 exit", "P1 f=3 w=0 r=0 t=3; P2 f=5 w=3 r=3 t=5", 1);
}

QTEST_GUILESS_MAIN(TestConventions)
#include "tst_conventions.moc"
