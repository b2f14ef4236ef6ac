#include "ProcessTokenItem.h"

#include "DiagramText.h"
#include "Palette.h"
#include "StateDiagramScene.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace processlab {

ProcessTokenItem::ProcessTokenItem(StateDiagramScene* scene, int pid, const QString& label)
    : m_scene(scene), m_pid(pid), m_label(label)
{
    setZValue(10);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::OpenHandCursor);
    setFlag(ItemSendsGeometryChanges); // parent/child links follow the token
}

QVariant ProcessTokenItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged || change == ItemVisibleHasChanged)
        m_scene->tokenMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

QRectF ProcessTokenItem::boundingRect() const
{
    const qreal r = m_diameter / 2 + 4;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath ProcessTokenItem::shape() const
{
    QPainterPath path;
    const qreal r = m_diameter / 2 + 1;
    path.addEllipse(QPointF(0, 0), r, r);
    return path;
}

void ProcessTokenItem::setLabel(const QString& label)
{
    if (label != m_label) {
        m_label = label;
        update();
    }
}

void ProcessTokenItem::setDiameter(qreal diameter)
{
    if (!qFuzzyCompare(diameter, m_diameter)) {
        prepareGeometryChange();
        m_diameter = diameter;
    }
}

void ProcessTokenItem::setFaded(bool faded)
{
    if (faded != m_faded) {
        m_faded = faded;
        setOpacity(faded ? 0.45 : 1.0);
    }
}

void ProcessTokenItem::setSwitching(bool switching)
{
    if (switching != m_switching) {
        m_switching = switching;
        update();
    }
}

void ProcessTokenItem::setHighlighted(bool highlighted)
{
    if (highlighted != m_highlighted) {
        m_highlighted = highlighted;
        update();
    }
}

void ProcessTokenItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = palette::processColor(m_pid);
    const qreal r = m_diameter / 2;
    if (m_dragging) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 50));
        painter->drawEllipse(QPointF(2.5, 3.5), r, r);
    }
    QPen outline(m_highlighted ? QColor(0x11, 0x11, 0x11) : color.darker(150), m_highlighted ? 3 : 1.5);
    if (m_switching)
        outline.setStyle(Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(color);
    painter->drawEllipse(QPointF(0, 0), r, r);
    if (m_highlighted) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), r - 2.5, r - 2.5);
    }

    // The label shrinks to fit the disc.
    qreal size = std::max(5.0, m_diameter * 0.3);
    const qreal room = m_diameter * 0.86;
    const qreal width = DiagramText::advance(m_label, size, true);
    if (width > room && width > 0)
        size = std::max(4.0, size * room / width);
    painter->setPen(palette::textOn(color));
    DiagramText::draw(painter, QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter, m_label, size, true);
}

void ProcessTokenItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressScenePos = event->scenePos();
    m_scene->tokenPressed(this);
    m_originPos = pos(); // after the scene finished any animation of it
    event->accept();
}

void ProcessTokenItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (!m_pressed)
        return;
    const QPointF delta = event->scenePos() - m_pressScenePos;
    if (!m_dragging) {
        // Scene units are roughly pixels; a few of them tell a drag from a click.
        if (delta.manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        setZValue(100);
        m_scene->tokenDragStarted(this);
    }
    setPos(m_originPos + delta);
    m_scene->tokenDragMoved(this, event->scenePos());
}

void ProcessTokenItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    if (!m_dragging)
        return;
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    setZValue(10);
    update();
    m_scene->tokenDropped(this, event->scenePos(), m_originPos);
}

} // namespace processlab
