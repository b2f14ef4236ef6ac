#pragma once

#include <QList>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QWidget>

namespace processlab {

class ChartLegend;

class QueueHistory;

// Queue length over time, with the two thresholds as dashed lines; either a
// scrolling window ending now or the whole run. Painted by the widget itself
// (no Qt Charts, whose libraries cost start-up time, #7): a legend at the
// top, the time along the bottom, the items up the left, in the widget's
// font and the palette's colours; only the series have fixed colours.
class QueueChart : public QWidget
{
    Q_OBJECT

public:
    enum Series
    {
        Length,
        LowThreshold,
        HighThreshold
    };

    explicit QueueChart(QWidget* parent = nullptr);

    void setThresholds(qint64 low, qint64 high);
    // `unit` labels the time axis ("s" or "ticks").
    void setTimeUnit(const QString& unit);
    void setWholeRun(bool whole);
    bool wholeRun() const { return m_wholeRun; }
    void setWindowLength(double length) { m_window = length; }
    double windowLength() const { return m_window; }
    // Redraws from `history` up to time `now`; `yMax` is the gauge's scale.
    void refresh(const QueueHistory& history, double now, double yMax);

    // What is drawn, for tests: the length's points in data coordinates
    // (ending at "now"), the thresholds, the axes' ranges and ticks.
    const QList<QPointF>& lengthPoints() const { return m_points; }
    qint64 lowThreshold() const { return m_lowValue; }
    qint64 highThreshold() const { return m_highValue; }
    double axisMinX() const { return m_minX; }
    double axisMaxX() const { return m_maxX; }
    double axisMaxY() const { return m_maxY; }
    QList<double> xTicks() const;
    QList<double> yTicks() const;
    // The legend's texts (length, low, high) and the axes' titles.
    const QStringList& legendTexts() const { return m_names; }
    const QString& xTitle() const { return m_xTitle; }
    const QString& yTitle() const { return m_yTitle; }
    QPen seriesPen(Series series) const;
    // Where the data is drawn, in widget pixels, and a data point there.
    QRectF plotArea() const;
    QPointF toPixel(QPointF data) const;

    void retranslate();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    ChartLegend legend() const;
    double legendHeight() const;
    QString xLabel(double value) const;
    double xStep(const QRectF& plot) const;
    double yStep(const QRectF& plot) const;
    // As the public ones, in a plot computed once (paintEvent).
    QList<double> xTicks(const QRectF& plot) const;
    QList<double> yTicks(const QRectF& plot) const;
    QPointF toPixel(QPointF data, const QRectF& plot) const;
    void paintLegend(QPainter& painter) const;

    QList<QPointF> m_points;
    qint64 m_lowValue = 10;
    qint64 m_highValue = 50;
    QString m_unit;
    bool m_wholeRun = false;
    double m_window = 30;
    double m_minX = 0;
    double m_maxX = 30;
    double m_maxY = 250;
    QStringList m_names;
    QString m_xTitle;
    QString m_yTitle;
};

} // namespace processlab
