#pragma once

#include "core/Engine.h"
#include "core/Metrics.h"
#include "core/Scenario.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace processlab {

// What a "predict, then reveal" exercise is made of. The same setup always
// gives the same workload, so a lecturer can hand out the seed.
struct ExerciseSetup
{
    quint32 seed = 1;
    int processes = 5;
    // "fcfs", "sjf", "srtf", "priority", "priority-p" (preemptive), "rr", "hrrn".
    QString policy = QStringLiteral("fcfs");
    Tick quantum = 2; // rr
    bool withIo = false;

    bool operator==(const ExerciseSetup& o) const
    {
        return seed == o.seed && processes == o.processes && policy == o.policy && quantum == o.quantum &&
               withIo == o.withIo;
    }
};

// One exercise: the workload, its policy, and the solution from a full run
// of the engine (the conventions of docs/conventions.md).
class Exercise
{
    Q_DECLARE_TR_FUNCTIONS(Exercise)

public:
    static constexpr int kMinProcesses = 2;
    static constexpr int kMaxProcesses = 10;

    enum class Field
    {
        Finish,
        Waiting
    };
    enum class Mark
    {
        Empty, // nothing entered
        Right,
        Wrong
    };

    explicit Exercise(const ExerciseSetup& setup);

    static QStringList policyKeys();
    static QString policyName(const QString& key);
    static Scenario buildScenario(const ExerciseSetup& setup);

    const ExerciseSetup& setup() const { return m_setup; }
    const Scenario& scenario() const { return m_scenario; }
    // The finished run and its numbers.
    const Engine& engine() const { return *m_engine; }
    const Metrics& solution() const { return m_metrics; }
    int processCount() const { return int(m_scenario.processes.size()); }
    Tick answer(int pid, Field field) const;
    // An answer as typed: blank is Empty, anything but the right whole number Wrong.
    Mark check(int pid, Field field, const QString& text) const;

private:
    ExerciseSetup m_setup;
    Scenario m_scenario;
    std::unique_ptr<Engine> m_engine;
    Metrics m_metrics;
};

} // namespace processlab
