// The shipped examples' titles in the user's language (their JSON files are
// written in English): every example's title is in ExampleTitles' list and
// has a Chinese translation, and the menu and the status bar use it.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "core/io/ScenarioFile.h"
#include "i18n/Translations.h"
#include "scenario/ExampleTitles.h"

#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace processlab;

using testing::hasChinese;

class TestExampleTitles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exampletitles"));
        QSettings().clear();
    }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void everyExampleTitleIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = MainWindow::exampleFiles();
        QVERIFY(files.size() >= 8);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << file;
    }
    void everyExampleTitleIsTranslated()
    {
        QFETCH(QString, file);
        const ScenarioLoad load = ScenarioFile::load(file);
        QVERIFY2(load.ok(), qPrintable(load.errorText()));
        const QString title = load.scenario->title;
        QVERIFY(!title.isEmpty());
        Translations::install(QStringLiteral("en"));
        QCOMPARE(exampleTitle(title), title);
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QVERIFY2(hasChinese(exampleTitle(title)), qPrintable(title));
    }

    void aTitleNotInTheListIsShownAsWritten()
    {
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCOMPARE(exampleTitle(QStringLiteral("My own scenario")), QStringLiteral("My own scenario"));
    }

    void menuAndStatusBarInChinese()
    {
        MainWindow window;
        window.setPrompts(std::make_unique<testing::ScriptedPrompts>());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setLanguage(QStringLiteral("zh_CN"));
        auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("menuFile"));
        auto* examples = window.findChild<QMenu*>(QStringLiteral("menuExamples"));
        QVERIFY(fileMenu && examples);
        QVERIFY(QMetaObject::invokeMethod(fileMenu, "aboutToShow")); // fills File > Examples
        QVERIFY(!examples->actions().isEmpty());
        for (QAction* action : examples->actions())
            QVERIFY2(hasChinese(action->text()), qPrintable(action->text()));
        QVERIFY(window.openDefaultExample());
        QVERIFY2(hasChinese(window.statusBar()->currentMessage()),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(hasChinese(window.windowTitle()), qPrintable(window.windowTitle()));
    }
};

QTEST_MAIN(TestExampleTitles)
#include "tst_exampletitles.moc"
