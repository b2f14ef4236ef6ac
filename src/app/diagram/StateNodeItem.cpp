#include "StateNodeItem.h"

#include "DiagramText.h"
#include "Palette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace processlab {

namespace {
constexpr qreal kTitleHeight = 50;
constexpr qreal kPadding = 8;
constexpr qreal kGap = 6;

// A CPU slot: its fill, dashed straight sides and solid rounded corners. The
// same look as a dashed rounded rectangle, for a tenth of the cost: Qt dashes
// curves slowly, and this was the most expensive shape of the first frame
// (#7).
void drawSlot(QPainter* painter, const QRectF& rect, qreal radius, const QPen& dashed, const QBrush& fill)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, radius, radius);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(dashed);
    const qreal left = rect.left();
    const qreal right = rect.right();
    const qreal top = rect.top();
    const qreal bottom = rect.bottom();
    painter->drawLine(QPointF(left + radius, top), QPointF(right - radius, top));
    painter->drawLine(QPointF(left + radius, bottom), QPointF(right - radius, bottom));
    painter->drawLine(QPointF(left, top + radius), QPointF(left, bottom - radius));
    painter->drawLine(QPointF(right, top + radius), QPointF(right, bottom - radius));
    QPen solid = dashed;
    solid.setStyle(Qt::SolidLine);
    painter->setPen(solid);
    const qreal d = 2 * radius;
    QPainterPath corners;
    corners.arcMoveTo(QRectF(left, top, d, d), 90);
    corners.arcTo(QRectF(left, top, d, d), 90, 90);
    corners.arcMoveTo(QRectF(right - d, top, d, d), 0);
    corners.arcTo(QRectF(right - d, top, d, d), 0, 90);
    corners.arcMoveTo(QRectF(left, bottom - d, d, d), 180);
    corners.arcTo(QRectF(left, bottom - d, d, d), 180, 90);
    corners.arcMoveTo(QRectF(right - d, bottom - d, d, d), 270);
    corners.arcTo(QRectF(right - d, bottom - d, d, d), 270, 90);
    painter->drawPath(corners);
}
} // namespace

StateNodeItem::StateNodeItem(ProcessState state, const QRectF& rect) : m_state(state), m_rect(rect)
{
    setZValue(0);
    retranslate();
}

void StateNodeItem::retranslate()
{
    m_title = stateName(m_state);
    const QString chinese = palette::chineseStateName(m_state);
    // Both languages on every node: the Chinese term under an English
    // title, the English one under a Chinese title.
    m_subtitle = m_title == chinese ? QString::fromLatin1(stateSourceName(m_state)) : chinese;
    update();
}

QRectF StateNodeItem::boundingRect() const
{
    return m_rect.adjusted(-8, -8, 8, 8);
}

QRectF StateNodeItem::contentRect() const
{
    return m_rect.adjusted(kPadding, kTitleHeight, -kPadding, -kPadding);
}

int StateNodeItem::columns() const
{
    return std::max(1, int((contentRect().width() + kGap) / (kTokenSize + kGap)));
}

int StateNodeItem::slotColumns() const
{
    const QRectF content = contentRect();
    // The column count that gives the biggest square slots.
    int best = 1;
    qreal bestSize = 0;
    for (int cols = 1; cols <= m_cpus; ++cols) {
        const int rows = (m_cpus + cols - 1) / cols;
        const qreal size = std::min((content.width() - kGap * (cols - 1)) / cols,
                                    (content.height() - kGap * (rows - 1)) / rows);
        if (size > bestSize) {
            bestSize = size;
            best = cols;
        }
    }
    return best;
}

int StateNodeItem::capacity() const
{
    if (m_state == ProcessState::Running)
        return m_cpus;
    const int rows = std::max(1, int((contentRect().height() + kGap) / (kTokenSize + kGap)));
    return columns() * rows;
}

qreal StateNodeItem::tokenSize() const
{
    if (m_state != ProcessState::Running)
        return kTokenSize;
    const QRectF slot = slotRect(0);
    return std::clamp(std::min(slot.width(), slot.height()) * 0.62, 10.0, 46.0);
}

QRectF StateNodeItem::slotRect(int cpu) const
{
    const QRectF content = contentRect();
    const int cols = slotColumns();
    const int rows = (m_cpus + cols - 1) / cols;
    const qreal w = (content.width() - kGap * (cols - 1)) / cols;
    const qreal h = (content.height() - kGap * (rows - 1)) / rows;
    const int row = cpu / cols;
    const int col = cpu % cols;
    // Centre a row that is not full.
    const int inRow = row == rows - 1 ? m_cpus - row * cols : cols;
    const qreal rowOffset = (content.width() - (inRow * w + (inRow - 1) * kGap)) / 2;
    return QRectF(content.left() + rowOffset + col * (w + kGap), content.top() + row * (h + kGap), w, h);
}

int StateNodeItem::slotAt(const QPointF& scenePos) const
{
    if (m_state != ProcessState::Running)
        return -1;
    for (int cpu = 0; cpu < m_cpus; ++cpu) {
        if (slotRect(cpu).contains(scenePos))
            return cpu;
    }
    return -1;
}

QPointF StateNodeItem::tokenCenter(int index) const
{
    if (m_state == ProcessState::Running) {
        const QRectF slot = slotRect(index);
        const bool labelled = slot.height() > 60;
        return QPointF(slot.center().x(), labelled ? slot.center().y() - 7 : slot.center().y());
    }
    const QRectF content = contentRect();
    const int cols = columns();
    const qreal used = cols * kTokenSize + (cols - 1) * kGap;
    const qreal left = content.left() + (content.width() - used) / 2;
    const int row = index / cols;
    const int col = index % cols;
    return QPointF(left + col * (kTokenSize + kGap) + kTokenSize / 2,
                   content.top() + row * (kTokenSize + kGap) + kTokenSize / 2);
}

void StateNodeItem::setCpuCount(int cpus)
{
    m_cpus = std::max(1, cpus);
    m_switching.assign(size_t(m_cpus), false);
    update();
}

void StateNodeItem::setSwitching(const std::vector<bool>& switching)
{
    if (switching != m_switching) {
        m_switching = switching;
        update();
    }
}

void StateNodeItem::setHiddenCount(int hidden)
{
    if (hidden != m_hidden) {
        m_hidden = hidden;
        update();
    }
}

void StateNodeItem::setCount(int count)
{
    if (count != m_count) {
        m_count = count;
        update();
    }
}

void StateNodeItem::setDropMode(DropMode mode)
{
    if (mode == m_dropMode)
        return;
    m_dropMode = mode;
    setOpacity(mode == DropMode::Illegal ? 0.35 : 1.0);
    update();
}

void StateNodeItem::setHovered(bool hovered)
{
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void StateNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette::stateColor(m_state);
    QColor fill = palette::stateFill(m_state);
    QPen border(accent, 3);
    if (m_dropMode == DropMode::Legal) {
        // A lit-up target: a glow ring and a stronger border.
        painter->setPen(Qt::NoPen);
        QColor glow(0x3c, 0xc8, 0x5a, m_hovered ? 150 : 90);
        painter->setBrush(glow);
        painter->drawRoundedRect(m_rect.adjusted(-7, -7, 7, 7), 20, 20);
        border = QPen(QColor(0x1f, 0x9d, 0x3f), m_hovered ? 5 : 4);
        if (m_hovered)
            fill = fill.lighter(106);
    } else if (m_dropMode == DropMode::Source) {
        border.setStyle(Qt::DashLine);
    }
    if (border.style() == Qt::SolidLine) {
        // A solid border as two fills, the border colour under the fill: the
        // same picture, without stroking a wide antialiased outline (a fifth
        // of the diagram's first paint).
        const qreal half = border.widthF() / 2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(border.color());
        painter->drawRoundedRect(m_rect.adjusted(-half, -half, half, half), 14 + half, 14 + half);
        painter->setBrush(fill);
        painter->drawRoundedRect(m_rect.adjusted(half, half, -half, -half), 14 - half, 14 - half);
    } else {
        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawRoundedRect(m_rect, 14, 14);
    }

    // How many processes are here, top right; the title keeps clear of it.
    qreal badgeRoom = 0;
    if (m_count > 0 && m_state != ProcessState::Running) {
        const QString count = QString::number(m_count);
        const qreal width = std::max<qreal>(30, DiagramText::advance(count, 9, true) + 14);
        const QRectF badge(m_rect.right() - 8 - width, m_rect.top() + 8, width, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(badge, 9, 9);
        painter->setPen(Qt::white);
        DiagramText::draw(painter, badge, Qt::AlignCenter, count, 9, true);
        badgeRoom = width + 10;
    }

    // Title (translated) and the other language below it, centred, smaller
    // if a long translation would run into the badge.
    const QRectF titleRect =
        QRectF(m_rect.left(), m_rect.top() + 3, m_rect.width(), 26).adjusted(badgeRoom, 0, -badgeRoom, 0);
    qreal titleSize = 16;
    const qreal titleWidth = DiagramText::advance(m_title, titleSize, true);
    if (titleWidth > titleRect.width() && titleWidth > 0)
        titleSize = std::max(8.0, titleSize * titleRect.width() / titleWidth);
    painter->setPen(accent.darker(150));
    DiagramText::draw(painter, titleRect, Qt::AlignHCenter | Qt::AlignVCenter, m_title, titleSize, true);
    painter->setPen(accent.darker(130));
    DiagramText::draw(painter, QRectF(m_rect.left(), m_rect.top() + 27, m_rect.width(), 20),
                      Qt::AlignHCenter | Qt::AlignVCenter, m_subtitle, 12, false);

    if (m_state == ProcessState::Running) {
        for (int cpu = 0; cpu < m_cpus; ++cpu) {
            const QRectF slot = slotRect(cpu);
            const bool switching = size_t(cpu) < m_switching.size() && m_switching[size_t(cpu)];
            drawSlot(painter, slot, 8, QPen(accent.darker(110), 1.5, Qt::DashLine),
                     switching ? QBrush(accent.lighter(160), Qt::BDiagPattern) : QBrush(fill.lighter(108)));
            if (slot.height() > 60) {
                painter->setPen(accent.darker(140));
                const QString label =
                    switching ? QCoreApplication::translate("StateDiagram", "CPU %1 \u00b7 switch").arg(cpu)
                              : QCoreApplication::translate("StateDiagram", "CPU %1").arg(cpu);
                DiagramText::draw(painter, QRectF(slot.left(), slot.bottom() - 20, slot.width(), 18),
                                  Qt::AlignCenter, label, 9, false);
            }
        }
    }

    if (m_hidden > 0) {
        painter->setPen(accent.darker(160));
        const QPointF last = tokenCenter(capacity() - 1);
        const QRectF cell(last.x() - kTokenSize, last.y() - kTokenSize / 2, kTokenSize * 2, kTokenSize);
        DiagramText::draw(painter, cell, Qt::AlignCenter,
                          QCoreApplication::translate("StateDiagram", "+%1").arg(m_hidden), 10, true);
    }
}

} // namespace processlab
