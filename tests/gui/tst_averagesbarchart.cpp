// AveragesBarChart: the compare dialog's grouped bar chart of the average
// times, painted by the widget itself (no Qt Charts, #7). What it holds,
// bars as high as their values (pixels of a grab), the values written above
// them, nice ticks, the legend, the texts set again on a language change,
// and drawing with nothing to draw.

#include "gantt/AveragesBarChart.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTest>

#include <cmath>

using namespace processlab;

namespace {

bool near(const QColor& a, const QColor& b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

bool isNice(double step)
{
    const double power = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double factor = step / power;
    return std::abs(factor - 1) < 1e-6 || std::abs(factor - 2) < 1e-6 || std::abs(factor - 5) < 1e-6;
}

// How many pixels in `area` are close to `color`.
int countNear(const QImage& image, const QRect& area, const QColor& color, int tolerance = 24)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.valid(x, y) && near(image.pixelColor(x, y), color, tolerance))
                ++n;
    return n;
}

QStringList averages()
{
    return {QStringLiteral("Waiting"), QStringLiteral("Turnaround"), QStringLiteral("Response")};
}

QList<AveragesBarChart::Set> convoySets()
{
    // The FCFS convoy against SJF (tst_comparedialog's numbers).
    return {{QStringLiteral("FCFS"), AveragesBarChart::seriesColor(0), {17, 27, 17}},
            {QStringLiteral("SJF"), AveragesBarChart::seriesColor(1), {3, 13, 3}}};
}

} // namespace

class TestAveragesBarChart : public QObject
{
    Q_OBJECT

private slots:
    void holdsWhatItIsGiven()
    {
        AveragesBarChart chart;
        QCOMPARE(chart.minimumHeight(), 240);
        QCOMPARE(chart.setCount(), 0);
        chart.setTitle(QStringLiteral("Average times (ticks)"));
        chart.setCategories(averages());
        chart.setSets(convoySets());
        QCOMPARE(chart.title(), QStringLiteral("Average times (ticks)"));
        QCOMPARE(chart.categoryCount(), 3);
        QCOMPARE(chart.setCount(), 2);
        QCOMPARE(chart.setLabel(0), QStringLiteral("FCFS"));
        QCOMPARE(chart.setLabel(1), QStringLiteral("SJF"));
        QCOMPARE(chart.setColor(1), AveragesBarChart::seriesColor(1));
        QCOMPARE(chart.value(0, 0), 17.0);
        QCOMPARE(chart.value(1, 0), 3.0);
        QCOMPARE(chart.value(0, 1), 27.0);
        // Out of range: nothing, not a crash.
        QCOMPARE(chart.value(2, 0), 0.0);
        QCOMPARE(chart.value(0, 3), 0.0);
        QCOMPARE(chart.value(-1, 0), 0.0);
        QCOMPARE(chart.setLabel(5), QString());
        QVERIFY(chart.barRect(0, 3).isNull());
        // The axis ends a tenth above the highest bar.
        QCOMPARE(chart.axisMaximum(), 27.0 * 1.1);
        chart.setSets({{QStringLiteral("idle"), Qt::red, {0, 0, 0}}});
        QCOMPARE(chart.axisMaximum(), 1.1);
        chart.setSets({});
        QCOMPARE(chart.setCount(), 0);
    }

    void seriesColoursDistinct()
    {
        // One per policy the dialog offers (8), all different, then again.
        for (int i = 0; i < 8; ++i) {
            for (int j = 0; j < i; ++j)
                QVERIFY(AveragesBarChart::seriesColor(i) != AveragesBarChart::seriesColor(j));
            QCOMPARE(AveragesBarChart::seriesColor(i + 8), AveragesBarChart::seriesColor(i));
        }
        QCOMPARE(AveragesBarChart::valueText(17), QStringLiteral("17.0"));
        QCOMPARE(AveragesBarChart::valueText(13.666), QStringLiteral("13.7"));
    }

    void barsAsHighAsTheirValues_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QList<double>>("first");
        QTest::addColumn<QList<double>>("second");
        QTest::newRow("convoy") << QSize(600, 300) << QList<double>{17, 27, 17} << QList<double>{3, 13, 3};
        QTest::newRow("a zero") << QSize(600, 300) << QList<double>{5, 0, 2.5} << QList<double>{10, 1, 4};
        QTest::newRow("large") << QSize(900, 400) << QList<double>{1200, 3400, 80}
                               << QList<double>{600, 3000, 40};
        QTest::newRow("small") << QSize(320, 240) << QList<double>{0.4, 0.8, 0.2}
                               << QList<double>{0.1, 0.6, 0.3};
    }

    void barsAsHighAsTheirValues()
    {
        QFETCH(QSize, size);
        QFETCH(QList<double>, first);
        QFETCH(QList<double>, second);
        AveragesBarChart chart;
        chart.resize(size);
        chart.setTitle(QStringLiteral("Average times (ticks)"));
        chart.setCategories(averages());
        chart.setSets({{QStringLiteral("A"), AveragesBarChart::seriesColor(0), first},
                       {QStringLiteral("B"), AveragesBarChart::seriesColor(3), second}});
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.size(), size);
        const QRectF plot = chart.plotArea();
        QVERIFY(QRectF(chart.rect()).contains(plot));
        QVERIFY(plot.height() > size.height() * 0.3);

        for (int c = 0; c < 3; ++c) {
            for (int s = 0; s < 2; ++s) {
                const double v = chart.value(s, c);
                const QRectF bar = chart.barRect(s, c);
                // Standing on the axis, as high as the value (to a pixel).
                QCOMPARE(bar.bottom(), plot.bottom());
                QVERIFY2(std::abs(bar.height() - v / chart.axisMaximum() * plot.height()) <= 1,
                         qPrintable(QStringLiteral("set %1 category %2").arg(s).arg(c)));
                QVERIFY(bar.width() >= 3);
                // Inside its category's third of the plot.
                QVERIFY(bar.left() >= plot.left() + c * plot.width() / 3);
                QVERIFY(bar.right() <= plot.left() + (c + 1) * plot.width() / 3);
                const QColor color = chart.setColor(s);
                const int x = int(bar.center().x());
                if (bar.height() >= 4) {
                    QVERIFY(near(image.pixelColor(x, int(bar.top()) + 2), color));
                    QVERIFY(near(image.pixelColor(x, int(bar.center().y())), color));
                    QVERIFY(near(image.pixelColor(x, int(bar.bottom()) - 2), color));
                }
                // Nothing of its colour just above it.
                QVERIFY(!near(image.pixelColor(x, int(bar.top()) - 2), color));
            }
            // The second set's bar beside the first's, not on it.
            QVERIFY(chart.barRect(1, c).left() >= chart.barRect(0, c).right());
        }
        // Heights in the values' ratio.
        const double a = chart.barRect(0, 1).height();
        const double b = chart.barRect(1, 1).height();
        QVERIFY(std::abs(a * second[1] - b * first[1]) <= first[1] + second[1]);
        // The highest bar reaches 1/1.1 of the plot.
        double highest = 0;
        for (int c = 0; c < 3; ++c)
            for (int s = 0; s < 2; ++s)
                highest = std::max(highest, chart.barRect(s, c).height());
        if (std::max({first[0], first[1], first[2], second[0], second[1], second[2]}) >= 1)
            QVERIFY(std::abs(highest - plot.height() / 1.1) <= 1);
    }

    void valuesWrittenAboveTheBars_data()
    {
        QTest::addColumn<int>("sets");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("shown");
        QTest::addColumn<bool>("upright");
        QTest::newRow("two policies, wide") << 2 << 900 << true << false;
        QTest::newRow("eight policies") << 8 << 600 << true << true;
        QTest::newRow("too narrow for numbers") << 8 << 240 << false << true;
    }

    void valuesWrittenAboveTheBars()
    {
        QFETCH(int, sets);
        QFETCH(int, width);
        QFETCH(bool, shown);
        QFETCH(bool, upright);
        AveragesBarChart chart;
        chart.resize(width, 300);
        chart.setCategories(averages());
        QList<AveragesBarChart::Set> list;
        for (int i = 0; i < sets; ++i)
            list.append({QStringLiteral("P%1").arg(i),
                         AveragesBarChart::seriesColor(i),
                         {10.0 + i, 20.0 + i * 1.5, 3.0 + i / 3.0}});
        chart.setSets(list);
        QCOMPARE(chart.valuesShown(), shown);
        if (shown)
            QCOMPARE(chart.valuesUpright(), upright);
        const QImage image = chart.grab().toImage();
        const QColor text = chart.palette().color(QPalette::Text);
        const QFontMetricsF fm(chart.font());
        // Above the first policy's turnaround bar: the text's colour, or none.
        const QRectF bar = chart.barRect(0, 1);
        const double reach =
            chart.valuesUpright() ? fm.horizontalAdvance(QStringLiteral("20.0")) : fm.height();
        const QRect above(int(bar.center().x() - fm.height() / 2), int(bar.top() - reach - 2),
                          int(fm.height()), int(reach));
        QCOMPARE(countNear(image, above, text, 60) > 3, shown);
        // The values never reach into the title's line.
        QVERIFY(chart.plotArea().top() > 0);
    }

    void ticksAreNice_data()
    {
        QTest::addColumn<double>("maximum");
        QTest::addColumn<int>("height");
        QTest::newRow("convoy") << 27.0 << 300;
        QTest::newRow("tall") << 27.0 << 900;
        QTest::newRow("thousands") << 3456.0 << 300;
        QTest::newRow("below one") << 0.5 << 300;
    }

    void ticksAreNice()
    {
        QFETCH(double, maximum);
        QFETCH(int, height);
        AveragesBarChart chart;
        chart.resize(600, height);
        chart.setCategories(averages());
        chart.setSets({{QStringLiteral("A"), Qt::blue, {maximum, maximum / 2, 0}}});
        const QList<double> ticks = chart.valueTicks();
        QVERIFY(ticks.size() >= 2);
        QCOMPARE(ticks.front(), 0.0);
        QVERIFY(ticks.back() <= chart.axisMaximum());
        const double step = ticks[1] - ticks[0];
        QVERIFY(isNice(step));
        QCOMPARE(step, std::round(step)); // whole numbers ("%.0f")
        const double px = step / chart.axisMaximum() * chart.plotArea().height();
        QVERIFY(px > QFontMetricsF(chart.font()).height());
        for (int i = 1; i < ticks.size(); ++i)
            QCOMPARE(ticks[i] - ticks[i - 1], step);
    }

    void legendAtTheBottom()
    {
        AveragesBarChart chart;
        chart.resize(600, 300);
        chart.setTitle(QStringLiteral("Average times (ticks)"));
        chart.setCategories(averages());
        chart.setSets(convoySets());
        const QImage image = chart.grab().toImage();
        // Each set's swatch below the plot and its category names.
        const QRect legend(0, int(chart.plotArea().bottom()) + int(QFontMetricsF(chart.font()).height()) + 6,
                           600, 300);
        for (int s = 0; s < 2; ++s)
            QVERIFY(countNear(image, legend, chart.setColor(s)) >= 25);
        // The title above the plot: text pixels in the top rows.
        const QRect title(0, 0, 600, int(chart.plotArea().top()) - 20);
        QVERIFY(countNear(image, title, chart.palette().color(QPalette::Text), 60) > 10);

        // A long legend wraps to a second line and the plot makes room for it.
        const double plotBottom = chart.plotArea().bottom();
        QList<AveragesBarChart::Set> many;
        for (int i = 0; i < 8; ++i)
            many.append({QStringLiteral("Priority (non-preemptive) %1").arg(i),
                         AveragesBarChart::seriesColor(i),
                         {1, 2, 3}});
        chart.setSets(many);
        QVERIFY(chart.plotArea().bottom() < plotBottom - QFontMetricsF(chart.font()).height());
    }

    // Beside the averages, a chart of the same sets with no legend: the plot
    // reaches down to the category names and no swatch is drawn under it.
    void legendCanBeLeftOut()
    {
        AveragesBarChart chart;
        chart.resize(300, 300);
        chart.setCategories({QString()});
        chart.setSets({{QStringLiteral("FCFS"), AveragesBarChart::seriesColor(0), {5}},
                       {QStringLiteral("SJF"), AveragesBarChart::seriesColor(1), {7}}});
        const double withLegend = chart.plotArea().bottom();
        chart.setLegendVisible(false);
        QVERIFY(!chart.isLegendVisible());
        QVERIFY(chart.plotArea().bottom() > withLegend);
        const QImage image = chart.grab().toImage();
        const QRect below(0, int(chart.plotArea().bottom()) + 2, 300, 300);
        for (int s = 0; s < 2; ++s)
            QCOMPARE(countNear(image, below, chart.setColor(s), 8), 0);
    }

    // A narrow chart's title wraps into the lines kept for it (between
    // words, or between Chinese characters) and is elided past the last.
    void titleWrapsIntoItsLines_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("English") << QStringLiteral("CPU utilisation (%)");
        QTest::newRow("Chinese") << QStringLiteral("上下文切换次数与平均时间");
    }
    void titleWrapsIntoItsLines()
    {
        QFETCH(QString, title);
        AveragesBarChart chart;
        chart.setTitle(title);
        const double textWidth = QFontMetricsF(chart.font()).horizontalAdvance(title);
        chart.resize(int(textWidth * 0.85) + 16, 300); // too narrow for one line, not for two
        QVERIFY(!chart.titleText().contains(QLatin1Char('\n')));
        QVERIFY(chart.titleText().endsWith(QChar(0x2026))); // one line: elided
        chart.setTitleLines(2);
        const QStringList lines = chart.titleText().split(QLatin1Char('\n'));
        QCOMPARE(int(lines.size()), 2);
        QCOMPARE(QString(lines.join(QString())).remove(QLatin1Char(' ')),
                 QString(title).remove(QLatin1Char(' ')));
        for (const QString& line : lines)
            QVERIFY(QFontMetricsF(chart.font()).horizontalAdvance(line) <= chart.width() - 16 + 1);

        // The wrapped title fits above the plot, Chinese lines (taller, from
        // the fallback font) included.
        const QFontMetricsF fm(chart.font());
        const double drawn =
            fm.boundingRect(QRectF(0, 0, chart.width() - 16, 1e6), Qt::AlignHCenter, chart.titleText())
                .height();
        QVERIFY(chart.plotArea().top() >= drawn);

        // A one-line title keeps the same two lines: no lower a plot than a
        // title that needs them.
        AveragesBarChart other;
        other.setTitle(QStringLiteral("Short"));
        other.setTitleLines(2);
        other.resize(chart.size());
        QVERIFY(other.plotArea().top() <= chart.plotArea().top());
        QVERIFY(other.plotArea().top() >= 2 * fm.height());
    }

    // A percentage: the axis ends at 100 whatever the values, and a bar of
    // 100 reaches the top of the plot.
    void fixedMaximum()
    {
        AveragesBarChart chart;
        chart.resize(200, 300);
        chart.setCategories({QString()});
        chart.setSets({{QStringLiteral("FCFS"), AveragesBarChart::seriesColor(0), {100}},
                       {QStringLiteral("RR"), AveragesBarChart::seriesColor(1), {50}}});
        QCOMPARE(chart.axisMaximum(), 110.0); // automatic
        chart.setFixedMaximum(100);
        QCOMPARE(chart.axisMaximum(), 100.0);
        const QRectF plot = chart.plotArea();
        QCOMPARE(chart.barRect(0, 0).top(), std::round(plot.top()));
        QVERIFY(std::abs(chart.barRect(1, 0).top() - (plot.bottom() - plot.height() / 2)) <= 1);
        QCOMPARE(chart.valueTicks().last(), 100.0);
        chart.setFixedMaximum(0);
        QCOMPARE(chart.axisMaximum(), 110.0);
    }

    void valueDecimals_data()
    {
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("a count") << 0 << QStringLiteral("12");
        QTest::newRow("the default") << 1 << QStringLiteral("12.0");
        QTest::newRow("two") << 2 << QStringLiteral("12.00");
    }
    void valueDecimals()
    {
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(AveragesBarChart::valueText(12, decimals), text);
    }

    void textsReplacedOnRetranslation()
    {
        // The dialog gives translated texts again on a language change.
        AveragesBarChart chart;
        chart.resize(600, 300);
        chart.setTitle(QStringLiteral("Average times (ticks)"));
        chart.setCategories(averages());
        chart.setSets(convoySets());
        const QImage english = chart.grab().toImage();
        chart.setTitle(QStringLiteral("平均时间（时间单位）"));
        chart.setCategories(
            {QStringLiteral("等待时间"), QStringLiteral("周转时间"), QStringLiteral("响应时间")});
        QCOMPARE(chart.title(), QStringLiteral("平均时间（时间单位）"));
        QCOMPARE(chart.categories().at(2), QStringLiteral("响应时间"));
        QCOMPARE(chart.setCount(), 2); // the values stay
        QVERIFY(chart.grab().toImage() != english);
    }

    void nothingToDraw_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("categories");
        QTest::addColumn<bool>("sets");
        QTest::newRow("title only") << QSize(400, 240) << true << false;
        QTest::newRow("sets without categories") << QSize(400, 240) << false << true;
        QTest::newRow("nothing at all") << QSize(400, 240) << false << false;
        QTest::newRow("tiny") << QSize(20, 10) << true << true;
        QTest::newRow("no size") << QSize(0, 0) << true << true;
    }

    void nothingToDraw()
    {
        QFETCH(QSize, size);
        QFETCH(bool, categories);
        QFETCH(bool, sets);
        AveragesBarChart chart;
        chart.setMinimumHeight(0);
        chart.resize(size);
        chart.setTitle(QStringLiteral("Average times (ticks)"));
        if (categories)
            chart.setCategories(averages());
        if (sets)
            chart.setSets(convoySets());
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.size(), size);
        chart.valueTicks();
        chart.barRect(0, 0);
        if (!sets && !size.isEmpty()) {
            // No bars: nothing in a set's colour anywhere.
            QCOMPARE(countNear(image, image.rect(), AveragesBarChart::seriesColor(0), 10), 0);
        }
    }
};

QTEST_MAIN(TestAveragesBarChart)
#include "tst_averagesbarchart.moc"
