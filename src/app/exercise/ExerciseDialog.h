#pragma once

#include "Exercise.h"

#include <QDialog>
#include <QImage>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace processlab {

class SimulationController;

// Help ▸ Exercise: "predict, then reveal". A workload generated from a seed
// (a lecturer hands out the seed) and a policy; the student fills in when
// each process finishes and how long it waits, Check marks every answer
// right or wrong, Reveal shows the Gantt chart and the correct numbers.
class ExerciseDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Process,
        Arrival,
        Bursts,
        Priority,
        FinishAnswer,
        WaitingAnswer,
        FinishSolution,
        WaitingSolution,
        ColumnCount
    };

    explicit ExerciseDialog(SimulationController* controller, QWidget* parent = nullptr);
    ~ExerciseDialog() override;

    const Exercise& exercise() const { return *m_exercise; }
    ExerciseSetup setup() const;
    // Sets the controls and builds that exercise (answers are cleared).
    void setSetup(const ExerciseSetup& setup);

    QTableWidget* table() const { return m_table; }
    void setAnswer(int pid, Exercise::Field field, const QString& text);
    Exercise::Mark mark(int pid, Exercise::Field field) const;
    // Marks every answer; returns how many are right.
    int check();
    void reveal();
    bool isRevealed() const { return m_revealed; }
    // The revealed chart (null before Reveal).
    QImage ganttImage() const { return m_gantt; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void fillTable();
    void setMark(int row, int column, Exercise::Mark mark);
    void renderGantt();
    void updateScore();
    void openInMainWindow();
    int columnOf(Exercise::Field field) const;

    SimulationController* m_controller;
    std::unique_ptr<Exercise> m_exercise;
    bool m_revealed = false;
    bool m_checked = false;
    bool m_filling = false;
    QImage m_gantt;

    QLabel* m_seedLabel = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_newSeed = nullptr;
    QLabel* m_countLabel = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_policyLabel = nullptr;
    QComboBox* m_policy = nullptr;
    QLabel* m_quantumLabel = nullptr;
    QSpinBox* m_quantum = nullptr;
    QCheckBox* m_withIo = nullptr;
    QLabel* m_instructions = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_score = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_averages = nullptr;
    QScrollArea* m_ganttScroll = nullptr;
    QLabel* m_ganttLabel = nullptr;
};

} // namespace processlab
