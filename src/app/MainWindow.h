#pragma once

#include "scenario/WorkloadGenerator.h"
#include "settings/Settings.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class QDockWidget;
class QLabel;
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
enum class MessageKind;

// Assembles the panels around the state diagram and routes the menus to the
// controller. It holds no simulation state of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SimulationController* controller() const { return m_controller; }
    StateDiagramView* diagramView() const { return m_diagram; }
    ProcessPanel* processPanel() const { return m_processes; }
    PcbInspector* inspector() const { return m_inspector; }
    QueueStrip* queueStrip() const { return m_queues; }
    GanttPanel* ganttPanel() const { return m_gantt; }
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

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createPanels();
    void connectActions();
    void buildExamplesMenu();
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
    void removeSelected();
    void duplicateSelected();
    void about();
    void selectProcess(int pid);
    void comparePolicies();
    QString jsonFileIn(const QMimeData* mime) const;

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
    WorkloadParameters m_workload;
};

} // namespace processlab
