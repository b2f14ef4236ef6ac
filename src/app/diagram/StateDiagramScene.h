#pragma once

#include "core/ProcessState.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>

#include <array>
#include <vector>

class QParallelAnimationGroup;
class QGraphicsSimpleTextItem;

namespace processlab {

class SimulationController;
class StateNodeItem;
class TransitionArrowItem;
class ProcessTokenItem;
class ParentLinksItem;
struct StepInfo;

// The five-state diagram: five nodes, six arrows, one token per process
// (as many as fit; the rest are counted). It follows the controller's
// signals, animates tokens along the arrows they take, and turns drops into
// the controller's manual moves.
class StateDiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit StateDiagramScene(SimulationController* controller, QObject* parent = nullptr);
    ~StateDiagramScene() override;

    StateNodeItem* node(ProcessState state) const { return m_nodes[size_t(state)]; }
    TransitionArrowItem* arrow(ProcessState from, ProcessState to) const;
    // The token of `pid`, nullptr when it is not shown (too many processes).
    ProcessTokenItem* token(int pid) const { return m_tokens.value(pid, nullptr); }
    bool isAnimating() const;
    // The parent/child links drawn between tokens.
    ParentLinksItem* parentLinks() const { return m_links; }

    int selectedPid() const { return m_selectedPid; }
    void setSelectedPid(int pid);
    void retranslate();

    // --- called by ProcessTokenItem --------------------------------------------
    void tokenPressed(ProcessTokenItem* token);
    void tokenDragStarted(ProcessTokenItem* token);
    void tokenDragMoved(ProcessTokenItem* token, const QPointF& scenePos);
    void tokenDropped(ProcessTokenItem* token, const QPointF& scenePos, const QPointF& origin);
    void tokenMoved(ProcessTokenItem* token);

signals:
    void processClicked(int pid);
    // An illegal drop: the core's reason, where it was dropped.
    void moveRefused(const QString& reason, const QPointF& scenePos);

private:
    struct Target
    {
        QPointF center;
        qreal diameter = 36;
        bool faded = false;
        bool switching = false;
    };

    void onScenarioChanged();
    void onStateChanged(const StepInfo& info);
    void sync(const StepInfo* info);
    void computeTargets(QHash<int, Target>* targets);
    void layoutArrows();
    void finishAnimations();
    void animateAlong(ProcessTokenItem* token, const QPainterPath& path, int durationMs);
    void discardToken(ProcessTokenItem* token);
    void updateDropModes();
    void clearDropModes();
    void updateCaption();
    StateNodeItem* nodeAt(const QPointF& scenePos) const;
    QString tokenLabel(int pid) const;
    QString tokenToolTip(int pid) const;
    void updateLinks();

    SimulationController* m_controller;
    std::array<StateNodeItem*, kStateCount> m_nodes{};
    std::vector<TransitionArrowItem*> m_arrows;
    QHash<int, ProcessTokenItem*> m_tokens;
    std::vector<ProcessTokenItem*> m_graveyard;
    QParallelAnimationGroup* m_animations = nullptr;
    QHash<ProcessTokenItem*, QPointF> m_animationEnds;
    QGraphicsSimpleTextItem* m_clock = nullptr;
    QGraphicsSimpleTextItem* m_policy = nullptr;
    QGraphicsSimpleTextItem* m_hint = nullptr;
    ProcessTokenItem* m_dragged = nullptr;
    StateNodeItem* m_hoverNode = nullptr;
    int m_droppedPid = 0;
    int m_selectedPid = 0;
    ParentLinksItem* m_links = nullptr;
    std::vector<int> m_spawners; // OperationText::spawners() of the scenario
};

} // namespace processlab
