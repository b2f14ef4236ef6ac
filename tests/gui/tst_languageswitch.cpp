// View ▸ Language: switching between English and Chinese at run time
// rebuilds the texts of the main window (menus, docks, table headers, the
// policy bar), of an open dialog and of the status bar, keeps the simulation
// exactly where it was, and is remembered for the next start. Uses the real
// zh_CN translation embedded in the build.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "exercise/ExerciseDialog.h"
#include "gantt/CompareDialog.h"
#include "i18n/Translations.h"
#include "lessons/LessonsPanel.h"
#include "processes/ProcessPanel.h"
#include "processes/ProcessTableModel.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace processlab;

namespace {
using testing::hasChinese;

// LanguageChange events are posted to every window.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void init()
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompts(std::make_unique<testing::ScriptedPrompts>());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        Translations::install(QStringLiteral("en"));
    }

    void switchesTextsAndKeepsTheRun()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("three")));
        for (int i = 0; i < 5; ++i)
            QVERIFY(controller->stepEvent());
        QVERIFY(controller->moveProcess(controller->engine().readyQueue().front(), ProcessState::Running));
        const EngineState stateBefore = controller->engine().state();
        const Trace traceBefore = controller->engine().trace();
        const Scenario scenarioBefore = controller->scenario();
        const int undoBefore = controller->undoStack()->count();
        const quint64 stepsBefore = controller->engine().stepCount();

        // An open dialog.
        auto* compare = new CompareDialog(controller->scenario(), m_window.get());
        compare->setAttribute(Qt::WA_DeleteOnClose);
        compare->show();
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        const QString compareTitle = compare->windowTitle();
        QVERIFY(!hasChinese(compareTitle));

        auto* fileMenu = m_window->findChild<QMenu*>(QStringLiteral("menuFile"));
        auto* viewMenu = m_window->findChild<QMenu*>(QStringLiteral("menuView"));
        auto* processDock = m_window->findChild<QDockWidget*>(QStringLiteral("processDock"));
        auto* ganttDock = m_window->findChild<QDockWidget*>(QStringLiteral("ganttDock"));
        auto* policy = m_window->findChild<QComboBox*>(QStringLiteral("policyCombo"));
        auto* chinese = m_window->findChild<QAction*>(QStringLiteral("actionLanguageChinese"));
        auto* english = m_window->findChild<QAction*>(QStringLiteral("actionLanguageEnglish"));
        QVERIFY(fileMenu && viewMenu && processDock && ganttDock && policy && chinese && english);
        QVERIFY(english->isChecked());
        QVERIFY(!chinese->isChecked());
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(processDock->windowTitle(), QStringLiteral("Processes"));
        const QString ganttTitle = ganttDock->windowTitle();
        const QString policyText = policy->currentText();
        QAbstractItemModel* table = m_window->processPanel()->view()->model();
        const QString stateHeader = table->headerData(ProcessTableModel::State, Qt::Horizontal).toString();
        QCOMPARE(stateHeader, QStringLiteral("State"));
        m_window->statusBar()->showMessage(QStringLiteral("English message"));

        // The language menu is reachable from View.
        bool inView = false;
        for (QAction* action : viewMenu->actions())
            inView = inView || (action->menu() && action->menu()->actions().contains(chinese));
        QVERIFY(inView);

        chinese->trigger();
        settle();

        QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
        QVERIFY(chinese->isChecked());
        QVERIFY(!english->isChecked());
        QCOMPARE(Settings().language(), QStringLiteral("zh_CN"));
        // Main window: menu titles, dock titles, table headers, the policy bar.
        QVERIFY2(hasChinese(fileMenu->title()), qPrintable(fileMenu->title()));
        QCOMPARE(fileMenu->title(), QCoreApplication::translate("MainWindow", "&File"));
        QVERIFY2(hasChinese(processDock->windowTitle()), qPrintable(processDock->windowTitle()));
        QVERIFY(hasChinese(ganttDock->windowTitle()));
        QVERIFY(ganttDock->windowTitle() != ganttTitle);
        QVERIFY(hasChinese(table->headerData(ProcessTableModel::State, Qt::Horizontal).toString()));
        QVERIFY2(hasChinese(policy->currentText()), qPrintable(policy->currentText()));
        QVERIFY(policy->currentText() != policyText);
        // The Current burst column fits its (longer) Chinese text.
        QTableView* view = m_window->processPanel()->view();
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString current = table->data(table->index(row, ProcessTableModel::Current)).toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(current) <
                         view->horizontalHeader()->sectionSize(ProcessTableModel::Current),
                     qPrintable(current));
        }
        // The dialog.
        QVERIFY2(hasChinese(compare->windowTitle()), qPrintable(compare->windowTitle()));
        // The status bar says so, in the new language; the core's messages follow.
        QVERIFY(m_window->statusBar()->currentMessage() != QStringLiteral("English message"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QCoreApplication::translate("processlab::MainWindow", "Switched to English."));

        // Nothing about the simulation changed.
        QVERIFY(controller->engine().state() == stateBefore);
        QVERIFY(controller->engine().trace() == traceBefore);
        QVERIFY(controller->scenario() == scenarioBefore);
        QCOMPARE(controller->undoStack()->count(), undoBefore);
        QCOMPARE(controller->engine().stepCount(), stepsBefore);
        QVERIFY(!controller->isPlaying());

        controller->reset();
        QVERIFY2(hasChinese(m_window->statusBar()->currentMessage()),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // And back.
        const EngineState stateZh = controller->engine().state();
        english->trigger();
        settle();
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(processDock->windowTitle(), QStringLiteral("Processes"));
        QCOMPARE(compare->windowTitle(), compareTitle);
        QCOMPARE(policy->currentText(), policyText);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Switched to English."));
        QVERIFY(controller->engine().state() == stateZh);
        QCOMPARE(Settings().language(), QStringLiteral("en"));
    }

    // Edit > Undo and Redo name the edits in the language shown now, also
    // the edits made before the switch.
    void undoTextsFollowTheLanguage()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("three")));
        QVERIFY(controller->addProcess());         // "Add P4"
        QVERIFY(controller->removeProcesses({0})); // "Remove P1"
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("actionUndo"));
        auto* redo = m_window->findChild<QAction*>(QStringLiteral("actionRedo"));
        QVERIFY(undo && redo);
        controller->undoStack()->undo(); // "Remove P1" becomes the redo
        QCOMPARE(redo->text(), QStringLiteral("&Redo Remove P1"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add P4"));

        m_window->setLanguage(QStringLiteral("zh_CN"));
        settle();
        QVERIFY2(hasChinese(controller->undoStack()->undoText()),
                 qPrintable(controller->undoStack()->undoText()));
        QVERIFY(controller->undoStack()->undoText().contains(QStringLiteral("P4")));
        QVERIFY2(hasChinese(controller->undoStack()->redoText()),
                 qPrintable(controller->undoStack()->redoText()));
        QVERIFY(hasChinese(undo->text()) && undo->text().contains(QStringLiteral("P4")));
        QVERIFY(hasChinese(redo->text()) && redo->text().contains(QStringLiteral("P1")));
        for (int i = 0; i < controller->undoStack()->count(); ++i)
            QVERIFY2(hasChinese(controller->undoStack()->text(i)),
                     qPrintable(controller->undoStack()->text(i)));

        m_window->setLanguage(QStringLiteral("en"));
        settle();
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add P4"));
        QCOMPARE(redo->text(), QStringLiteral("&Redo Remove P1"));
    }

    void lessonsAndExerciseFollowTheLanguage()
    {
        m_window->showLessons();
        m_window->showExercise();
        settle();
        QVERIFY(m_window->lessonsPanel());
        QVERIFY(m_window->exerciseDialog());
        const QString lessons = m_window->lessonsDock()->windowTitle();
        QCOMPARE(lessons, QStringLiteral("Lessons"));
        auto* topics = m_window->lessonsPanel()->findChild<QComboBox*>(QStringLiteral("lessonTopicCombo"));
        QVERIFY(topics);
        m_window->setLanguage(QStringLiteral("zh_CN"));
        settle();
        // Whatever the translation holds now: each text was rebuilt through it.
        QCOMPARE(m_window->lessonsDock()->windowTitle(),
                 QCoreApplication::translate("processlab::MainWindow", "Lessons"));
        QCOMPARE(m_window->exerciseDialog()->windowTitle(),
                 QCoreApplication::translate("processlab::ExerciseDialog", "Exercise: Predict, Then Reveal"));
        QCOMPARE(topics->itemText(0),
                 QCoreApplication::translate("processlab::LessonsPanel", "%1. %2")
                     .arg(1)
                     .arg(QCoreApplication::translate("LessonTexts", "Programs and processes")));
    }

    void rememberedChoiceAppliesAtStart()
    {
        m_window.reset();
        Settings().setLanguage(QStringLiteral("zh_CN"));
        Translations::install(QStringLiteral("en")); // what main() does for an English system
        MainWindow window;
        QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
        auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("menuFile"));
        QVERIFY(hasChinese(fileMenu->title()));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionLanguageChinese"))->isChecked());

        // An unknown stored value is ignored.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(Settings().language(), QString());
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
