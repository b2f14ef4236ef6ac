#pragma once

#include "core/Scenario.h"
#include "scenario/TranslatedUndoCommand.h"

namespace processlab {

class SimulationController;

// Replaces the whole scenario (a lesson's "Try it", an exercise opened in
// the main window) as one undoable edit: undo brings the previous scenario
// back, restarted at time 0 like every scenario edit.
class LoadScenarioCommand : public TranslatedUndoCommand
{
public:
    LoadScenarioCommand(SimulationController* controller, Scenario before, Scenario after, UndoText text);
    void undo() override;
    void redo() override;

    // Validates `scenario` and pushes the command (pausing the run first).
    // false, with the problem reported as a warning, when it is invalid.
    static bool load(SimulationController* controller, const Scenario& scenario, const UndoText& text);

private:
    SimulationController* m_controller;
    Scenario m_before;
    Scenario m_after;
};

} // namespace processlab
