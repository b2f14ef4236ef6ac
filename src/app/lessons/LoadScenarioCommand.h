#pragma once

#include "core/Scenario.h"

#include <QUndoCommand>

namespace processlab {

class SimulationController;

// Replaces the whole scenario (a lesson's "Try it", an exercise opened in
// the main window) as one undoable edit: undo brings the previous scenario
// back, restarted at time 0 like every scenario edit.
class LoadScenarioCommand : public QUndoCommand
{
public:
    LoadScenarioCommand(SimulationController* controller, Scenario before, Scenario after,
                        const QString& text);
    void undo() override;
    void redo() override;

    // Validates `scenario` and pushes the command (pausing the run first).
    // false, with the problem reported as a warning, when it is invalid.
    static bool load(SimulationController* controller, const Scenario& scenario, const QString& text);

private:
    SimulationController* m_controller;
    Scenario m_before;
    Scenario m_after;
};

} // namespace processlab
