// Presentation mode (F5), the clicker keys, the blank screen, the keyboard
// shortcuts dialog, tooltips and What's This.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "diagram/StateDiagramScene.h"
#include "diagram/StateDiagramView.h"
#include "diagram/StateNodeItem.h"
#include "gantt/CompareDialog.h"
#include "presentation/HelpTexts.h"
#include "presentation/PresentationMode.h"
#include "presentation/ShortcutsDialog.h"
#include "processes/ProcessPanel.h"
#include "processes/ProcessTableModel.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QWidgetAction>

using namespace processlab;

class TestPresentation : public QObject
{
    Q_OBJECT

private:
    QAction* action(const char* name) const
    {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }
    QToolBar* toolBar(const char* name) const
    {
        return m_window->findChild<QToolBar*>(QString::fromLatin1(name));
    }
    // Keys go where a user's would: to the widget with the focus.
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, key, modifiers);
    }

    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presentation"));
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompts(std::make_unique<testing::ScriptedPrompts>());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->controller()->openScenario(testing::threeProcesses(), QStringLiteral("three")));
        m_window->diagramView()->setFocus();
    }

    void cleanup() { m_window.reset(); }

    void entersAndLeavesWithF5AndEsc()
    {
        QAction* toggle = action("actionPresentation");
        QVERIFY(toggle);
        QVERIFY(toggle->isCheckable());
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F5));
        PresentationMode* presentation = m_window->presentation();
        const QFont normalFont = m_window->font();
        const QColor normalWindow = m_window->palette().color(QPalette::Window);
        QToolBar* file = toolBar("fileToolBar");
        QToolBar* playback = toolBar("playbackToolBar");
        QToolBar* policy = toolBar("policyBar");
        QVERIFY(file && playback && policy);
        QVERIFY(file->isVisible() && policy->isVisible());
        const QSize normalIcons = playback->iconSize();

        key(Qt::Key_F5);
        QVERIFY(presentation->isActive());
        QVERIFY(toggle->isChecked());
        QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!file->isVisible());
        QVERIFY(!policy->isVisible());
        QVERIFY(playback->isVisible());
        const double scale = presentation->scale();
        QVERIFY(scale >= Settings::kMinPresentationScale && scale <= Settings::kMaxPresentationScale);
        QCOMPARE(m_window->font().pointSizeF(), normalFont.pointSizeF() * scale);
        QCOMPARE(playback->iconSize(), normalIcons * scale);
        QCOMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(m_window->palette().color(QPalette::WindowText), QColor(Qt::black));
        // Only the default docks: queues (the diagram has the rest).
        QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("queueDock"))->isVisible());
        QVERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("inspectorDock"))->isVisible());
        QVERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("processDock"))->isVisible());

        key(Qt::Key_Escape);
        QVERIFY(!presentation->isActive());
        QVERIFY(!toggle->isChecked());
        QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(file->isVisible() && policy->isVisible());
        QCOMPARE(m_window->font(), normalFont);
        QCOMPARE(m_window->palette().color(QPalette::Window), normalWindow);
        QCOMPARE(playback->iconSize(), normalIcons);
        QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("inspectorDock"))->isVisible());

        // F5 toggles; the menu action too.
        key(Qt::Key_F5);
        QVERIFY(presentation->isActive());
        key(Qt::Key_F5);
        QVERIFY(!presentation->isActive());
        toggle->trigger();
        QVERIFY(presentation->isActive());
        toggle->trigger();
        QVERIFY(!presentation->isActive());
    }

    void followsTheSystemPaletteOutsidePresentation()
    {
        // A dark desktop: the window follows it, presenting or not.
        const QPalette system = QApplication::palette();
        QPalette dark = system;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QTRY_COMPARE(QApplication::palette().color(QPalette::Window), QColor(0x20, 0x20, 0x20));
        QTRY_COMPARE(m_window->palette().color(QPalette::Window), QColor(0x20, 0x20, 0x20));
        m_window->presentation()->enter();
        QCOMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::white));
        m_window->presentation()->leave();
        QTRY_COMPARE(m_window->palette().color(QPalette::Window), QColor(0x20, 0x20, 0x20));
        QApplication::setPalette(system);
        QTRY_COMPARE(m_window->palette().color(QPalette::Window), system.color(QPalette::Window));
    }

    void escapeMeansNothingOutsidePresentation()
    {
        QVERIFY(!action("actionPresentationLeave")->isVisible());
        QVERIFY(!action("actionPresentationBlank")->isVisible());
        const quint64 steps = m_window->controller()->engine().stepCount();
        key(Qt::Key_B);
        QVERIFY(!m_window->presentation()->isBlank());
        QCOMPARE(m_window->controller()->engine().stepCount(), steps);
    }

    void clickerKeysStepWhilePresenting()
    {
        m_window->presentation()->enter();
        const Engine& engine = m_window->controller()->engine();
        QCOMPARE(engine.stepCount(), quint64(0));
        key(Qt::Key_PageDown);
        QCOMPARE(engine.stepCount(), quint64(1));
        key(Qt::Key_Right);
        QCOMPARE(engine.stepCount(), quint64(2));
        key(Qt::Key_PageUp);
        QCOMPARE(engine.stepCount(), quint64(1));
        key(Qt::Key_Left);
        QCOMPARE(engine.stepCount(), quint64(0));
        // Undo still works with the menu bar hidden.
        QVERIFY(m_window->controller()->addProcess());
        QCOMPARE(m_window->controller()->engine().processCount(), 4);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->controller()->engine().processCount(), 3);
    }

    void blankScreen()
    {
        PresentationMode* presentation = m_window->presentation();
        presentation->enter();
        const Engine& engine = m_window->controller()->engine();
        key(Qt::Key_B);
        QVERIFY(presentation->isBlank());
        auto* blank = m_window->findChild<QWidget*>(QStringLiteral("presentationBlankScreen"));
        QVERIFY(blank && blank->isVisible());
        QCOMPARE(blank->geometry(), m_window->rect());
        // While black, a clicker key only brings the picture back.
        key(Qt::Key_PageDown);
        QVERIFY(!presentation->isBlank());
        QCOMPARE(engine.stepCount(), quint64(0));
        key(Qt::Key_Period);
        QVERIFY(presentation->isBlank());
        key(Qt::Key_B);
        QVERIFY(!presentation->isBlank());
        // Esc while black: back to the picture, still presenting.
        key(Qt::Key_B);
        key(Qt::Key_Escape);
        QVERIFY(!presentation->isBlank());
        QVERIFY(presentation->isActive());
        key(Qt::Key_B);
        presentation->leave();
        QVERIFY(!presentation->isBlank());
    }

    void scaleIsAdjustableAndRemembered()
    {
        PresentationMode* presentation = m_window->presentation();
        presentation->setScale(1.5);
        const QFont base = m_window->font();
        presentation->enter();
        key(Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(presentation->scale(), 1.75);
        QCOMPARE(m_window->font().pointSizeF(), base.pointSizeF() * 1.75);
        for (int i = 0; i < 10; ++i)
            key(Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(presentation->scale(), Settings::kMaxPresentationScale);
        QVERIFY(!action("actionPresentationLarger")->isEnabled());
        key(Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(presentation->scale(), 2.75);
        QCOMPARE(Settings().presentationScale(), 2.75);
        // Table rows grow with the text.
        QTableView* table = m_window->processPanel()->view();
        QVERIFY(table->verticalHeader()->defaultSectionSize() >= QFontMetrics(m_window->font()).height());
        presentation->leave();
        QCOMPARE(m_window->font(), QApplication::font());

        // A new window starts with the remembered scale.
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->presentation()->scale(), 2.75);
        m_window->presentation()->setScale(Settings::kDefaultPresentationScale);
    }

    void dockLayoutWhilePresentingIsRemembered()
    {
        PresentationMode* presentation = m_window->presentation();
        auto* gantt = m_window->findChild<QDockWidget*>(QStringLiteral("ganttDock"));
        presentation->enter();
        gantt->show();
        presentation->leave();
        presentation->enter();
        QVERIFY(gantt->isVisible());
        gantt->hide();
        presentation->leave();
        presentation->enter();
        QVERIFY(!gantt->isVisible());
        presentation->leave();
    }

    void shortcutsDialogListsEveryShortcut()
    {
        const std::vector<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(m_window.get());
        QStringList keys;
        for (const ShortcutsDialog::Entry& entry : entries)
            keys << entry.keys;
        const QString all = keys.join(QLatin1Char('|'));
        for (const char* expected : {"F5", "PgDown", "PgUp", "Space", "Ctrl+Z", "Ctrl+=", "Esc", "B"}) {
            QVERIFY2(all.contains(QLatin1String(expected)),
                     qPrintable(all + QStringLiteral(" lacks ") + QLatin1String(expected)));
        }
        // Every action with a shortcut is there, even those outside menus.
        int withShortcuts = 0;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (!a->shortcuts().isEmpty())
                ++withShortcuts;
        }
        QVERIFY(int(entries.size()) >= withShortcuts - 1);
        QAction* help = action("actionKeyboardShortcuts");
        QVERIFY(help);
        help->trigger();
        auto* dialog = m_window->findChild<ShortcutsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->tree()->topLevelItemCount() >= 4);
        dialog->close();
    }

    void everyControlHasATooltip()
    {
        QStringList missing;
        for (QToolBar* bar : m_window->findChildren<QToolBar*>()) {
            for (QAction* a : bar->actions()) {
                if (a->isSeparator())
                    continue;
                if (auto* widgetAction = qobject_cast<QWidgetAction*>(a)) {
                    Q_UNUSED(widgetAction)
                    continue; // the widgets are checked below
                }
                if (a->toolTip().trimmed().isEmpty())
                    missing << bar->objectName() + QLatin1Char('/') + a->objectName();
            }
            const auto controls = bar->findChildren<QWidget*>();
            for (QWidget* control : controls) {
                const bool isControl = qobject_cast<QComboBox*>(control) ||
                                       qobject_cast<QSpinBox*>(control) ||
                                       qobject_cast<QCheckBox*>(control) || qobject_cast<QSlider*>(control) ||
                                       qobject_cast<QLineEdit*>(control);
                if (!isControl || qobject_cast<QLineEdit*>(control->parentWidget()) ||
                    qobject_cast<QComboBox*>(control->parentWidget()) ||
                    qobject_cast<QSpinBox*>(control->parentWidget()))
                    continue; // parts of a control
                if (control->toolTip().trimmed().isEmpty())
                    missing << bar->objectName() + QLatin1Char('/') + control->objectName();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        // Tool bar buttons tell their keys.
        QVERIFY(action("actionStepBack")->toolTip().contains(QLatin1String("PgUp")));
        QVERIFY(action("actionNew")->toolTip().contains(QLatin1String("Ctrl+N")));
    }

    void whatsThisForStatesAndMetrics()
    {
        for (ProcessState s : {ProcessState::New, ProcessState::Ready, ProcessState::Running,
                               ProcessState::Blocked, ProcessState::Terminated})
            QVERIFY(!HelpTexts::state(s).isEmpty());
        for (int column = 0; column < ProcessTableModel::ColumnCount; ++column)
            QVERIFY(!HelpTexts::processColumn(column).isEmpty());
        for (int column = 0; column < CompareDialog::ColumnCount; ++column)
            QVERIFY(!HelpTexts::compareColumn(column).isEmpty());

        // The diagram answers What's This on a state node, not elsewhere.
        StateDiagramView* view = m_window->diagramView();
        StateNodeItem* ready = view->diagram()->node(ProcessState::Ready);
        const QPoint onReady = view->mapFromScene(ready->mapToScene(ready->boundingRect().center()));
        QHelpEvent query(QEvent::QueryWhatsThis, onReady, view->viewport()->mapToGlobal(onReady));
        query.ignore();
        QCoreApplication::sendEvent(view->viewport(), &query);
        QVERIFY(query.isAccepted());
        QHelpEvent nowhere(QEvent::QueryWhatsThis, QPoint(2, 2), view->viewport()->mapToGlobal(QPoint(2, 2)));
        nowhere.ignore();
        QCoreApplication::sendEvent(view->viewport(), &nowhere);
        QVERIFY(!nowhere.isAccepted());

        // The table's column headers.
        QHeaderView* header = m_window->processPanel()->view()->horizontalHeader();
        const QPoint onWaiting(header->sectionViewportPosition(ProcessTableModel::Waiting) + 5,
                               header->height() / 2);
        QHelpEvent column(QEvent::QueryWhatsThis, onWaiting, header->viewport()->mapToGlobal(onWaiting));
        column.ignore();
        QCoreApplication::sendEvent(header->viewport(), &column);
        QVERIFY(column.isAccepted());
        QVERIFY(action("actionWhatsThis"));
    }

    void examplesMenuIsFilledWhenTheFileMenuOpens()
    {
        // Deferred from start-up; there once the File menu is opened.
        auto* examples = m_window->findChild<QMenu*>(QStringLiteral("menuExamples"));
        auto* file = m_window->findChild<QMenu*>(QStringLiteral("menuFile"));
        QVERIFY(examples && file);
        QVERIFY(examples->isEnabled());
        emit file->aboutToShow();
        QCOMPARE(examples->actions().size() >= MainWindow::exampleFiles().size(), true);
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("example_rr-quantum4")));
    }

    void leavesPresentationOnClose()
    {
        m_window->presentation()->enter();
        m_window->close();
        QVERIFY(!m_window->presentation()->isActive());
        // The normal layout was saved, not the presentation one.
        QVERIFY(!Settings().windowState().isEmpty());
        QVERIFY(!Settings().presentationState().isEmpty());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
