#include "MainWindow.h"

#include <QRegularExpression>

#include "FirstStartSize.h"
#include "SimulationController.h"
#include "SvgIconEngine.h"
#include "UserPrompts.h"
#include "diagram/StateDiagramScene.h"
#include "diagram/StateDiagramView.h"
#include "gantt/CompareDialog.h"
#include "gantt/GanttPanel.h"
#include "i18n/Translations.h"
#include "playback/PlaybackControls.h"
#include "presentation/HelpTexts.h"
#include "presentation/PresentationMode.h"
#include "presentation/ShortcutsDialog.h"
#include "processes/PcbInspector.h"
#include "processes/ProcessPanel.h"
#include "processes/QueueStrip.h"
#include "scenario/PolicyBar.h"

#include "ui_MainWindow.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QWhatsThis>
#include <QWindow>

#include <utility>

namespace processlab {

MainWindow::MainWindow(QWidget* parent, Startup startup)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_controller(new SimulationController(this)),
      m_prompts(std::make_unique<UserPrompts>())
{
    // The language chosen in View > Language last time (main() installed the system's).
    if (const QString language = m_settings.language();
        !language.isEmpty() && language != Translations::current())
        Translations::install(language);
    m_ui->setupUi(this);
    setActionIcons();
    m_controller->setSpeed(m_settings.speed());
    // The window's size before the panels go in: they are laid out once, at
    // that size (a layout at the default size first was wasted).
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: nearly the whole screen (a projector shows it large).
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(firstStartSize(available));
        move(available.center() - rect().center());
    }
    createPanels();
    if (startup == Startup::Complete)
        createDockContents();
    createLearningPanels();
    createProdConsPanel();
    connectActions();
    buildExamplesMenu();
    rebuildRecentMenu();
    setAcceptDrops(true);

    connect(m_controller, &SimulationController::documentChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &SimulationController::message, this, &MainWindow::showMessage);
    connect(m_controller, &SimulationController::scenarioChanged, this, &MainWindow::updateEditActions);

    if (!restoreState(m_settings.windowState())) {
        // First start: most of the room for the diagram. Sizes apply once
        // the window is laid out.
        whenPanelsReady([this] {
            resizeDocks({m_inspectorDock}, {340}, Qt::Horizontal);
            resizeDocks({m_queueDock, m_processDock}, {m_queues->sizeHint().height() + 24, 210},
                        Qt::Vertical);
        });
    }
    updateTitle();
    updateEditActions();
    retranslate();
    // Arrow keys and the presenter's clicker step the run from the start.
    m_diagram->setFocus();
    if (!m_settings.notice().isEmpty()) {
        // Not modal: a lecture can start at once.
        auto* box = new QMessageBox(QMessageBox::Information, tr("Settings Reset"), m_settings.notice(),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("settingsResetNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        QTimer::singleShot(0, box, &QWidget::show);
    }
}

MainWindow::~MainWindow()
{
    // The views read the controller: they go before it (children are deleted
    // in creation order, and the controller was created first).
    m_controller->pause();
    m_controller->disconnect(this);
    m_controller->undoStack()->disconnect(this);
    delete m_playback;
    for (QDockWidget* dock :
         {m_processDock, m_inspectorDock, m_queueDock, m_ganttDock, m_lessonsDock, m_prodConsDock})
        delete dock;
    delete m_policyBar;
    delete takeCentralWidget();
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    if (prompts)
        m_prompts = std::move(prompts);
}

// --- assembly ---------------------------------------------------------------

void MainWindow::setActionIcons()
{
    // Set here, not in the form: an icon the form makes is parsed at once,
    // ours when first drawn (most sit in closed menus).
    const std::pair<QAction*, const char*> icons[] = {
        {m_ui->actionNew, "new"},
        {m_ui->actionOpen, "open"},
        {m_ui->actionSave, "save"},
        {m_ui->actionUndo, "undo"},
        {m_ui->actionRedo, "redo"},
        {m_ui->actionAddProcess, "add"},
        {m_ui->actionDuplicateProcess, "duplicate"},
        {m_ui->actionRemoveProcess, "remove"},
        {m_ui->actionRandomWorkload, "random"},
        {m_ui->actionPlay, "play"},
        {m_ui->actionStepEvent, "step-event"},
        {m_ui->actionStepTick, "step-tick"},
        {m_ui->actionStepBack, "step-back"},
        {m_ui->actionRunToEnd, "run-to-end"},
        {m_ui->actionReset, "reset"},
    };
    for (const auto& [action, name] : icons)
        action->setIcon(SvgIconEngine::icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
}

void MainWindow::createPanels()
{
    m_diagram = new StateDiagramView(m_controller, this);
    delete m_ui->centralPlaceholder;
    setCentralWidget(m_diagram);

    m_policyBar = new PolicyBar(m_controller, this);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_policyBar);
    connect(m_policyBar, &PolicyBar::policyEdited, this, &MainWindow::onPolicyEdited);

    PlaybackActions actions;
    actions.play = m_ui->actionPlay;
    actions.stepEvent = m_ui->actionStepEvent;
    actions.stepTick = m_ui->actionStepTick;
    actions.stepBack = m_ui->actionStepBack;
    actions.runToEnd = m_ui->actionRunToEnd;
    actions.reset = m_ui->actionReset;
    m_playback = new PlaybackControls(m_controller, actions, this);
    m_ui->playbackToolBar->addSeparator();
    m_ui->playbackToolBar->addWidget(m_playback->speedWidget());
    m_ui->playbackToolBar->addWidget(m_playback->timeDisplay());

    // The docks are placed now (restoreState() and the first frame need
    // them); what they show may come just after the first frame.
    m_processDock = new QDockWidget(this);
    m_processDock->setObjectName(QStringLiteral("processDock"));

    m_ganttDock = new QDockWidget(this);
    m_ganttDock->setObjectName(QStringLiteral("ganttDock"));
    m_actionExportGantt = new QAction(this);
    m_actionExportGantt->setObjectName(QStringLiteral("actionExportGantt"));
    m_actionExportGantt->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_actionExportGantt, &QAction::triggered, this, [this] {
        ensurePanels();
        m_gantt->exportChart();
    });
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_actionExportGantt);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_actionCopyChart = new QAction(this);
    m_actionCopyChart->setObjectName(QStringLiteral("actionCopyChart"));
    m_actionCopyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_actionCopyChart, &QAction::triggered, this, [this] {
        ensurePanels();
        m_gantt->copyChart();
    });
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_actionCopyChart);
    m_actionProperties = new QAction(this);
    m_actionProperties->setObjectName(QStringLiteral("actionScenarioProperties"));
    connect(m_actionProperties, &QAction::triggered, this, &MainWindow::editScenarioProperties);
    m_ui->menuEdit->insertAction(m_ui->actionRandomWorkload, m_actionProperties);
    m_actionComparePolicies = new QAction(this);
    m_actionComparePolicies->setObjectName(QStringLiteral("actionComparePolicies"));
    connect(m_actionComparePolicies, &QAction::triggered, this, &MainWindow::comparePolicies);

    m_queueDock = new QDockWidget(this);
    m_queueDock->setObjectName(QStringLiteral("queueDock"));

    // Bottom: the queues, under them the table and the Gantt chart as tabs.
    addDockWidget(Qt::BottomDockWidgetArea, m_queueDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_processDock);
    splitDockWidget(m_queueDock, m_processDock, Qt::Vertical);
    tabifyDockWidget(m_processDock, m_ganttDock);
    m_processDock->raise();

    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    for (QDockWidget* dock : {m_processDock, m_queueDock, m_inspectorDock, m_ganttDock})
        m_ui->menuView->addAction(dock->toggleViewAction());
    m_ui->menuView->addSeparator();
    for (QToolBar* bar : {m_ui->fileToolBar, m_ui->playbackToolBar, static_cast<QToolBar*>(m_policyBar)})
        m_ui->menuView->addAction(bar->toggleViewAction());
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_actionComparePolicies);

    // Presentation mode (F5): full screen, large text, playback only.
    PresentationMode::Parts parts;
    parts.window = this;
    parts.playbackToolBar = m_ui->playbackToolBar;
    // The diagram gets the room; the lecturer can show more (remembered).
    parts.defaultDocks = {m_queueDock->objectName()};
    parts.focusWidget = m_diagram;
    m_presentation = new PresentationMode(parts, &m_settings, this);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_presentation->toggleAction());

    m_actionShortcuts = new QAction(this);
    m_actionShortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    connect(m_actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_actionWhatsThis = QWhatsThis::createAction(this);
    m_actionWhatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, m_actionShortcuts);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, m_actionWhatsThis);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
    HelpTexts::installOn(m_diagram);
    connect(m_diagram->diagram(), &StateDiagramScene::processClicked, this, &MainWindow::selectProcess);
}

void MainWindow::createDockContents()
{
    m_processes = new ProcessPanel(m_controller,
                                   {m_ui->actionAddProcess, m_ui->actionDuplicateProcess,
                                    m_ui->actionRemoveProcess, m_ui->actionRandomWorkload},
                                   m_processDock);
    m_processDock->setWidget(m_processes);
    m_processes->addAction(m_ui->actionRemoveProcess);
    HelpTexts::installOn(m_processes->view()->horizontalHeader(), &HelpTexts::processColumn);

    m_gantt = new GanttPanel(m_controller, m_ganttDock);
    m_ganttDock->setWidget(m_gantt);
    connect(m_gantt, &GanttPanel::processClicked, this, &MainWindow::selectProcess);

    m_queues = new QueueStrip(m_controller, m_queueDock);
    m_queueDock->setWidget(m_queues);

    m_inspector = new PcbInspector(m_controller, m_inspectorDock);
    m_inspectorDock->setWidget(m_inspector);

    connect(m_processes, &ProcessPanel::currentPidChanged, this, [this](int pid) {
        m_selectedPid = pid;
        m_inspector->setPid(pid);
        m_diagram->diagram()->setSelectedPid(pid);
        m_gantt->setSelectedPid(pid);
    });
    selectProcess(m_selectedPid);
}

void MainWindow::ensurePanels()
{
    if (m_processes)
        return;
    createDockContents();
    emit panelsReady();
}

void MainWindow::whenPanelsReady(const std::function<void()>& callback)
{
    if (m_processes) {
        QTimer::singleShot(0, this, callback);
        return;
    }
    connect(this, &MainWindow::panelsReady, this, callback, Qt::SingleShotConnection);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_processes || m_waitingForFirstFrame || !windowHandle())
        return;
    // Progressive start-up: the panels follow right after the first frame
    // (the window's first expose), or after a second if none comes.
    m_waitingForFirstFrame = true;
    windowHandle()->installEventFilter(this);
    QTimer::singleShot(1000, this, &MainWindow::ensurePanels);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (m_waitingForFirstFrame && watched == windowHandle() && event->type() == QEvent::Expose &&
        windowHandle()->isExposed()) {
        m_waitingForFirstFrame = false;
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::ensurePanels);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::connectActions()
{
    Ui::MainWindow& ui = *m_ui;
    ui.actionNew->setShortcuts(QKeySequence::New);
    ui.actionOpen->setShortcuts(QKeySequence::Open);
    ui.actionSave->setShortcuts(QKeySequence::Save);
    ui.actionSaveAs->setShortcuts(QKeySequence::SaveAs);
    ui.actionQuit->setShortcuts(QKeySequence::Quit);
    ui.actionUndo->setShortcuts(QKeySequence::Undo);
    ui.actionRedo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    ui.actionAddProcess->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    ui.actionDuplicateProcess->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    ui.actionRemoveProcess->setShortcut(QKeySequence::Delete);
    ui.actionRemoveProcess->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(ui.actionNew, &QAction::triggered, this, &MainWindow::newScenario);
    connect(ui.actionOpen, &QAction::triggered, this, &MainWindow::open);
    connect(ui.actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(ui.actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionUndo, &QAction::triggered, m_controller, &SimulationController::undo);
    connect(ui.actionRedo, &QAction::triggered, m_controller, &SimulationController::redo);
    connect(ui.actionAddProcess, &QAction::triggered, this, [this] {
        if (m_controller->addProcess())
            selectProcess(m_controller->engine().processCount());
    });
    connect(ui.actionDuplicateProcess, &QAction::triggered, this, &MainWindow::duplicateSelected);
    connect(ui.actionRemoveProcess, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(ui.actionRandomWorkload, &QAction::triggered, this, &MainWindow::randomWorkload);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::about);

    QUndoStack* stack = m_controller->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateEditActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateEditActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateEditActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateEditActions);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_processDock->setWindowTitle(tr("Processes"));
    m_inspectorDock->setWindowTitle(tr("PCB Inspector"));
    m_queueDock->setWindowTitle(tr("Queues"));
    m_ganttDock->setWindowTitle(tr("Gantt Chart"));
    retranslateLearning();
    retranslateProdCons();
    m_actionExportGantt->setText(tr("Export &Gantt Chart…"));
    m_actionCopyChart->setText(tr("Copy C&hart"));
    m_actionComparePolicies->setText(tr("&Compare Policies…"));
    m_actionProperties->setText(tr("Scenario &Properties…"));
    m_actionProperties->setStatusTip(
        tr("Title, memory pool, the tie rule at a time slice's end, multilevel feedback queue options"));
    m_actionShortcuts->setText(tr("&Keyboard Shortcuts"));
    m_actionWhatsThis->setText(tr("What's &This?"));
    m_presentation->retranslate();
    m_playback->retranslate();
    HelpTexts::addShortcutsToToolTips(m_ui->fileToolBar->actions() + m_ui->playbackToolBar->actions() +
                                      QList<QAction*>{m_ui->actionAddProcess, m_ui->actionDuplicateProcess,
                                                      m_ui->actionRemoveProcess, m_ui->actionRandomWorkload});
    buildExamplesMenu();
    rebuildRecentMenu();
    updateTitle();
    m_controller->retranslateUndoTexts();
    updateEditActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_playback)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] \u2014 %2").arg(m_controller->displayName(), tr("ProcessLab")));
    setWindowModified(m_controller->isModified());
    m_ui->actionSave->setEnabled(true);
}

void MainWindow::updateEditActions()
{
    const QUndoStack* stack = m_controller->undoStack();
    m_ui->actionUndo->setEnabled(stack->canUndo());
    m_ui->actionRedo->setEnabled(stack->canRedo());
    m_ui->actionUndo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_ui->actionRedo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    // Tooltips show the text without its accelerator: "(&U)" in Chinese, "&" in English.
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&"));
    m_ui->actionUndo->setToolTip(m_ui->actionUndo->text().remove(accelerator));
    m_ui->actionRedo->setToolTip(m_ui->actionRedo->text().remove(accelerator));
}

void MainWindow::showMessage(const QString& text, MessageKind kind)
{
    statusBar()->showMessage(kind == MessageKind::Warning ? QStringLiteral("\u26a0 ") + text : text,
                             kind == MessageKind::Warning ? 20000 : 8000);
}

void MainWindow::selectProcess(int pid)
{
    if (pid < 1 || pid > m_controller->engine().processCount())
        return;
    m_selectedPid = pid;
    m_diagram->diagram()->setSelectedPid(pid);
    if (!m_processes)
        return; // the panels pick it up when they are built
    m_processes->selectPid(pid);
    m_inspector->setPid(pid);
    m_gantt->setSelectedPid(pid);
}

// --- editing ----------------------------------------------------------------

void MainWindow::onPolicyEdited(const PolicyConfig& policy, int cpus, Tick contextSwitch)
{
    if (m_controller->hasManualMoves() && !m_prompts->confirmDiscardMoves(this)) {
        m_policyBar->sync();
        return;
    }
    if (!m_controller->setPolicy(policy, cpus, contextSwitch)) {
        m_policyBar->sync();
        return;
    }
    m_settings.setLastPolicy(policy.name);
}

void MainWindow::randomWorkload()
{
    if (!m_prompts->editWorkload(this, &m_workload))
        return;
    const std::vector<ProcessSpec> processes = generateWorkload(m_workload);
    m_controller->replaceProcesses(processes, [count = int(processes.size()), seed = m_workload.seed] {
        return tr("Random workload (%n processes, seed %1)", nullptr, count).arg(seed);
    });
    selectProcess(1);
}

void MainWindow::editScenarioProperties()
{
    const ScenarioProperties before = ScenarioProperties::of(m_controller->scenario());
    ScenarioProperties properties = before;
    if (!m_prompts->editProperties(this, &properties) || properties == before)
        return;
    if (m_controller->hasManualMoves() && !m_prompts->confirmDiscardMoves(this))
        return;
    // Refused (a process needs more memory than the pool): the controller
    // says why in the status bar, and nothing changes.
    m_controller->setProperties(properties);
}

void MainWindow::removeSelected()
{
    if (!m_processes)
        return;
    const std::vector<int> rows = m_processes->selectedRows();
    if (rows.empty())
        return;
    m_controller->removeProcesses(rows);
    selectProcess(std::min(rows.front() + 1, m_controller->engine().processCount()));
}

void MainWindow::duplicateSelected()
{
    const int pid = m_processes ? m_processes->currentPid() : m_selectedPid;
    if (pid < 1)
        return;
    if (m_controller->duplicateProcess(pid - 1))
        selectProcess(pid + 1);
}

void MainWindow::comparePolicies()
{
    auto* dialog = new CompareDialog(m_controller->scenario(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto* table = dialog->findChild<QTableWidget*>())
        HelpTexts::installOn(table->horizontalHeader(), &HelpTexts::compareColumn);
    dialog->show();
    dialog->compare();
}

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About ProcessLab"),
        tr("<h3>ProcessLab %1</h3><p>See how an operating system runs processes: the five-state "
           "model, the PCB, the ready and blocked queues and the CPU schedulers.</p>"
           "<p>Drag a process to another state to move it by hand; every move can be undone.</p>")
            .arg(QStringLiteral(PROCESSLAB_VERSION)));
}

} // namespace processlab
