#pragma once

#include "core/ProcessState.h"

#include <QGraphicsObject>
#include <QPainterPath>

class QVariantAnimation;

namespace processlab {

// A legal transition of the five-state model: a (curved) arrow between two
// state nodes, labelled with its causes. It lights up briefly when a process
// takes it, and while a drag hovers over its target.
class TransitionArrowItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum
    {
        Type = UserType + 2
    };

    // `causes`: the first is the arrow's own cause; Running -> Ready carries
    // two (time slice expired, preempted).
    TransitionArrowItem(ProcessState from, ProcessState to, std::vector<TransitionCause> causes,
                        QGraphicsItem* parent = nullptr);
    ~TransitionArrowItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    ProcessState from() const { return m_from; }
    ProcessState to() const { return m_to; }
    // The arrow's line, from the source node's edge to the target's.
    const QPainterPath& path() const { return m_path; }
    void setGeometry(const QPainterPath& path, const QPointF& labelCenter);
    // What is drawn: the line up to where the head starts, and the head
    // from there to the tip (the path's end), kHeadLength along the path.
    static constexpr qreal kHeadLength = 16;
    const QPainterPath& shaft() const { return m_shaft; }
    QPointF headBase() const { return m_headBase; }
    QPointF tip() const { return m_tip; }

    // Highlights the arrow for `durationMs`, emphasising `cause`.
    void flash(TransitionCause cause, int durationMs);
    void setPreview(bool preview);
    qreal intensity() const { return m_intensity; }
    void retranslate();

private:
    QRectF labelRect() const;
    // Path lengths and font metrics are costly (they were a tenth of the
    // first frame): computed when the geometry or the labels change, not
    // on every paint or bounding-rect query.
    void updateShaft();
    void updateLabelSize();

    ProcessState m_from;
    ProcessState m_to;
    std::vector<TransitionCause> m_causes;
    QStringList m_labels;
    QPainterPath m_path;
    QPointF m_labelCenter;
    QPainterPath m_shaft; // m_path up to where the head starts
    QPointF m_tip;
    QPointF m_headBase;
    QSizeF m_labelSize;
    qreal m_lineHeight = 0;
    qreal m_intensity = 0;
    bool m_preview = false;
    int m_flashCause = -1;
    QVariantAnimation* m_fade = nullptr;
};

} // namespace processlab
