#include "ScenarioCommands.h"

#include "SimulationController.h"

#include <QCoreApplication>

namespace processlab {

EditProcessCommand::EditProcessCommand(SimulationController* controller, int index, ProcessSpec before,
                                       ProcessSpec after, const QString& text)
    : m_controller(controller), m_index(index), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void EditProcessCommand::apply(const ProcessSpec& spec)
{
    Scenario scenario = m_controller->scenario();
    if (m_index < 0 || size_t(m_index) >= scenario.processes.size())
        return;
    scenario.processes[size_t(m_index)] = spec;
    m_controller->applyScenario(scenario);
}

void EditProcessCommand::undo()
{
    apply(m_before);
}

void EditProcessCommand::redo()
{
    apply(m_after);
}

InsertProcessCommand::InsertProcessCommand(SimulationController* controller, int index, ProcessSpec spec,
                                           const QString& text)
    : m_controller(controller), m_index(index), m_spec(std::move(spec))
{
    setText(text);
}

void InsertProcessCommand::undo()
{
    Scenario scenario = m_controller->scenario();
    if (m_index < 0 || size_t(m_index) >= scenario.processes.size())
        return;
    scenario.processes.erase(scenario.processes.begin() + m_index);
    m_controller->applyScenario(scenario);
}

void InsertProcessCommand::redo()
{
    Scenario scenario = m_controller->scenario();
    const int index = qBound(0, m_index, int(scenario.processes.size()));
    scenario.processes.insert(scenario.processes.begin() + index, m_spec);
    m_controller->applyScenario(scenario);
}

RemoveProcessesCommand::RemoveProcessesCommand(SimulationController* controller,
                                               std::vector<std::pair<int, ProcessSpec>> removed)
    : m_controller(controller), m_removed(std::move(removed))
{
    if (m_removed.size() == 1) {
        setText(
            QCoreApplication::translate("ScenarioCommands", "Remove %1").arg(m_removed.front().second.name));
    } else {
        setText(QCoreApplication::translate("ScenarioCommands", "Remove %n processes", nullptr,
                                            int(m_removed.size())));
    }
}

void RemoveProcessesCommand::undo()
{
    Scenario scenario = m_controller->scenario();
    for (const auto& [index, spec] : m_removed) {
        const int at = qBound(0, index, int(scenario.processes.size()));
        scenario.processes.insert(scenario.processes.begin() + at, spec);
    }
    m_controller->applyScenario(scenario);
}

void RemoveProcessesCommand::redo()
{
    Scenario scenario = m_controller->scenario();
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it) {
        if (it->first >= 0 && size_t(it->first) < scenario.processes.size())
            scenario.processes.erase(scenario.processes.begin() + it->first);
    }
    m_controller->applyScenario(scenario);
}

ChangePolicyCommand::ChangePolicyCommand(SimulationController* controller, PolicySettings before,
                                         PolicySettings after)
    : m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
{
    setText(
        QCoreApplication::translate("ScenarioCommands", "Change policy to %1").arg(m_after.policy.label()));
}

void ChangePolicyCommand::apply(const PolicySettings& settings)
{
    Scenario scenario = m_controller->scenario();
    scenario.policy = settings.policy;
    scenario.cpus = settings.cpus;
    scenario.contextSwitch = settings.contextSwitch;
    m_controller->applyScenario(scenario);
}

void ChangePolicyCommand::undo()
{
    apply(m_before);
}

void ChangePolicyCommand::redo()
{
    apply(m_after);
}

ReplaceProcessesCommand::ReplaceProcessesCommand(SimulationController* controller,
                                                 std::vector<ProcessSpec> before,
                                                 std::vector<ProcessSpec> after, const QString& text)
    : m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void ReplaceProcessesCommand::undo()
{
    Scenario scenario = m_controller->scenario();
    scenario.processes = m_before;
    m_controller->applyScenario(scenario);
}

void ReplaceProcessesCommand::redo()
{
    Scenario scenario = m_controller->scenario();
    scenario.processes = m_after;
    m_controller->applyScenario(scenario);
}

} // namespace processlab
