#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

namespace processlab {

class ChartLegend;

// The compare dialog's grouped bar chart: one group per category (average
// waiting, turnaround, response), one bar per set (a compared policy) with
// its value written above it, a title at the top, the sets' legend at the
// bottom, a value axis from 0 to a tenth above the largest value. Painted by
// the widget itself (no Qt Charts, #7) in its own font and the palette's
// colours; the texts come translated from the dialog.
class AveragesBarChart : public QWidget
{
    Q_OBJECT

public:
    struct Set
    {
        QString label;
        QColor color;
        QList<double> values; // one per category
    };

    explicit AveragesBarChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setCategories(const QStringList& categories);
    // No sets: only the title is drawn.
    void setSets(const QList<Set>& sets);
    // Lines kept for the title, which wraps into them (1 unless set). Charts
    // side by side keep the same number, so their plots line up.
    void setTitleLines(int lines);
    // Off for a chart beside another with the same sets and colours.
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legendVisible; }
    // Decimals of the values written above the bars (1 unless set).
    void setValueDecimals(int decimals);
    // A fixed end of the value axis (100 for a percentage); 0: automatic.
    void setFixedMaximum(double maximum);

    const QString& title() const { return m_title; }
    const QStringList& categories() const { return m_categories; }
    int categoryCount() const { return int(m_categories.size()); }
    int setCount() const { return int(m_sets.size()); }
    QString setLabel(int set) const;
    QColor setColor(int set) const;
    // 0 for a missing value.
    double value(int set, int category) const;
    // The value axis's end: the fixed maximum, or else 1.1 × the largest
    // value (at least 1.1).
    double axisMaximum() const;
    // What is drawn, for tests: the value axis's ticks, the plot and a bar, in
    // widget pixels; the text above a bar.
    QList<double> valueTicks() const;
    QRectF plotArea() const;
    QRectF barRect(int set, int category) const;
    static QString valueText(double value, int decimals = 1);
    // The title as drawn: wrapped into its lines, elided past the last.
    QString titleText() const;
    // Whether the values are written above the bars (not when the bars are
    // narrower than a line), and turned upright (when wider than a bar).
    bool valuesShown() const;
    bool valuesUpright() const;
    // Distinct colours that read on light and dark backgrounds and for
    // colour-blind students (Okabe and Ito), one per policy the dialog offers.
    static QColor seriesColor(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChartLegend legend() const;
    double legendHeight() const;
    double titleHeight() const;
    double plotLeft() const;
    double plotRight() const;
    // Bars' pitch in a group.
    double barPitch() const;
    double widestValue() const;
    double valueStep(const QRectF& plot) const;
    // As the public ones, in a plot computed once (paintEvent).
    QList<double> valueTicks(const QRectF& plot) const;
    QRectF barRect(int set, int category, const QRectF& plot) const;

    QString m_title;
    QStringList m_categories;
    QList<Set> m_sets;
    bool m_legendVisible = true;
    int m_titleLines = 1;
    int m_decimals = 1;
    double m_fixedMaximum = 0;
};

} // namespace processlab
