#include "QueueChart.h"

#include "ChartColors.h"
#include "ChartLegend.h"

#include "QueueHistory.h"
#include "render/TimeAxis.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace processlab {

namespace {

constexpr double kMargin = 6;  // around everything
constexpr double kGap = 6;     // between a label and what it labels
constexpr double kTick = 4;    // tick marks' length
constexpr double kSample = 24; // a legend entry's line

const QColor kLengthColor(0x30, 0x3F, 0x9F);
const QColor kLowColor(0xE5, 0x73, 0x73);
const QColor kHighColor(0x64, 0xB5, 0xF6);

// A pixel row or column's centre, so 1 px lines stay sharp.
double crisp(double v)
{
    return std::floor(v) + 0.5;
}

} // namespace

QueueChart::QueueChart(QWidget* parent) : QWidget(parent), m_unit(tr("s"))
{
    setObjectName(QStringLiteral("queueChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMinimumHeight(180);
    retranslate();
}

void QueueChart::retranslate()
{
    m_names = {tr("Queue length"), tr("Low threshold (%1)").arg(m_lowValue),
               tr("High threshold (%1)").arg(m_highValue)};
    m_xTitle = tr("Time (%1)").arg(m_unit);
    m_yTitle = tr("Items");
    update();
}

void QueueChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueueChart::setThresholds(qint64 low, qint64 high)
{
    if (low == m_lowValue && high == m_highValue)
        return;
    m_lowValue = low;
    m_highValue = high;
    retranslate();
}

void QueueChart::setTimeUnit(const QString& unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    retranslate();
}

void QueueChart::setWholeRun(bool whole)
{
    m_wholeRun = whole;
}

void QueueChart::refresh(const QueueHistory& history, double now, double yMax)
{
    double from = 0;
    double to = std::max(now, 1e-9);
    if (!m_wholeRun) {
        from = std::max(0.0, now - m_window);
        to = std::max(now, m_window);
    }
    auto take = [this](const std::vector<QPointF>& points) {
        m_points.clear();
        m_points.reserve(qsizetype(points.size()) + 1);
        for (const QPointF& p : points)
            m_points.append(p);
    };
    if (m_wholeRun)
        take(history.points());
    else
        take(history.window(from));
    // The line ends at "now", at the current length.
    if (!m_points.isEmpty() && m_points.back().x() < now)
        m_points.append(QPointF(now, m_points.back().y()));
    m_minX = from;
    m_maxX = std::max(to, from + 1e-9);
    m_maxY = std::max(yMax, 1.0);
    update();
}

QPen QueueChart::seriesPen(Series series) const
{
    // The course's colours; lighter on a dark background, where the dark
    // indigo would not be seen.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    switch (series) {
    case Length:
        return QPen(dark ? kLengthColor.lighter(190) : kLengthColor, 2, Qt::SolidLine, Qt::RoundCap,
                    Qt::RoundJoin);
    case LowThreshold:
        return QPen(dark ? kLowColor : kLowColor.darker(120), 2, Qt::DashLine);
    case HighThreshold:
        return QPen(dark ? kHighColor : kHighColor.darker(130), 2, Qt::DashLine);
    }
    return QPen();
}

// --- geometry ---------------------------------------------------------------------

QString QueueChart::xLabel(double value) const
{
    return QString::number(value, 'f', 1);
}

ChartLegend QueueChart::legend() const
{
    return ChartLegend(QFontMetricsF(font()), m_names, kSample); // a piece of each series' line
}

double QueueChart::legendHeight() const
{
    return legend().height(width() - 2 * kMargin);
}

QRectF QueueChart::plotArea() const
{
    const QFontMetricsF fm(font());
    const double h = fm.height();
    const double yLabelWidth = fm.horizontalAdvance(QString::number(qint64(std::ceil(m_maxY))));
    const double xLabelWidth =
        std::max(fm.horizontalAdvance(xLabel(m_minX)), fm.horizontalAdvance(xLabel(m_maxX)));
    // Left: the turned title, the labels, the ticks. Bottom: the ticks, the
    // labels (clear of the lowest label on the left), the title.
    const double left = std::ceil(kMargin + h + kGap + yLabelWidth + kGap + kTick);
    const double right = std::floor(width() - kMargin - std::max(xLabelWidth / 2, kGap));
    const double top = std::ceil(kMargin + legendHeight() + kGap + h / 2);
    const double bottom = std::floor(height() - kMargin - h - 2 - h - std::max(kTick + 2, h / 2 + 1));
    return QRectF(QPointF(left, top), QPointF(std::max(left, right), std::max(top, bottom)));
}

QPointF QueueChart::toPixel(QPointF data) const
{
    return toPixel(data, plotArea());
}

QPointF QueueChart::toPixel(QPointF data, const QRectF& plot) const
{
    const double spanX = std::max(m_maxX - m_minX, 1e-12);
    return {plot.left() + (data.x() - m_minX) / spanX * plot.width(),
            plot.bottom() - data.y() / m_maxY * plot.height()};
}

double QueueChart::xStep(const QRectF& plot) const
{
    // Labels at least their width and a gap apart: 1, 2 or 5 × 10^k, from 0.1.
    const QFontMetricsF fm(font());
    const double labelWidth =
        std::max(fm.horizontalAdvance(xLabel(m_minX)), fm.horizontalAdvance(xLabel(m_maxX)));
    const double span = m_maxX - m_minX;
    if (!(plot.width() > 0) || !(span > 0))
        return 0.1;
    const double minStep = (labelWidth + 1.5 * fm.height()) * span / plot.width();
    return double(TimeAxis::niceStep(minStep * 10)) / 10;
}

double QueueChart::yStep(const QRectF& plot) const
{
    // Whole items, labels at least 1.6 lines apart.
    if (!(plot.height() > 0))
        return m_maxY;
    const double minStep = 1.6 * QFontMetricsF(font()).height() * m_maxY / plot.height();
    return double(TimeAxis::niceStep(minStep));
}

QList<double> QueueChart::xTicks() const
{
    return xTicks(plotArea());
}

QList<double> QueueChart::xTicks(const QRectF& plot) const
{
    const Tick tenths = Tick(std::llround(xStep(plot) * 10));
    QList<double> ticks;
    for (Tick t : TimeAxis::ticks(m_minX * 10 - 1e-6, m_maxX * 10 + 1e-6, tenths))
        ticks.append(double(t) / 10);
    return ticks;
}

QList<double> QueueChart::yTicks() const
{
    return yTicks(plotArea());
}

QList<double> QueueChart::yTicks(const QRectF& plot) const
{
    QList<double> ticks;
    for (Tick t : TimeAxis::ticks(0, m_maxY, Tick(yStep(plot))))
        ticks.append(double(t));
    return ticks;
}

QSize QueueChart::sizeHint() const
{
    return {480, 240};
}

QSize QueueChart::minimumSizeHint() const
{
    return {240, 180};
}

// --- painting ---------------------------------------------------------------------

void QueueChart::paintLegend(QPainter& painter) const
{
    legend().paint(painter, QRectF(kMargin, kMargin, width() - 2 * kMargin, legendHeight()),
                   palette().color(QPalette::Text), [this](QPainter& p, int i, const QRectF& marker) {
                       p.setPen(seriesPen(Series(i)));
                       p.drawLine(QPointF(marker.left(), marker.center().y()),
                                  QPointF(marker.right(), marker.center().y()));
                   });
}

void QueueChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const auto [text, axis, grid] = ChartColors::from(palette());
    const QFontMetricsF fm(font());
    const double h = fm.height();

    paintLegend(painter);
    const QRectF plot = plotArea();
    if (plot.width() < 10 || plot.height() < 10)
        return;
    auto px = [&](double x) { return toPixel(QPointF(x, 0), plot).x(); };
    auto py = [&](double y) { return toPixel(QPointF(m_minX, y), plot).y(); };

    // Grid, ticks and labels.
    const QList<double> xs = xTicks(plot);
    const QList<double> ys = yTicks(plot);
    const double xLabelTop = plot.bottom() + std::max(kTick + 2, h / 2 + 1);
    for (double x : xs) {
        const double at = crisp(px(x));
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
        painter.setPen(QPen(axis, 1));
        painter.drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.bottom() + kTick));
        painter.setPen(text);
        painter.drawText(QRectF(at - 100, xLabelTop, 200, h), Qt::AlignHCenter | Qt::AlignTop, xLabel(x));
    }
    const double yLabelRight = plot.left() - kTick - kGap;
    for (double y : ys) {
        const double at = crisp(py(y));
        if (y > 0) {
            painter.setPen(QPen(grid, 1));
            painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at));
        }
        painter.setPen(QPen(axis, 1));
        painter.drawLine(QPointF(plot.left() - kTick, at), QPointF(plot.left(), at));
        painter.setPen(text);
        painter.drawText(QRectF(yLabelRight - 200, at - h / 2, 200, h), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(qint64(y)));
    }
    painter.setPen(QPen(axis, 1));
    painter.drawLine(QPointF(plot.left() - 0.5, plot.top()), QPointF(plot.left() - 0.5, plot.bottom() + 0.5));
    painter.drawLine(QPointF(plot.left() - 0.5, plot.bottom() + 0.5),
                     QPointF(plot.right(), plot.bottom() + 0.5));

    // Axis titles: the time centred below, the items turned up the left.
    painter.setPen(text);
    painter.drawText(QRectF(plot.left() - 100, height() - kMargin - h, plot.width() + 200, h),
                     Qt::AlignHCenter | Qt::AlignBottom, m_xTitle);
    painter.save();
    painter.translate(kMargin, plot.center().y());
    painter.rotate(-90);
    const double titleWidth = std::max(plot.height(), fm.horizontalAdvance(m_yTitle) + 2);
    painter.drawText(QRectF(-titleWidth / 2, 0, titleWidth, h), Qt::AlignCenter, m_yTitle);
    painter.restore();

    // The series, inside the plot (the window's first point lies left of it).
    painter.save();
    painter.setClipRect(QRectF(plot.left(), plot.top() - 2, plot.width() + 2, plot.height() + 4));
    for (Series s : {LowThreshold, HighThreshold}) {
        const qint64 value = s == LowThreshold ? m_lowValue : m_highValue;
        if (value < 0 || double(value) > m_maxY)
            continue;
        painter.setPen(seriesPen(s));
        painter.drawLine(QPointF(plot.left(), py(double(value))), QPointF(plot.right(), py(double(value))));
    }
    if (!m_points.isEmpty()) {
        QPolygonF line;
        line.reserve(m_points.size());
        for (const QPointF& p : m_points)
            line.append(toPixel(p, plot));
        painter.setPen(seriesPen(Length));
        painter.drawPolyline(line);
    }
    painter.restore();
}

} // namespace processlab
