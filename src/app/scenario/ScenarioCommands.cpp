#include "ScenarioCommands.h"

#include "SimulationController.h"

#include <QCoreApplication>

namespace processlab {

EditProcessCommand::EditProcessCommand(SimulationController* controller, int index, ProcessSpec before,
                                       ProcessSpec after, UndoText text)
    : TranslatedUndoCommand(std::move(text)), m_controller(controller), m_index(index),
      m_before(std::move(before)), m_after(std::move(after))
{}

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
                                           UndoText text)
    : TranslatedUndoCommand(std::move(text)), m_controller(controller), m_index(index),
      m_spec(std::move(spec))
{}

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

namespace {
UndoText removeText(const std::vector<std::pair<int, ProcessSpec>>& removed)
{
    if (removed.size() == 1)
        return [name = removed.front().second.name] {
            return QCoreApplication::translate("ScenarioCommands", "Remove %1").arg(name);
        };
    return [count = int(removed.size())] {
        return QCoreApplication::translate("ScenarioCommands", "Remove %n processes", nullptr, count);
    };
}
} // namespace

RemoveProcessesCommand::RemoveProcessesCommand(SimulationController* controller,
                                               std::vector<std::pair<int, ProcessSpec>> removed)
    : TranslatedUndoCommand(removeText(removed)), m_controller(controller), m_removed(std::move(removed))
{}

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
    : TranslatedUndoCommand([label = after.policy.label()] {
          return QCoreApplication::translate("ScenarioCommands", "Change policy to %1").arg(label);
      }),
      m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
{}

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

ChangePropertiesCommand::ChangePropertiesCommand(SimulationController* controller, ScenarioProperties before,
                                                 ScenarioProperties after)
    : TranslatedUndoCommand(
          [] { return QCoreApplication::translate("ScenarioCommands", "Change scenario properties"); }),
      m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
{}

void ChangePropertiesCommand::apply(const ScenarioProperties& properties)
{
    Scenario scenario = m_controller->scenario();
    properties.applyTo(&scenario);
    m_controller->applyScenario(scenario);
}

void ChangePropertiesCommand::undo()
{
    apply(m_before);
}

void ChangePropertiesCommand::redo()
{
    apply(m_after);
}

ReplaceProcessesCommand::ReplaceProcessesCommand(SimulationController* controller,
                                                 std::vector<ProcessSpec> before,
                                                 std::vector<ProcessSpec> after, UndoText text)
    : TranslatedUndoCommand(std::move(text)), m_controller(controller), m_before(std::move(before)),
      m_after(std::move(after))
{}

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
