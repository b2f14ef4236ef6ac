#include "StateDiagramScene.h"

#include "DiagramText.h"
#include "Palette.h"
#include "ParentLinksItem.h"
#include "ProcessTokenItem.h"
#include "SimulationController.h"
#include "StateNodeItem.h"
#include "TransitionArrowItem.h"
#include "lessons/OperationText.h"

#include <QGraphicsSimpleTextItem>
#include <QParallelAnimationGroup>
#include <QTimer>
#include <QVariantAnimation>

#include <algorithm>

namespace processlab {

namespace {
using S = ProcessState;
constexpr int kMaxAnimatedChanges = 60;
constexpr int kQueueMoveMs = 250;

const QRectF kSceneRect(0, 0, 1340, 580);
} // namespace

StateDiagramScene::StateDiagramScene(SimulationController* controller, QObject* parent)
    : QGraphicsScene(parent), m_controller(controller)
{
    setSceneRect(kSceneRect);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfa));
    setItemIndexMethod(QGraphicsScene::NoIndex); // tokens move all the time

    const QRectF rects[kStateCount] = {
        QRectF(20, 70, 200, 190),   // New
        QRectF(330, 70, 250, 190),  // Ready
        QRectF(750, 40, 270, 250),  // Running
        QRectF(520, 385, 300, 170), // Blocked
        QRectF(1120, 70, 200, 190), // Terminated
    };
    for (int i = 0; i < kStateCount; ++i) {
        m_nodes[size_t(i)] = new StateNodeItem(ProcessState(i), rects[i]);
        addItem(m_nodes[size_t(i)]);
    }
    using C = TransitionCause;
    const struct
    {
        S from;
        S to;
        std::vector<C> causes;
    } arrows[] = {
        {S::New, S::Ready, {C::Admit}},
        {S::Ready, S::Running, {C::Dispatch}},
        {S::Running, S::Ready, {C::SliceExpired, C::Preempted}},
        {S::Running, S::Blocked, {C::Wait}},
        {S::Blocked, S::Ready, {C::WaitDone}},
        {S::Running, S::Terminated, {C::Exit}},
    };
    for (const auto& a : arrows) {
        auto* item = new TransitionArrowItem(a.from, a.to, a.causes);
        addItem(item);
        m_arrows.push_back(item);
    }
    layoutArrows();

    m_clock = addSimpleText(QString());
    DiagramText::apply(m_clock, 30, true);
    m_clock->setBrush(QColor(0x2b, 0x30, 0x36));
    m_clock->setPos(24, 420);
    m_policy = addSimpleText(QString());
    DiagramText::apply(m_policy, 12, false);
    m_policy->setBrush(QColor(0x4a, 0x50, 0x57));
    m_policy->setPos(26, 472);
    m_hint = addSimpleText(QString());
    DiagramText::apply(m_hint, 10, false);
    m_hint->setBrush(QColor(0x80, 0x86, 0x8c));
    m_hint->setPos(26, 500);

    m_links = new ParentLinksItem(this);
    addItem(m_links);

    m_animations = new QParallelAnimationGroup(this);
    connect(m_animations, &QAbstractAnimation::finished, this, [this] { m_animationEnds.clear(); });

    connect(controller, &SimulationController::scenarioChanged, this, &StateDiagramScene::onScenarioChanged);
    connect(controller, &SimulationController::stateChanged, this, &StateDiagramScene::onStateChanged);
    retranslate();
    onScenarioChanged();
}

StateDiagramScene::~StateDiagramScene()
{
    m_links = nullptr; // the scene deletes it; tokens going away must not repaint it
    m_animations->stop();
    m_animations->clear();
    for (ProcessTokenItem* token : m_graveyard)
        delete token;
}

TransitionArrowItem* StateDiagramScene::arrow(ProcessState from, ProcessState to) const
{
    for (TransitionArrowItem* item : m_arrows) {
        if (item->from() == from && item->to() == to)
            return item;
    }
    return nullptr;
}

void StateDiagramScene::layoutArrows()
{
    const QRectF n = node(S::New)->rect();
    const QRectF r = node(S::Ready)->rect();
    const QRectF x = node(S::Running)->rect();
    const QRectF b = node(S::Blocked)->rect();
    const QRectF t = node(S::Terminated)->rect();
    const qreal cy = r.center().y();

    QPainterPath admit(QPointF(n.right() + 2, cy));
    admit.lineTo(r.left() - 2, cy);
    arrow(S::New, S::Ready)->setGeometry(admit, QPointF((n.right() + r.left()) / 2, cy - 22));

    QPainterPath dispatch(QPointF(r.right() + 2, cy - 34));
    dispatch.lineTo(x.left() - 2, cy - 34);
    arrow(S::Ready, S::Running)->setGeometry(dispatch, QPointF((r.right() + x.left()) / 2, cy - 56));

    QPainterPath expire(QPointF(x.left() - 2, cy + 34));
    expire.lineTo(r.right() + 2, cy + 34);
    arrow(S::Running, S::Ready)->setGeometry(expire, QPointF((r.right() + x.left()) / 2, cy + 66));

    QPainterPath exit(QPointF(x.right() + 2, cy));
    exit.lineTo(t.left() - 2, cy);
    arrow(S::Running, S::Terminated)->setGeometry(exit, QPointF((x.right() + t.left()) / 2, cy - 22));

    const QPointF waitStart(x.center().x(), x.bottom() + 2);
    const QPointF waitEnd(b.right() + 2, b.center().y());
    QPainterPath wait(waitStart);
    wait.cubicTo(QPointF(waitStart.x(), waitEnd.y() - 30), QPointF(waitStart.x() - 10, waitEnd.y()), waitEnd);
    arrow(S::Running, S::Blocked)
        ->setGeometry(wait, QPointF(waitStart.x() + 92, (waitStart.y() + waitEnd.y()) / 2 + 18));

    const QPointF doneStart(b.left() - 2, b.center().y());
    const QPointF doneEnd(r.center().x(), r.bottom() + 2);
    QPainterPath done(doneStart);
    done.cubicTo(QPointF(doneEnd.x() + 10, doneStart.y()), QPointF(doneEnd.x(), doneStart.y() - 30), doneEnd);
    arrow(S::Blocked, S::Ready)
        ->setGeometry(done, QPointF(doneEnd.x() - 90, (doneStart.y() + doneEnd.y()) / 2 + 18));
}

void StateDiagramScene::retranslate()
{
    for (StateNodeItem* item : m_nodes)
        item->retranslate();
    for (TransitionArrowItem* item : m_arrows)
        item->retranslate();
    m_hint->setText(tr("Drag a process to another state to move it by hand."));
    updateCaption();
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        it.value()->setToolTip(tokenToolTip(it.key()));
}

void StateDiagramScene::updateCaption()
{
    const Engine& engine = m_controller->engine();
    m_clock->setText(tr("t = %1").arg(engine.now()));
    const Scenario& scenario = m_controller->scenario();
    QString policy = scenario.policy.label();
    policy += QStringLiteral(" \u00b7 ") + tr("%n CPU(s)", nullptr, scenario.cpus);
    if (scenario.contextSwitch > 0)
        policy += QStringLiteral(" \u00b7 ") + tr("switch %1").arg(scenario.contextSwitch);
    m_policy->setText(policy);
}

QString StateDiagramScene::tokenLabel(int pid) const
{
    // The name, as the table shows it; the token shrinks its font to fit.
    const QString& name = m_controller->engine().spec(pid).name;
    if (name.size() <= 6)
        return name;
    return name.left(5) + QStringLiteral("\u2026");
}

QString StateDiagramScene::tokenToolTip(int pid) const
{
    const Engine& engine = m_controller->engine();
    const Pcb& pcb = engine.pcb(pid);
    QString tip =
        tr("%1 (PID %2): %3").arg(engine.spec(pid).name, QString::number(pid), stateName(pcb.state));
    const ProcessSpec& spec = engine.spec(pid);
    if (pcb.state == S::New && !pcb.arrived)
        tip += QLatin1Char('\n') +
               (spec.spawned ? tr("Not started yet") : tr("Arrives at t = %1").arg(pcb.arrival));
    else if (pcb.state != S::Terminated)
        tip += QLatin1Char('\n') + tr("Remaining in this burst: %1").arg(pcb.remaining);
    const QString waiting = OperationText::waitFor(pcb, engine.scenario());
    if (!waiting.isEmpty() && pcb.wakeAt < 0)
        tip += QLatin1Char('\n') + tr("Waiting %1").arg(waiting);
    const int parent = OperationText::parentOf(pcb, m_spawners);
    if (parent > 0) {
        const QString name = OperationText::processName(engine.scenario(), parent);
        tip += QLatin1Char('\n') + (spec.daemon ? tr("Daemon child of %1 (PID %2)").arg(name).arg(parent)
                                                : tr("Child of %1 (PID %2)").arg(name).arg(parent));
    } else if (spec.group > 0 && spec.group != pid && !spec.spawned) {
        tip += QLatin1Char('\n') +
               tr("Thread of %1").arg(OperationText::processName(engine.scenario(), spec.group));
    }
    return tip;
}

bool StateDiagramScene::isAnimating() const
{
    return m_animations->state() == QAbstractAnimation::Running;
}

void StateDiagramScene::setSelectedPid(int pid)
{
    if (pid == m_selectedPid)
        return;
    if (ProcessTokenItem* old = token(m_selectedPid))
        old->setHighlighted(false);
    m_selectedPid = pid;
    if (ProcessTokenItem* now = token(pid))
        now->setHighlighted(true);
}

void StateDiagramScene::onScenarioChanged()
{
    finishAnimations();
    if (m_dragged) {
        m_dragged->ungrabMouse();
        m_dragged = nullptr;
        clearDropModes();
    }
    for (ProcessTokenItem* item : std::as_const(m_tokens))
        discardToken(item);
    m_tokens.clear();
    node(S::Running)->setCpuCount(m_controller->scenario().cpus);
    m_spawners = OperationText::spawners(m_controller->scenario());
    if (m_selectedPid > m_controller->engine().processCount())
        m_selectedPid = 0;
    sync(nullptr);
}

void StateDiagramScene::onStateChanged(const StepInfo& info)
{
    sync(&info);
}

void StateDiagramScene::computeTargets(QHash<int, Target>* targets)
{
    const Engine& engine = m_controller->engine();
    const std::vector<Pcb>& pcbs = engine.pcbs();
    std::array<std::vector<int>, kStateCount> lists;

    // New: those waiting for admission first, then the rest by arrival.
    std::vector<char> admitted(pcbs.size() + 1, 0);
    for (int pid : engine.admissionQueue()) {
        lists[size_t(S::New)].push_back(pid);
        admitted[size_t(pid)] = 1;
    }
    std::vector<int> later;
    std::vector<int> terminated;
    for (const Pcb& pcb : pcbs) {
        if (pcb.state == S::New && !admitted[size_t(pcb.pid)])
            later.push_back(pcb.pid);
        else if (pcb.state == S::Terminated)
            terminated.push_back(pcb.pid);
    }
    std::stable_sort(later.begin(), later.end(),
                     [&](int a, int b) { return engine.pcb(a).arrival < engine.pcb(b).arrival; });
    lists[size_t(S::New)].insert(lists[size_t(S::New)].end(), later.begin(), later.end());
    std::stable_sort(terminated.begin(), terminated.end(),
                     [&](int a, int b) { return engine.pcb(a).finish < engine.pcb(b).finish; });
    lists[size_t(S::Terminated)] = std::move(terminated);
    lists[size_t(S::Ready)] = engine.readyQueue();
    lists[size_t(S::Blocked)] = engine.blockedQueue();

    for (S state : {S::New, S::Ready, S::Blocked, S::Terminated}) {
        StateNodeItem* item = node(state);
        const std::vector<int>& list = lists[size_t(state)];
        const int capacity = item->capacity();
        const int count = int(list.size());
        const int shown = count <= capacity ? count : capacity - 1;
        item->setCount(count);
        item->setHiddenCount(count - shown);
        for (int i = 0; i < shown; ++i) {
            const int pid = list[size_t(i)];
            Target target;
            target.center = item->tokenCenter(i);
            target.diameter = StateNodeItem::kTokenSize;
            target.faded = state == S::New && !engine.pcb(pid).arrived;
            targets->insert(pid, target);
        }
    }

    StateNodeItem* running = node(S::Running);
    const std::vector<CpuState>& cpus = engine.cpus();
    std::vector<bool> switching(cpus.size(), false);
    int busy = 0;
    for (size_t cpu = 0; cpu < cpus.size() && int(cpu) < running->cpuCount(); ++cpu) {
        const int pid = cpus[cpu].pid;
        if (pid == 0)
            continue;
        ++busy;
        switching[cpu] = cpus[cpu].switching(engine.now());
        Target target;
        target.center = running->tokenCenter(int(cpu));
        target.diameter = running->tokenSize();
        target.switching = switching[cpu];
        targets->insert(pid, target);
    }
    running->setSwitching(switching);
    running->setCount(busy);
}

void StateDiagramScene::sync(const StepInfo* info)
{
    finishAnimations();
    const Engine& engine = m_controller->engine();
    QHash<int, Target> targets;
    computeTargets(&targets);

    // The path each process took in this update, for the animation.
    const std::vector<StateChange>& changes = engine.trace().changes;
    const int span = info ? info->changesTo - info->changesFrom : 0;
    const bool forward = info && !info->backward && span > 0 && info->changesTo <= int(changes.size());
    const bool animate = forward && info->animationMs > 0 && span <= kMaxAnimatedChanges;
    QHash<int, std::vector<const StateChange*>> hops;
    if (forward && span <= kMaxAnimatedChanges) {
        for (int i = info->changesFrom; i < info->changesTo; ++i) {
            const StateChange& change = changes[size_t(i)];
            hops[change.pid].push_back(&change);
            if (TransitionArrowItem* item = arrow(change.from, change.to))
                item->flash(change.cause, std::max(900, info->animationMs * 2));
        }
    }

    // Tokens that are no longer shown.
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (!targets.contains(it.key()) && it.value() != m_dragged) {
            discardToken(it.value());
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }

    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const int pid = it.key();
        const Target& target = it.value();
        ProcessTokenItem* item = m_tokens.value(pid, nullptr);
        const auto pidHops = hops.constFind(pid);
        const bool moved = pidHops != hops.cend();
        if (!item) {
            item = new ProcessTokenItem(this, pid, tokenLabel(pid));
            addItem(item);
            m_tokens.insert(pid, item);
            // A token that appears because of a move starts where it came from.
            QPointF start = target.center;
            if (animate && moved)
                start = node(pidHops.value().front()->from)->rect().center();
            item->setPos(start);
        }
        item->setLabel(tokenLabel(pid));
        item->setDiameter(target.diameter);
        item->setFaded(target.faded);
        item->setSwitching(target.switching);
        item->setHighlighted(pid == m_selectedPid);
        item->setToolTip(tokenToolTip(pid));
        if (item == m_dragged)
            continue;

        if (!animate || (item->pos() - target.center).manhattanLength() < 0.5) {
            if (!animate)
                item->setPos(target.center);
            continue;
        }
        QPainterPath path(item->pos());
        if (moved && pid != m_droppedPid) {
            // Along each arrow taken, in order.
            for (const StateChange* change : pidHops.value()) {
                if (TransitionArrowItem* a = arrow(change->from, change->to)) {
                    const QPainterPath& line = a->path();
                    path.lineTo(line.pointAtPercent(0));
                    for (int step = 1; step <= 24; ++step)
                        path.lineTo(line.pointAtPercent(step / 24.0));
                }
            }
        }
        path.lineTo(target.center);
        const int duration = moved ? info->animationMs : std::min(kQueueMoveMs, info->animationMs);
        animateAlong(item, path, duration);
    }
    m_droppedPid = 0;
    if (!m_animationEnds.isEmpty())
        m_animations->start();
    updateLinks();
    updateCaption();
    if (m_dragged)
        updateDropModes();
}

void StateDiagramScene::updateLinks()
{
    std::vector<ParentLinksItem::Link> links;
    const Engine& engine = m_controller->engine();
    for (int pid = 1; pid <= engine.processCount(); ++pid) {
        const int parent = OperationText::parentOf(engine.pcb(pid), m_spawners);
        if (parent > 0)
            links.push_back({pid, parent, engine.spec(pid).daemon});
    }
    m_links->setLinks(std::move(links));
}

void StateDiagramScene::tokenMoved(ProcessTokenItem*)
{
    if (m_links && !m_links->links().empty())
        m_links->update();
}

void StateDiagramScene::animateAlong(ProcessTokenItem* token, const QPainterPath& path, int durationMs)
{
    auto* animation = new QVariantAnimation(m_animations);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->setDuration(std::max(1, durationMs));
    animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(animation, &QVariantAnimation::valueChanged, this,
            [token, path](const QVariant& value) { token->setPos(path.pointAtPercent(value.toReal())); });
    m_animations->addAnimation(animation);
    m_animationEnds.insert(token, path.currentPosition());
}

void StateDiagramScene::finishAnimations()
{
    m_animations->stop();
    m_animations->clear();
    for (auto it = m_animationEnds.cbegin(); it != m_animationEnds.cend(); ++it)
        it.key()->setPos(it.value());
    m_animationEnds.clear();
}

void StateDiagramScene::discardToken(ProcessTokenItem* token)
{
    // Not deleted at once: the token may be handling the mouse event that
    // led here. Hiding it releases a mouse grab.
    m_animationEnds.remove(token);
    token->hide();
    m_graveyard.push_back(token);
    QTimer::singleShot(0, this, [this] {
        for (ProcessTokenItem* item : m_graveyard) {
            removeItem(item);
            delete item;
        }
        m_graveyard.clear();
    });
}

StateNodeItem* StateDiagramScene::nodeAt(const QPointF& scenePos) const
{
    for (StateNodeItem* item : m_nodes) {
        if (item->rect().adjusted(-6, -6, 6, 6).contains(scenePos))
            return item;
    }
    return nullptr;
}

} // namespace processlab
