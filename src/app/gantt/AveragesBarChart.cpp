#include "AveragesBarChart.h"

#include "ChartColors.h"
#include "ChartLegend.h"

#include "render/TimeAxis.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace processlab {

namespace {

constexpr double kMargin = 8;
constexpr double kGap = 6;
constexpr double kTick = 4;

double crisp(double v)
{
    return std::floor(v) + 0.5;
}

} // namespace

AveragesBarChart::AveragesBarChart(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMinimumHeight(240);
}

void AveragesBarChart::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void AveragesBarChart::setCategories(const QStringList& categories)
{
    m_categories = categories;
    update();
}

void AveragesBarChart::setSets(const QList<Set>& sets)
{
    m_sets = sets;
    update();
}

void AveragesBarChart::setTitleLines(int lines)
{
    m_titleLines = std::max(1, lines);
    update();
}

void AveragesBarChart::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void AveragesBarChart::setValueDecimals(int decimals)
{
    m_decimals = std::max(0, decimals);
    update();
}

void AveragesBarChart::setFixedMaximum(double maximum)
{
    m_fixedMaximum = std::max(0.0, maximum);
    update();
}

QString AveragesBarChart::setLabel(int set) const
{
    return set >= 0 && set < setCount() ? m_sets[set].label : QString();
}

QColor AveragesBarChart::setColor(int set) const
{
    return set >= 0 && set < setCount() ? m_sets[set].color : QColor();
}

double AveragesBarChart::value(int set, int category) const
{
    if (set < 0 || set >= setCount())
        return 0;
    return m_sets[set].values.value(category, 0.0);
}

double AveragesBarChart::axisMaximum() const
{
    if (m_fixedMaximum > 0)
        return m_fixedMaximum;
    double maximum = 1;
    for (const Set& set : m_sets)
        for (double v : set.values)
            maximum = std::max(maximum, v);
    return maximum * 1.1;
}

QString AveragesBarChart::valueText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QColor AveragesBarChart::seriesColor(int index)
{
    static const QRgb colors[] = {0x0072B2, 0xE69F00, 0x009E73, 0xD55E00,
                                  0x56B4E9, 0xCC79A7, 0xF0E442, 0x8C564B};
    const int n = int(std::size(colors));
    return QColor(colors[((index % n) + n) % n]);
}

QSize AveragesBarChart::sizeHint() const
{
    return {480, 300};
}

QSize AveragesBarChart::minimumSizeHint() const
{
    return {240, 240};
}

// --- geometry ---------------------------------------------------------------------

ChartLegend AveragesBarChart::legend() const
{
    const QFontMetricsF fm(font());
    QStringList labels;
    for (int i = 0; i < setCount(); ++i)
        labels.append(setLabel(i));
    return ChartLegend(fm, labels, ChartLegend::swatchSize(fm)); // a swatch per policy
}

double AveragesBarChart::legendHeight() const
{
    if (!m_legendVisible)
        return 0;
    return legend().height(width() - 2 * kMargin);
}

double AveragesBarChart::titleHeight() const
{
    if (m_title.isEmpty())
        return 0;
    // The lines kept, or more where the title's lines are taller (Chinese
    // drawn with the fallback font, whose lines are higher than the
    // widgets' Latin font's).
    const QFontMetricsF fm(font());
    const double drawn =
        fm.boundingRect(QRectF(0, 0, width() - 2 * kMargin, 1e6), Qt::AlignHCenter, titleText()).height();
    return std::max(m_titleLines * fm.height(), std::ceil(drawn)) + kGap;
}

QString AveragesBarChart::titleText() const
{
    // Line by line, broken where a line is full (between words, or between
    // any two Chinese characters); what does not fit the last line elided.
    const QFontMetricsF fm(font());
    const double available = width() - 2 * kMargin;
    QTextLayout layout(m_title, font());
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(available);
        if (int(lines.size()) == m_titleLines - 1) {
            lines.append(fm.elidedText(m_title.mid(line.textStart()), Qt::ElideRight, available));
            break;
        }
        lines.append(m_title.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

double AveragesBarChart::plotLeft() const
{
    const QFontMetricsF fm(font());
    return std::ceil(kMargin + fm.horizontalAdvance(QString::number(axisMaximum(), 'f', 0)) + kGap + kTick);
}

double AveragesBarChart::plotRight() const
{
    return std::floor(width() - kMargin);
}

double AveragesBarChart::barPitch() const
{
    if (m_categories.isEmpty() || m_sets.isEmpty())
        return 0;
    const double categoryWidth = std::max(0.0, plotRight() - plotLeft()) / double(m_categories.size());
    // Four fifths of a category for its group, bars no wider than four lines.
    const double group =
        std::min(categoryWidth * 0.8, double(m_sets.size()) * 4 * QFontMetricsF(font()).height());
    return group / double(m_sets.size());
}

double AveragesBarChart::widestValue() const
{
    const QFontMetricsF fm(font());
    double widest = 0;
    for (int s = 0; s < setCount(); ++s)
        for (int c = 0; c < categoryCount(); ++c)
            widest = std::max(widest, fm.horizontalAdvance(valueText(value(s, c), m_decimals)));
    return widest;
}

bool AveragesBarChart::valuesUpright() const
{
    return widestValue() > barPitch() - 2;
}

bool AveragesBarChart::valuesShown() const
{
    // Upright values need a line's height side by side; narrower bars leave
    // the numbers to the table beside the chart.
    return !m_sets.isEmpty() && barPitch() >= 0.75 * QFontMetricsF(font()).height();
}

QRectF AveragesBarChart::plotArea() const
{
    const QFontMetricsF fm(font());
    const double h = fm.height();
    // Top: the title, then room for the values above the highest bars.
    const double valueRoom = !valuesShown() ? 0 : (valuesUpright() ? widestValue() + 4 : h + 2);
    const double top = std::ceil(kMargin + titleHeight() + std::max(valueRoom, h / 2));
    // Bottom: the legend, the categories' names, the ticks.
    const double legend = legendHeight();
    const double bottom = std::floor(height() - kMargin - (legend > 0 ? legend + kGap : 0) - h -
                                     std::max(kTick + 2, h / 2 + 1));
    const double left = plotLeft();
    return QRectF(QPointF(left, top), QPointF(std::max(left, plotRight()), std::max(top, bottom)));
}

QRectF AveragesBarChart::barRect(int set, int category) const
{
    return barRect(set, category, plotArea());
}

QRectF AveragesBarChart::barRect(int set, int category, const QRectF& plot) const
{
    if (set < 0 || set >= setCount() || category < 0 || category >= categoryCount())
        return {};
    const double categoryWidth = plot.width() / double(m_categories.size());
    const double pitch = barPitch();
    const double group = pitch * double(m_sets.size());
    const double gap = pitch >= 6 ? 2 : 0;
    const double x = plot.left() + category * categoryWidth + (categoryWidth - group) / 2 + set * pitch;
    const double v = std::clamp(value(set, category), 0.0, axisMaximum());
    const double top = std::round(plot.bottom() - v / axisMaximum() * plot.height());
    const double left = std::round(x + gap / 2);
    const double right = std::max(left + 1, std::round(x + pitch - gap / 2));
    return QRectF(QPointF(left, top), QPointF(right, plot.bottom()));
}

double AveragesBarChart::valueStep(const QRectF& plot) const
{
    if (!(plot.height() > 0))
        return axisMaximum();
    return double(TimeAxis::niceStep(1.6 * QFontMetricsF(font()).height() * axisMaximum() / plot.height()));
}

QList<double> AveragesBarChart::valueTicks() const
{
    return valueTicks(plotArea());
}

QList<double> AveragesBarChart::valueTicks(const QRectF& plot) const
{
    QList<double> ticks;
    for (Tick t : TimeAxis::ticks(0, axisMaximum(), Tick(valueStep(plot))))
        ticks.append(double(t));
    return ticks;
}

// --- painting ---------------------------------------------------------------------

void AveragesBarChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const auto [text, axis, grid] = ChartColors::from(palette());
    const QFontMetricsF fm(font());
    const double h = fm.height();

    painter.setPen(text);
    if (!m_title.isEmpty())
        painter.drawText(QRectF(kMargin, kMargin, width() - 2 * kMargin, titleHeight() - kGap),
                         Qt::AlignHCenter | Qt::AlignBottom, titleText());
    if (m_sets.isEmpty())
        return;

    // The legend at the bottom: a swatch and the policy, centred lines.
    const double legendTop = height() - kMargin - legendHeight();
    if (m_legendVisible)
        legend().paint(painter, QRectF(kMargin, legendTop, width() - 2 * kMargin, legendHeight()), text,
                       [this](QPainter& p, int i, const QRectF& marker) {
                           ChartLegend::drawSwatch(p, marker, m_sets[i].color);
                       });

    const QRectF plot = plotArea();
    if (m_categories.isEmpty() || plot.width() < 10 || plot.height() < 10)
        return;

    // The value axis: grid, ticks, whole numbers.
    for (double v : valueTicks(plot)) {
        const double at = crisp(plot.bottom() - v / axisMaximum() * plot.height());
        if (v > 0) {
            painter.setPen(QPen(grid, 1));
            painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at));
        }
        painter.setPen(QPen(axis, 1));
        painter.drawLine(QPointF(plot.left() - kTick, at), QPointF(plot.left(), at));
        painter.setPen(text);
        painter.drawText(QRectF(plot.left() - kTick - kGap - 200, at - h / 2, 200, h),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'f', 0));
    }

    // The categories' names under their groups.
    const double categoryWidth = plot.width() / double(m_categories.size());
    const double labelTop = plot.bottom() + std::max(kTick + 2, h / 2 + 1);
    for (int c = 0; c < categoryCount(); ++c) {
        const QRectF box(plot.left() + c * categoryWidth, labelTop, categoryWidth, h);
        painter.setPen(text);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop,
                         fm.elidedText(m_categories[c], Qt::ElideRight, categoryWidth - 4));
    }

    // The bars, crisp, each with its value above it.
    const bool upright = valuesUpright();
    const bool shown = valuesShown();
    for (int c = 0; c < categoryCount(); ++c) {
        for (int s = 0; s < setCount(); ++s) {
            const QRectF bar = barRect(s, c, plot);
            const QColor color = m_sets[s].color;
            if (bar.height() >= 2 && bar.width() >= 3) {
                painter.fillRect(bar, color.darker(150));
                painter.fillRect(bar.adjusted(1, 1, -1, 0), color);
            } else if (bar.height() > 0) {
                painter.fillRect(bar, color);
            }
            if (!shown)
                continue;
            const QString label = valueText(value(s, c), m_decimals);
            painter.setPen(text);
            if (upright) {
                painter.save();
                painter.translate(bar.center().x(), bar.top() - 3);
                painter.rotate(-90);
                painter.drawText(QRectF(0, -h / 2, fm.horizontalAdvance(label) + 2, h),
                                 Qt::AlignLeft | Qt::AlignVCenter, label);
                painter.restore();
            } else {
                painter.drawText(QRectF(bar.center().x() - 100, bar.top() - 2 - h, 200, h),
                                 Qt::AlignHCenter | Qt::AlignBottom, label);
            }
        }
    }

    // The axes over the bars' feet.
    painter.setPen(QPen(axis, 1));
    painter.drawLine(QPointF(plot.left() - 0.5, plot.top()), QPointF(plot.left() - 0.5, plot.bottom() + 0.5));
    painter.drawLine(QPointF(plot.left() - 0.5, plot.bottom() + 0.5),
                     QPointF(plot.right(), plot.bottom() + 0.5));
}

} // namespace processlab
