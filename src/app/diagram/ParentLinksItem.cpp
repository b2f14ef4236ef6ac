#include "ParentLinksItem.h"

#include "Palette.h"
#include "ProcessTokenItem.h"
#include "StateDiagramScene.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace processlab {

ParentLinksItem::ParentLinksItem(StateDiagramScene* scene) : m_scene(scene)
{
    setZValue(5); // over the state nodes, under the tokens
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QRectF ParentLinksItem::boundingRect() const
{
    return m_scene->sceneRect();
}

void ParentLinksItem::setLinks(std::vector<Link> links)
{
    // Most scenarios have no links: no repaint of the whole scene then.
    if (links == m_links)
        return;
    m_links = std::move(links);
    update();
}

int ParentLinksItem::visibleLinks() const
{
    int count = 0;
    for (const Link& link : m_links) {
        const ProcessTokenItem* child = m_scene->token(link.child);
        const ProcessTokenItem* parent = m_scene->token(link.parent);
        count += child && parent && child->isVisible() && parent->isVisible();
    }
    return count;
}

void ParentLinksItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Link& link : m_links) {
        const ProcessTokenItem* child = m_scene->token(link.child);
        const ProcessTokenItem* parent = m_scene->token(link.parent);
        if (!child || !parent || !child->isVisible() || !parent->isVisible())
            continue;
        const QPointF from = parent->pos();
        const QPointF to = child->pos();
        const QPointF delta = to - from;
        const qreal length = std::hypot(delta.x(), delta.y());
        if (length < parent->diameter() / 2 + child->diameter() / 2 + 2)
            continue;
        // A gentle curve, so a link does not hide under a transition arrow.
        const QPointF unit = delta / length;
        const QPointF normal(-unit.y(), unit.x());
        const QPointF start = from + unit * (parent->diameter() / 2 + 2);
        const QPointF end = to - unit * (child->diameter() / 2 + 3);
        const QPointF control = (start + end) / 2 + normal * std::min<qreal>(40, length * 0.15);
        QPainterPath path(start);
        path.quadTo(control, end);

        QColor color = palette::processColor(link.parent).darker(130);
        color.setAlpha(200);
        QPen pen(color, 2, link.daemon ? Qt::DotLine : Qt::DashLine, Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);

        // An arrow head at the child: parent -> child.
        const QPointF tangent = end - path.pointAtPercent(0.9);
        const qreal t = std::hypot(tangent.x(), tangent.y());
        if (t > 0) {
            const QPointF dir = tangent / t;
            const QPointF side(-dir.y(), dir.x());
            QPolygonF head;
            head << end << end - dir * 9 + side * 4.5 << end - dir * 9 - side * 4.5;
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawPolygon(head);
        }
    }
}

} // namespace processlab
