// AppStyle: the toolbars' and menu bar's extension buttons get ProcessLab's
// own icons (no image-format plug-ins at start-up); everything else is the
// platform style's.

#include "AppStyle.h"

#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QPixmap>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace processlab;

namespace {
// Whether a pixmap has any visible pixel.
bool inked(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

QImage rendered(const QIcon& icon)
{
    return icon.pixmap(QSize(16, 16), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}
} // namespace

class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void extensionIconsAreOurs_data()
    {
        QTest::addColumn<int>("standardPixmap");
        QTest::addColumn<QString>("file");
        QTest::newRow("horizontal") << int(QStyle::SP_ToolBarHorizontalExtensionButton)
                                    << QStringLiteral(":/icons/toolbar-extension-horizontal.svg");
        QTest::newRow("vertical") << int(QStyle::SP_ToolBarVerticalExtensionButton)
                                  << QStringLiteral(":/icons/toolbar-extension-vertical.svg");
    }
    void extensionIconsAreOurs()
    {
        QFETCH(int, standardPixmap);
        QFETCH(QString, file);
        AppStyle style;
        const QIcon icon = style.standardIcon(QStyle::StandardPixmap(standardPixmap));
        QVERIFY(!icon.isNull());
        QVERIFY(inked(icon.pixmap(16, 16)));
        QCOMPARE(rendered(icon), rendered(QIcon(file)));
    }

    void otherIconsComeFromThePlatformStyle()
    {
        AppStyle style;
        std::unique_ptr<QStyle> plain(QStyleFactory::create(style.baseStyle()->name()));
        QVERIFY(plain);
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_DialogOkButton, QStyle::SP_TitleBarCloseButton, QStyle::SP_MessageBoxWarning}) {
            const QIcon ours = style.standardIcon(which);
            QCOMPARE(ours.isNull(), plain->standardIcon(which).isNull());
            if (!ours.isNull())
                QCOMPARE(rendered(ours), rendered(plain->standardIcon(which)));
        }
    }

    // A toolbar too narrow for its buttons shows the extension button, with
    // our icon, when the application uses the style.
    void toolbarExtensionButtonUsesIt()
    {
        QApplication::setStyle(new AppStyle);
        QMainWindow window;
        auto* bar = window.addToolBar(QStringLiteral("bar"));
        for (int i = 0; i < 20; ++i)
            bar->addAction(QStringLiteral("Action %1").arg(i));
        window.resize(200, 120);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton* extension = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(extension);
        QTRY_VERIFY(extension->isVisible());
        QCOMPARE(rendered(extension->icon()),
                 rendered(QIcon(QStringLiteral(":/icons/toolbar-extension-horizontal.svg"))));
    }
};

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
