// SvgIconEngine: an SVG icon parsed when first drawn, drawn like Qt's own SVG
// icons, each size and mode rendered once.

#include "SvgIconEngine.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOption>
#include <QTest>

using namespace processlab;

class TestSvgIconEngine : public QObject
{
    Q_OBJECT

private slots:
    void parsedOnlyWhenFirstDrawn()
    {
        auto* engine = new SvgIconEngine(QStringLiteral(":/icons/play.svg"));
        const QIcon icon(engine); // the icon owns the engine
        QVERIFY(!icon.isNull());
        QVERIFY(!engine->isLoaded());
        QCOMPARE(icon.actualSize(QSize(24, 24)), QSize(24, 24));
        QVERIFY(!engine->isLoaded());
        QVERIFY(!icon.pixmap(24, 24).isNull());
        QVERIFY(engine->isLoaded());
    }

    void drawnLikeQtsOwnSvgIcons_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("side");
        QTest::newRow("play, 16") << QStringLiteral(":/icons/play.svg") << 16;
        QTest::newRow("step-tick, 24") << QStringLiteral(":/icons/step-tick.svg") << 24;
        QTest::newRow("open, 48") << QStringLiteral(":/icons/open.svg") << 48;
    }
    void drawnLikeQtsOwnSvgIcons()
    {
        QFETCH(QString, path);
        QFETCH(int, side);
        const QImage ours = SvgIconEngine::icon(path).pixmap(side, side).toImage();
        const QImage qts = QIcon(path).pixmap(side, side).toImage();
        QCOMPARE(ours.size(), QSize(side, side));
        QCOMPARE(ours.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 qts.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

    void disabledIsTheStylesGreyedVersion()
    {
        const QIcon icon = SvgIconEngine::icon(QStringLiteral(":/icons/play.svg"));
        const QPixmap normal = icon.pixmap(24, 24);
        const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
        QStyleOption option;
        option.palette = QApplication::palette();
        const QImage expected =
            QApplication::style()->generatedIconPixmap(QIcon::Disabled, normal, &option).toImage();
        QVERIFY(disabled != normal.toImage());
        QCOMPARE(disabled, expected);
    }

    void eachSizeRenderedOnce()
    {
        const QIcon icon = SvgIconEngine::icon(QStringLiteral(":/icons/save.svg"));
        const QPixmap first = icon.pixmap(32, 32);
        QCOMPARE(icon.pixmap(32, 32).cacheKey(), first.cacheKey());
        // No "on" drawing: the checked state shows the same pixmap.
        QCOMPARE(icon.pixmap(QSize(32, 32), QIcon::Normal, QIcon::On).cacheKey(), first.cacheKey());
        QVERIFY(icon.pixmap(48, 48).cacheKey() != first.cacheKey());
    }

    // On a 2x screen the icon is drawn from a pixmap of twice the size, not
    // an enlarged small one.
    void sharpAtHighDpi()
    {
        const QIcon icon = SvgIconEngine::icon(QStringLiteral(":/icons/open.svg"));
        QImage canvas(48, 48, QImage::Format_ARGB32_Premultiplied);
        canvas.setDevicePixelRatio(2);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            icon.paint(&painter, QRect(0, 0, 24, 24));
        }
        QImage expected = icon.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        canvas.setDevicePixelRatio(1);
        QCOMPARE(canvas, expected);
    }

    void aMissingFileIsANullIcon()
    {
        const QIcon icon = SvgIconEngine::icon(QStringLiteral(":/icons/no-such-icon.svg"));
        QVERIFY(icon.isNull());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no-such-icon.svg")));
        QVERIFY(icon.pixmap(24, 24).isNull());
    }
};

QTEST_MAIN(TestSvgIconEngine)
#include "tst_svgiconengine.moc"
