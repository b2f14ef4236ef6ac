#include "LoadScenarioCommand.h"

#include "SimulationController.h"

#include <QUndoStack>

namespace processlab {

LoadScenarioCommand::LoadScenarioCommand(SimulationController* controller, Scenario before, Scenario after,
                                         UndoText text)
    : TranslatedUndoCommand(std::move(text)), m_controller(controller), m_before(std::move(before)),
      m_after(std::move(after))
{}

void LoadScenarioCommand::undo()
{
    m_controller->applyScenario(m_before);
}

void LoadScenarioCommand::redo()
{
    m_controller->applyScenario(m_after);
}

bool LoadScenarioCommand::load(SimulationController* controller, const Scenario& scenario,
                               const UndoText& text)
{
    if (const auto problem = scenario.validate()) {
        controller->reportMessage(problem->text(), MessageKind::Warning);
        return false;
    }
    controller->pause();
    controller->undoStack()->push(
        new LoadScenarioCommand(controller, controller->scenario(), scenario, text));
    return true;
}

} // namespace processlab
