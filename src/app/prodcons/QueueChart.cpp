#include "QueueChart.h"

#include "QueueHistory.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace processlab {

QueueChart::QueueChart(QWidget* parent)
    // The chart goes to the constructor, which owns it: setChart() would
    // leave the view's default chart owned by nobody (LeakSanitizer, #8).
    : QChartView(new QChart, parent), m_length(new QLineSeries), m_low(new QLineSeries),
      m_high(new QLineSeries), m_x(new QValueAxis), m_y(new QValueAxis), m_unit(tr("s"))
{
    setObjectName(QStringLiteral("queueChart"));
    QChart* chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_length->setPen(QPen(QColor(0x30, 0x3F, 0x9F), 2));
    m_low->setPen(QPen(QColor(0xE5, 0x73, 0x73).darker(120), 1.5, Qt::DashLine));
    m_high->setPen(QPen(QColor(0x64, 0xB5, 0xF6).darker(130), 1.5, Qt::DashLine));
    for (QLineSeries* series : {m_length, m_low, m_high})
        chart->addSeries(series);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* series : {m_length, m_low, m_high}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_x->setLabelFormat(QStringLiteral("%.1f"));
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_x->setRange(0, m_window);
    m_y->setRange(0, 250);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    retranslate();
}

void QueueChart::retranslate()
{
    m_length->setName(tr("Queue length"));
    m_low->setName(tr("Low threshold (%1)").arg(m_lowValue));
    m_high->setName(tr("High threshold (%1)").arg(m_highValue));
    m_x->setTitleText(tr("Time (%1)").arg(m_unit));
    m_y->setTitleText(tr("Items"));
}

void QueueChart::setThresholds(qint64 low, qint64 high)
{
    m_lowValue = low;
    m_highValue = high;
    retranslate();
}

void QueueChart::setTimeUnit(const QString& unit)
{
    m_unit = unit;
    retranslate();
}

void QueueChart::setWholeRun(bool whole)
{
    m_wholeRun = whole;
}

double QueueChart::axisMinX() const
{
    return m_x->min();
}

double QueueChart::axisMaxX() const
{
    return m_x->max();
}

void QueueChart::refresh(const QueueHistory& history, double now, double yMax)
{
    double from = 0;
    double to = std::max(now, 1e-9);
    if (!m_wholeRun) {
        from = std::max(0.0, now - m_window);
        to = std::max(now, m_window);
    }
    const std::vector<QPointF> points = m_wholeRun ? history.points() : history.window(from);
    QList<QPointF> list(points.begin(), points.end());
    // The line ends at "now", at the current length.
    if (!list.isEmpty() && list.back().x() < now)
        list.append(QPointF(now, list.back().y()));
    m_length->replace(list);
    m_low->replace({QPointF(from, double(m_lowValue)), QPointF(to, double(m_lowValue))});
    m_high->replace({QPointF(from, double(m_highValue)), QPointF(to, double(m_highValue))});
    m_x->setRange(from, to);
    m_y->setRange(0, std::max(yMax, 1.0));
}

} // namespace processlab
