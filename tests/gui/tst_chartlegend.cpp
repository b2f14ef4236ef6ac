// ChartLegend: a chart's legend entries in centred rows, wrapped where they
// do not fit, each entry's marker drawn by the chart.

#include "ChartLegend.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace processlab;

class TestChartLegend : public QObject
{
    Q_OBJECT

private:
    static QFontMetricsF metrics() { return QFontMetricsF(QApplication::font()); }

private slots:
    void entryWidthIsMarkerGapAndLabel()
    {
        const ChartLegend legend(metrics(), {QStringLiteral("Queue length")}, 24);
        QCOMPARE(legend.entryWidth(0),
                 24 + ChartLegend::kLabelGap + metrics().horizontalAdvance(QStringLiteral("Queue length")));
    }

    void wrapsWhereEntriesDoNotFit_data()
    {
        QTest::addColumn<double>("available");
        QTest::addColumn<int>("rows");
        const ChartLegend legend(
            metrics(), {QStringLiteral("FCFS"), QStringLiteral("SJF"), QStringLiteral("RR q=4")}, 12);
        const double a = legend.entryWidth(0);
        const double b = legend.entryWidth(1);
        const double c = legend.entryWidth(2);
        const double s = ChartLegend::kSpacing;
        QTest::newRow("all on one row") << a + s + b + s + c << 1;
        QTest::newRow("one pixel short: the last wraps") << a + s + b + s + c - 1 << 2;
        QTest::newRow("two a row") << a + s + b << 2;
        QTest::newRow("narrower than any entry: one a row") << 1.0 << 3;
    }
    void wrapsWhereEntriesDoNotFit()
    {
        QFETCH(double, available);
        QFETCH(int, rows);
        const ChartLegend legend(
            metrics(), {QStringLiteral("FCFS"), QStringLiteral("SJF"), QStringLiteral("RR q=4")}, 12);
        const QList<ChartLegend::Row> laid = legend.rows(available);
        QCOMPARE(int(laid.size()), rows);
        int next = 0;
        for (const ChartLegend::Row& row : laid) {
            QVERIFY(!row.entries.isEmpty());
            double width = 0;
            for (const int entry : row.entries) {
                QCOMPARE(entry, next++); // in order, none lost or repeated
                width += (width > 0 ? ChartLegend::kSpacing : 0) + legend.entryWidth(entry);
            }
            QCOMPARE(row.width, width);
            QVERIFY(row.entries.size() == 1 || row.width <= available);
        }
        QCOMPARE(next, 3);
        QCOMPARE(legend.height(available), rows * metrics().height() + (rows - 1) * ChartLegend::kRowSpacing);
    }

    void noEntriesNoHeight()
    {
        const ChartLegend legend(metrics(), {}, 12);
        QVERIFY(legend.rows(300).isEmpty());
        QCOMPARE(legend.height(300), 0.0);
    }

    // One row, centred: the markers are drawn where the layout says, the
    // row's middle at the area's middle.
    void paintsCentredRowsWithTheChartsMarkers()
    {
        const ChartLegend legend(metrics(), {QStringLiteral("Low"), QStringLiteral("High")}, 20);
        QImage image(400, 60, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QList<QRectF> markers;
        {
            QPainter painter(&image);
            legend.paint(painter, QRectF(0, 10, 400, 40), Qt::black,
                         [&markers](QPainter& p, int i, const QRectF& box) {
                             markers.append(box);
                             p.fillRect(box, i == 0 ? Qt::red : Qt::blue);
                         });
        }
        QCOMPARE(int(markers.size()), 2);
        const double rowWidth = legend.rows(400).first().width;
        QCOMPARE(markers[0].left(), (400 - rowWidth) / 2);
        QCOMPARE(markers[0].top(), 10.0);
        QCOMPARE(markers[1].left(), markers[0].left() + legend.entryWidth(0) + ChartLegend::kSpacing);
        QCOMPARE(image.pixelColor(markers[0].center().toPoint()), QColor(Qt::red));
        QCOMPARE(image.pixelColor(markers[1].center().toPoint()), QColor(Qt::blue));
        // Labels drawn right of their markers, in the text colour.
        bool dark = false;
        for (int x = int(markers[0].right()) + 2; x < int(markers[1].left()); ++x)
            for (int y = 10; y < 10 + int(metrics().height()); ++y)
                dark = dark || qGray(image.pixel(x, y)) < 100;
        QVERIFY(dark);
    }
};

QTEST_MAIN(TestChartLegend)
#include "tst_chartlegend.moc"
