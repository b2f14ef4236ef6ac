// Textbook examples with known answers for every policy. Every expected
// number below is worked out by hand from docs/conventions.md (derivation in
// the comment of each row), never copied from the engine's output.

#include "ScenarioBuilder.h"

#include "core/Engine.h"
#include "core/Metrics.h"

#include <QTest>

using namespace processlab;
using namespace processlab::testing;

namespace {

void addRow(const char* name, const ScenarioBuilder& b, const char* slices, const char* processes,
            const Totals& totals, const Moves& moves = {})
{
    QTest::newRow(name) << b.build() << moves << L(slices) << L(processes) << totals;
}

} // namespace

class TestPolicies : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void manualDispatchesNothing();
};

void TestPolicies::examples_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Moves>("moves");
    QTest::addColumn<QStringList>("slices");
    QTest::addColumn<QStringList>("processes");
    QTest::addColumn<Totals>("totals");

    // ---------------------------------------------------------------- fcfs
    // Convoy: P1 0-24, P2 24-27, P3 27-30. waiting 0, 24, 27 -> 17.
    addRow("fcfs convoy 24/3/3",
           ScenarioBuilder("fcfs").process("P1", 0, {24}).process("P2", 0, {3}).process("P3", 0, {3}),
           "0 P1 0-24 exit; 0 P2 24-27 exit; 0 P3 27-30 exit",
           "P1 f=24 w=0 r=0 t=24; P2 f=27 w=24 r=24 t=27; P3 f=30 w=27 r=27 t=30",
           {81.0 / 3, 17.0, 17.0, 30, 1.0, 3.0 / 30, 2});
    // Short jobs first in the list: P2 0-3, P3 3-6, P1 6-30. waiting 6, 0, 3 -> 3.
    addRow("fcfs short first 3/3/24",
           ScenarioBuilder("fcfs").process("P2", 0, {3}).process("P3", 0, {3}).process("P1", 0, {24}),
           "0 P2 0-3 exit; 0 P3 3-6 exit; 0 P1 6-30 exit",
           "P2 f=3 w=0 r=0 t=3; P3 f=6 w=3 r=3 t=6; P1 f=30 w=6 r=6 t=30", {13.0, 3.0, 3.0, 30, 1.0, 0.1, 2});
    // Idle gap: P1 0-2, CPU idle 2-5, P2 5-8 (arrival dispatched at once).
    // makespan 8, busy 5 -> 5/8; P2 loads over P1's registers: 1 switch.
    addRow("fcfs idle gap", ScenarioBuilder("fcfs").process("P1", 0, {2}).process("P2", 5, {3}),
           "0 P1 0-2 exit; 0 P2 5-8 exit", "P1 f=2 w=0 r=0 t=2; P2 f=8 w=0 r=0 t=3",
           {2.5, 0.0, 0.0, 8, 5.0 / 8, 2.0 / 8, 1});

    // ----------------------------------------------------------------- sjf
    // All at 0, bursts 6/8/7/3: P4 0-3, P1 3-9, P3 9-16, P2 16-24.
    // waiting 3, 16, 9, 0 -> 7; turnaround 9, 24, 16, 3 -> 13.
    addRow("sjf textbook 6/8/7/3",
           ScenarioBuilder("sjf")
               .process("P1", 0, {6})
               .process("P2", 0, {8})
               .process("P3", 0, {7})
               .process("P4", 0, {3}),
           "0 P4 0-3 exit; 0 P1 3-9 exit; 0 P3 9-16 exit; 0 P2 16-24 exit",
           "P1 f=9 w=3 r=3 t=9; P2 f=24 w=16 r=16 t=24; P3 f=16 w=9 r=9 t=16; P4 f=3 w=0 r=0 t=3",
           {13.0, 7.0, 7.0, 24, 1.0, 4.0 / 24, 3});
    // Arrivals 0/1/2/3, bursts 8/4/9/5, non-preemptive: P1 0-8; at 8 ready
    // P2(4) P3(9) P4(5): P2 8-12, P4 12-17, P3 17-26.
    addRow("sjf arrivals non-preemptive",
           ScenarioBuilder("sjf")
               .process("P1", 0, {8})
               .process("P2", 1, {4})
               .process("P3", 2, {9})
               .process("P4", 3, {5}),
           "0 P1 0-8 exit; 0 P2 8-12 exit; 0 P4 12-17 exit; 0 P3 17-26 exit",
           "P1 f=8 w=0 r=0 t=8; P2 f=12 w=7 r=7 t=11; P3 f=26 w=15 r=15 t=24; P4 f=17 w=9 r=9 t=14",
           {57.0 / 4, 31.0 / 4, 31.0 / 4, 26, 1.0, 4.0 / 26, 3});

    // ---------------------------------------------------------------- srtf
    // Same arrivals: t1 P2(4) < P1(7) preempts; t3 P4(5) > P2(2); t5 ready
    // P1(7) P3(9) P4(5): P4 5-10, P1 10-17, P3 17-26.
    // waiting 9, 0, 15, 2 -> 6.5; response 0, 0, 15, 2 -> 4.25.
    addRow("srtf arrivals mid-run",
           ScenarioBuilder("srtf")
               .process("P1", 0, {8})
               .process("P2", 1, {4})
               .process("P3", 2, {9})
               .process("P4", 3, {5}),
           "0 P1 0-1 preempted; 0 P2 1-5 exit; 0 P4 5-10 exit; 0 P1 10-17 exit; 0 P3 17-26 exit",
           "P1 f=17 w=9 r=0 t=17; P2 f=5 w=0 r=0 t=4; P3 f=26 w=15 r=15 t=24; P4 f=10 w=2 r=2 t=7",
           {13.0, 6.5, 4.25, 26, 1.0, 4.0 / 26, 4});

    // ------------------------------------------------------------ priority
    // All at 0 (burst/prio) 10/3 1/1 2/4 1/5 5/2, lower first:
    // P2 0-1, P5 1-6, P1 6-16, P3 16-18, P4 18-19. waiting 6 0 16 18 1 -> 8.2.
    const auto textbookPriority = [](const char* policy) {
        return ScenarioBuilder(policy)
            .process("P1", 0, {10}, 3)
            .process("P2", 0, {1}, 1)
            .process("P3", 0, {2}, 4)
            .process("P4", 0, {1}, 5)
            .process("P5", 0, {5}, 2);
    };
    addRow("priority non-preemptive textbook", textbookPriority("priority"),
           "0 P2 0-1 exit; 0 P5 1-6 exit; 0 P1 6-16 exit; 0 P3 16-18 exit; 0 P4 18-19 exit",
           "P1 f=16 w=6 r=6 t=16; P2 f=1 w=0 r=0 t=1; P3 f=18 w=16 r=16 t=18; P4 f=19 w=18 r=18 t=19; "
           "P5 f=6 w=1 r=1 t=6",
           {12.0, 8.2, 8.2, 19, 1.0, 5.0 / 19, 4});
    // higher-first: P4(5) 0-1, P3(4) 1-3, P1(3) 3-13, P5(2) 13-18, P2(1) 18-19.
    // waiting 3 18 1 0 13 -> 7; turnaround 13 19 3 1 18 -> 10.8.
    addRow("priority non-preemptive higher-first", textbookPriority("priority").higherFirst(),
           "0 P4 0-1 exit; 0 P3 1-3 exit; 0 P1 3-13 exit; 0 P5 13-18 exit; 0 P2 18-19 exit",
           "P1 f=13 w=3 r=3 t=13; P2 f=19 w=18 r=18 t=19; P3 f=3 w=1 r=1 t=3; P4 f=1 w=0 r=0 t=1; "
           "P5 f=18 w=13 r=13 t=18",
           {10.8, 7.0, 7.0, 19, 1.0, 5.0 / 19, 4});
    // Non-preemptive: the urgent P2 arriving at 1 waits for P1: P1 0-5, P2 5-7.
    addRow("priority non-preemptive keeps the CPU",
           ScenarioBuilder("priority").process("P1", 0, {5}, 3).process("P2", 1, {2}, 1),
           "0 P1 0-5 exit; 0 P2 5-7 exit", "P1 f=5 w=0 r=0 t=5; P2 f=7 w=4 r=4 t=6",
           {5.5, 2.0, 2.0, 7, 1.0, 2.0 / 7, 1});
    // Preemptive, lower first. (arrival, burst, prio): P1 (0,4,3) P2 (1,3,2)
    // P3 (2,1,1) P4 (3,5,4). t1 P2 preempts P1; t2 P3 preempts P2; t3 P3
    // exits, P4 arrives, ready P1(3) P2(2) P4(4): P2 3-5; P1 5-8; P4 8-13.
    addRow("priority preemptive",
           ScenarioBuilder("priority")
               .preemptive()
               .process("P1", 0, {4}, 3)
               .process("P2", 1, {3}, 2)
               .process("P3", 2, {1}, 1)
               .process("P4", 3, {5}, 4),
           "0 P1 0-1 preempted; 0 P2 1-2 preempted; 0 P3 2-3 exit; 0 P2 3-5 exit; 0 P1 5-8 exit; "
           "0 P4 8-13 exit",
           "P1 f=8 w=4 r=0 t=8; P2 f=5 w=1 r=0 t=4; P3 f=3 w=0 r=0 t=1; P4 f=13 w=5 r=5 t=10",
           {23.0 / 4, 10.0 / 4, 5.0 / 4, 13, 1.0, 4.0 / 13, 5});
    // Preemptive, higher first: P2 (prio 5) arriving at 1 preempts P1 (prio 1).
    addRow("priority preemptive higher-first",
           ScenarioBuilder("priority")
               .preemptive()
               .higherFirst()
               .process("P1", 0, {3}, 1)
               .process("P2", 1, {2}, 5),
           "0 P1 0-1 preempted; 0 P2 1-3 exit; 0 P1 3-5 exit", "P1 f=5 w=2 r=0 t=5; P2 f=3 w=0 r=0 t=2",
           {3.5, 1.0, 0.0, 5, 1.0, 2.0 / 5, 2});

    // ------------------------------------------------------------------ rr
    // q=4 on 24/3/3: P1 0-4, P2 4-7, P3 7-10, then P1 alone: its slice is
    // renewed at 14, 18, 22, 26 (no switch), its burst ends at 30 with the
    // slice (counts as exit). waiting 6, 4, 7 -> 17/3.
    addRow(
        "rr q=4 24/3/3",
        ScenarioBuilder("rr").quantum(4).process("P1", 0, {24}).process("P2", 0, {3}).process("P3", 0, {3}),
        "0 P1 0-4 slice-expired; 0 P2 4-7 exit; 0 P3 7-10 exit; 0 P1 10-14 renewed; 0 P1 14-18 renewed; "
        "0 P1 18-22 renewed; 0 P1 22-26 renewed; 0 P1 26-30 exit",
        "P1 f=30 w=6 r=0 t=30; P2 f=7 w=4 r=4 t=7; P3 f=10 w=7 r=7 t=10",
        {47.0 / 3, 17.0 / 3, 11.0 / 3, 30, 1.0, 0.1, 3});
    // q=2, arrivals mid-run, (arrival, burst): P1 (0,5) P2 (1,3) P3 (2,1)
    // P4 (3,2) P5 (4,3). Queue: t2 P3 arrives before expired P1 -> [P2 P3 P1];
    // t4 P5 arrives before expired P2 -> [P3 P1 P4 P5 P2]; t7 [P4 P5 P2 P1];
    // t11 [P2 P1 P5]. Gantt P1 P2 P3 P1 P4 P5 P2 P1 P5.
    addRow("rr q=2 arrivals mid-run",
           ScenarioBuilder("rr")
               .quantum(2)
               .process("P1", 0, {5})
               .process("P2", 1, {3})
               .process("P3", 2, {1})
               .process("P4", 3, {2})
               .process("P5", 4, {3}),
           "0 P1 0-2 slice-expired; 0 P2 2-4 slice-expired; 0 P3 4-5 exit; 0 P1 5-7 slice-expired; "
           "0 P4 7-9 exit; 0 P5 9-11 slice-expired; 0 P2 11-12 exit; 0 P1 12-13 exit; 0 P5 13-14 exit",
           "P1 f=13 w=8 r=0 t=13; P2 f=12 w=8 r=1 t=11; P3 f=5 w=2 r=2 t=3; P4 f=9 w=4 r=4 t=6; "
           "P5 f=14 w=7 r=5 t=10",
           {43.0 / 5, 29.0 / 5, 12.0 / 5, 14, 1.0, 5.0 / 14, 8});
    // q=2, switch cost 1: P1 0-2 (first load is free); P2 switch 2-3, runs
    // 3-5 (its quantum starts after the switch); P1 switch 5-6, runs 6-7.
    addRow("rr q=2 context switch 1",
           ScenarioBuilder("rr").quantum(2).contextSwitch(1).process("P1", 0, {3}).process("P2", 0, {2}),
           "0 P1 0-2 slice-expired; 0 sw P2 2-3; 0 P2 3-5 exit; 0 sw P1 5-6; 0 P1 6-7 exit",
           "P1 f=7 w=4 r=0 t=7; P2 f=5 w=3 r=3 t=5", {6.0, 3.5, 1.5, 7, 5.0 / 7, 2.0 / 7, 2});

    // ---------------------------------------------------------------- hrrn
    // Stallings: A (0,3) B (2,6) C (4,4) D (6,5) E (8,2). A 0-3, B 3-9 (alone);
    // t9: C 9/4, D 8/5, E 3/2 -> C 9-13; t13: D 12/5, E 7/2 -> E 13-15, D 15-20.
    addRow(
        "hrrn stallings",
        ScenarioBuilder("hrrn")
            .process("A", 0, {3})
            .process("B", 2, {6})
            .process("C", 4, {4})
            .process("D", 6, {5})
            .process("E", 8, {2}),
        "0 A 0-3 exit; 0 B 3-9 exit; 0 C 9-13 exit; 0 E 13-15 exit; 0 D 15-20 exit",
        "A f=3 w=0 r=0 t=3; B f=9 w=1 r=1 t=7; C f=13 w=5 r=5 t=9; D f=20 w=9 r=9 t=14; E f=15 w=5 r=5 t=7",
        {8.0, 4.0, 4.0, 20, 1.0, 5.0 / 20, 4});

    // ---------------------------------------------------------------- mlfq
    // levels [2,4,0]; P1 (0,10) P2 (1,3). t1 P2 same level: no preemption.
    // t2 P1 expires, P2 ready -> P1 to level 1; P2 2-4 expires -> level 1
    // behind P1; P1 (level 1, q4) 4-8 expires -> level 2; P2 8-9; P1 (FCFS) 9-13.
    addRow("mlfq demotion [2,4,0]",
           ScenarioBuilder("mlfq").levels({2, 4, 0}).process("P1", 0, {10}).process("P2", 1, {3}),
           "0 P1 0-2 slice-expired; 0 P2 2-4 slice-expired; 0 P1 4-8 slice-expired; 0 P2 8-9 exit; "
           "0 P1 9-13 exit",
           "P1 f=13 w=3 r=0 t=13; P2 f=9 w=5 r=1 t=8", {10.5, 4.0, 0.5, 13, 1.0, 2.0 / 13, 4});
    // levels [2,4,0]; P1 (0,10) P2 (3,2). t2 P1 alone: renewed, demoted to
    // level 1 (fresh slice of 4). t3 P2 (level 0) preempts P1 (level 1), which
    // keeps level 1; P2 3-5; P1 5-9 (q4) renewed -> level 2; 9-12.
    addRow("mlfq preemption keeps level",
           ScenarioBuilder("mlfq").levels({2, 4, 0}).process("P1", 0, {10}).process("P2", 3, {2}),
           "0 P1 0-2 renewed; 0 P1 2-3 preempted; 0 P2 3-5 exit; 0 P1 5-9 renewed; 0 P1 9-12 exit",
           "P1 f=12 w=2 r=0 t=12; P2 f=5 w=0 r=0 t=2", {7.0, 1.0, 0.0, 12, 1.0, 2.0 / 12, 2});
    // Same with "preemptive": false: P1 0-2 renewed (level 1), 2-6 expires
    // with P2 ready -> level 2; P2 6-8; P1 8-12.
    addRow("mlfq non-preemptive",
           ScenarioBuilder("mlfq")
               .levels({2, 4, 0})
               .mlfqPreemptive(false)
               .process("P1", 0, {10})
               .process("P2", 3, {2}),
           "0 P1 0-2 renewed; 0 P1 2-6 slice-expired; 0 P2 6-8 exit; 0 P1 8-12 exit",
           "P1 f=12 w=2 r=0 t=12; P2 f=8 w=3 r=3 t=5", {8.5, 2.5, 1.5, 12, 1.0, 2.0 / 12, 2});
    // levels [2,0], no boost: P1 0-2 -> level 1; P2 2-4 -> level 1; P1 (FCFS)
    // 4-8; P2 8-12.
    addRow("mlfq [2,0] without boost",
           ScenarioBuilder("mlfq").levels({2, 0}).process("P1", 0, {6}).process("P2", 0, {6}),
           "0 P1 0-2 slice-expired; 0 P2 2-4 slice-expired; 0 P1 4-8 exit; 0 P2 8-12 exit",
           "P1 f=8 w=2 r=0 t=8; P2 f=12 w=6 r=2 t=12", {10.0, 4.0, 1.0, 12, 1.0, 2.0 / 12, 3});
    // boost 4: at t4 the boost (after step 2) lifts the waiting P1 to level 0,
    // then step 3 demotes the expired P2 to level 1. P1 (level 0, q2) 4-6
    // expires -> level 1 behind P2; P2 (FCFS) 6-10 (the boost at 8 lifts both,
    // nobody is strictly better); P1 (level 0 again) 10-12.
    addRow("mlfq [2,0] boost 4",
           ScenarioBuilder("mlfq").levels({2, 0}).boost(4).process("P1", 0, {6}).process("P2", 0, {6}),
           "0 P1 0-2 slice-expired; 0 P2 2-4 slice-expired; 0 P1 4-6 slice-expired; 0 P2 6-10 exit; "
           "0 P1 10-12 exit",
           "P1 f=12 w=6 r=0 t=12; P2 f=10 w=4 r=2 t=10", {11.0, 5.0, 1.0, 12, 1.0, 2.0 / 12, 4});

    // -------------------------------------------------------------- manual
    // Nothing runs until moved: arrivals at 0 and 2 only queue. At 2 P1 is
    // dispatched by hand (2-5). At 5 P2 by hand (5-7, then I/O 7-10). At 10 P2
    // is Ready again and is dispatched by hand (same CPU, no switch): 10-11.
    addRow("manual", ScenarioBuilder("manual").process("P1", 0, {3}).process("P2", 2, {2, 3, 1}),
           "0 P1 2-5 exit; 0 P2 5-7 wait; 0 P2 10-11 exit", "P1 f=5 w=2 r=2 t=5; P2 f=11 w=3 r=3 t=9",
           {7.0, 2.5, 2.5, 11, 6.0 / 11, 2.0 / 11, 1},
           Moves{{2, "P1", ProcessState::Running},
                 {5, "P2", ProcessState::Running},
                 {10, "P2", ProcessState::Running}});

    // ----------------------------------------------------------------- I/O
    // fcfs, P1 (0; 3,5,2) P2 (0; 4) P3 (1; 2,2,2). P1 0-3 then I/O 3-8; P2
    // 3-7; P3 7-9 then I/O 9-11; P1 (ready at 8) 9-11; P3 11-13.
    addRow(
        "io fcfs cpu/io/cpu",
        ScenarioBuilder("fcfs").process("P1", 0, {3, 5, 2}).process("P2", 0, {4}).process("P3", 1, {2, 2, 2}),
        "0 P1 0-3 wait; 0 P2 3-7 exit; 0 P3 7-9 wait; 0 P1 9-11 exit; 0 P3 11-13 exit",
        "P1 f=11 w=1 r=0 t=11; P2 f=7 w=3 r=3 t=7; P3 f=13 w=6 r=6 t=12",
        {10.0, 10.0 / 3, 3.0, 13, 1.0, 3.0 / 13, 4});
    // srtf, P1 (0; 1,2,1) P2 (0; 6): P1 0-1, I/O 1-3; P2 1-3; at 3 P1's next
    // burst (1) < P2's remaining 4: preempts. P1 3-4, P2 4-8.
    addRow("io srtf", ScenarioBuilder("srtf").process("P1", 0, {1, 2, 1}).process("P2", 0, {6}),
           "0 P1 0-1 wait; 0 P2 1-3 preempted; 0 P1 3-4 exit; 0 P2 4-8 exit",
           "P1 f=4 w=0 r=0 t=4; P2 f=8 w=2 r=1 t=8", {6.0, 1.0, 0.5, 8, 1.0, 2.0 / 8, 3});
    // rr q=2, P1 (0; 3,4,1) P2 (0; 2): P1 0-2, P2 2-4, P1 4-5 then I/O 5-9,
    // CPU idle, P1 9-10 on the CPU it last ran on (no switch). busy 6/10.
    addRow("io rr with idle CPU",
           ScenarioBuilder("rr").quantum(2).process("P1", 0, {3, 4, 1}).process("P2", 0, {2}),
           "0 P1 0-2 slice-expired; 0 P2 2-4 exit; 0 P1 4-5 wait; 0 P1 9-10 exit",
           "P1 f=10 w=2 r=0 t=10; P2 f=4 w=2 r=2 t=4", {7.0, 2.0, 1.0, 10, 0.6, 0.2, 2});

    // ------------------------------------------------------------ 2 CPUs
    // fcfs, P1 (0,5) P2 (0,3) P3 (1,4) P4 (2,2): CPU0 P1 0-5, CPU1 P2 0-3;
    // CPU1 P3 3-7; CPU0 P4 5-7.
    addRow("2 cpus fcfs",
           ScenarioBuilder("fcfs")
               .cpus(2)
               .process("P1", 0, {5})
               .process("P2", 0, {3})
               .process("P3", 1, {4})
               .process("P4", 2, {2}),
           "0 P1 0-5 exit; 1 P2 0-3 exit; 1 P3 3-7 exit; 0 P4 5-7 exit",
           "P1 f=5 w=0 r=0 t=5; P2 f=3 w=0 r=0 t=3; P3 f=7 w=2 r=2 t=6; P4 f=7 w=3 r=3 t=5",
           {19.0 / 4, 5.0 / 4, 5.0 / 4, 7, 1.0, 4.0 / 7, 2});
    // rr q=2, P1 5, P2 3, P3 2 at 0: CPU0 P1, CPU1 P2; t2 both expire, queued
    // in CPU order -> [P3 P1 P2]: CPU0 P3 2-4, CPU1 P1 2-4; t4 P3 exits, P1
    // expires -> [P2 P1]: CPU0 P2 4-5, CPU1 P1 4-5 (P1 back on CPU1: no switch).
    addRow("2 cpus rr q=2",
           ScenarioBuilder("rr")
               .quantum(2)
               .cpus(2)
               .process("P1", 0, {5})
               .process("P2", 0, {3})
               .process("P3", 0, {2}),
           "0 P1 0-2 slice-expired; 1 P2 0-2 slice-expired; 0 P3 2-4 exit; 1 P1 2-4 slice-expired; "
           "0 P2 4-5 exit; 1 P1 4-5 exit",
           "P1 f=5 w=0 r=0 t=5; P2 f=5 w=2 r=0 t=5; P3 f=4 w=2 r=2 t=4",
           {14.0 / 3, 4.0 / 3, 2.0 / 3, 5, 1.0, 3.0 / 5, 3});
    // srtf, P1 (0,8) P2 (0,6) P3 (1,2): at 0 CPU0 takes the best, P2 (6),
    // CPU1 P1 (8). t1 P3 beats both; the worst running is P1 (7 left) on
    // CPU1: CPU1 P3 1-3, then P1 3-10. busy 16 / (2 * 10).
    addRow("2 cpus srtf",
           ScenarioBuilder("srtf").cpus(2).process("P1", 0, {8}).process("P2", 0, {6}).process("P3", 1, {2}),
           "0 P2 0-6 exit; 1 P1 0-1 preempted; 1 P3 1-3 exit; 1 P1 3-10 exit",
           "P1 f=10 w=2 r=0 t=10; P2 f=6 w=0 r=0 t=6; P3 f=3 w=0 r=0 t=2",
           {6.0, 2.0 / 3, 0.0, 10, 0.8, 3.0 / 10, 2});
    // rr q=3, 2 CPUs, switch 1, P1 (0; 4,2,2) P2 (0; 5) P3 (1; 3).
    // t0 CPU0 P1, CPU1 P2 (fresh CPUs, free). t3 both expire -> [P3 P1 P2];
    // CPU0 sw 3-4, P3 4-7; CPU1 sw 3-4, P1 4-5 then I/O 5-7; CPU1 sw 5-6, P2
    // 6-8; t7 P3 exits, P1 back: CPU0 (last held P3) sw 7-8, P1 8-10.
    addRow("2 cpus rr switch 1 with io",
           ScenarioBuilder("rr")
               .quantum(3)
               .cpus(2)
               .contextSwitch(1)
               .process("P1", 0, {4, 2, 2})
               .process("P2", 0, {5})
               .process("P3", 1, {3}),
           "0 P1 0-3 slice-expired; 1 P2 0-3 slice-expired; 0 sw P3 3-4; 1 sw P1 3-4; 0 P3 4-7 exit; "
           "1 P1 4-5 wait; 1 sw P2 5-6; 1 P2 6-8 exit; 0 sw P1 7-8; 0 P1 8-10 exit",
           "P1 f=10 w=2 r=0 t=10; P2 f=8 w=3 r=0 t=8; P3 f=7 w=3 r=3 t=6",
           {8.0, 8.0 / 3, 1.0, 10, 0.7, 0.3, 4});

    // ----------------------------------------------------- context switch
    // fcfs switch 1 on 24/3/3: P1 0-24 (first load free), sw 24-25, P2 25-28,
    // sw 28-29, P3 29-32. Switch slices count as waiting, not as busy time.
    addRow("fcfs context switch 1",
           ScenarioBuilder("fcfs")
               .contextSwitch(1)
               .process("P1", 0, {24})
               .process("P2", 0, {3})
               .process("P3", 0, {3}),
           "0 P1 0-24 exit; 0 sw P2 24-25; 0 P2 25-28 exit; 0 sw P3 28-29; 0 P3 29-32 exit",
           "P1 f=24 w=0 r=0 t=24; P2 f=28 w=25 r=25 t=28; P3 f=32 w=29 r=29 t=32",
           {28.0, 18.0, 18.0, 32, 30.0 / 32, 3.0 / 32, 2});
}

void TestPolicies::examples()
{
    QFETCH(Scenario, scenario);
    QFETCH(Moves, moves);
    QFETCH(QStringList, slices);
    QFETCH(QStringList, processes);
    QFETCH(Totals, totals);

    checkScenarioValid(scenario);
    if (QTest::currentTestFailed())
        return;
    Engine engine(scenario);
    runWithMoves(engine, moves);
    if (QTest::currentTestFailed())
        return;

    compareLists(actualSlices(engine), sortedTokens(slices), "slices");
    if (QTest::currentTestFailed())
        return;
    const Metrics m = Metrics::of(engine);
    QCOMPARE(m.finished, int(scenario.processes.size()));
    compareLists(actualProcesses(m), processes, "processes");
    if (QTest::currentTestFailed())
        return;
    checkCpuIo(engine, m);
    if (QTest::currentTestFailed())
        return;
    checkTotals(m, totals);
}

// With the manual policy, arrivals queue but nothing is dispatched.
void TestPolicies::manualDispatchesNothing()
{
    const Scenario s =
        ScenarioBuilder("manual").cpus(2).process("P1", 0, {3}).process("P2", 2, {2, 3, 1}).build();
    checkScenarioValid(s);
    if (QTest::currentTestFailed())
        return;
    Engine engine(s);
    engine.run(1000);
    QCOMPARE(engine.now(), Tick(2));
    QVERIFY(!engine.finished());
    QVERIFY(engine.trace().slices.empty());
    QCOMPARE(engine.pcb(1).state, ProcessState::Ready);
    QCOMPARE(engine.pcb(2).state, ProcessState::Ready);
    QCOMPARE(engine.readyQueue(), (std::vector<int>{1, 2}));
    for (const CpuState& cpu : engine.cpus())
        QCOMPARE(cpu.pid, 0);
    // Nothing more can happen without a move.
    QVERIFY(!engine.stepEvent());
    QCOMPARE(engine.now(), Tick(2));
}

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"
