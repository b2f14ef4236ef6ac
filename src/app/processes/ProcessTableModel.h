#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace processlab {

class SimulationController;
struct StepInfo;

// One row per process (scenario list order = pid order). data() only looks
// up what the engine computed; edits go to the controller as undo commands.
class ProcessTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Pid,
        Name,
        State,
        Priority,
        Arrival,
        Memory, // needed for admission; shown when the scenario has a memory pool
        Bursts,
        Current,
        Remaining,
        CpuTime,
        Waiting,
        Parent, // the process that started it (spawn), a thread's process
        ColumnCount
    };
    static constexpr int PidRole = Qt::UserRole + 1;

    explicit ProcessTableModel(SimulationController* controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Row of a pid and back (pid = row + 1).
    static int rowOf(int pid) { return pid - 1; }
    static int pidOf(int row) { return row + 1; }
    // "CPU 4 (2 of 3)": the Current burst column's text (the panel sizes the column by it).
    static QString operationPosition(const QString& kind, int position, int count);

    // Re-reads the headers (after a language change).
    void retranslate();

signals:
    // An edit was refused; `message` says what is wrong and where.
    void editRefused(const QModelIndex& index, const QString& message);

private:
    void onScenarioChanged();
    void onStateChanged();
    QString currentBurst(int pid) const;
    QString stateText(int pid) const;
    QString stateToolTip(int pid) const;
    QString parentText(int pid, bool toolTip) const;

    SimulationController* m_controller;
    int m_rows = 0;
    std::vector<int> m_spawners; // OperationText::spawners() of the scenario
};

} // namespace processlab
