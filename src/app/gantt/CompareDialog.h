#pragma once

#include "core/Engine.h"
#include "core/Metrics.h"
#include "core/Scenario.h"
#include "render/GanttData.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

#include <array>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableWidget;

namespace processlab {

class AveragesBarChart;
class CompareChartsWidget;
class ChartLegendWidget;

// Tools ▸ Compare policies…: runs the scenario (a copy taken when the dialog
// opens) once per chosen policy, each on its own Engine without history,
// in chunks from a timer (a progress bar, Cancel), then shows the Gantt
// charts stacked on one time axis, a table of the metrics and a bar chart
// of the average times.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // One policy the dialog offers.
    struct Choice
    {
        QString key; // "fcfs", "rr2", "rr4", ...
        PolicyConfig policy;
    };
    // The result of one policy's run.
    struct Run
    {
        QString key;
        QString label;
        std::unique_ptr<Engine> engine;
        Metrics metrics;
        GanttData gantt;
        bool complete = false; // finished (not stuck waiting for manual moves)
    };

    // Table columns.
    enum Column
    {
        AverageWaiting,
        AverageTurnaround,
        AverageResponse,
        CpuUtilization,
        ContextSwitches,
        Makespan,
        ColumnCount
    };

    explicit CompareDialog(const Scenario& scenario, QWidget* parent = nullptr);
    ~CompareDialog() override;

    // The policies offered, from the scenario's own parameters.
    std::vector<Choice> choices() const;
    QStringList checkedKeys() const;
    void setCheckedKeys(const QStringList& keys);

    // Steps per Engine::run call and time per timer chunk (tests shrink them).
    void setChunk(qint64 steps, int budgetMs);

    bool isRunning() const { return m_timer.isActive(); }
    const std::vector<std::unique_ptr<Run>>& runs() const { return m_runs; }
    QTableWidget* table() const { return m_table; }
    CompareChartsWidget* charts() const { return m_charts; }
    AveragesBarChart* barChart() const { return m_barChart; }
    AveragesBarChart* utilisationChart() const { return m_utilisationChart; }
    AveragesBarChart* switchesChart() const { return m_switchesChart; }
    ChartLegendWidget* chartsLegend() const { return m_chartsLegend; }

public slots:
    // Starts comparing the checked policies (cancels a running comparison).
    void compare();
    void cancel();

signals:
    void comparisonFinished();
    void comparisonCancelled();

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    QString labelOf(const QString& key) const;
    int choiceIndex(const QString& key) const;
    void runChunk();
    void finishRun(Run& run);
    void showResults();
    void updateProgress();
    void setRunningUi(bool running);
    void retranslate();
    // A run's numbers in the table's columns (utilisation in percent); the
    // bar charts show the same ones.
    static std::array<double, ColumnCount> columnValues(const Metrics& metrics);
    void fillTable();
    void fillBarChart();

    Scenario m_scenario;
    QListWidget* m_policies;
    QPushButton* m_compare;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QSplitter* m_splitter;
    QScrollArea* m_chartsArea;
    CompareChartsWidget* m_charts;
    QTableWidget* m_table;
    AveragesBarChart* m_barChart;
    AveragesBarChart* m_utilisationChart; // beside it: other units, same policies and colours
    AveragesBarChart* m_switchesChart;
    ChartLegendWidget* m_chartsLegend; // one legend under the three

    std::vector<std::unique_ptr<Run>> m_runs;
    size_t m_current = 0;
    QTimer m_timer;
    qint64 m_chunkSteps = 2048;
    int m_budgetMs = 30;
    QElapsedTimer m_clock;
};

} // namespace processlab
