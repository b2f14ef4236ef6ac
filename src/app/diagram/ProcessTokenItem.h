#pragma once

#include <QGraphicsItem>
#include <QPointF>
#include <QString>

namespace processlab {

class StateDiagramScene;

// One process: a coloured disc with its name, inside the node of its state.
// The user drags it to another state; the scene decides what a drop means.
class ProcessTokenItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };

    ProcessTokenItem(StateDiagramScene* scene, int pid, const QString& label);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    int pid() const { return m_pid; }
    void setLabel(const QString& label);
    void setDiameter(qreal diameter);
    qreal diameter() const { return m_diameter; }
    // Not arrived yet: drawn faint.
    void setFaded(bool faded);
    // On a CPU during a context-switch slice: a dashed ring.
    void setSwitching(bool switching);
    void setHighlighted(bool highlighted);
    bool isDragging() const { return m_dragging; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    StateDiagramScene* m_scene;
    int m_pid;
    QString m_label;
    qreal m_diameter = 36;
    bool m_faded = false;
    bool m_switching = false;
    bool m_highlighted = false;
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressScenePos;
    QPointF m_originPos;
};

} // namespace processlab
