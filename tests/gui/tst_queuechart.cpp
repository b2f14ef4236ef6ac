// QueueChart: the producer-consumer lab's queue length over time, painted by
// the widget itself (no Qt Charts, #7). The window and whole-run ranges, the
// line ending at "now", the thresholds and the line where their values say
// (pixels of a grab), nice ticks whose labels do not collide, the texts
// following the language, the palette, and drawing with nothing to draw.

#include "i18n/Translations.h"
#include "prodcons/QueueChart.h"
#include "prodcons/QueueHistory.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QTest>

#include <cmath>

using namespace processlab;

namespace {

bool near(const QColor& a, const QColor& b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// A pixel of `color` within `dx` columns and `dy` rows of `at`.
bool colorNear(const QImage& image, QPointF at, const QColor& color, int dx = 12, int dy = 2)
{
    const int x0 = int(std::floor(at.x()));
    const int y0 = int(std::floor(at.y()));
    for (int y = y0 - dy; y <= y0 + dy; ++y)
        for (int x = x0 - dx; x <= x0 + dx; ++x)
            if (image.valid(x, y) && near(image.pixelColor(x, y), color))
                return true;
    return false;
}

// 0, 1, 2 ... per 0.1 time unit: a saw from 0 to 9, `count` samples.
QueueHistory saw(int count)
{
    QueueHistory history;
    for (int i = 0; i < count; ++i)
        history.add(i * 0.1, double(i % 10));
    return history;
}

bool isNice(double step)
{
    // 1, 2 or 5 times a power of ten.
    const double power = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double factor = step / power;
    return std::abs(factor - 1) < 1e-6 || std::abs(factor - 2) < 1e-6 || std::abs(factor - 5) < 1e-6;
}

} // namespace

class TestQueueChart : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void constructed()
    {
        QueueChart chart;
        QCOMPARE(chart.objectName(), QStringLiteral("queueChart"));
        QCOMPARE(chart.minimumHeight(), 180);
        QCOMPARE(chart.windowLength(), 30.0);
        QVERIFY(!chart.wholeRun());
        QCOMPARE(chart.lowThreshold(), qint64(10));
        QCOMPARE(chart.highThreshold(), qint64(50));
        QVERIFY(chart.lengthPoints().isEmpty());
    }

    void range_data()
    {
        QTest::addColumn<bool>("whole");
        QTest::addColumn<double>("window");
        QTest::addColumn<double>("now");
        QTest::addColumn<double>("minX");
        QTest::addColumn<double>("maxX");
        QTest::newRow("window, before it fills") << false << 30.0 << 10.0 << 0.0 << 30.0;
        QTest::newRow("window, scrolling") << false << 30.0 << 45.0 << 15.0 << 45.0;
        QTest::newRow("window in ticks") << false << 3000.0 << 4500.0 << 1500.0 << 4500.0;
        QTest::newRow("whole run") << true << 30.0 << 45.0 << 0.0 << 45.0;
    }

    void range()
    {
        QFETCH(bool, whole);
        QFETCH(double, window);
        QFETCH(double, now);
        QFETCH(double, minX);
        QFETCH(double, maxX);
        QueueChart chart;
        chart.setWindowLength(window);
        chart.setWholeRun(whole);
        QCOMPARE(chart.wholeRun(), whole);
        QueueHistory history;
        const double step = now / 450;
        for (int i = 0; i <= 450; ++i)
            history.add(i * step, double(i % 10));
        chart.refresh(history, now, 250);
        QCOMPARE(chart.axisMinX(), minX);
        QCOMPARE(chart.axisMaxX(), maxX);
        QCOMPARE(chart.axisMaxY(), 250.0);
        const QList<QPointF>& points = chart.lengthPoints();
        QVERIFY(points.size() >= 2);
        // The line enters from the left edge (one point before the window at most) ...
        QVERIFY(points.front().x() <= minX + step);
        for (int i = 1; i < points.size(); ++i) {
            QVERIFY(points[i].x() >= minX);
            QVERIFY(points[i].x() >= points[i - 1].x());
        }
        // ... and ends at "now".
        QCOMPARE(points.back().x(), now);
        if (whole)
            QCOMPARE(points.size(), qsizetype(history.points().size()));
    }

    void lineEndsAtNowAtTheCurrentLength()
    {
        QueueChart chart;
        QueueHistory history;
        history.add(0, 3);
        history.add(2, 7);
        history.add(5, 4);
        chart.refresh(history, 8.5, 10);
        const QList<QPointF>& points = chart.lengthPoints();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.back(), QPointF(8.5, 4));
        QCOMPARE(points[2], QPointF(5, 4));
        // A sample at "now" is not doubled.
        chart.refresh(history, 5, 10);
        QCOMPARE(chart.lengthPoints().size(), 3);
        // The y axis never shrinks below one item.
        chart.refresh(history, 5, 0);
        QCOMPARE(chart.axisMaxY(), 1.0);
    }

    void wholeRunToggles()
    {
        QueueChart chart;
        const QueueHistory history = saw(1000); // 0 .. 99.9
        chart.refresh(history, 99.9, 250);
        QCOMPARE(chart.axisMinX(), 99.9 - 30);
        chart.setWholeRun(true);
        chart.refresh(history, 99.9, 250);
        QCOMPARE(chart.axisMinX(), 0.0);
        QCOMPARE(chart.axisMaxX(), 99.9);
        QCOMPARE(chart.lengthPoints().front(), QPointF(0, 0));
        chart.setWholeRun(false);
        chart.refresh(history, 99.9, 250);
        QCOMPARE(chart.axisMinX(), 99.9 - 30);
    }

    void seriesDrawnAtTheirValues_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<double>("yMax");
        QTest::newRow("exercise") << QSize(600, 300) << qint64(10) << qint64(50) << 250.0;
        QTest::newRow("other thresholds") << QSize(600, 300) << qint64(40) << qint64(160) << 250.0;
        QTest::newRow("projector") << QSize(1200, 500) << qint64(20) << qint64(80) << 100.0;
    }

    void seriesDrawnAtTheirValues()
    {
        QFETCH(QSize, size);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        QFETCH(double, yMax);
        QueueChart chart;
        chart.resize(size);
        chart.setThresholds(low, high);
        // The queue holds `level` items from 0 to 10, then `level2` up to now.
        const double level = double(high + 0.6 * (yMax - double(high)));
        const double level2 = double(low) / 2;
        QueueHistory history;
        history.add(0, level);
        history.add(10, level);
        history.add(10, level2);
        history.add(25, level2);
        chart.refresh(history, 25, yMax);
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.size(), size);
        const QRectF plot = chart.plotArea();
        QVERIFY(plot.width() > size.width() * 0.7);
        QVERIFY(plot.height() > size.height() * 0.45);
        QVERIFY(QRectF(chart.rect()).contains(plot));

        const QColor lowColor = chart.seriesPen(QueueChart::LowThreshold).color();
        const QColor highColor = chart.seriesPen(QueueChart::HighThreshold).color();
        const QColor lengthColor = chart.seriesPen(QueueChart::Length).color();
        QCOMPARE(chart.seriesPen(QueueChart::Length).color(), QColor(0x30, 0x3F, 0x9F));
        QCOMPARE(chart.seriesPen(QueueChart::Length).style(), Qt::SolidLine);
        QCOMPARE(chart.seriesPen(QueueChart::LowThreshold).style(), Qt::DashLine);
        QCOMPARE(chart.seriesPen(QueueChart::HighThreshold).style(), Qt::DashLine);

        // The thresholds: dashed lines across the plot at their values ...
        for (double x : {5.0, 15.0, 28.0}) {
            QVERIFY2(colorNear(image, chart.toPixel(QPointF(x, double(low))), lowColor),
                     qPrintable(QStringLiteral("low at %1").arg(x)));
            QVERIFY2(colorNear(image, chart.toPixel(QPointF(x, double(high))), highColor),
                     qPrintable(QStringLiteral("high at %1").arg(x)));
        }
        // ... and not elsewhere.
        const double between = (double(low) + double(high)) / 2;
        QVERIFY(!colorNear(image, chart.toPixel(QPointF(15, between)), lowColor, 30, 3));
        QVERIFY(!colorNear(image, chart.toPixel(QPointF(15, between)), highColor, 30, 3));

        // The length: high up to 10, low from 10 to now (25), nothing after now.
        QVERIFY(colorNear(image, chart.toPixel(QPointF(5, level)), lengthColor, 1));
        QVERIFY(colorNear(image, chart.toPixel(QPointF(20, level2)), lengthColor, 1));
        QVERIFY(colorNear(image, chart.toPixel(QPointF(24.5, level2)), lengthColor, 1));
        QVERIFY(!colorNear(image, chart.toPixel(QPointF(20, level)), lengthColor, 3, 3));
        QVERIFY(!colorNear(image, chart.toPixel(QPointF(28, level2)), lengthColor, 3, 3));
        // The line at "now" ends at the window's right edge.
        QCOMPARE(chart.toPixel(QPointF(25, 0)).x(), plot.left() + 25.0 / 30.0 * plot.width());
        QCOMPARE(chart.toPixel(QPointF(0, yMax)).y(), plot.top());
        QCOMPARE(chart.toPixel(QPointF(0, 0)).y(), plot.bottom());
    }

    void thresholdAboveTheScaleIsNotDrawn()
    {
        QueueChart chart;
        chart.resize(600, 300);
        chart.setThresholds(10, 400);
        chart.refresh(saw(100), 10, 250);
        const QImage image = chart.grab().toImage();
        const QColor highColor = chart.seriesPen(QueueChart::HighThreshold).color();
        // Not clamped to the top edge either.
        QVERIFY(!colorNear(image, chart.toPixel(QPointF(15, 250)), highColor, 60, 4));
        QVERIFY(colorNear(image, chart.toPixel(QPointF(15, 10)),
                          chart.seriesPen(QueueChart::LowThreshold).color()));
    }

    void ticks_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("window");
        QTest::addColumn<double>("now");
        QTest::addColumn<double>("yMax");
        QTest::newRow("seconds") << 600 << 30.0 << 42.3 << 250.0;
        QTest::newRow("narrow") << 260 << 30.0 << 42.3 << 250.0;
        QTest::newRow("wide") << 1600 << 30.0 << 42.3 << 100.0;
        QTest::newRow("ticks") << 600 << 3000.0 << 12345.0 << 1000.0;
        QTest::newRow("small queue") << 600 << 30.0 << 3.0 << 10.0;
    }

    void ticks()
    {
        QFETCH(int, width);
        QFETCH(double, window);
        QFETCH(double, now);
        QFETCH(double, yMax);
        QueueChart chart;
        chart.resize(width, 300);
        chart.setWindowLength(window);
        chart.refresh(saw(10), now, yMax);

        const QList<double> xs = chart.xTicks();
        QVERIFY(xs.size() >= 2);
        for (double x : xs) {
            QVERIFY(x >= chart.axisMinX() - 1e-6);
            QVERIFY(x <= chart.axisMaxX() + 1e-6);
        }
        const double xStep = xs[1] - xs[0];
        QVERIFY2(isNice(xStep), qPrintable(QString::number(xStep)));
        QVERIFY(xStep >= 0.1 - 1e-9);
        // The labels (one decimal) do not touch.
        const QFontMetricsF fm(chart.font());
        for (int i = 1; i < xs.size(); ++i) {
            QVERIFY(std::abs(xs[i] - xs[i - 1] - xStep) < 1e-6);
            const double gap =
                chart.toPixel(QPointF(xs[i], 0)).x() - chart.toPixel(QPointF(xs[i - 1], 0)).x();
            QVERIFY(gap > fm.horizontalAdvance(QString::number(xs[i], 'f', 1)));
        }
        // Not too few either: at most one nice step more than needed.
        QVERIFY(xs.size() >= 3 || width < 400);

        const QList<double> ys = chart.yTicks();
        QVERIFY(ys.size() >= 2);
        QCOMPARE(ys.front(), 0.0);
        QVERIFY(ys.back() <= yMax);
        const double yStep = ys[1] - ys[0];
        QVERIFY(isNice(yStep));
        QCOMPARE(yStep, std::round(yStep)); // whole items
        QVERIFY(chart.toPixel(QPointF(0, 0)).y() - chart.toPixel(QPointF(0, yStep)).y() > fm.height());
    }

    void textsFollowTheLanguage()
    {
        QueueChart chart;
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.legendTexts(),
                 QStringList({QStringLiteral("Queue length"), QStringLiteral("Low threshold (10)"),
                              QStringLiteral("High threshold (50)")}));
        QCOMPARE(chart.xTitle(), QStringLiteral("Time (s)"));
        QCOMPARE(chart.yTitle(), QStringLiteral("Items"));

        chart.setThresholds(20, 80);
        chart.setTimeUnit(QStringLiteral("ticks"));
        QCOMPARE(chart.legendTexts().at(1), QStringLiteral("Low threshold (20)"));
        QCOMPARE(chart.legendTexts().at(2), QStringLiteral("High threshold (80)"));
        QCOMPARE(chart.xTitle(), QStringLiteral("Time (ticks)"));

        // View ▸ Language: the chart retranslates itself on LanguageChange.
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QTRY_COMPARE(chart.legendTexts().at(0), QStringLiteral("队列长度"));
        QCOMPARE(chart.legendTexts().at(1), QStringLiteral("低阈值（20）"));
        QCOMPARE(chart.yTitle(), QStringLiteral("数据个数"));
        QCOMPARE(chart.xTitle(), QStringLiteral("时间（ticks）")); // the unit comes from the panel
        chart.setTimeUnit(QStringLiteral("秒"));
        QCOMPARE(chart.xTitle(), QStringLiteral("时间（秒）"));
        QVERIFY(!chart.grab().isNull());

        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(chart.legendTexts().at(0), QStringLiteral("Queue length"));
        QCOMPARE(chart.yTitle(), QStringLiteral("Items"));
    }

    void legendWrapsWhenNarrow()
    {
        QueueChart chart;
        chart.resize(700, 300);
        const double wideTop = chart.plotArea().top();
        chart.resize(240, 300);
        // Three entries do not fit on one line: a second line pushes the plot down.
        QVERIFY(chart.plotArea().top() > wideTop + QFontMetricsF(chart.font()).height() * 0.9);
        QVERIFY(chart.plotArea().right() <= 240);
    }

    void followsThePalette()
    {
        QueueChart chart;
        chart.resize(400, 240);
        chart.refresh(saw(100), 10, 250);
        const QImage light = chart.grab().toImage();
        QCOMPARE(light.pixelColor(1, 1), chart.palette().color(QPalette::Base));

        QPalette dark = chart.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        chart.setPalette(dark);
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.pixelColor(1, 1), QColor(0x20, 0x20, 0x20));
        // The line is lighter where the background is dark.
        QVERIFY(chart.seriesPen(QueueChart::Length).color().lightness() >
                QColor(0x30, 0x3F, 0x9F).lightness());
        // Light text somewhere (the axis labels).
        bool lightText = false;
        for (int y = 0; y < image.height() && !lightText; ++y)
            for (int x = 0; x < image.width() && !lightText; ++x)
                lightText = image.pixelColor(x, y).lightness() > 200;
        QVERIFY(lightText);
    }

    void emptyDataDrawsWithoutCrashing_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<int>("samples");
        QTest::addColumn<double>("now");
        QTest::addColumn<double>("yMax");
        QTest::newRow("no history, window") << QSize(400, 200) << false << 0 << 0.0 << 250.0;
        QTest::newRow("no history, whole run") << QSize(400, 200) << true << 0 << 0.0 << 250.0;
        QTest::newRow("one sample at 0, whole run") << QSize(400, 200) << true << 1 << 0.0 << 250.0;
        QTest::newRow("no scale") << QSize(400, 200) << false << 5 << 1.0 << 0.0;
        QTest::newRow("tiny widget") << QSize(30, 20) << false << 5 << 1.0 << 250.0;
        QTest::newRow("no size") << QSize(0, 0) << true << 5 << 1.0 << 250.0;
    }

    void emptyDataDrawsWithoutCrashing()
    {
        QFETCH(QSize, size);
        QFETCH(bool, whole);
        QFETCH(int, samples);
        QFETCH(double, now);
        QFETCH(double, yMax);
        QueueChart chart;
        chart.setMinimumHeight(0);
        chart.resize(size);
        chart.setWholeRun(whole);
        chart.refresh(saw(samples), now, yMax);
        QCOMPARE(chart.lengthPoints().isEmpty(), samples == 0);
        QVERIFY(chart.axisMaxX() > chart.axisMinX());
        QVERIFY(chart.axisMaxY() >= 1);
        const QPixmap pixmap = chart.grab();
        QCOMPARE(pixmap.size(), size);
        chart.xTicks();
        chart.yTicks();
    }
};

QTEST_MAIN(TestQueueChart)
#include "tst_queuechart.moc"
