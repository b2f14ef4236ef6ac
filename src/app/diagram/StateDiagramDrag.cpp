// StateDiagramScene, part two: dragging tokens between states.

#include "StateDiagramScene.h"

#include "ProcessTokenItem.h"
#include "SimulationController.h"
#include "StateNodeItem.h"
#include "TransitionArrowItem.h"

#include <QParallelAnimationGroup>

namespace processlab {

using S = ProcessState;

// --- dragging ---------------------------------------------------------------

void StateDiagramScene::tokenPressed(ProcessTokenItem* token)
{
    finishAnimations();
    setSelectedPid(token->pid());
    emit processClicked(token->pid());
}

void StateDiagramScene::tokenDragStarted(ProcessTokenItem* token)
{
    m_dragged = token;
    updateDropModes();
}

void StateDiagramScene::updateDropModes()
{
    if (!m_dragged)
        return;
    const int pid = m_dragged->pid();
    const S current = m_controller->engine().pcb(pid).state;
    for (StateNodeItem* item : m_nodes) {
        if (item->state() == current)
            item->setDropMode(StateNodeItem::DropMode::Source);
        else if (m_controller->checkMove(pid, item->state()).ok)
            item->setDropMode(StateNodeItem::DropMode::Legal);
        else
            item->setDropMode(StateNodeItem::DropMode::Illegal);
    }
}

void StateDiagramScene::tokenDragMoved(ProcessTokenItem* token, const QPointF& scenePos)
{
    StateNodeItem* hovered = nodeAt(scenePos);
    m_hoverNode = hovered;
    const S current = m_controller->engine().pcb(token->pid()).state;
    for (StateNodeItem* item : m_nodes)
        item->setHovered(item == hovered && item->dropMode() == StateNodeItem::DropMode::Legal);
    for (TransitionArrowItem* item : m_arrows) {
        item->setPreview(hovered && item->from() == current && item->to() == hovered->state() &&
                         hovered->dropMode() == StateNodeItem::DropMode::Legal);
    }
}

void StateDiagramScene::clearDropModes()
{
    for (StateNodeItem* item : m_nodes) {
        item->setDropMode(StateNodeItem::DropMode::None);
        item->setHovered(false);
    }
    for (TransitionArrowItem* item : m_arrows)
        item->setPreview(false);
    m_hoverNode = nullptr;
}

void StateDiagramScene::tokenDropped(ProcessTokenItem* token, const QPointF& scenePos, const QPointF& origin)
{
    const int pid = token->pid();
    StateNodeItem* target = nodeAt(scenePos);
    clearDropModes();
    m_dragged = nullptr;

    const auto snapBack = [this, token, origin] {
        if (!m_tokens.contains(token->pid()) || m_tokens.value(token->pid()) != token)
            return;
        QPainterPath path(token->pos());
        path.lineTo(origin);
        animateAlong(token, path, 220);
        m_animations->start();
    };
    if (pid > m_controller->engine().processCount()) {
        snapBack();
        return;
    }
    const S current = m_controller->engine().pcb(pid).state;
    if (!target || target->state() == current) {
        snapBack();
        return;
    }
    m_droppedPid = pid;
    const TransitionResult result = m_controller->moveProcess(pid, target->state(), target->slotAt(scenePos));
    if (!result.ok) {
        m_droppedPid = 0;
        snapBack();
        emit moveRefused(result.reason.text(), scenePos);
    }
}

} // namespace processlab
