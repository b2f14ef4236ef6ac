// Property tests (issue #8). Thousands of random scenarios, for every policy
// and 1 to 8 CPUs, burst and general programs (queues, locks, loops, spawn,
// join, daemons) and the producer-consumer lab, played with random events,
// ticks, manual moves (refused ones included) and step-backs interleaved:
// - after every action every invariant holds (the engine checks itself after
//   each step, and the test checks from scratch every few actions);
// - stepping back restores exactly the state and trace of before, and stepping
//   forward again with the same actions gives them again;
// - the scenario saved and loaded again, with the same actions, gives the
//   identical trace and state, with history on and off.
//
// Reproducible: scenario i of a row is built from seed (row seed + i). A
// failure prints the seed, the command that runs that scenario alone, the
// scenario file and the actions. PROCESSLAB_PROPERTY_ITERATIONS sets the
// scenarios per row (default kDefaultIterations, sized so the whole test takes
// well under a minute in a Release build); PROCESSLAB_PROPERTY_SEED replaces
// the row seeds.
#include "core/Engine.h"
#include "core/InvariantChecker.h"
#include "core/PolicyRegistry.h"
#include "core/ProducerConsumer.h"
#include "core/io/ScenarioFile.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <optional>
#include <vector>

using namespace processlab;

namespace {

// Scenarios per policy: about 20 s in all in a Release build, 30 s in a debug
// build (slower, so fewer), on the 2-core machine CI uses.
#ifdef NDEBUG
constexpr int kDefaultIterations = 2500;
#else
constexpr int kDefaultIterations = 400;
#endif
constexpr int kMaxActions = 240;
constexpr int kScratchCheckEvery = 20; // actions between from-scratch checks

using K = OperationKind;

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// FNV-1a: a row's seed from its name, the same on every machine and run.
quint32 rowSeed(const QString& row)
{
    quint32 h = 2166136261u;
    for (const char c : row.toLatin1()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

int pick(QRandomGenerator& rng, int count)
{
    return int(rng.bounded(quint32(count)));
}

bool chance(QRandomGenerator& rng, int percent)
{
    return pick(rng, 100) < percent;
}

Tick ticks(QRandomGenerator& rng, int max)
{
    return Tick(1 + pick(rng, max));
}

PolicyConfig randomPolicy(QRandomGenerator& rng, const QString& name)
{
    PolicyConfig p;
    p.name = name;
    p.quantum = ticks(rng, 6);
    p.preemptive = chance(rng, 50);
    p.priorityOrder = chance(rng, 50) ? PriorityOrder::LowerFirst : PriorityOrder::HigherFirst;
    p.newBeforePreempted = chance(rng, 70);
    p.levels.clear();
    const int levels = 1 + pick(rng, 3);
    for (int i = 0; i < levels; ++i)
        p.levels.push_back(ticks(rng, 6));
    if (chance(rng, 50))
        p.levels.back() = 0; // the last level may be FCFS
    p.boost = chance(rng, 40) ? Tick(5 + pick(rng, 30)) : 0;
    p.mlfqPreemptive = chance(rng, 70);
    return p;
}

Operation op(K kind, int target = 0, qint64 value = 0, int jump = 0)
{
    return Operation::make(kind, target, value, jump);
}

// A small random program over the scenario's queues, locks and processes.
Program randomProgram(QRandomGenerator& rng, const Scenario& s, int processCount,
                      const std::vector<int>& spawnable)
{
    Program program;
    const int queues = int(s.queues.size());
    const int locks = int(s.locks.size());
    const int statements = 1 + pick(rng, 6);
    for (int i = 0; i < statements; ++i) {
        switch (pick(rng, 11)) {
        case 0:
        case 1:
            program.push_back(Operation::cpu(ticks(rng, 6)));
            break;
        case 2:
            program.push_back(Operation::io(ticks(rng, 6)));
            break;
        case 3:
            program.push_back(Operation::sleep(ticks(rng, 4)));
            break;
        case 4:
            if (queues > 0)
                program.push_back(
                    op(chance(rng, 70) ? K::Put : K::PutGlobal, pick(rng, queues), pick(rng, kGlobals)));
            else
                program.push_back(Operation::cpu(ticks(rng, 3)));
            break;
        case 5:
            if (queues > 0)
                program.push_back(
                    op(chance(rng, 70) ? K::Get : K::GetGlobal, pick(rng, queues), pick(rng, kGlobals)));
            else
                program.push_back(Operation::io(ticks(rng, 3)));
            break;
        case 6:
            if (locks > 0) {
                const int lock = pick(rng, locks);
                program.push_back(op(K::Acquire, lock));
                program.push_back(Operation::cpu(ticks(rng, 3)));
                if (chance(rng, 90)) // sometimes it exits holding the lock
                    program.push_back(op(K::Release, lock));
            } else {
                program.push_back(op(K::AddGlobal, pick(rng, kGlobals), pick(rng, 5)));
            }
            break;
        case 7: {
            // A counted loop, never nested, so it always ends.
            const int counter = pick(rng, kCounters);
            program.push_back(op(K::Repeat, counter, 1 + pick(rng, 4)));
            const int body = int(program.size());
            program.push_back(Operation::cpu(ticks(rng, 2)));
            if (queues > 0 && chance(rng, 50))
                program.push_back(op(chance(rng, 50) ? K::Put : K::Get, pick(rng, queues)));
            program.push_back(op(K::Loop, counter, 0, body));
            break;
        }
        case 8:
            if (!spawnable.empty())
                program.push_back(op(K::Spawn, spawnable[size_t(pick(rng, int(spawnable.size())))]));
            else
                program.push_back(Operation::cpu(ticks(rng, 2)));
            break;
        case 9:
            program.push_back(op(K::Join, 1 + pick(rng, processCount)));
            break;
        case 10:
            if (queues > 0) {
                // Skip the next operation depending on the queue's length.
                const int at = int(program.size());
                program.push_back(op(chance(rng, 50) ? K::JumpIfLess : K::JumpIfGreater, pick(rng, queues),
                                     pick(rng, 3), at + 2));
                program.push_back(Operation::cpu(ticks(rng, 3)));
                // Never to the end: Scenario::validate() allows "to" = the
                // program's length, but the file reader refuses it (reported).
                program.push_back(Operation::sleep(1));
            } else {
                program.push_back(Operation::sleep(ticks(rng, 2)));
            }
            break;
        }
    }
    return program;
}

std::vector<Tick> randomBursts(QRandomGenerator& rng)
{
    std::vector<Tick> bursts;
    const int count = 1 + 2 * pick(rng, 4);
    for (int i = 0; i < count; ++i)
        bursts.push_back(ticks(rng, 10));
    return bursts;
}

Scenario randomProducerConsumer(QRandomGenerator& rng, const PolicyConfig& policy, int cpus,
                                Tick contextSwitch)
{
    ProducerConsumerConfig c;
    c.producers = 1 + pick(rng, 2);
    c.consumers = 1 + pick(rng, 4);
    c.lowThreshold = pick(rng, 6);
    c.highThreshold = c.lowThreshold + 1 + pick(rng, 20);
    c.produceBatch = 1 + pick(rng, 12);
    c.consumeBatch = 1 + pick(rng, 8);
    c.secondsPerTick = 0.01;
    c.producerPause = 0.01 * double(1 + pick(rng, 10));
    c.consumerPause = 0.01 * double(1 + pick(rng, 10));
    c.capacity = chance(rng, 50) ? 0 : 1 + pick(rng, 20);
    c.produceCost = ticks(rng, 3);
    c.consumeCost = ticks(rng, 3);
    Scenario base = ProducerConsumer::defaultBase(QStringLiteral("random producer-consumer"));
    base.policy = policy;
    base.cpus = cpus;
    base.contextSwitch = contextSwitch;
    return ProducerConsumer::build(c, base);
}

Scenario randomScenario(QRandomGenerator& rng, const QString& policyName)
{
    const PolicyConfig policy = randomPolicy(rng, policyName);
    const int cpus = 1 + pick(rng, 8);
    const Tick contextSwitch = pick(rng, 3);
    if (chance(rng, 20))
        return randomProducerConsumer(rng, policy, cpus, contextSwitch);

    Scenario s;
    s.title = QStringLiteral("random");
    s.policy = policy;
    s.cpus = cpus;
    s.contextSwitch = contextSwitch;
    s.memory = chance(rng, 30) ? Tick(10 + pick(rng, 30)) : 0;
    const bool general = chance(rng, 50);
    if (general) {
        for (int g = 0; g < kGlobals; ++g)
            s.globalNames << QStringLiteral("g%1").arg(g);
        for (int q = pick(rng, 3); q > 0; --q)
            s.queues.push_back({QStringLiteral("q%1").arg(s.queues.size()), pick(rng, 4)});
        if (chance(rng, 50))
            s.locks << QStringLiteral("L");
    }
    const int count = 1 + pick(rng, 10);
    std::vector<int> spawnable;
    for (int i = 0; i < count; ++i) {
        ProcessSpec p;
        p.name = QStringLiteral("P%1").arg(i + 1);
        p.arrival = pick(rng, 20);
        p.priority = pick(rng, 7) - 3;
        p.memory = s.memory > 0 ? ticks(rng, int(s.memory)) : 0;
        if (general && i > 0 && chance(rng, 20)) {
            p.spawned = true;
            p.daemon = chance(rng, 50);
            spawnable.push_back(i + 1);
        }
        s.processes.push_back(std::move(p));
    }
    for (int i = 0; i < count; ++i) {
        ProcessSpec& p = s.processes[size_t(i)];
        if (p.daemon && chance(rng, 50)) {
            // A daemon that would run for ever: it ends with its parent.
            p.program = {Operation::cpu(ticks(rng, 2)), Operation::sleep(ticks(rng, 3)),
                         op(K::Jump, 0, 0, 0)};
        } else if (general && chance(rng, 70)) {
            p.program = randomProgram(rng, s, count, spawnable);
            // Only CPU and I/O operations are read as bursts, which must
            // alternate; a sleep makes it a general program.
            const bool onlyBursts = std::all_of(p.program.begin(), p.program.end(), [](const Operation& o) {
                return o.kind == K::Cpu || o.kind == K::Io;
            });
            if (onlyBursts && !isBurstForm(p.program))
                p.program.push_back(Operation::sleep(1));
        } else {
            p.program = programFromBursts(randomBursts(rng));
        }
    }
    return s;
}

enum class ActionKind
{
    Event,
    Tick,
    Move,
};

struct Action
{
    ActionKind kind = ActionKind::Event;
    int pid = 0;
    ProcessState target = ProcessState::New;
    int cpu = -1;

    QString text() const
    {
        switch (kind) {
        case ActionKind::Event:
            return QStringLiteral("event");
        case ActionKind::Tick:
            return QStringLiteral("tick");
        case ActionKind::Move:
            return QStringLiteral("move P#%1 -> %2 cpu %3").arg(pid).arg(stateId(target)).arg(cpu);
        }
        return {};
    }
};

// true when the action was taken as a step.
bool apply(Engine& engine, const Action& action)
{
    switch (action.kind) {
    case ActionKind::Event:
        return engine.stepEvent();
    case ActionKind::Tick:
        return engine.stepTick();
    case ActionKind::Move:
        return engine.requestTransition(action.pid, action.target, action.cpu).ok;
    }
    return false;
}

// What the sessions of a row did, printed so a change that makes the
// generator degenerate (nothing runs, every move refused) shows.
struct Tally
{
    qint64 steps = 0;
    qint64 moves = 0;
    qint64 stepBacks = 0;
    qint64 finished = 0;
};

struct Snapshot
{
    EngineState state;
    Trace trace;
};

// One random scenario played with random actions; run() returns what went
// wrong, empty when every property held.
class Session
{
public:
    Session(quint32 seed, const QString& policy, Tally* tally) : m_rng(seed), m_tally(tally)
    {
        m_scenario = randomScenario(m_rng, policy);
    }

    const Scenario& scenario() const { return m_scenario; }
    const QStringList& log() const { return m_log; }

    QString run()
    {
        if (const auto problem = m_scenario.validate())
            return QStringLiteral("the generator made an invalid scenario: ") + problem->text();
        Engine engine(m_scenario);
        engine.setInvariantChecking(true);
        m_history.push_back({engine.state(), engine.trace()});
        const int processes = int(m_scenario.processes.size());
        // A third of the sessions run deep (mostly events), the others
        // wander (many moves and step-backs).
        const bool deep = chance(m_rng, 33);
        const int events = deep ? 85 : 55;
        const int ticks = events + (deep ? 5 : 10);
        const int moves = ticks + (deep ? 6 : 25);
        for (int a = 0; a < (deep ? 2 * kMaxActions : kMaxActions); ++a) {
            const int roll = pick(m_rng, 100);
            QString error;
            if (roll < events) {
                act(engine, {ActionKind::Event});
            } else if (roll < ticks) {
                act(engine, {ActionKind::Tick});
            } else if (roll < moves) {
                Action move{ActionKind::Move};
                move.pid = 1 + pick(m_rng, processes);
                move.target = ProcessState(pick(m_rng, kStateCount));
                if (chance(m_rng, 60)) {
                    // Mostly moves the GUI would light up, some it would refuse.
                    std::vector<ProcessState> legal;
                    for (int t = 0; t < kStateCount; ++t) {
                        if (engine.checkTransition(move.pid, ProcessState(t)).ok)
                            legal.push_back(ProcessState(t));
                    }
                    if (!legal.empty())
                        move.target = legal[size_t(pick(m_rng, int(legal.size())))];
                }
                move.cpu = chance(m_rng, 50) ? -1 : pick(m_rng, m_scenario.cpus + 1);
                act(engine, move);
            } else {
                error = stepBack(engine, 1 + pick(m_rng, 3));
            }
            if (error.isEmpty() && !engine.invariantViolation().isEmpty())
                error = engine.invariantViolation().englishText();
            if (error.isEmpty() && a % kScratchCheckEvery == kScratchCheckEvery - 1)
                error = checkFromScratch(engine);
            if (!error.isEmpty())
                return error;
        }
        if (QString error = checkFromScratch(engine); !error.isEmpty())
            return error;
        m_tally->steps += qint64(m_steps.size());
        m_tally->finished += engine.finished() ? 1 : 0;
        return replayFromFile(engine);
    }

private:
    // A refused move or a step when nothing can happen is fine: no step.
    void act(Engine& engine, const Action& action)
    {
        const bool taken = apply(engine, action);
        m_log << action.text() + (taken ? QString() : QStringLiteral(" (no step)"));
        if (!taken)
            return;
        m_tally->moves += action.kind == ActionKind::Move ? 1 : 0;
        m_steps.push_back(action);
        m_history.push_back({engine.state(), engine.trace()});
    }

    QString stepBack(Engine& engine, int count)
    {
        std::vector<Action> undone;
        std::vector<Snapshot> undoneHistory;
        for (int i = 0; i < count; ++i) {
            m_log << QStringLiteral("back");
            const bool expected = !m_steps.empty();
            if (engine.stepBack() != expected)
                return QStringLiteral("stepBack() returned %1 with %2 steps taken")
                    .arg(!expected)
                    .arg(m_steps.size());
            if (!expected)
                break;
            ++m_tally->stepBacks;
            undone.insert(undone.begin(), m_steps.back());
            undoneHistory.insert(undoneHistory.begin(), std::move(m_history.back()));
            m_steps.pop_back();
            m_history.pop_back();
            if (!(engine.state() == m_history.back().state))
                return QStringLiteral("the state after a step back differs from the state after step %1")
                    .arg(m_steps.size());
            if (!(engine.trace() == m_history.back().trace))
                return QStringLiteral("the trace after a step back differs from the trace after step %1")
                    .arg(m_steps.size());
        }
        if (undone.empty() || chance(m_rng, 50))
            return {}; // go on from here: a new branch
        // Forward again with the same actions: the same states and traces.
        for (size_t i = 0; i < undone.size(); ++i) {
            m_log << QStringLiteral("redo ") + undone[i].text();
            if (!apply(engine, undone[i]))
                return QStringLiteral("redoing an undone step was refused: ") + undone[i].text();
            m_steps.push_back(undone[i]);
            m_history.push_back({engine.state(), engine.trace()});
            if (!(engine.state() == undoneHistory[i].state) || !(engine.trace() == undoneHistory[i].trace))
                return QStringLiteral("stepping forward again after a step back gave another state or trace "
                                      "at step %1")
                    .arg(m_steps.size());
        }
        return {};
    }

    static QString checkFromScratch(const Engine& engine)
    {
        const std::vector<Message> problems = InvariantChecker::check(engine);
        QStringList texts;
        for (const Message& m : problems)
            texts << m.englishText();
        return texts.isEmpty() ? QString()
                               : QStringLiteral("from scratch: ") + texts.join(QStringLiteral("; "));
    }

    // Save, load, and replay the steps taken, with history on and off.
    QString replayFromFile(const Engine& original)
    {
        const ScenarioLoad load =
            ScenarioFile::parse(ScenarioFile::serialize(m_scenario), QStringLiteral("random"));
        if (!load.ok())
            return QStringLiteral("the saved scenario does not load: ") + load.errorText();
        // Settings the policy does not use are not saved, so the scenarios
        // may differ there; what is saved must come back the same.
        if (ScenarioFile::serialize(*load.scenario) != ScenarioFile::serialize(m_scenario))
            return QStringLiteral("saving the loaded scenario gives another file");
        for (const bool history : {true, false}) {
            Engine engine(*load.scenario);
            engine.setInvariantChecking(true);
            engine.setHistoryEnabled(history);
            for (const Action& action : m_steps) {
                if (!apply(engine, action))
                    return QStringLiteral("replaying on the loaded scenario refused ") + action.text();
            }
            if (!engine.invariantViolation().isEmpty())
                return engine.invariantViolation().englishText();
            if (!(engine.trace() == original.trace()) || !(engine.state() == original.state()))
                return QStringLiteral("the loaded scenario replayed (history %1) to another trace or state")
                    .arg(history ? QStringLiteral("on") : QStringLiteral("off"));
        }
        return {};
    }

    QRandomGenerator m_rng;
    Tally* m_tally;
    Scenario m_scenario;
    std::vector<Action> m_steps;     // the steps taken, as the engine's log has them
    std::vector<Snapshot> m_history; // m_history[k]: after k steps
    QStringList m_log;               // every action, for the failure report
};

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT

private slots:
    void randomRunsKeepTheirPromises_data()
    {
        QTest::addColumn<QString>("policy");
        const QStringList ids = PolicyRegistry::ids();
        QVERIFY(ids.size() >= 8);
        for (const QString& id : ids)
            QTest::newRow(qPrintable(id)) << id;
    }

    void randomRunsKeepTheirPromises()
    {
        QFETCH(QString, policy);
        const int iterations = std::max(1, envInt("PROCESSLAB_PROPERTY_ITERATIONS", kDefaultIterations));
        const bool seedGiven = qEnvironmentVariableIsSet("PROCESSLAB_PROPERTY_SEED");
        const quint32 base =
            seedGiven ? quint32(qEnvironmentVariable("PROCESSLAB_PROPERTY_SEED").toUInt()) : rowSeed(policy);
        int cpusSeen = 0;
        int producerConsumer = 0;
        Tally tally;
        for (int i = 0; i < iterations; ++i) {
            const quint32 seed = base + quint32(i);
            if (qEnvironmentVariableIsSet("PROCESSLAB_PROPERTY_TRACE"))
                qInfo("seed %u", seed);
            Session session(seed, policy, &tally);
            const QString error = session.run();
            if (!error.isEmpty()) {
                const QString report =
                    QStringLiteral("seed %1: %2\nrun it alone: PROCESSLAB_PROPERTY_SEED=%1 "
                                   "PROCESSLAB_PROPERTY_ITERATIONS=1 core_tst_properties "
                                   "randomRunsKeepTheirPromises:%3\nscenario:\n%4\nactions: %5")
                        .arg(seed)
                        .arg(error, policy, QString::fromUtf8(ScenarioFile::serialize(session.scenario())),
                             session.log().join(QStringLiteral(", ")));
                QFAIL(qPrintable(report));
            }
            cpusSeen |= 1 << (session.scenario().cpus - 1);
            producerConsumer += session.scenario().producerConsumer ? 1 : 0;
        }
        qInfo("%s: %d scenarios (%d producer-consumer), %lld steps, %lld manual moves, %lld step-backs, "
              "%lld run to the end",
              qPrintable(policy), iterations, producerConsumer, tally.steps, tally.moves, tally.stepBacks,
              tally.finished);
        // The generator really covers what it promises.
        if (iterations >= 100) {
            QCOMPARE(cpusSeen, 0xff);
            QVERIFY(producerConsumer > 0);
            QVERIFY(tally.moves > iterations);
            QVERIFY(tally.stepBacks > iterations);
            QVERIFY(tally.finished > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
