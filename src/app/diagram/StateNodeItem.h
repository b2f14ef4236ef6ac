#pragma once

#include "core/ProcessState.h"

#include <QGraphicsItem>
#include <QString>

#include <vector>

namespace processlab {

// One state of the five-state model: a labelled rounded box that holds the
// tokens of the processes in that state. Running holds one slot per CPU.
// While a token is dragged, the node shows whether it is a legal target.
class StateNodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    enum class DropMode
    {
        None,
        Source,
        Legal,
        Illegal
    };

    static constexpr qreal kTokenSize = 36;

    StateNodeItem(ProcessState state, const QRectF& rect);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    ProcessState state() const { return m_state; }
    QRectF rect() const { return m_rect; }

    // --- token layout (scene coordinates) -----------------------------------
    // How many tokens fit (Running: one per CPU).
    int capacity() const;
    // Centre of the index-th token (Running: of CPU `index`'s slot).
    QPointF tokenCenter(int index) const;
    qreal tokenSize() const;
    // Running only.
    void setCpuCount(int cpus);
    int cpuCount() const { return m_cpus; }
    QRectF slotRect(int cpu) const;
    // The CPU slot under `scenePos`, -1 for none.
    int slotAt(const QPointF& scenePos) const;
    void setSwitching(const std::vector<bool>& switching);
    // Processes in this state that have no token ("+12 more").
    void setHiddenCount(int hidden);
    void setCount(int count);

    void setDropMode(DropMode mode);
    DropMode dropMode() const { return m_dropMode; }
    void setHovered(bool hovered);
    // Re-reads the translated labels.
    void retranslate();

private:
    QRectF contentRect() const;
    int columns() const;
    int slotColumns() const;

    ProcessState m_state;
    QRectF m_rect;
    QString m_title;
    QString m_subtitle;
    int m_cpus = 1;
    std::vector<bool> m_switching;
    int m_hidden = 0;
    int m_count = 0;
    DropMode m_dropMode = DropMode::None;
    bool m_hovered = false;
};

} // namespace processlab
