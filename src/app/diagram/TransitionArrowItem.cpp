#include "TransitionArrowItem.h"

#include "DiagramText.h"
#include "Palette.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QVariantAnimation>

#include <cmath>

namespace processlab {

namespace {
constexpr qreal kHeadWidth = 12;

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

TransitionArrowItem::TransitionArrowItem(ProcessState from, ProcessState to,
                                         std::vector<TransitionCause> causes, QGraphicsItem* parent)
    : QGraphicsObject(parent), m_from(from), m_to(to), m_causes(std::move(causes))
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    m_fade = new QVariantAnimation(this);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    m_fade->setEasingCurve(QEasingCurve::InQuad);
    connect(m_fade, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_intensity = value.toReal();
        update();
    });
    connect(m_fade, &QVariantAnimation::finished, this, [this] {
        m_intensity = 0;
        m_flashCause = -1;
        update();
    });
    retranslate();
}

TransitionArrowItem::~TransitionArrowItem() = default;

void TransitionArrowItem::retranslate()
{
    prepareGeometryChange();
    m_labels.clear();
    for (TransitionCause cause : m_causes)
        m_labels << causeName(cause);
    QString tip;
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        tip += (i ? QStringLiteral(" / ") : QString()) + m_labels[i];
    setToolTip(QStringLiteral("%1 \u2192 %2: %3").arg(stateName(m_from), stateName(m_to), tip));
    updateLabelSize();
    update();
}

void TransitionArrowItem::updateLabelSize()
{
    qreal width = 0;
    for (const QString& label : m_labels)
        width = std::max(width, DiagramText::advance(label, 10, true));
    m_lineHeight = DiagramText::lineHeight(10, true);
    m_labelSize = QSizeF(width, m_lineHeight * m_labels.size());
}

void TransitionArrowItem::updateShaft()
{
    m_shaft = QPainterPath();
    if (m_path.isEmpty())
        return;
    // The line stops where the head starts, so the head's tip is sharp. The
    // path flattened once and walked by length: QPainterPath::pointAtPercent()
    // measures the whole curve again on every call.
    QPolygonF points;
    for (const QPolygonF& part : m_path.toSubpathPolygons())
        points += part;
    m_tip = points.last();
    qreal length = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        length += QLineF(points[i - 1], points[i]).length();
    qreal left = std::max<qreal>(0, length - kHeadLength); // from the start to the head's base
    m_headBase = points.first();
    m_shaft.moveTo(points.first());
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QLineF segment(points[i - 1], points[i]);
        if (segment.length() >= left) {
            m_headBase = segment.length() > 0 ? segment.pointAt(left / segment.length()) : segment.p1();
            break;
        }
        left -= segment.length();
        m_shaft.lineTo(points[i]);
        m_headBase = points[i];
    }
    m_shaft.lineTo(m_headBase);
}

void TransitionArrowItem::setGeometry(const QPainterPath& path, const QPointF& labelCenter)
{
    prepareGeometryChange();
    m_path = path;
    m_labelCenter = labelCenter;
    updateShaft();
}

QRectF TransitionArrowItem::labelRect() const
{
    const qreal width = m_labelSize.width();
    const qreal height = m_labelSize.height();
    return QRectF(m_labelCenter.x() - width / 2 - 6, m_labelCenter.y() - height / 2 - 3, width + 12,
                  height + 6);
}

QRectF TransitionArrowItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-kHeadLength, -kHeadLength, kHeadLength, kHeadLength) | labelRect();
}

QPainterPath TransitionArrowItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addRect(labelRect());
    return shape;
}

void TransitionArrowItem::flash(TransitionCause cause, int durationMs)
{
    m_flashCause = -1;
    for (size_t i = 0; i < m_causes.size(); ++i) {
        if (m_causes[i] == cause)
            m_flashCause = int(i);
    }
    m_fade->stop();
    m_fade->setDuration(std::max(300, durationMs));
    m_intensity = 1;
    m_fade->start();
    update();
}

void TransitionArrowItem::setPreview(bool preview)
{
    if (preview != m_preview) {
        m_preview = preview;
        update();
    }
}

void TransitionArrowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_path.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal t = m_preview ? 1.0 : m_intensity;
    const QColor base(0x5f, 0x66, 0x6d);
    const QColor hot = m_preview ? QColor(0x1f, 0x9d, 0x3f) : palette::stateColor(m_to).darker(115);
    const QColor color = mix(base, hot, t);
    const qreal width = 2.5 + 3.5 * t;

    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_shaft);

    const QPointF tip = m_tip;
    const QPointF dir = tip - m_headBase;
    const qreal norm = std::hypot(dir.x(), dir.y());
    if (norm > 0) {
        const QPointF unit = dir / norm;
        const QPointF normal(-unit.y(), unit.x());
        const qreal headWidth = kHeadWidth + 2 * t;
        QPolygonF head;
        head << tip << tip - unit * (kHeadLength + 2 * t) + normal * headWidth / 2
             << tip - unit * (kHeadLength + 2 * t) - normal * headWidth / 2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(head);
    }

    // The causes, on a light plate so they stay readable over lines.
    const QRectF plate = labelRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, t > 0 ? 245 : 215));
    painter->drawRoundedRect(plate, 6, 6);
    qreal y = plate.top() + 3;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const bool emphasised = t > 0 && (m_flashCause < 0 || m_flashCause == i);
        painter->setPen(emphasised ? hot.darker(130) : QColor(0x3b, 0x41, 0x47));
        DiagramText::draw(painter, QRectF(plate.left(), y, plate.width(), m_lineHeight), Qt::AlignCenter,
                          m_labels[i], 10, emphasised);
        y += m_lineHeight;
    }
}

} // namespace processlab
