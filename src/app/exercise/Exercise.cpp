#include "Exercise.h"

#include "core/PolicyRegistry.h"
#include "scenario/WorkloadGenerator.h"

#include <algorithm>

namespace processlab {

Exercise::Exercise(const ExerciseSetup& setup) : m_setup(setup), m_scenario(buildScenario(setup))
{
    m_engine = std::make_unique<Engine>(m_scenario);
    m_engine->setHistoryEnabled(false);
    m_engine->run();
    m_metrics = Metrics::of(*m_engine);
}

QStringList Exercise::policyKeys()
{
    return {QStringLiteral("fcfs"),     QStringLiteral("sjf"),        QStringLiteral("srtf"),
            QStringLiteral("priority"), QStringLiteral("priority-p"), QStringLiteral("rr"),
            QStringLiteral("hrrn")};
}

QString Exercise::policyName(const QString& key)
{
    if (key == QLatin1String("priority-p"))
        return tr("%1, preemptive").arg(PolicyRegistry::displayName(QStringLiteral("priority")));
    return PolicyRegistry::displayName(key);
}

Scenario Exercise::buildScenario(const ExerciseSetup& setup)
{
    WorkloadParameters parameters;
    parameters.count = std::clamp(setup.processes, kMinProcesses, kMaxProcesses);
    parameters.seed = setup.seed;
    parameters.maxArrival = 2 * Tick(parameters.count);
    parameters.minCpuBursts = 1;
    parameters.maxCpuBursts = setup.withIo ? 2 : 1;
    parameters.minCpu = 1;
    parameters.maxCpu = 8;
    parameters.minIo = 1;
    parameters.maxIo = 4;
    parameters.minPriority = 1;
    parameters.maxPriority = 5;

    Scenario scenario;
    scenario.title = tr("Exercise, seed %1").arg(setup.seed);
    scenario.processes = generateWorkload(parameters);
    PolicyConfig& policy = scenario.policy;
    if (setup.policy == QLatin1String("priority-p")) {
        policy.name = QStringLiteral("priority");
        policy.preemptive = true;
    } else {
        policy.name = PolicyRegistry::find(setup.policy) ? setup.policy : QStringLiteral("fcfs");
    }
    policy.quantum = std::max<Tick>(1, setup.quantum);
    return scenario;
}

Tick Exercise::answer(int pid, Field field) const
{
    if (pid < 1 || size_t(pid) > m_metrics.processes.size())
        return -1;
    const ProcessMetrics& p = m_metrics.processes[size_t(pid - 1)];
    return field == Field::Finish ? p.finish : p.waiting;
}

Exercise::Mark Exercise::check(int pid, Field field, const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Mark::Empty;
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok);
    return ok && value == answer(pid, field) ? Mark::Right : Mark::Wrong;
}

} // namespace processlab
