// DiagramText: the state diagram's text at any size, drawn from one font size
// scaled by the painter, measures and looks like the font at that size.

#include "GuiTestSupport.h"
#include "Palette.h"
#include "diagram/DiagramText.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

using namespace processlab;

namespace {
// The box around the dark pixels of an image painted white.
QRect inkBox(const QImage& image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128)
                box |= QRect(x, y, 1, 1);
    return box;
}

QImage canvas()
{
    QImage image(600, 160, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}
} // namespace

class TestDiagramText : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheFontAtThatSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("pointSize");
        QTest::addColumn<bool>("bold");
        QTest::newRow("title") << QStringLiteral("Terminated") << 16.0 << true;
        QTest::newRow("subtitle, Chinese") << QStringLiteral("\u5c31\u7eea\u963b\u585e") << 12.0 << false;
        QTest::newRow("badge") << QStringLiteral("12") << 9.0 << true;
        QTest::newRow("arrow label") << QStringLiteral("time slice expired") << 10.0 << false;
        QTest::newRow("clock") << QStringLiteral("t = 128") << 30.0 << true;
        QTest::newRow("token, shrunk") << QStringLiteral("Worker") << 6.5 << true;
    }
    void matchesTheFontAtThatSize()
    {
        QFETCH(QString, text);
        QFETCH(qreal, pointSize);
        QFETCH(bool, bold);

        // Width: within 3 % of the font's own at that size.
        const qreal native = QFontMetricsF(palette::diagramFont(pointSize, bold)).horizontalAdvance(text);
        const qreal scaled = DiagramText::advance(text, pointSize, bold);
        QVERIFY2(std::abs(scaled - native) <= 0.03 * native + 0.5,
                 qPrintable(QStringLiteral("%1 against %2").arg(scaled).arg(native)));
        const qreal nativeHeight = QFontMetricsF(palette::diagramFont(pointSize, bold)).height();
        QVERIFY(std::abs(DiagramText::lineHeight(pointSize, bold) - nativeHeight) <=
                0.05 * nativeHeight + 0.5);

        // Drawn: the ink covers the same box as the font drawn directly.
        const QRectF rect(20, 20, 560, 120);
        QImage ours = canvas();
        {
            QPainter painter(&ours);
            painter.setPen(Qt::black);
            DiagramText::draw(&painter, rect, Qt::AlignCenter, text, pointSize, bold);
        }
        QImage theirs = canvas();
        {
            QPainter painter(&theirs);
            painter.setPen(Qt::black);
            painter.setFont(palette::diagramFont(pointSize, bold));
            painter.drawText(rect, Qt::AlignCenter, text);
        }
        const QRect a = inkBox(ours);
        const QRect b = inkBox(theirs);
        QVERIFY(!a.isEmpty());
        const int slack = 2 + int(0.03 * b.width());
        QVERIFY2(std::abs(a.left() - b.left()) <= slack && std::abs(a.right() - b.right()) <= slack &&
                     std::abs(a.top() - b.top()) <= 2 && std::abs(a.bottom() - b.bottom()) <= 2,
                 qPrintable(QStringLiteral("(%1,%2 %3x%4) against (%5,%6 %7x%8)")
                                .arg(a.x())
                                .arg(a.y())
                                .arg(a.width())
                                .arg(a.height())
                                .arg(b.x())
                                .arg(b.y())
                                .arg(b.width())
                                .arg(b.height())));
    }

    // The painter is left as it was (the items draw more after their text).
    void drawLeavesThePainterAsItWas()
    {
        QImage image = canvas();
        QPainter painter(&image);
        painter.translate(5, 7);
        painter.setFont(QFont(QStringLiteral("Sans Serif"), 7));
        const QTransform transform = painter.transform();
        const QFont font = painter.font();
        DiagramText::draw(&painter, QRectF(0, 0, 200, 40), Qt::AlignCenter, QStringLiteral("Ready"), 16,
                          true);
        QCOMPARE(painter.transform(), transform);
        QCOMPARE(painter.font(), font);
    }

    // The widgets' font: the system's own family for Latin text (an alias
    // resolved), the Chinese typeface behind it, the system's size. The
    // diagram's text uses those families and that size, so both draw with
    // the same font engines (loaded once, not twice: #7).
    void sharesTheWidgetsFont_data()
    {
        QTest::addColumn<QFont>("system");
        QTest::addColumn<QStringList>("families");
        const QString chinese = QStringLiteral("Noto Sans CJK SC");
        const QFont platform = QApplication::font();
        QTest::newRow("the platform's default")
            << platform << QStringList{QFontInfo(platform).family(), chinese};
        QTest::newRow("an alias") << QFont(QStringLiteral("Sans Serif"), 10)
                                  << QStringList{QFontInfo(QFont(QStringLiteral("Sans Serif"))).family(),
                                                 chinese};
        QTest::newRow("DejaVu Sans 11") << QFont(QStringLiteral("DejaVu Sans"), 11)
                                        << QStringList{QStringLiteral("DejaVu Sans"), chinese};
        QTest::newRow("already the Chinese typeface") << QFont(chinese, 10) << QStringList{chinese};
    }
    void sharesTheWidgetsFont()
    {
        QFETCH(QFont, system);
        QFETCH(QStringList, families);
        QVERIFY(!families.contains(QStringLiteral("Sans Serif")));
        const QFont widgets = palette::applicationFont(system);
        QCOMPARE(widgets.families(), families);
        QCOMPARE(widgets.pointSizeF(), system.pointSizeF());
        QVERIFY(widgets.styleStrategy() & QFont::PreferNoShaping);
        QCOMPARE(palette::applicationFont(widgets), widgets); // made once is made
        QCOMPARE(testing::chineseDrawnWith(widgets), QStringLiteral("Noto Sans CJK SC"));

        QCOMPARE(DiagramText::basePointSize(), QApplication::font().pointSizeF());
        const QFont atAppSize = palette::applicationFont(QApplication::font());
        QFont bold = atAppSize;
        bold.setBold(true);
        for (const bool isBold : {false, true}) {
            QCOMPARE(DiagramText::font(isBold).families(), atAppSize.families());
            const QFontInfo diagram(DiagramText::font(isBold));
            const QFontInfo shown(isBold ? bold : atAppSize);
            QCOMPARE(diagram.family(), shown.family());
            QCOMPARE(diagram.pixelSize(), shown.pixelSize());
            QCOMPARE(diagram.bold(), isBold);
        }
    }

    void simpleTextItemsScale()
    {
        QGraphicsScene scene;
        QGraphicsSimpleTextItem* item = scene.addSimpleText(QStringLiteral("t = 0"));
        DiagramText::apply(item, 30, true);
        QCOMPARE(item->scale(), 30 / DiagramText::basePointSize());
        QCOMPARE(item->font(), DiagramText::font(true));
        const qreal native = QFontMetricsF(palette::diagramFont(30, true)).horizontalAdvance(item->text());
        const qreal shown = item->sceneBoundingRect().width();
        QVERIFY2(std::abs(shown - native) <= 0.05 * native + 1,
                 qPrintable(QStringLiteral("%1 against %2").arg(shown).arg(native)));
    }
};

QTEST_MAIN(TestDiagramText)
#include "tst_diagramtext.moc"
