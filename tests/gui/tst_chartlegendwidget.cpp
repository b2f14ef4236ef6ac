// ChartLegendWidget: one legend for charts side by side: a swatch and a label
// each, rows wrapped to its width, as high as its rows.

#include "ChartLegendWidget.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTest>

using namespace processlab;

namespace {

QList<ChartLegendWidget::Entry> policies()
{
    return {{QStringLiteral("First come, first served"), QColor(0x00, 0x72, 0xB2)},
            {QStringLiteral("Shortest job first"), QColor(0xE6, 0x9F, 0x00)},
            {QStringLiteral("Round robin q=2"), QColor(0x00, 0x9E, 0x73)}};
}

int countColor(const QImage& image, const QColor& color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == color;
    return n;
}

} // namespace

class TestChartLegendWidget : public QObject
{
    Q_OBJECT

private slots:
    void asHighAsItsRows()
    {
        ChartLegendWidget legend;
        QCOMPARE(legend.heightForWidth(600), 0); // nothing to show
        legend.setEntries(policies());
        const double line = QFontMetricsF(legend.font()).height();
        const int wide = legend.heightForWidth(2000);
        const int narrow = legend.heightForWidth(150);
        QVERIFY(wide >= line && wide < 2 * line + 10);
        QVERIFY(narrow >= 3 * line); // one entry a row
        QVERIFY(legend.hasHeightForWidth());
    }

    void drawsEachSwatch()
    {
        ChartLegendWidget legend;
        legend.setEntries(policies());
        legend.resize(700, legend.heightForWidth(700));
        const QImage image = legend.grab().toImage();
        for (const ChartLegendWidget::Entry& entry : policies())
            QVERIFY2(countColor(image, entry.color) >= 9, qPrintable(entry.label));
        legend.setEntries({});
        QCOMPARE(countColor(legend.grab().toImage(), policies().first().color), 0);
    }
};

QTEST_MAIN(TestChartLegendWidget)
#include "tst_chartlegendwidget.moc"
