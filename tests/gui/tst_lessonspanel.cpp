// The Lessons dock: built only when first shown; every lesson's "Try it"
// loads its scenario into the live views as one undoable edit and the run
// goes to its end (or, for programs that loop forever, to a time limit);
// the snippet marks the line each process is at; the table and the diagram
// link children to their parents; the inspector shows each process's own
// globals.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "core/Lessons.h"
#include "diagram/ParentLinksItem.h"
#include "diagram/StateDiagramScene.h"
#include "diagram/StateDiagramView.h"
#include "i18n/Translations.h"
#include "lessons/LessonsPanel.h"
#include "lessons/SnippetView.h"
#include "processes/PcbInspector.h"
#include "processes/ProcessPanel.h"
#include "processes/ProcessTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace processlab;
using lessons::Topic;

class TestLessonsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessonspanel"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompts(std::make_unique<testing::ScriptedPrompts>());
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->controller()->openScenario(testing::threeProcesses(), QStringLiteral("three")));
    }

    void cleanup() { m_window.reset(); }

    void builtOnlyWhenShown()
    {
        QDockWidget* dock = m_window->lessonsDock();
        QVERIFY(dock);
        QCOMPARE(dock->objectName(), QStringLiteral("lessonsDock"));
        QVERIFY(!dock->isVisible());
        QVERIFY(!m_window->lessonsPanel());
        QVERIFY(!m_window->findChild<LessonsPanel*>());

        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionLessons"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(m_window->lessonsPanel());
        QCOMPARE(dock->widget(), static_cast<QWidget*>(m_window->lessonsPanel()));
        // Also from View: the dock's own toggle.
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());
    }

    void everyLessonLoadsAndRuns()
    {
        m_window->showLessons();
        LessonsPanel* panel = m_window->lessonsPanel();
        SimulationController* controller = m_window->controller();
        auto* topics = panel->findChild<QComboBox*>(QStringLiteral("lessonTopicCombo"));
        QCOMPARE(topics->count(), lessons::kTopicCount);
        int index = 0;
        for (Topic topic : lessons::topics()) {
            topics->setCurrentIndex(index++);
            QCOMPARE(panel->topic(), topic);
            const std::vector<lessons::Variant> variants = lessons::variants(topic);
            QCOMPARE(panel->tryButtons().size(), variants.size());
            for (size_t v = 0; v < variants.size(); ++v) {
                const Scenario before = controller->scenario();
                const int undo = controller->undoStack()->index();
                QPushButton* button = panel->tryButtons()[v];
                QCOMPARE(button->text(), lessons::variantLabel(variants[v]));
                QTRY_VERIFY(button->height() > 0); // laid out
                QTest::mouseClick(button, Qt::LeftButton);
                QVERIFY2(controller->scenario() == variants[v].scenario, qPrintable(lessons::topicId(topic)));
                QCOMPARE(lessons::topicOf(controller->scenario()), std::optional<Topic>(topic));
                QCOMPARE(controller->undoStack()->index(), undo + 1);
                QCOMPARE(controller->engine().now(), Tick(0));
                QCOMPARE(m_window->processPanel()->currentPid(), 1);
                QCOMPARE(panel->snippetView()->lines(), lessons::snippet(topic));

                runLesson(controller, variants[v].timeLimit);

                // Undo brings the previous scenario back (after any manual moves).
                for (int guard = 0; guard < 100 && controller->undoStack()->index() > undo; ++guard)
                    controller->undo();
                QVERIFY(controller->scenario() == before);
                controller->redo();
                QVERIFY(controller->scenario() == variants[v].scenario);
            }
        }
    }

    void snippetMarksTheRunningLine()
    {
        m_window->showLessons();
        LessonsPanel* panel = m_window->lessonsPanel();
        SimulationController* controller = m_window->controller();
        panel->setTopic(Topic::Creation);
        QVERIFY(panel->tryIt(0));
        SnippetView* snippet = panel->snippetView();
        QCOMPARE(snippet->marks().size(), size_t(0)); // nothing has started
        QVERIFY(controller->stepTick());
        // main runs its first lines; the children have not started.
        const int mainLine = lessons::currentLine(controller->engine(), 1);
        QVERIFY(mainLine == 16 || mainLine == 17);
        QCOMPARE(snippet->markedLine(1), mainLine);
        QCOMPARE(snippet->markedLine(2), 0);
        QCOMPARE(snippet->highlightedLine(), mainLine);
        // Run until main waits in join().
        for (int guard = 0; guard < 50 && controller->engine().pcb(1).state != ProcessState::Blocked; ++guard)
            QVERIFY(controller->stepEvent());
        QCOMPARE(controller->engine().pcb(1).state, ProcessState::Blocked);
        QCOMPARE(snippet->markedLine(1), 21);
        QVERIFY(snippet->lines().at(20).contains(QLatin1String("p1.join()")));
        QCOMPARE(snippet->markedLine(2), 8); // p1 computes
        bool p1Running = false;
        for (const SnippetView::Mark& mark : snippet->marks()) {
            if (mark.pid == 2)
                p1Running = mark.running;
            if (mark.pid == 1)
                QVERIFY(!mark.running);
        }
        QVERIFY(p1Running);
        // The selected process gets the frame, and is the highlighted line.
        m_window->processPanel()->selectPid(1);
        QCOMPARE(snippet->highlightedLine(), 21);
        m_window->processPanel()->selectPid(2);
        QCOMPARE(snippet->highlightedLine(), 8);

        // Parent links: table, tooltip, inspector, diagram.
        QAbstractItemModel* table = m_window->processPanel()->view()->model();
        QCOMPARE(table->headerData(ProcessTableModel::Parent, Qt::Horizontal).toString(),
                 QStringLiteral("Parent"));
        QCOMPARE(table->index(0, ProcessTableModel::Parent).data().toString(), QStringLiteral("\u2014"));
        QCOMPARE(table->index(1, ProcessTableModel::Parent).data().toString(), QStringLiteral("main (1)"));
        QCOMPARE(table->index(2, ProcessTableModel::Parent).data().toString(),
                 QStringLiteral("main (1), daemon"));
        QVERIFY(table->index(2, ProcessTableModel::Parent)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Daemon")));
        QVERIFY(table->index(0, ProcessTableModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("until p1 has terminated")));
        m_window->processPanel()->selectPid(3);
        QCOMPARE(m_window->inspector()->valueOf(QStringLiteral("Parent PID")), QStringLiteral("1"));
        StateDiagramScene* scene = m_window->diagramView()->diagram();
        QCOMPARE(int(scene->parentLinks()->links().size()), 2);
        QCOMPARE(scene->parentLinks()->visibleLinks(), 2);
        QVERIFY(scene->parentLinks()->links()[1].daemon);

        // To the end: main exits, the daemon goes with it.
        controller->runToEnd();
        QTRY_VERIFY(controller->engine().finished());
        QCOMPARE(snippet->marks().size(), size_t(0));
        QCOMPARE(controller->engine().pcb(3).finish, controller->engine().pcb(1).finish);
    }

    void globalsAndTheQueueAreShown()
    {
        m_window->showLessons();
        LessonsPanel* panel = m_window->lessonsPanel();
        SimulationController* controller = m_window->controller();
        panel->setTopic(Topic::Globals);
        QVERIFY(panel->tryIt(0));
        QVERIFY(panel->liveText().contains(QLatin1String("queue <b>q</b>")));
        controller->runToEnd();
        QTRY_VERIFY(controller->engine().finished());
        const QString live = panel->liveText();
        QVERIFY2(live.contains(QLatin1String("<b>main</b> (PID 1): <code>result = 0, r = 2</code>")),
                 qPrintable(live));
        QVERIFY(live.contains(QLatin1String("<b>p1</b> (PID 2): <code>result = 1")));
        QVERIFY(live.contains(QLatin1String("<b>p2</b> (PID 3): <code>result = 1")));
        m_window->processPanel()->selectPid(1);
        QCOMPARE(m_window->inspector()->valueOf(QStringLiteral("Globals")),
                 QStringLiteral("result = 0, r = 2"));
        m_window->processPanel()->selectPid(2);
        QVERIFY(m_window->inspector()
                    ->valueOf(QStringLiteral("Globals"))
                    .startsWith(QLatin1String("result = 1")));
    }

    void timeSlicingShowsTheOverheadTable()
    {
        m_window->showLessons();
        LessonsPanel* panel = m_window->lessonsPanel();
        panel->setTopic(Topic::TimeSlicing);
        auto* extra = panel->findChild<QLabel*>(QStringLiteral("lessonExtra"));
        QVERIFY(extra && extra->isVisible());
        for (const lessons::SliceCost& cost : lessons::timeSliceCosts())
            QVERIFY(extra->text().contains(QStringLiteral("<td align=\"right\">%1</td>").arg(cost.quantum)));
        panel->setTopic(Topic::Gil);
        QVERIFY(!extra->isVisible());
    }

    void undoTurnsBackToTheLesson()
    {
        m_window->showLessons();
        LessonsPanel* panel = m_window->lessonsPanel();
        panel->setTopic(Topic::Gil);
        QVERIFY(panel->tryIt(0));
        panel->setTopic(Topic::Programs);
        QVERIFY(panel->tryIt(0));
        m_window->controller()->undo();
        // The GIL scenario is back, and so is its page.
        QCOMPARE(panel->topic(), Topic::Gil);
        QCOMPARE(lessons::topicOf(m_window->controller()->scenario()), std::optional<Topic>(Topic::Gil));
    }

private:
    // To the end, or to the time limit for programs that loop forever; the
    // states lesson needs the student (here: the test) as its scheduler.
    static void runLesson(SimulationController* controller, Tick timeLimit)
    {
        const Engine& engine = controller->engine();
        if (timeLimit > 0) {
            while (engine.now() < timeLimit / 4)
                QVERIFY(controller->stepEvent());
            QVERIFY(!engine.finished());
            for (const QueueState& queue : engine.state().queues)
                QVERIFY(queue.conserved() && queue.produced > 0);
            return;
        }
        for (int guard = 0; guard < 2000 && !engine.finished(); ++guard) {
            if (controller->scenario().policy.name == QLatin1String("manual")) {
                const std::vector<int> ready = engine.readyQueue();
                bool freeCpu = false;
                for (const CpuState& cpu : engine.cpus())
                    freeCpu = freeCpu || cpu.pid == 0;
                if (!ready.empty() && freeCpu) {
                    QVERIFY(controller->moveProcess(ready.front(), ProcessState::Running));
                    continue;
                }
            }
            QVERIFY(controller->stepEvent());
        }
        QVERIFY(engine.finished());
    }

    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLessonsPanel)
#include "tst_lessonspanel.moc"
