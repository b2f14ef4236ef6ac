#include "ChartLegend.h"

#include <QColor>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace processlab {

ChartLegend::ChartLegend(const QFontMetricsF& metrics, QStringList labels, double markerWidth)
    : m_metrics(metrics), m_labels(std::move(labels)), m_markerWidth(markerWidth)
{}

double ChartLegend::entryWidth(int entry) const
{
    return m_markerWidth + kLabelGap + m_metrics.horizontalAdvance(m_labels.value(entry));
}

QList<ChartLegend::Row> ChartLegend::rows(double available) const
{
    QList<Row> rows;
    for (int i = 0; i < m_labels.size(); ++i) {
        const double w = entryWidth(i);
        if (rows.isEmpty() ||
            (!rows.back().entries.isEmpty() && rows.back().width + kSpacing + w > available))
            rows.append(Row());
        Row& row = rows.back();
        row.width += (row.entries.isEmpty() ? 0 : kSpacing) + w;
        row.entries.append(i);
    }
    return rows;
}

double ChartLegend::height(double available) const
{
    const qsizetype count = rows(available).size();
    return count == 0 ? 0 : double(count) * m_metrics.height() + double(count - 1) * kRowSpacing;
}

void ChartLegend::paint(QPainter& painter, const QRectF& area, const QColor& text,
                        const std::function<void(QPainter&, int, const QRectF&)>& drawMarker) const
{
    const double h = m_metrics.height();
    double y = area.top();
    for (const Row& row : rows(area.width())) {
        double x = std::max(area.left(), area.left() + (area.width() - row.width) / 2);
        for (const int i : row.entries) {
            drawMarker(painter, i, QRectF(x, y, m_markerWidth, h));
            painter.setPen(text);
            painter.drawText(
                QRectF(x + m_markerWidth + kLabelGap, y, entryWidth(i) - m_markerWidth - kLabelGap + 1, h),
                Qt::AlignLeft | Qt::AlignVCenter, m_labels.value(i));
            x += entryWidth(i) + kSpacing;
        }
        y += h + kRowSpacing;
    }
}

double ChartLegend::swatchSize(const QFontMetricsF& metrics)
{
    return std::round(metrics.height() * 0.7);
}

void ChartLegend::drawSwatch(QPainter& painter, const QRectF& marker, const QColor& color)
{
    const double side = marker.width();
    const QRectF box(std::round(marker.left()), std::round(marker.top() + (marker.height() - side) / 2), side,
                     side);
    painter.fillRect(box, color.darker(150));
    painter.fillRect(box.adjusted(1, 1, -1, -1), color);
}

} // namespace processlab
