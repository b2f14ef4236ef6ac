#pragma once

#include <QWidget>

class QAction;
class QActionGroup;
class QToolBar;

namespace processlab {

class GanttView;
class SimulationController;

// The Gantt dock's contents: a small tool bar (lanes per CPU or per process,
// zoom in/out, fit to window, export, copy) above the live GanttView.
class GanttPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GanttPanel(SimulationController* controller, QWidget* parent = nullptr);

    GanttView* view() const { return m_view; }
    // Outlines the selected process's slices (0: none).
    void setSelectedPid(int pid);
    QAction* exportAction() const { return m_export; }
    QAction* copyAction() const { return m_copy; }

public slots:
    // Asks for a file and options, then writes it (File ▸ Export Gantt…).
    void exportChart();
    // Puts the whole chart, as an image, on the clipboard (Edit ▸ Copy chart).
    bool copyChart();

signals:
    void processClicked(int pid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SimulationController* m_controller;
    GanttView* m_view;
    QToolBar* m_toolBar;
    QActionGroup* m_laneGroup;
    QAction* m_cpuLanes;
    QAction* m_processLanes;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_fit;
    QAction* m_export;
    QAction* m_copy;
    QString m_lastExportPath;
};

} // namespace processlab
