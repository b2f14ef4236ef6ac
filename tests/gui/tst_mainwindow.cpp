// MainWindow: files through the UI actions (open, edit, save, reopen),
// corrupt files, unsaved changes, examples and the playback shortcuts.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "core/io/ScenarioFile.h"
#include "diagram/StateDiagramView.h"
#include "processes/PcbInspector.h"
#include "processes/ProcessPanel.h"
#include "processes/ProcessTableModel.h"
#include "scenario/PolicyBar.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace processlab;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        auto prompts = std::make_unique<testing::ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window->setPrompts(std::move(prompts));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_prompts = nullptr;
    }

    // The program's own start: the window maps with the diagram and its
    // scenario, the docks' contents follow right after the first frame and
    // pick up what happened before them (issue #7).
    void progressiveStartBuildsThePanelsAfterTheFirstFrame()
    {
        m_window.reset();
        MainWindow window(nullptr, MainWindow::Startup::Progressive);
        window.setPrompts(std::make_unique<testing::ScriptedPrompts>());
        QVERIFY(!window.panelsBuilt());
        QVERIFY(!window.processPanel() && !window.inspector() && !window.queueStrip() &&
                !window.ganttPanel());
        auto* processDock = window.findChild<QDockWidget*>(QStringLiteral("processDock"));
        QVERIFY(processDock);
        QVERIFY(!processDock->widget());
        QVERIFY(window.openDefaultExample());
        QVERIFY(window.controller()->engine().processCount() >= 3);
        bool readyCalled = false;
        window.whenPanelsReady([&readyCalled] { readyCalled = true; });
        window.resize(1400, 900);
        window.show();
        QTRY_VERIFY(window.panelsBuilt());
        QTRY_VERIFY(readyCalled);
        QCOMPARE(processDock->widget(), static_cast<QWidget*>(window.processPanel()));
        QVERIFY(window.inspector() && window.queueStrip() && window.ganttPanel());
        QCOMPARE(window.processPanel()->view()->model()->rowCount(),
                 window.controller()->engine().processCount());
        // The selection made when the example opened (before the panels) is shown.
        QCOMPARE(window.processPanel()->currentPid(), 1);
        QCOMPARE(window.inspector()->pid(), 1);
        // Stepping after the build reaches the new panels.
        QVERIFY(window.controller()->stepEvent());
        QCOMPARE(window.inspector()->pid(), window.processPanel()->currentPid());
        // A callback registered once the panels are there still runs (from the event loop).
        bool lateCalled = false;
        window.whenPanelsReady([&lateCalled] { lateCalled = true; });
        QVERIFY(!lateCalled);
        QTRY_VERIFY(lateCalled);
    }

    // Anything that needs the panels before the first frame builds them.
    void panelsBuiltOnDemand()
    {
        m_window.reset();
        MainWindow window(nullptr, MainWindow::Startup::Progressive);
        window.setPrompts(std::make_unique<testing::ScriptedPrompts>());
        window.showLessons();
        QVERIFY(window.panelsBuilt());
        QVERIFY(window.lessonsPanel());
    }

    void openEditSaveReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("round-trip.json"));
        QString error;
        QVERIFY2(ScenarioFile::save(testing::threeProcesses(), path, &error), qPrintable(error));

        m_prompts->openNames.push_back(path);
        action("actionOpen")->trigger();
        QVERIFY(m_prompts->errors.isEmpty());
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->scenario() == testing::threeProcesses());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("round-trip.json")));
        QVERIFY(!m_window->isWindowModified());

        // Edit through the table.
        QAbstractItemModel* model = m_window->processPanel()->view()->model();
        QVERIFY(model->setData(model->index(1, ProcessTableModel::Arrival), QStringLiteral("9")));
        QVERIFY(model->setData(model->index(0, ProcessTableModel::Bursts), QStringLiteral("6, 1, 1")));
        action("actionAddProcess")->trigger();
        QCOMPARE(controller->scenario().processes.size(), size_t(4));
        QVERIFY(m_window->isWindowModified());
        const Scenario edited = controller->scenario();

        action("actionSave")->trigger();
        QVERIFY(m_prompts->errors.isEmpty());
        QVERIFY(!m_window->isWindowModified());

        // Save As a second file.
        const QString copy = m_dir.filePath(QStringLiteral("copy"));
        m_prompts->saveNames.push_back(copy);
        action("actionSaveAs")->trigger();
        QVERIFY(QFile::exists(copy + QStringLiteral(".json")));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("copy.json")));

        // Start over, then reopen the saved file.
        action("actionNew")->trigger();
        QCOMPARE(m_prompts->saveQuestions, 0);
        QCOMPARE(controller->scenario().processes.size(), size_t(1));
        m_prompts->openNames.push_back(path);
        action("actionOpen")->trigger();
        QVERIFY(controller->scenario() == edited);
        QCOMPARE(model->data(model->index(1, ProcessTableModel::Arrival)).toLongLong(), 9);
        QCOMPARE(model->data(model->index(0, ProcessTableModel::Bursts)).toString(),
                 QStringLiteral("6, 1, 1"));
        QVERIFY(!m_window->isWindowModified());
    }

    void corruptFileKeepsTheScenario()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        QVERIFY(controller->stepEvent());
        const EngineState stateBefore = controller->engine().state();
        const QString path = m_dir.filePath(QStringLiteral("corrupt.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"processlab-scenario\", \"version\": 1, \"processes\": [ {\"name\": ");
        file.close();

        m_prompts->openNames.push_back(path);
        action("actionOpen")->trigger();
        QCOMPARE(m_prompts->errors.size(), 1);
        QVERIFY2(m_prompts->errors.front().contains(QLatin1String("corrupt.json")),
                 qPrintable(m_prompts->errors.front()));
        QVERIFY(controller->scenario() == testing::threeProcesses());
        QVERIFY(controller->engine().state() == stateBefore);

        // A file that parses but breaks a rule: the loader's path and reason.
        const QString invalid = m_dir.filePath(QStringLiteral("invalid.json"));
        QFile bad(invalid);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"processlab-scenario\", \"version\": 1, \"cpus\": 1, \"policy\": {\"name\": "
                  "\"fcfs\"},"
                  " \"processes\": [{\"name\": \"A\", \"arrival\": 0, \"bursts\": [3, 0, 2]}]}");
        bad.close();
        QVERIFY(!m_window->openPath(invalid));
        QCOMPARE(m_prompts->errors.size(), 2);
        QVERIFY2(m_prompts->errors.last().contains(QLatin1String("bursts")),
                 qPrintable(m_prompts->errors.last()));
        QVERIFY(controller->scenario() == testing::threeProcesses());
    }

    void unsavedChangesAreNotLostSilently()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        QVERIFY(controller->addProcess());
        QVERIFY(m_window->isWindowModified());
        const Scenario edited = controller->scenario();

        m_prompts->saveChoices.push_back(UserPrompts::SaveChoice::Cancel);
        action("actionNew")->trigger();
        QCOMPARE(m_prompts->saveQuestions, 1);
        QVERIFY(controller->scenario() == edited);

        m_prompts->saveChoices.push_back(UserPrompts::SaveChoice::Discard);
        action("actionNew")->trigger();
        QCOMPARE(m_prompts->saveQuestions, 2);
        QCOMPARE(controller->scenario().processes.size(), size_t(1));
        QVERIFY(!m_window->isWindowModified());
    }

    void droppedJsonFileOpens()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.json"));
        QString error;
        QVERIFY2(ScenarioFile::save(testing::threeProcesses(), path, &error), qPrintable(error));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at(200, 200);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_VERIFY(m_window->controller()->scenario() == testing::threeProcesses());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("dropped.json")));

        // Other files are not taken.
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent other(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        other.ignore();
        QApplication::sendEvent(m_window.get(), &other);
        QVERIFY(!other.isAccepted());
    }

    void recentFilesRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("recent.json"));
        QString error;
        QVERIFY2(ScenarioFile::save(testing::threeProcesses(), path, &error), qPrintable(error));
        QVERIFY(m_window->openPath(path));
        QVERIFY(Settings().recentFiles().contains(QFileInfo(path).absoluteFilePath()));
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("menuRecent"));
        QVERIFY(menu);
        QVERIFY(menu->isEnabled());
        QVERIFY(!menu->actions().isEmpty());
        QVERIFY(menu->actions().front()->text().contains(QLatin1String("recent.json")));
    }

    void examplesOpen()
    {
        const QStringList examples = MainWindow::exampleFiles();
        QVERIFY2(!examples.isEmpty(), "the examples are compiled in");
        for (const QString& example : examples) {
            QVERIFY2(m_window->openExample(example), qPrintable(example));
            QVERIFY(m_window->controller()->engine().processCount() > 0);
            QVERIFY(!m_window->isWindowModified());
        }
        QVERIFY(m_window->openDefaultExample());
        QVERIFY(m_prompts->errors.isEmpty());
    }

    void keyboardShortcutsDrivePlayback()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QWidget* target = m_window->diagramView();
        target->setFocus();
        const Engine& engine = controller->engine();

        QTest::keyClick(target, Qt::Key_Right);
        QCOMPARE(engine.stepCount(), quint64(1));
        QTest::keyClick(target, Qt::Key_PageDown);
        QCOMPARE(engine.stepCount(), quint64(2));
        const Tick afterTwo = engine.now();
        QTest::keyClick(target, Qt::Key_Right);
        QTest::keyClick(target, Qt::Key_Left);
        QCOMPARE(engine.stepCount(), quint64(2));
        QCOMPARE(engine.now(), afterTwo);
        QTest::keyClick(target, Qt::Key_PageUp);
        QCOMPARE(engine.stepCount(), quint64(1));

        controller->setSpeed(100);
        QTest::keyClick(target, Qt::Key_Space);
        QVERIFY(controller->isPlaying());
        QTRY_VERIFY(engine.now() > afterTwo + 2);
        QTest::keyClick(target, Qt::Key_Space);
        QVERIFY(!controller->isPlaying());

        QTest::keyClick(target, Qt::Key_Home);
        QCOMPARE(engine.now(), Tick(0));
        QCOMPARE(engine.stepCount(), quint64(0));

        QTest::keyClick(target, Qt::Key_End);
        QTRY_VERIFY(engine.finished());
        QVERIFY(!action("actionStepEvent")->isEnabled());
        QVERIFY(action("actionStepBack")->isEnabled());
    }

    void undoRedoActions()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        QVERIFY(!action("actionUndo")->isEnabled());
        action("actionAddProcess")->trigger();
        QVERIFY(action("actionUndo")->isEnabled());
        QVERIFY(action("actionUndo")->text().contains(QLatin1String("P4")));
        action("actionUndo")->trigger();
        QCOMPARE(controller->scenario().processes.size(), size_t(3));
        QVERIFY(action("actionRedo")->isEnabled());
        action("actionRedo")->trigger();
        QCOMPARE(controller->scenario().processes.size(), size_t(4));
        QCOMPARE(action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(action("actionRedo")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    }

    void policyChangeAsksWhenThereAreManualMoves()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        QVERIFY(controller->stepEvent());
        QVERIFY(controller->moveProcess(1, ProcessState::Blocked).ok);
        auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("policyCombo"));
        QVERIFY(combo);

        m_prompts->discardMoves.push_back(false);
        combo->setCurrentIndex(combo->findData(QStringLiteral("fcfs")));
        QCOMPARE(controller->scenario().policy.name, QStringLiteral("rr"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("rr"));
        QVERIFY(controller->hasManualMoves());

        m_prompts->discardMoves.push_back(true);
        combo->setCurrentIndex(combo->findData(QStringLiteral("fcfs")));
        QCOMPARE(controller->scenario().policy.name, QStringLiteral("fcfs"));
        QVERIFY(!controller->hasManualMoves());
        QCOMPARE(controller->engine().now(), Tick(0));

        controller->undo();
        QCOMPARE(controller->scenario().policy.name, QStringLiteral("rr"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("rr"));
    }

    // Edit > Scenario Properties: one undoable edit, restarting the run; a
    // pool too small for a process is refused with the reason, and nothing
    // changes; Cancel changes nothing either.
    void scenarioPropertiesEdit()
    {
        SimulationController* controller = m_window->controller();
        Scenario scenario = testing::threeProcesses();
        scenario.processes[1].memory = 40;
        QVERIFY(controller->openScenario(scenario, QStringLiteral("test")));
        QVERIFY(controller->stepEvent());
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionScenarioProperties"));
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        const int undoBefore = controller->undoStack()->count();

        // Cancelled.
        action->trigger();
        QCOMPARE(controller->undoStack()->count(), undoBefore);

        m_prompts->propertyEdits.push_back([](ScenarioProperties* p) {
            QCOMPARE(p->title, QStringLiteral("Three processes"));
            QVERIFY(p->newBeforePreempted);
            p->title = QStringLiteral("Memory lesson");
            p->memory = 64;
            p->newBeforePreempted = false;
            p->boost = 50;
            p->mlfqPreemptive = false;
        });
        action->trigger();
        QCOMPARE(controller->undoStack()->count(), undoBefore + 1);
        QCOMPARE(controller->scenario().title, QStringLiteral("Memory lesson"));
        QCOMPARE(controller->scenario().memory, Tick(64));
        QVERIFY(!controller->scenario().policy.newBeforePreempted);
        QCOMPARE(controller->scenario().policy.boost, Tick(50));
        QVERIFY(!controller->scenario().policy.mlfqPreemptive);
        QCOMPARE(controller->engine().now(), Tick(0)); // the run restarted
        QVERIFY(controller->isModified());

        // Too small for P2's 40: refused, with the reason.
        m_prompts->propertyEdits.push_back([](ScenarioProperties* p) { p->memory = 30; });
        action->trigger();
        QCOMPARE(controller->scenario().memory, Tick(64));
        QCOMPARE(controller->undoStack()->count(), undoBefore + 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("40")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        controller->undo();
        QCOMPARE(controller->scenario().title, QStringLiteral("Three processes"));
        QCOMPARE(controller->scenario().memory, Tick(0));
        QVERIFY(controller->scenario().policy.newBeforePreempted);
        QCOMPARE(controller->scenario().policy.boost, Tick(0));
        controller->redo();
        QCOMPARE(controller->scenario().title, QStringLiteral("Memory lesson"));
    }

    // The table's Memory column shows only where memory plays a part.
    void memoryColumnOnlyWhereMemoryCounts()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        QTableView* table = m_window->processPanel()->view();
        QVERIFY(table->isColumnHidden(ProcessTableModel::Memory));
        ScenarioProperties properties = ScenarioProperties::of(controller->scenario());
        properties.memory = 64;
        QVERIFY(controller->setProperties(properties));
        QVERIFY(!table->isColumnHidden(ProcessTableModel::Memory));
        controller->undo();
        QVERIFY(table->isColumnHidden(ProcessTableModel::Memory));
        Scenario needing = testing::threeProcesses();
        needing.processes[2].memory = 8;
        QVERIFY(controller->openScenario(needing, QStringLiteral("needing")));
        QVERIFY(!table->isColumnHidden(ProcessTableModel::Memory));
    }

    void languageChangeRetranslatesEverything()
    {
        SimulationController* controller = m_window->controller();
        QVERIFY(controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        QVERIFY(controller->stepEvent());
        // What QApplication sends to every widget when a translator changes.
        QEvent change(QEvent::LanguageChange);
        const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
        for (QWidget* widget : widgets)
            QCoreApplication::sendEvent(widget, &change);
        QCoreApplication::sendEvent(m_window.get(), &change);
        QVERIFY(m_window->windowTitle().contains(QLatin1String("test")));
        QCOMPARE(action("actionPlay")->text(), QStringLiteral("Play"));
        QCOMPARE(controller->scenario().policy.name, QStringLiteral("rr")); // the policy bar did not edit
        QCOMPARE(controller->undoStack()->count(), 0);
        QCOMPARE(controller->engine().stepCount(), quint64(1));
    }

private:
    QAction* action(const char* name) const
    {
        auto* found = m_window->findChild<QAction*>(QLatin1String(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    testing::ScriptedPrompts* m_prompts = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
