#pragma once

// A tiny builder for scenarios written in code, and the checks shared by
// tst_policies and tst_conventions. Expected values in those tests are worked
// out by hand from docs/conventions.md, never copied from the engine.
//
// Slice notation (one string per slice, rows list them separated by ';'):
//   "0 P1 0-4 slice-expired"   run slice on CPU 0 of P1 over [0, 4), ending
//                              with sliceEndId() ("exit", "wait", "renewed", ...)
//   "0 sw P2 4-5"              context-switch slice on CPU 0 bringing P2 in
// Per-process notation: "P1 f=24 w=0 r=0 t=24" (finish, waiting, response,
// turnaround).

#include "core/Engine.h"
#include "core/Metrics.h"
#include "core/Scenario.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

namespace processlab::testing {

class ScenarioBuilder
{
public:
    explicit ScenarioBuilder(const char* policy) { m_s.policy.name = QString::fromLatin1(policy); }

    ScenarioBuilder& quantum(Tick q)
    {
        m_s.policy.quantum = q;
        return *this;
    }
    ScenarioBuilder& cpus(int n)
    {
        m_s.cpus = n;
        return *this;
    }
    ScenarioBuilder& contextSwitch(Tick c)
    {
        m_s.contextSwitch = c;
        return *this;
    }
    ScenarioBuilder& memory(Tick pool)
    {
        m_s.memory = pool;
        return *this;
    }
    ScenarioBuilder& preemptive(bool on = true)
    {
        m_s.policy.preemptive = on;
        return *this;
    }
    ScenarioBuilder& higherFirst()
    {
        m_s.policy.priorityOrder = PriorityOrder::HigherFirst;
        return *this;
    }
    ScenarioBuilder& newBeforePreempted(bool on)
    {
        m_s.policy.newBeforePreempted = on;
        return *this;
    }
    ScenarioBuilder& levels(std::vector<Tick> quanta)
    {
        m_s.policy.levels = std::move(quanta);
        return *this;
    }
    ScenarioBuilder& boost(Tick period)
    {
        m_s.policy.boost = period;
        return *this;
    }
    ScenarioBuilder& mlfqPreemptive(bool on)
    {
        m_s.policy.mlfqPreemptive = on;
        return *this;
    }
    // bursts alternate CPU, I/O, CPU, ...
    ScenarioBuilder& process(const char* name, Tick arrival, const std::vector<Tick>& bursts,
                             int priority = 0, Tick memory = 0)
    {
        ProcessSpec p;
        p.name = QString::fromLatin1(name);
        p.arrival = arrival;
        p.priority = priority;
        p.memory = memory;
        p.program = programFromBursts(bursts);
        m_s.processes.push_back(std::move(p));
        return *this;
    }
    Scenario build() const
    {
        Scenario s = m_s;
        s.title = s.policy.name;
        return s;
    }

private:
    Scenario m_s;
};

// The numbers of Metrics::of() that are not per process.
struct Totals
{
    double avgTurnaround = 0;
    double avgWaiting = 0;
    double avgResponse = 0;
    Tick makespan = 0;
    double cpuUtilization = 0;
    double throughput = 0;
    qint64 contextSwitches = 0;
};

// A manual move made when the engine has stopped (manual policy): at time
// `at`, move process `name` to `target`.
struct Move
{
    Tick at = 0;
    const char* name = nullptr;
    ProcessState target = ProcessState::Running;
};
using Moves = std::vector<Move>;

// "a; b; c" -> {"a", "b", "c"}
inline QStringList L(const char* text)
{
    QStringList out;
    const QStringList parts = QString::fromLatin1(text).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString s = part.simplified();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

inline QString sliceToken(const Engine& engine, const Slice& s)
{
    const QString name = engine.spec(s.pid).name;
    const QString range = QStringLiteral("%1-%2").arg(s.start).arg(s.end);
    if (s.kind == SliceKind::Switch)
        return QStringLiteral("%1 sw %2 %3").arg(s.cpu).arg(name, range);
    return QStringLiteral("%1 %2 %3 %4").arg(s.cpu).arg(name, range, sliceEndId(s.endReason));
}

// Sort key of a token: (start, cpu, end); switch slices of length > 0 start
// before the run slice they lead to, so this is a total order in practice.
inline std::tuple<qint64, int, qint64, QString> tokenKey(const QString& token)
{
    const QStringList parts = token.split(QLatin1Char(' '));
    const int cpu = parts.value(0).toInt();
    QString range;
    for (const QString& p : parts)
        if (p.contains(QLatin1Char('-')) && p.at(0).isDigit())
            range = p;
    const qint64 start = range.section(QLatin1Char('-'), 0, 0).toLongLong();
    const qint64 end = range.section(QLatin1Char('-'), 1, 1).toLongLong();
    return {start, cpu, end, token};
}

inline QStringList sortedTokens(QStringList tokens)
{
    std::sort(tokens.begin(), tokens.end(),
              [](const QString& a, const QString& b) { return tokenKey(a) < tokenKey(b); });
    return tokens;
}

inline QStringList actualSlices(const Engine& engine)
{
    QStringList out;
    for (const Slice& s : engine.trace().slices)
        out << sliceToken(engine, s);
    return sortedTokens(out);
}

inline QStringList actualProcesses(const Metrics& m)
{
    QStringList out;
    for (const ProcessMetrics& p : m.processes)
        out << QStringLiteral("%1 f=%2 w=%3 r=%4 t=%5")
                   .arg(p.name)
                   .arg(p.finish)
                   .arg(p.waiting)
                   .arg(p.response)
                   .arg(p.turnaround);
    return out;
}

// Compares two lists and, on a mismatch, fails with both in full (QCOMPARE
// would truncate long strings).
inline void compareLists(const QStringList& actual, const QStringList& expected, const char* what)
{
    if (actual == expected)
        return;
    int first = 0;
    while (first < actual.size() && first < expected.size() && actual.at(first) == expected.at(first))
        ++first;
    const QString msg = QStringLiteral("%1 differ at index %2\n   actual:   %3\n   expected: %4")
                            .arg(QString::fromLatin1(what))
                            .arg(first)
                            .arg(actual.join(QStringLiteral("; ")), expected.join(QStringLiteral("; ")));
    QFAIL(qPrintable(msg));
}

inline int pidOf(const Scenario& s, const char* name)
{
    return s.indexOf(QString::fromLatin1(name)) + 1;
}

// Handles every event instant up to and including t.
inline void advanceTo(Engine& engine, Tick t)
{
    for (int guard = 0; guard < 1000000; ++guard) {
        const std::optional<Tick> next = engine.nextEventTime();
        if (!next || *next > t)
            return;
        if (!engine.stepEvent())
            return;
    }
    QFAIL("advanceTo: too many steps");
}

// Runs to the end, making the manual moves where the engine stops.
inline void runWithMoves(Engine& engine, const Moves& moves)
{
    const qint64 maxSteps = 1000000;
    engine.run(maxSteps);
    for (const Move& m : moves) {
        QCOMPARE(engine.now(), m.at);
        const int pid = pidOf(engine.scenario(), m.name);
        QVERIFY2(pid > 0, m.name);
        const TransitionResult r = engine.requestTransition(pid, m.target);
        QVERIFY2(r.ok, qPrintable(r.reason.englishText()));
        engine.run(maxSteps);
    }
    QVERIFY2(engine.finished(), "the scenario did not run to the end");
}

inline void checkScenarioValid(const Scenario& s)
{
    const std::optional<ScenarioProblem> problem = s.validate();
    QVERIFY2(!problem, problem ? qPrintable(problem->text()) : "");
}

// cpuTime and ioTime follow from the program when nobody skips I/O by hand.
inline void checkCpuIo(const Engine& engine, const Metrics& m)
{
    for (const ProcessMetrics& p : m.processes) {
        Tick cpu = 0, io = 0;
        for (const Operation& op : engine.spec(p.pid).program)
            (op.kind == OperationKind::Cpu ? cpu : io) += op.length;
        QCOMPARE(p.cpuTime, cpu);
        QCOMPARE(p.ioTime, io);
    }
}

inline void checkTotals(const Metrics& m, const Totals& t)
{
    QCOMPARE(m.averages.turnaround, t.avgTurnaround);
    QCOMPARE(m.averages.waiting, t.avgWaiting);
    QCOMPARE(m.averages.response, t.avgResponse);
    QCOMPARE(m.makespan, t.makespan);
    QCOMPARE(m.cpuUtilization, t.cpuUtilization);
    QCOMPARE(m.throughput, t.throughput);
    QCOMPARE(qint64(m.contextSwitches), t.contextSwitches);
}

} // namespace processlab::testing

Q_DECLARE_METATYPE(processlab::Scenario)
Q_DECLARE_METATYPE(processlab::testing::Totals)
Q_DECLARE_METATYPE(processlab::testing::Moves)
