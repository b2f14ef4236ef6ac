// The invariant checker (issue #8): each invariant, broken once on purpose in
// a copy of a real run's state or trace, is caught and named; clean runs of
// every example, lesson and the producer-consumer lab report nothing; and an
// engine whose state breaks stops with the report.
#include "core/Engine.h"
#include "core/InvariantChecker.h"
#include "core/Lessons.h"
#include "core/ProducerConsumer.h"
#include "core/io/ScenarioFile.h"

#include <QDir>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(processlab::Scenario)

namespace processlab {

// Engine's friend: lets this test corrupt a running engine's state.
struct EngineTestAccess
{
    static EngineState& state(Engine& engine) { return engine.m_state; }
    static Trace& trace(Engine& engine) { return engine.m_trace; }
};

} // namespace processlab

using namespace processlab;

namespace {

constexpr Tick kFixtureTime = 11;

ProcessSpec process(const char* name, Tick arrival, Program program, Tick memory = 1)
{
    ProcessSpec p;
    p.name = QString::fromLatin1(name);
    p.arrival = arrival;
    p.memory = memory;
    p.program = std::move(program);
    return p;
}

Operation op(OperationKind kind, int target = 0)
{
    return Operation::make(kind, target);
}

// Two CPUs, round robin, switches, a memory pool, a bounded queue and a lock:
// at t = 11 it has processes in every state, items in the queue, a held
// lock, a process waiting for memory and finished burst programs.
Scenario fixtureScenario()
{
    Scenario s;
    s.title = QStringLiteral("invariants");
    s.cpus = 2;
    s.contextSwitch = 1;
    s.memory = 10;
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = 3;
    s.queues.push_back({QStringLiteral("q"), 4});
    s.locks << QStringLiteral("L");
    s.processes.push_back(process("Short", 0, programFromBursts({2})));
    s.processes.push_back(process("IoShort", 0, programFromBursts({1, 2, 1})));
    s.processes.push_back(process("Long", 0, programFromBursts({20}), 2));
    s.processes.push_back(process("IoLong", 0, programFromBursts({1, 30, 1})));
    s.processes.push_back(process("Big", 1, programFromBursts({3}), 8));
    s.processes.push_back(process("Producer", 0,
                                  {Operation::cpu(1), op(OperationKind::Put), op(OperationKind::Put),
                                   op(OperationKind::Put), Operation::cpu(40)}));
    s.processes.push_back(
        process("Consumer", 0, {Operation::sleep(50), op(OperationKind::Get), Operation::cpu(1)}));
    s.processes.push_back(
        process("Locker", 0, {op(OperationKind::Acquire), Operation::cpu(30), op(OperationKind::Release)}));
    return s;
}

struct Fixture
{
    Scenario scenario;
    EngineState state;
    Trace trace;

    int pid(const char* name) const { return scenario.indexOf(QString::fromLatin1(name)) + 1; }
    Pcb& pcb(const char* name) { return state.pcbs[size_t(pid(name) - 1)]; }
    // The first process in `state` (by pid), 0 = none.
    int firstIn(ProcessState s) const
    {
        for (const Pcb& p : state.pcbs) {
            if (p.state == s)
                return p.pid;
        }
        return 0;
    }
    Pcb& running() { return state.pcbs[size_t(state.cpus[0].pid - 1)]; }
    Pcb& ready() { return state.pcbs[size_t(firstIn(ProcessState::Ready) - 1)]; }
    void removeFromReady(const Pcb& p) { state.ready.erase({p.readyKey, p.readySeq, p.pid}); }
};

Fixture makeFixture()
{
    Fixture f;
    f.scenario = fixtureScenario();
    Engine engine(f.scenario);
    while (engine.now() < kFixtureTime && engine.stepEvent()) {
    }
    f.state = engine.state();
    f.trace = engine.trace();
    return f;
}

// One broken invariant: how to break it and the words the report must use.
struct Corruption
{
    const char* row;
    const char* expected;
    bool incremental; // only a checker that saw the state before can tell
    void (*apply)(Fixture&);
};

const Corruption kCorruptions[] = {
    // Each process is in exactly one state.
    {"running process also queued", "The ready queue holds an entry for Long", false,
     [](Fixture& f) {
         f.state.ready.insert({0, f.state.nextSeq++, f.state.cpus[0].pid});
     }},
    {"PCB state differs from the trace", "IoLong is Ready, but the trace last moved it to Blocked", false,
     [](Fixture& f) { f.pcb("IoLong").state = ProcessState::Ready; }},
    {"running without a CPU", "Big is Running but is not on a CPU", false,
     [](Fixture& f) { f.pcb("Big").state = ProcessState::Running; }},
    {"terminated without a finish time", "Short is Terminated but has no finish time", false,
     [](Fixture& f) { f.pcb("Short").finish = -1; }},
    {"blocked with nothing to wait for", "IoLong is Blocked with nothing to wait for", false,
     [](Fixture& f) { f.pcb("IoLong").wait = Pcb::Wait::None; }},
    {"illegal move in the trace", "IoLong moved from Blocked to Terminated at t = 11, which the five-state",
     false,
     [](Fixture& f) {
         f.trace.changes.push_back({f.state.now, f.pid("IoLong"), ProcessState::Blocked,
                                    ProcessState::Terminated, TransitionCause::Exit, -1, 0, false});
     }},
    // No more Running processes than CPUs, none on two CPUs.
    {"one process on two CPUs", "Long is on CPU 0 and on CPU 1 at once", false,
     [](Fixture& f) { f.state.cpus[1].pid = f.state.cpus[0].pid; }},
    {"more running processes than CPUs", "3 processes are Running, but there are only 2 CPUs", false,
     [](Fixture& f) {
         Pcb& p = f.ready();
         f.removeFromReady(p);
         p.state = ProcessState::Running;
         f.trace.changes.push_back({f.state.now, p.pid, ProcessState::Ready, ProcessState::Running,
                                    TransitionCause::Dispatch, 1, 0, false});
     }},
    // Time never goes back.
    {"clock goes back", "Time went back from t = 11 to t = 10", true, [](Fixture& f) { f.state.now -= 1; }},
    {"state changes out of order", "before the one recorded before it", false,
     [](Fixture& f) {
         for (size_t i = f.trace.changes.size() - 1; i > 0; --i) {
             if (f.trace.changes[i].time > f.trace.changes[i - 1].time) {
                 f.trace.changes[i - 1].time = f.trace.changes[i].time;
                 f.trace.changes[i].time -= 1;
                 return;
             }
         }
     }},
    {"state change after now", "after the current time t = 11", false,
     [](Fixture& f) { f.trace.changes.back().time = f.state.now + 5; }},
    // Slices on one CPU never overlap; busy CPUs have their open slice.
    {"slices overlap on a CPU", "Slices overlap on CPU 0", false,
     [](Fixture& f) {
         int previous = -1;
         for (size_t i = 0; i < f.trace.slices.size(); ++i) {
             Slice& s = f.trace.slices[i];
             if (s.cpu != 0)
                 continue;
             if (previous >= 0 && s.start > f.trace.slices[size_t(previous)].start) {
                 s.start = f.trace.slices[size_t(previous)].end - 1;
                 return;
             }
             previous = int(i);
         }
     }},
    {"open slice forgotten", "CPU 0 says its open slice is number -1", false,
     [](Fixture& f) { f.state.cpus[0].openSlice = -1; }},
    {"open slice behind the clock", "not at the current time t = 11", false,
     [](Fixture& f) { f.trace.slices[size_t(f.state.cpus[0].openSlice)].end -= 1; }},
    // CPU and I/O time.
    {"CPU time differs from the run slices", "Long has 4 ticks of CPU time, but its run slices add up to 3",
     false, [](Fixture& f) { f.running().cpuTime += 1; }},
    {"CPU busy time differs from its slices", "CPU 0 was busy for", false,
     [](Fixture& f) { f.state.cpus[0].busyTime += 1; }},
    {"Blocked time differs from the state changes", "IoLong has been Blocked for", false,
     [](Fixture& f) { f.pcb("IoLong").blockedTime += 2; }},
    {"finished with a different CPU total",
     "Short finished with 2 ticks of CPU time, but its CPU operations add up to 3", false,
     [](Fixture& f) { f.scenario.processes[size_t(f.pid("Short") - 1)].program[0].length += 1; }},
    {"finished with a different I/O total",
     "IoShort finished with 2 ticks of I/O, but its I/O and sleep operations add up to 3", false,
     [](Fixture& f) { f.scenario.processes[size_t(f.pid("IoShort") - 1)].program[1].length += 1; }},
    {"CPU time not from its operations", "the CPU operations it executed add up to", true,
     [](Fixture& f) { f.running().remaining -= 1; }},
    {"CPU time beyond its operation", "but its CPU operation had only", true,
     [](Fixture& f) { f.running().cpuTime += f.running().remaining + 1; }},
    // The ready queue holds exactly the Ready processes.
    {"ready process missing from the queue", "is Ready but not in the ready queue", false,
     [](Fixture& f) { f.removeFromReady(f.ready()); }},
    {"ready entry with a stale key", "waits in the ready queue with key 7, but the policy gives it 0", false,
     [](Fixture& f) {
         Pcb& p = f.ready();
         f.removeFromReady(p);
         p.readyKey = 7;
         f.state.ready.insert({p.readyKey, p.readySeq, p.pid});
     }},
    // Producer-consumer conservation.
    {"queue counts an item twice", "Queue q lost, duplicated or reordered items: 4 produced", false,
     [](Fixture& f) { f.state.queues[0].produced += 1; }},
    {"queue loses an item", "Queue q lost, duplicated or reordered items: 3 produced, 0 consumed, 2 in",
     false, [](Fixture& f) { f.state.queues[0].items.pop_back(); }},
    {"queue reorders items", "Queue q lost, duplicated or reordered items", false,
     [](Fixture& f) { std::swap(f.state.queues[0].items[0], f.state.queues[0].items[1]); }},
    {"queue above its capacity", "Queue q holds 3 items, more than its capacity 1", false,
     [](Fixture& f) { f.scenario.queues[0].capacity = 1; }},
    {"processes' item counts differ", "The processes put 4 items and took 0, but the queues counted 3 and 0",
     false, [](Fixture& f) { f.pcb("Producer").produced += 1; }},
    {"getter waits beside items", "Processes wait to take from queue q while it holds 3 items", false,
     [](Fixture& f) { f.state.queues[0].getters.push_back(f.pid("Consumer")); }},
    // Locks, wake-ups, admission, memory and the engine's counters.
    {"lock held by a terminated process", "Lock 0 is held by Short, which has terminated", false,
     [](Fixture& f) { f.state.locks[0].holder = f.pid("Short"); }},
    {"waiting outside the lock's wait list", "IoLong waits for lock 0 but is not in its wait list", false,
     [](Fixture& f) { f.pcb("IoLong").wait = Pcb::Wait::Lock; }},
    {"missed wake-up", "IoLong should have woken up at t = 10", false,
     [](Fixture& f) { f.pcb("IoLong").wakeAt = f.state.now - 1; }},
    {"wake-up never scheduled", "no wake-up is scheduled for it", false,
     [](Fixture& f) { f.state.wakeHeap.clear(); }},
    {"arrived process lost from admission", "Big has arrived but is neither admitted nor waiting for memory",
     false, [](Fixture& f) { f.state.admission.clear(); }},
    {"memory pool does not add up", "of the memory pool is free, but the pool of 10", false,
     [](Fixture& f) { f.state.memoryFree += 1; }},
    {"terminated counter off", "The engine counts 3 terminated processes, but 2 are Terminated", false,
     [](Fixture& f) { f.state.terminated += 1; }},
    {"live counter off", "live processes, but there are", false, [](Fixture& f) { f.state.live += 1; }},
};

QStringList englishTexts(const std::vector<Message>& problems)
{
    QStringList out;
    for (const Message& m : problems)
        out << m.englishText();
    return out;
}

// Runs `engine` to its end (or `limit`), checking itself after every step.
void runChecked(Engine& engine, Tick limit = 0)
{
    for (int steps = 0; steps < 2000000; ++steps) {
        if (limit > 0 && engine.now() >= limit)
            break;
        if (!engine.stepEvent())
            break;
    }
    QVERIFY2(engine.invariantViolation().isEmpty(), qPrintable(engine.invariantViolation().englishText()));
}

} // namespace

class TestInvariantChecker : public QObject
{
    Q_OBJECT

private slots:
    // The corruptions below rely on what the fixture has at t = 11.
    void fixtureHasEverything()
    {
        Fixture f = makeFixture();
        QCOMPARE(f.state.now, kFixtureTime);
        QVERIFY(InvariantChecker::check(f.scenario, f.state, f.trace).empty());
        QCOMPARE(f.state.cpus[0].pid, f.pid("Long"));
        QVERIFY(f.state.cpus[1].pid != 0);
        QVERIFY(!f.state.cpus[0].switching(f.state.now));
        QCOMPARE(f.running().cpuTime, Tick(3));
        QVERIFY(f.running().remaining >= 1);
        QVERIFY(f.firstIn(ProcessState::Ready) != 0);
        QCOMPARE(f.pcb("IoLong").state, ProcessState::Blocked);
        QCOMPARE(f.pcb("IoLong").wait, Pcb::Wait::Timed);
        QCOMPARE(f.pcb("Short").state, ProcessState::Terminated);
        QCOMPARE(f.pcb("IoShort").state, ProcessState::Terminated);
        QCOMPARE(f.state.terminated, 2);
        QCOMPARE(f.pcb("Big").state, ProcessState::New);
        QVERIFY(f.pcb("Big").arrived);
        QCOMPARE(f.state.queues[0].items.size(), size_t(3));
        QCOMPARE(f.state.queues[0].produced, qint64(3));
        QVERIFY(f.state.locks[0].holder != 0);
    }

    void catchesEachBrokenInvariant_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < std::size(kCorruptions); ++i)
            QTest::newRow(kCorruptions[i].row) << int(i);
    }

    void catchesEachBrokenInvariant()
    {
        QFETCH(int, index);
        const Corruption& corruption = kCorruptions[index];
        Fixture f = makeFixture();
        std::vector<Message> problems;
        if (corruption.incremental) {
            InvariantChecker checker(f.scenario);
            QVERIFY(checker.resync(f.state, f.trace).empty());
            corruption.apply(f);
            problems = checker.checkStep(f.state, f.trace);
        } else {
            corruption.apply(f);
            problems = InvariantChecker::check(f.scenario, f.state, f.trace);
        }
        const QStringList texts = englishTexts(problems);
        const QString expected = QString::fromLatin1(corruption.expected);
        const bool found = std::any_of(texts.begin(), texts.end(),
                                       [&expected](const QString& text) { return text.contains(expected); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected \u201c%1\u201d among:\n  %2")
                                       .arg(expected, texts.join(QStringLiteral("\n  ")))));
    }

    void cleanRunsReportNothing_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<Tick>("limit");
        QTest::newRow("fixture") << fixtureScenario() << Tick(0);
        const QDir examples(QStringLiteral(PROCESSLAB_SOURCE_DIR "/resources/examples"));
        const QStringList files = examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files) {
            const ScenarioLoad load = ScenarioFile::load(examples.filePath(file));
            QVERIFY2(load.ok(), qPrintable(load.errorText()));
            QTest::newRow(qPrintable(file)) << *load.scenario << Tick(0);
        }
        for (const lessons::Topic topic : lessons::topics()) {
            const std::vector<lessons::Variant> variants = lessons::variants(topic);
            for (size_t v = 0; v < variants.size(); ++v) {
                QTest::addRow("lesson %s %zu", qPrintable(lessons::topicId(topic)), v)
                    << variants[v].scenario << variants[v].timeLimit;
            }
        }
        ProducerConsumerConfig bounded;
        bounded.capacity = 30;
        for (const auto& [name, config] : {std::pair{"producer-consumer", ProducerConsumerConfig{}},
                                           std::pair{"producer-consumer bounded", bounded}}) {
            QTest::newRow(name) << ProducerConsumer::build(
                                       config, ProducerConsumer::defaultBase(QStringLiteral("PC")))
                                << Tick(20000);
        }
    }

    void cleanRunsReportNothing()
    {
        QFETCH(Scenario, scenario);
        QFETCH(Tick, limit);
        Engine engine(scenario);
        engine.setInvariantChecking(true);
        runChecked(engine, limit);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(engine.now() > 0);
        const QStringList fromScratch = englishTexts(InvariantChecker::check(engine));
        QVERIFY2(fromScratch.isEmpty(), qPrintable(fromScratch.join(QLatin1Char('\n'))));
        // Stepping back resynchronises the checker with the restored state.
        for (int i = 0; i < 5 && engine.canStepBack(); ++i)
            QVERIFY(engine.stepBack());
        QVERIFY2(engine.invariantViolation().isEmpty(),
                 qPrintable(engine.invariantViolation().englishText()));
        QVERIFY(engine.stepEvent() || engine.finished() || !engine.nextEventTime());
        QVERIFY2(engine.invariantViolation().isEmpty(),
                 qPrintable(engine.invariantViolation().englishText()));
    }

    void engineStopsWhenAnInvariantBreaks()
    {
        const Scenario s = fixtureScenario();
        Engine engine(s);
        engine.setInvariantChecking(true);
        while (engine.now() < kFixtureTime)
            QVERIFY(engine.stepEvent());
        const int running = s.indexOf(QStringLiteral("Long")) + 1;
        QCOMPARE(engine.cpus()[0].pid, running);
        EngineTestAccess::state(engine).pcbs[size_t(running - 1)].cpuTime += 1;

        // The step that finds it is kept, so the state can be looked at.
        const Tick before = engine.now();
        QVERIFY(engine.stepEvent());
        QVERIFY(engine.now() > before);
        const InvariantViolation& violation = engine.invariantViolation();
        QVERIFY(!violation.isEmpty());
        QCOMPARE(violation.time, engine.now());
        QCOMPARE(violation.events, engine.eventCount());
        QVERIFY2(violation.englishText().contains(QStringLiteral("Long has")),
                 qPrintable(violation.englishText()));
        QVERIFY(violation.englishText().startsWith(QStringLiteral("Internal error")));
        QVERIFY(!violation.summary().contains(QLatin1Char('\n')));
        QVERIFY(violation.summary().contains(violation.problems.front().text()));

        // Everything after it is refused.
        const EngineState stopped = engine.state();
        const Trace stoppedTrace = engine.trace();
        QVERIFY(!engine.stepEvent());
        QVERIFY(!engine.stepTick());
        QVERIFY(!engine.run(10));
        QVERIFY(!engine.stepBack());
        const int ready = engine.readyQueue().empty() ? 0 : engine.readyQueue().front();
        QVERIFY(ready != 0);
        const TransitionResult move = engine.requestTransition(ready, ProcessState::Running);
        QVERIFY(!move.ok);
        QVERIFY(move.reason.englishText().contains(QStringLiteral("internal error")));
        QVERIFY(!engine.checkTransition(ready, ProcessState::Running).ok);
        QVERIFY(engine.state() == stopped);
        QVERIFY(engine.trace() == stoppedTrace);

        // Reset starts a clean run.
        engine.reset();
        QVERIFY(engine.invariantViolation().isEmpty());
        runChecked(engine);
        QVERIFY(engine.finished());
    }

    void switchedOffItSeesNothing()
    {
        Engine engine(fixtureScenario());
        engine.setInvariantChecking(false);
        QVERIFY(!engine.invariantChecking());
        QVERIFY(engine.stepEvent());
        EngineTestAccess::state(engine).cpus[0].busyTime += 5;
        engine.run();
        QVERIFY(engine.finished());
        QVERIFY(engine.invariantViolation().isEmpty());
        // Switching it on checks the state at once.
        engine.setInvariantChecking(true);
        QVERIFY(engine.invariantChecking());
        QVERIFY(!engine.invariantViolation().isEmpty());
        QVERIFY(engine.invariantViolation().englishText().contains(QStringLiteral("CPU 0 was busy")));
    }

    void corruptedTraceStopsTheEngine()
    {
        Engine engine(fixtureScenario());
        engine.setInvariantChecking(true);
        QVERIFY(engine.stepEvent());
        QVERIFY(engine.stepEvent());
        Trace& trace = EngineTestAccess::trace(engine);
        QVERIFY(!trace.changes.empty());
        trace.changes.push_back(trace.changes.back()); // the same move twice
        QVERIFY(engine.stepEvent());
        QVERIFY(
            engine.invariantViolation().englishText().contains(QStringLiteral("but the trace had it in")));
        QVERIFY(!engine.stepEvent());
    }

    void defaultFollowsBuildAndEnvironment()
    {
        const QByteArray saved = qgetenv("PROCESSLAB_CHECK_INVARIANTS");
        const bool wasSet = qEnvironmentVariableIsSet("PROCESSLAB_CHECK_INVARIANTS");
        const Scenario s = fixtureScenario();
        qputenv("PROCESSLAB_CHECK_INVARIANTS", "1");
        QVERIFY(Engine::invariantCheckingByDefault());
        QVERIFY(Engine(s).invariantChecking());
        qputenv("PROCESSLAB_CHECK_INVARIANTS", "0");
        QVERIFY(!Engine::invariantCheckingByDefault());
        QVERIFY(!Engine(s).invariantChecking());
        qunsetenv("PROCESSLAB_CHECK_INVARIANTS");
#ifdef NDEBUG
        QVERIFY(!Engine(s).invariantChecking());
#else
        QVERIFY(Engine(s).invariantChecking());
#endif
        if (wasSet)
            qputenv("PROCESSLAB_CHECK_INVARIANTS", saved);
    }

    void reportIsCapped()
    {
        Fixture f = makeFixture();
        for (Pcb& p : f.state.pcbs) {
            p.cpuTime += 100;     // its run slices disagree
            p.blockedTime += 100; // and its state changes
        }
        const std::vector<Message> problems = InvariantChecker::check(f.scenario, f.state, f.trace);
        QCOMPARE(int(problems.size()), InvariantChecker::kMaxProblems + 1);
        QVERIFY(problems.back().englishText().endsWith(QStringLiteral("more problems.")));
    }
};

QTEST_GUILESS_MAIN(TestInvariantChecker)
#include "tst_invariantchecker.moc"
