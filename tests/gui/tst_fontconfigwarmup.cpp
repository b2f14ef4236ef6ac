// FontConfigWarmUp: started before the application object, as main() does,
// it leaves fonts working as without it: Qt finds the same fonts, including
// the Chinese one the diagram asks for. (Its point is speed, measured by the
// start-up benchmark in docs/startup.md, not here.)

#include "FontConfigWarmUp.h"
#include "GuiTestSupport.h"
#include "Palette.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

using namespace processlab;

class TestFontConfigWarmUp : public QObject
{
    Q_OBJECT

private slots:
    void fontsAreFound()
    {
        QVERIFY(!QFontDatabase::families().isEmpty());
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")),
                 "fonts-noto-cjk is a dependency (scripts/setup.sh)");
        // Chinese in the diagram's font is drawn with it.
        QCOMPARE(testing::chineseDrawnWith(palette::diagramFont(12, false)),
                 QStringLiteral("Noto Sans CJK SC"));
    }

    // An alias resolves to the family Qt itself would draw with; a real
    // family to itself.
    void resolvesAliasesAsQtDoes_data()
    {
        QTest::addColumn<QString>("family");
        QTest::newRow("Sans Serif") << QStringLiteral("Sans Serif");
        QTest::newRow("sans-serif") << QStringLiteral("sans-serif");
        QTest::newRow("monospace") << QStringLiteral("monospace");
        QTest::newRow("DejaVu Sans") << QStringLiteral("DejaVu Sans");
        QTest::newRow("Noto Sans CJK SC") << QStringLiteral("Noto Sans CJK SC");
    }
    void resolvesAliasesAsQtDoes()
    {
        QFETCH(QString, family);
        const QString resolved = FontConfigWarmUp::resolveFamily(family);
        QVERIFY(QFontDatabase::families().contains(resolved));
        QCOMPARE(resolved, QFontInfo(QFont(family)).family());
    }

    // Qt's font list filled on the thread is the one the main thread sees.
    void fillsTheFontDatabase()
    {
        FontConfigWarmUp fonts;
        fonts.wait();
        fonts.fillFontDatabase();
        fonts.fillFontDatabase(); // again: waits for the first
        fonts.wait();
        QVERIFY(QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")));
        {
            FontConfigWarmUp unwaited;
            unwaited.fillFontDatabase(); // the destructor waits
        }
        QVERIFY(!QFontDatabase::families().isEmpty());
    }

    // Waiting again, or destroying one that was never waited for, is harmless.
    void waitingIsIdempotent()
    {
        FontConfigWarmUp another;
        another.wait();
        another.wait();
        {
            FontConfigWarmUp unwaited;
        }
        QVERIFY(!QFontDatabase::families().isEmpty());
    }
};

int main(int argc, char* argv[])
{
    FontConfigWarmUp warmUp; // before the application, as in main.cpp
    QApplication app(argc, argv);
    warmUp.wait();
    warmUp.fillFontDatabase(); // while the test object is made, as in main.cpp
    warmUp.wait();
    TestFontConfigWarmUp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fontconfigwarmup.moc"
