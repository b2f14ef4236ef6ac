#pragma once

#include "core/Scenario.h"

#include <QToolBar>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace processlab {

class SimulationController;

// The scheduling policy and its parameters, the CPU count and the context
// switch cost. Shows only the parameters the chosen policy uses. It edits
// nothing itself: it reports what the user chose.
class PolicyBar : public QToolBar
{
    Q_OBJECT

public:
    explicit PolicyBar(SimulationController* controller, QWidget* parent = nullptr);

    // Shows the scenario's current settings (after a refused or undone change).
    void sync();

signals:
    void policyEdited(const processlab::PolicyConfig& policy, int cpus, processlab::Tick contextSwitch);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateVisibility();
    void emitEdited();

    SimulationController* m_controller;
    bool m_syncing = false;
    QLabel* m_policyLabel;
    QComboBox* m_policy;
    QLabel* m_quantumLabel;
    QSpinBox* m_quantum;
    QCheckBox* m_preemptive;
    QComboBox* m_order;
    QLabel* m_levelsLabel;
    QLineEdit* m_levels;
    QLabel* m_cpusLabel;
    QSpinBox* m_cpus;
    QLabel* m_switchLabel;
    QSpinBox* m_switch;
    QAction* m_quantumLabelAction = nullptr;
    QAction* m_quantumAction = nullptr;
    QAction* m_preemptiveAction = nullptr;
    QAction* m_orderAction = nullptr;
    QAction* m_levelsLabelAction = nullptr;
    QAction* m_levelsAction = nullptr;
};

} // namespace processlab
