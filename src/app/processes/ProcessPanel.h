#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QTableView;
class QToolBar;
class QAction;

namespace processlab {

class SimulationController;
class ProcessTableModel;

// The process table with its editing actions and an inline message when an
// edit is refused.
class ProcessPanel : public QWidget
{
    Q_OBJECT

public:
    ProcessPanel(SimulationController* controller, const QList<QAction*>& actions, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ProcessTableModel* model() const { return m_model; }
    // 0 when nothing is selected.
    int currentPid() const;
    // Rows (= process indices) selected, ascending.
    std::vector<int> selectedRows() const;

public slots:
    void selectPid(int pid);

signals:
    void currentPidChanged(int pid);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showError(const QString& message);
    void sizeColumns();
    void updateMemoryColumn();

    SimulationController* m_controller;
    ProcessTableModel* m_model;
    QToolBar* m_toolBar;
    QTableView* m_view;
    QLabel* m_error;
};

} // namespace processlab
