#include "ManualMoveCommand.h"

#include "SimulationController.h"

#include <QCoreApplication>

namespace processlab {

ManualMoveCommand::ManualMoveCommand(SimulationController* controller, int pid, ProcessState target, int cpu)
    : TranslatedUndoCommand([name = controller->engine().spec(pid).name, target] {
          return QCoreApplication::translate("ManualMoveCommand", "Move %1 to %2")
              .arg(name, stateName(target));
      }),
      m_controller(controller), m_pid(pid), m_target(target), m_cpu(cpu)
{}

bool ManualMoveCommand::isStale() const
{
    const Engine& engine = m_controller->engine();
    if (m_generation != m_controller->generation())
        return true;
    // Done: the move must still be in the engine's history. Undone: the
    // engine must still be where the move started.
    return m_done ? engine.stepCount() <= m_stepBefore : engine.stepCount() != m_stepBefore;
}

void ManualMoveCommand::redo()
{
    Engine& engine = m_controller->mutableEngine();
    if (m_result.ok && isStale()) {
        setObsolete(true);
        return;
    }
    const int changesBefore = int(engine.trace().changes.size());
    const quint64 before = engine.stepCount();
    const TransitionResult result = engine.requestTransition(m_pid, m_target, m_cpu);
    if (!result.ok) {
        m_result = result;
        setObsolete(true); // a refused move is never pushed
        return;
    }
    m_result = result;
    m_generation = m_controller->generation();
    m_stepBefore = before;
    m_done = true;
    m_controller->notifyStepped(changesBefore, false, 450);
}

void ManualMoveCommand::undo()
{
    if (isStale()) {
        setObsolete(true);
        return;
    }
    Engine& engine = m_controller->mutableEngine();
    const int changesBefore = int(engine.trace().changes.size());
    while (engine.stepCount() > m_stepBefore) {
        if (!engine.stepBack())
            break;
    }
    m_done = false;
    m_controller->notifyStepped(changesBefore, true, 0);
}

} // namespace processlab
