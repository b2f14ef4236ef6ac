#pragma once

#include "scenario/WorkloadGenerator.h"
#include "settings/Settings.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;

namespace processlab {

class SimulationController;
class StateDiagramView;
class ProcessPanel;
class PcbInspector;
class QueueStrip;
class PolicyBar;
class PlaybackControls;
class GanttPanel;
class UserPrompts;
class LessonsPanel;
class ExerciseDialog;
class PresentationMode;
class ProdConsPanel;
enum class MessageKind;

// Assembles the panels around the state diagram and routes the menus to the
// controller. It holds no simulation state of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Complete: every panel is built before the constructor returns (tests,
    // --check-install). Progressive (the program's start): the docks' contents
    // are built right after the window's first frame, so the window with its
    // scenario maps sooner (docs/startup.md); panelsReady() says when.
    enum class Startup
    {
        Complete,
        Progressive
    };
    explicit MainWindow(QWidget* parent = nullptr, Startup startup = Startup::Complete);
    ~MainWindow() override;

    SimulationController* controller() const { return m_controller; }
    // Builds the docks' contents now if they are not yet (progressive start).
    void ensurePanels();
    bool panelsBuilt() const { return m_processes != nullptr; }
    // Runs `callback` from the event loop once the panels are built.
    void whenPanelsReady(const std::function<void()>& callback);
    StateDiagramView* diagramView() const { return m_diagram; }
    ProcessPanel* processPanel() const { return m_processes; }
    PcbInspector* inspector() const { return m_inspector; }
    QueueStrip* queueStrip() const { return m_queues; }
    GanttPanel* ganttPanel() const { return m_gantt; }
    PresentationMode* presentation() const { return m_presentation; }
    // The Lessons dock and its panel (nullptr until the dock was first shown).
    QDockWidget* lessonsDock() const { return m_lessonsDock; }
    LessonsPanel* lessonsPanel() const { return m_lessons; }
    // Help ▸ Exercise's dialog (nullptr until first opened).
    ExerciseDialog* exerciseDialog() const { return m_exercise; }
    void showLessons();
    // The producer-consumer lab's dock ("prodConsDock") and its panel (issue #5);
    // the panel is null until the dock is first shown.
    QDockWidget* prodConsDock() const { return m_prodConsDock; }
    ProdConsPanel* prodConsPanel() const { return m_prodCons; }
    // Shows the lab; loads the exercise when the scenario has no queue yet.
    void showProdCons();
    void showExercise();
    // View ▸ Language: installs the translations at run time ("zh_CN" or
    // "en") and remembers the choice; every window retranslates itself.
    void setLanguage(const QString& language);
    // Replaces the dialogs (tests answer without any).
    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    // Asks to save unsaved changes first; false when the user cancelled or
    // the file could not be read (the current scenario stays).
    bool openPath(const QString& path);
    bool openExample(const QString& resourcePath);
    // The first of the shipped examples a lecture starts with.
    bool openDefaultExample();
    // Resource paths of the shipped examples, sorted.
    static QStringList exampleFiles();

signals:
    void panelsReady();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setActionIcons();
    void createPanels();       // the frame: diagram, toolbars, dock places
    void createDockContents(); // table, inspector, queues, Gantt chart
    void connectActions();
    void buildExamplesMenu();
    void fillExamplesMenu();
    void rebuildRecentMenu();
    void updateTitle();
    void updateEditActions();
    void retranslate();
    void showMessage(const QString& text, MessageKind kind);
    void onPolicyEdited(const PolicyConfig& policy, int cpus, Tick contextSwitch);
    bool maybeSave();
    bool save();
    bool saveAs();
    void newScenario();
    void open();
    void randomWorkload();
    void editScenarioProperties();
    void removeSelected();
    void duplicateSelected();
    void about();
    void selectProcess(int pid);
    void comparePolicies();
    void showShortcuts();
    QString jsonFileIn(const QMimeData* mime) const;
    // Lessons, exercise and language (MainWindowLessons.cpp).
    void createLearningPanels();
    void ensureLessonsPanel();
    void retranslateLearning();
    // The producer-consumer lab (prodcons/MainWindowProdCons.cpp).
    void createProdConsPanel();
    void ensureProdConsPanel(); // built when first shown
    void retranslateProdCons();
    void raiseProdConsDock();

    QScopedPointer<Ui::MainWindow> m_ui;
    Settings m_settings;
    SimulationController* m_controller;
    std::unique_ptr<UserPrompts> m_prompts;
    StateDiagramView* m_diagram = nullptr;
    ProcessPanel* m_processes = nullptr;
    PcbInspector* m_inspector = nullptr;
    QueueStrip* m_queues = nullptr;
    PolicyBar* m_policyBar = nullptr;
    PlaybackControls* m_playback = nullptr;
    QDockWidget* m_processDock = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    QDockWidget* m_queueDock = nullptr;
    QDockWidget* m_ganttDock = nullptr;
    GanttPanel* m_gantt = nullptr;
    QAction* m_actionExportGantt = nullptr;
    QAction* m_actionCopyChart = nullptr;
    QAction* m_actionComparePolicies = nullptr;
    QAction* m_actionProperties = nullptr;
    PresentationMode* m_presentation = nullptr;
    QAction* m_actionShortcuts = nullptr;
    QAction* m_actionWhatsThis = nullptr;
    WorkloadParameters m_workload;
    int m_selectedPid = 1;
    bool m_waitingForFirstFrame = false;
    QDockWidget* m_lessonsDock = nullptr;
    LessonsPanel* m_lessons = nullptr;
    ExerciseDialog* m_exercise = nullptr;
    QAction* m_actionLessons = nullptr;
    QAction* m_actionExercise = nullptr;
    QMenu* m_menuLanguage = nullptr;
    QAction* m_actionLanguageChinese = nullptr;
    QAction* m_actionLanguageEnglish = nullptr;
    QDockWidget* m_prodConsDock = nullptr;
    ProdConsPanel* m_prodCons = nullptr;
    QAction* m_actionProdCons = nullptr;
};

} // namespace processlab
