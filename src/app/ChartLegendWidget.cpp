#include "ChartLegendWidget.h"

#include "ChartLegend.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStringList>

#include <cmath>

namespace processlab {

namespace {

constexpr double kMargin = 4;

ChartLegend legendOf(const QList<ChartLegendWidget::Entry>& entries, const QFontMetricsF& metrics)
{
    QStringList labels;
    for (const ChartLegendWidget::Entry& entry : entries)
        labels.append(entry.label);
    return ChartLegend(metrics, labels, ChartLegend::swatchSize(metrics));
}

} // namespace

ChartLegendWidget::ChartLegendWidget(QWidget* parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartLegendWidget::setEntries(const QList<Entry>& entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

int ChartLegendWidget::heightForWidth(int width) const
{
    if (m_entries.isEmpty())
        return 0;
    const double rows = legendOf(m_entries, QFontMetricsF(font())).height(width - 2 * kMargin);
    return int(std::ceil(rows + 2 * kMargin));
}

QSize ChartLegendWidget::sizeHint() const
{
    return {400, heightForWidth(400)};
}

QSize ChartLegendWidget::minimumSizeHint() const
{
    return {100, heightForWidth(width() > 0 ? width() : 400)};
}

void ChartLegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setFont(font());
    const QFontMetricsF fm(font());
    const ChartLegend legend = legendOf(m_entries, fm);
    legend.paint(painter, QRectF(kMargin, kMargin, width() - 2 * kMargin, height() - 2 * kMargin),
                 palette().color(QPalette::Text), [this](QPainter& p, int i, const QRectF& marker) {
                     ChartLegend::drawSwatch(p, marker, m_entries[i].color);
                 });
}

} // namespace processlab
