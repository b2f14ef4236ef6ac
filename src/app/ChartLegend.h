#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QColor;
class QPainter;

namespace processlab {

// A chart's legend: entries of a marker and a label, in centred rows as wide
// as the chart allows, wrapped where they do not fit. The queue chart and the
// compare dialog's bar chart draw theirs with it.
class ChartLegend
{
public:
    // `markerWidth` is the room of each entry's marker, left of its label.
    ChartLegend(const QFontMetricsF& metrics, QStringList labels, double markerWidth);

    struct Row
    {
        QList<int> entries;
        double width = 0;
    };
    // The rows within `available` pixels; an entry wider than that has a row
    // of its own.
    QList<Row> rows(double available) const;
    // The height of the rows within `available` (0 with no entry).
    double height(double available) const;
    // Draws the rows centred in `area` (from its top), each label in `text`;
    // `drawMarker` draws entry i's marker in the box given.
    void paint(QPainter& painter, const QRectF& area, const QColor& text,
               const std::function<void(QPainter&, int, const QRectF&)>& drawMarker) const;

    double entryWidth(int entry) const;
    // The side of a colour swatch beside text of `metrics`.
    static double swatchSize(const QFontMetricsF& metrics);
    // A square swatch of `color` with a darker edge, centred upright in a
    // marker box as wide as it is high.
    static void drawSwatch(QPainter& painter, const QRectF& marker, const QColor& color);

    static constexpr double kSpacing = 18;   // between entries
    static constexpr double kLabelGap = 6;   // between a marker and its label
    static constexpr double kRowSpacing = 2; // between rows

private:
    QFontMetricsF m_metrics;
    QStringList m_labels;
    double m_markerWidth;
};

} // namespace processlab
