#include "QueueGauge.h"

#include "Palette.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace processlab {

namespace {

constexpr double kStartAngle = 225.0; // degrees, counter-clockwise from 3 o'clock
constexpr double kSweep = 270.0;

const QColor kLowBand(0xE5, 0x73, 0x73);  // consumers sleep
const QColor kMidBand(0x81, 0xC7, 0x84);  // both work
const QColor kHighBand(0x64, 0xB5, 0xF6); // the producer rests

} // namespace

QueueGauge::QueueGauge(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("queueGauge"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    updateToolTip();
}

qint64 QueueGauge::niceMaximum(qint64 value)
{
    if (value <= 10)
        return 10;
    // 1, 2, 2.5, 5 times a power of ten.
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(value))));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const qint64 candidate = qint64(std::llround(step * magnitude));
        if (candidate >= value)
            return candidate;
    }
    return value;
}

void QueueGauge::setThresholds(qint64 low, qint64 high)
{
    if (low == m_low && high == m_high)
        return;
    m_low = low;
    m_high = high;
    updateToolTip();
    update();
}

void QueueGauge::setScaleMaximum(qint64 maximum)
{
    const qint64 nice = niceMaximum(std::max<qint64>(maximum, 1));
    if (nice == m_maximum)
        return;
    m_maximum = nice;
    update();
}

void QueueGauge::setValue(qint64 length)
{
    if (length == m_value)
        return;
    m_value = length;
    if (m_value > m_maximum)
        m_maximum = niceMaximum(m_value);
    update();
}

void QueueGauge::setCounters(qint64 produced, qint64 consumed, qint64 inQueue)
{
    if (produced == m_produced && consumed == m_consumed && inQueue == m_inQueue)
        return;
    m_produced = produced;
    m_consumed = consumed;
    m_inQueue = inQueue;
    update();
}

void QueueGauge::setCaption(const QString& caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    update();
}

QSize QueueGauge::sizeHint() const
{
    return {360, 320};
}

QSize QueueGauge::minimumSizeHint() const
{
    return {200, 200};
}

void QueueGauge::updateToolTip()
{
    setToolTip(
        tr("Queue length. Red: %1 or fewer items, consumers pause. Green: consumers take items and the "
           "producer produces. Blue: %2 or more, the producer does not start a round.")
            .arg(m_low)
            .arg(m_high));
}

void QueueGauge::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateToolTip();
    QWidget::changeEvent(event);
}

void QueueGauge::paintEvent(QPaintEvent*)
{
    ++m_paints;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);

    // Counters at the bottom, the dial above them.
    const QFont counterFont = palette::diagramFont(std::max(9.0, height() / 34.0));
    const QFontMetricsF counterMetrics(counterFont);
    const double counterHeight = counterMetrics.height() * (m_caption.isEmpty() ? 1.4 : 2.5);
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8 - counterHeight);
    // Room around the dial for the threshold labels outside it.
    const double margin = std::max(14.0, std::min(area.width(), area.height()) * 0.07);
    const double side = std::max(40.0, std::min(area.width() - 2 * margin, (area.height() - margin) * 1.12));
    const double thickness = side * 0.11;
    const QRectF dial(area.center().x() - side / 2 + thickness / 2, area.top() + margin + thickness / 2,
                      side - thickness, side - thickness);
    const double scale = double(std::max<qint64>(m_maximum, 1));
    auto angleOf = [&](double value) { return kStartAngle - kSweep * std::clamp(value / scale, 0.0, 1.0); };

    // Bands: arcs from value a to value b.
    auto band = [&](double a, double b, const QColor& color) {
        if (b <= a)
            return;
        QPen pen(color, thickness, Qt::SolidLine, Qt::FlatCap);
        painter.setPen(pen);
        const double from = angleOf(a);
        const double to = angleOf(b);
        painter.drawArc(dial, int(from * 16), int((to - from) * 16));
    };
    const double low = double(std::clamp<qint64>(m_low, 0, m_maximum));
    const double high = double(std::clamp<qint64>(m_high, 0, m_maximum));
    band(0, low, kLowBand);
    band(low, std::max(low, high), kMidBand);
    band(std::max(low, high), scale, kHighBand);

    // Ticks every tenth of the scale, labels at both ends.
    const QPointF centre = dial.center();
    const double radius = dial.width() / 2;
    auto pointAt = [&](double value, double r) {
        const double rad = qDegreesToRadians(angleOf(value));
        return QPointF(centre.x() + r * std::cos(rad), centre.y() - r * std::sin(rad));
    };
    painter.setPen(QPen(text, 1.2));
    for (int i = 0; i <= 10; ++i) {
        const double v = scale * i / 10.0;
        painter.drawLine(pointAt(v, radius - thickness / 2),
                         pointAt(v, radius - thickness / 2 - thickness * 0.35));
    }
    const QFont tickFont = palette::diagramFont(std::max(8.0, side / 30.0));
    painter.setFont(tickFont);
    auto label = [&](double value, const QString& textValue, bool bold, double r) {
        QFont f = tickFont;
        f.setBold(bold);
        painter.setFont(f);
        const QPointF at = pointAt(value, r);
        const QRectF box(at.x() - 40, at.y() - 12, 80, 24);
        painter.drawText(box, Qt::AlignCenter, textValue);
    };
    label(0, QStringLiteral("0"), false, radius - thickness * 1.6);
    label(scale, QString::number(m_maximum), false, radius - thickness * 1.6);

    // The thresholds: a dark mark across the band and a bold label.
    for (qint64 threshold : {m_low, m_high}) {
        if (threshold < 0 || threshold > m_maximum)
            continue;
        painter.setPen(QPen(text, std::max(2.0, thickness * 0.18), Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(pointAt(double(threshold), radius + thickness * 0.6),
                         pointAt(double(threshold), radius - thickness * 0.6));
        label(double(threshold), QString::number(threshold), true, radius + thickness * 0.6 + margin * 0.6);
    }

    // The needle.
    const double needleValue = double(std::clamp<qint64>(m_value, 0, m_maximum));
    const QColor needle = m_value <= m_low
                              ? kLowBand.darker(150)
                              : (m_value >= m_high ? kHighBand.darker(150) : kMidBand.darker(160));
    painter.setPen(QPen(needle, std::max(3.0, thickness * 0.25), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(centre, pointAt(needleValue, radius - thickness * 0.2));
    painter.setBrush(needle);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(centre, thickness * 0.35, thickness * 0.35);

    // The length in big digits under the hub, and what it is.
    QFont big = palette::diagramFont(std::max(14.0, side / 7.5), true);
    painter.setFont(big);
    painter.setPen(text);
    const QFontMetricsF bigMetrics(big);
    const QRectF valueBox(dial.left(), centre.y() + radius * 0.18, dial.width(), bigMetrics.height());
    painter.drawText(valueBox, Qt::AlignHCenter | Qt::AlignTop, QString::number(m_value));
    QFont small = palette::diagramFont(std::max(8.0, side / 26.0));
    painter.setFont(small);
    painter.drawText(
        QRectF(dial.left(), valueBox.bottom(), dial.width(), QFontMetricsF(small).height() * 1.2),
        Qt::AlignHCenter | Qt::AlignTop, tr("items in the queue"));

    // Counters.
    painter.setFont(counterFont);
    const QRectF counters(8, height() - 8 - counterHeight, width() - 16, counterMetrics.height() * 1.3);
    painter.drawText(counters, Qt::AlignCenter,
                     tr("Produced %1 \u00b7 Consumed %2 \u00b7 In queue %3")
                         .arg(m_produced)
                         .arg(m_consumed)
                         .arg(m_inQueue));
    if (!m_caption.isEmpty()) {
        QColor dim = text;
        dim.setAlphaF(0.7);
        painter.setPen(dim);
        painter.drawText(counters.translated(0, counterMetrics.height() * 1.15), Qt::AlignCenter, m_caption);
    }
}

} // namespace processlab
