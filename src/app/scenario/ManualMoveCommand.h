#pragma once

#include "core/Engine.h"

#include "TranslatedUndoCommand.h"

namespace processlab {

class SimulationController;

// A drag-and-drop move: one logged engine step. Undo steps the engine back
// to exactly the state before the move (and before any automatic steps taken
// after it). When the run it belongs to is gone (reset, a scenario edit, or
// stepped back past it), the command is stale and removes itself.
class ManualMoveCommand : public TranslatedUndoCommand
{
public:
    ManualMoveCommand(SimulationController* controller, int pid, ProcessState target, int cpu);

    void undo() override;
    void redo() override;

    // Only valid after the first redo(): whether the engine accepted it.
    const TransitionResult& result() const { return m_result; }
    bool isStale() const;

private:
    SimulationController* m_controller;
    int m_pid;
    ProcessState m_target;
    int m_cpu;
    TransitionResult m_result;
    bool m_done = false;
    quint64 m_generation = 0;
    quint64 m_stepBefore = 0; // engine step count before the move
};

} // namespace processlab
