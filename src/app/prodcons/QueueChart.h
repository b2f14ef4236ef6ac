#pragma once

#include <QChartView>
#include <QPointF>

#include <vector>

class QLineSeries;
class QValueAxis;

namespace processlab {

class QueueHistory;

// Queue length over time (Qt Charts), with the two thresholds as dashed
// lines; either a scrolling window ending now or the whole run.
class QueueChart : public QChartView
{
    Q_OBJECT

public:
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

    // What is drawn, for tests.
    QLineSeries* lengthSeries() const { return m_length; }
    double axisMinX() const;
    double axisMaxX() const;

    void retranslate();

private:
    QLineSeries* m_length;
    QLineSeries* m_low;
    QLineSeries* m_high;
    QValueAxis* m_x;
    QValueAxis* m_y;
    qint64 m_lowValue = 10;
    qint64 m_highValue = 50;
    QString m_unit;
    bool m_wholeRun = false;
    double m_window = 30;
};

} // namespace processlab
