#include "PolicyBar.h"

#include "SimulationController.h"
#include "core/PolicyRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace processlab {

namespace {
QString levelsText(const std::vector<Tick>& levels)
{
    QStringList parts;
    for (Tick q : levels)
        parts << QString::number(q);
    return parts.join(QLatin1String(", "));
}

QLabel* makeLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setContentsMargins(8, 0, 3, 0);
    return label;
}
} // namespace

PolicyBar::PolicyBar(SimulationController* controller, QWidget* parent)
    : QToolBar(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("policyBar"));
    m_policyLabel = makeLabel(this);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    m_policy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_quantumLabel = makeLabel(this);
    m_quantum = new QSpinBox(this);
    m_quantum->setObjectName(QStringLiteral("quantumSpin"));
    m_quantum->setRange(1, 1000000);
    m_quantum->setKeyboardTracking(false);
    m_preemptive = new QCheckBox(this);
    m_preemptive->setObjectName(QStringLiteral("preemptiveCheck"));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("priorityOrderCombo"));
    m_levelsLabel = makeLabel(this);
    m_levels = new QLineEdit(this);
    m_levels->setObjectName(QStringLiteral("mlfqLevelsEdit"));
    m_levels->setMaximumWidth(120);
    m_cpusLabel = makeLabel(this);
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("cpuSpin"));
    m_cpus->setRange(1, limits::kMaxCpus);
    m_cpus->setKeyboardTracking(false);
    m_switchLabel = makeLabel(this);
    m_switch = new QSpinBox(this);
    m_switch->setObjectName(QStringLiteral("switchCostSpin"));
    m_switch->setRange(0, 1000000);
    m_switch->setKeyboardTracking(false);

    addWidget(m_policyLabel);
    addWidget(m_policy);
    m_quantumLabelAction = addWidget(m_quantumLabel);
    m_quantumAction = addWidget(m_quantum);
    m_preemptiveAction = addWidget(m_preemptive);
    m_orderAction = addWidget(m_order);
    m_levelsLabelAction = addWidget(m_levelsLabel);
    m_levelsAction = addWidget(m_levels);
    addSeparator();
    addWidget(m_cpusLabel);
    addWidget(m_cpus);
    addWidget(m_switchLabel);
    addWidget(m_switch);

    retranslate();
    sync();

    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emitEdited();
    });
    connect(m_quantum, &QSpinBox::valueChanged, this, &PolicyBar::emitEdited);
    connect(m_preemptive, &QCheckBox::toggled, this, &PolicyBar::emitEdited);
    connect(m_order, &QComboBox::currentIndexChanged, this, &PolicyBar::emitEdited);
    connect(m_levels, &QLineEdit::editingFinished, this, &PolicyBar::emitEdited);
    connect(m_cpus, &QSpinBox::valueChanged, this, &PolicyBar::emitEdited);
    connect(m_switch, &QSpinBox::valueChanged, this, &PolicyBar::emitEdited);
    connect(controller, &SimulationController::scenarioChanged, this, &PolicyBar::sync);
}

void PolicyBar::retranslate()
{
    setWindowTitle(tr("Policy"));
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    m_policyLabel->setText(tr("Policy:"));
    m_policy->setToolTip(tr("The CPU scheduling policy: which ready process gets a free CPU, and when one is "
                            "taken away."));
    const QString current = m_policy->currentData().toString();
    m_policy->clear();
    for (const QString& id : PolicyRegistry::ids()) {
        m_policy->addItem(PolicyRegistry::displayName(id), id);
        m_policy->setItemData(m_policy->count() - 1, PolicyRegistry::description(id), Qt::ToolTipRole);
    }
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(current)));
    m_quantumLabel->setText(tr("Quantum:"));
    m_quantum->setToolTip(tr("Time slice in ticks: a process runs at most this long before it goes back to "
                             "the ready queue."));
    m_preemptive->setText(tr("Preemptive"));
    m_preemptive->setToolTip(tr("A strictly more urgent ready process takes the CPU at once."));
    const int order = m_order->currentIndex();
    m_order->clear();
    m_order->addItem(tr("Lower number first"));
    m_order->addItem(tr("Higher number first"));
    m_order->setCurrentIndex(std::max(0, order));
    m_order->setToolTip(tr("Which priority numbers are more urgent."));
    m_levelsLabel->setText(tr("Levels:"));
    m_levels->setToolTip(tr("The time slice of each MLFQ level, most urgent first, e.g. \u201c"
                            "8, 16, 0\u201d; "
                            "0 (last level only) means first come, first served."));
    m_cpusLabel->setText(tr("CPUs:"));
    m_cpus->setToolTip(tr("How many CPUs run processes at the same time."));
    m_switchLabel->setText(tr("Switch cost:"));
    m_switch->setToolTip(tr("Ticks a context switch takes (loading another process's registers)."));
    m_syncing = wasSyncing;
}

void PolicyBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void PolicyBar::sync()
{
    m_syncing = true;
    const Scenario& scenario = m_controller->scenario();
    const PolicyConfig& policy = scenario.policy;
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(policy.name)));
    m_quantum->setValue(int(std::min<Tick>(policy.quantum, m_quantum->maximum())));
    m_preemptive->setChecked(policy.name == QLatin1String("mlfq") ? policy.mlfqPreemptive
                                                                  : policy.preemptive);
    m_order->setCurrentIndex(policy.priorityOrder == PriorityOrder::LowerFirst ? 0 : 1);
    m_levels->setText(levelsText(policy.levels));
    m_cpus->setValue(scenario.cpus);
    m_switch->setValue(int(std::min<Tick>(scenario.contextSwitch, m_switch->maximum())));
    updateVisibility();
    m_syncing = false;
}

void PolicyBar::updateVisibility()
{
    const QString id = m_policy->currentData().toString();
    const bool rr = id == QLatin1String("rr");
    const bool priority = id == QLatin1String("priority");
    const bool mlfq = id == QLatin1String("mlfq");
    m_quantumLabelAction->setVisible(rr);
    m_quantumAction->setVisible(rr);
    m_preemptiveAction->setVisible(priority || mlfq);
    m_orderAction->setVisible(priority);
    m_levelsLabelAction->setVisible(mlfq);
    m_levelsAction->setVisible(mlfq);
}

void PolicyBar::emitEdited()
{
    if (m_syncing)
        return;
    PolicyConfig policy = m_controller->scenario().policy;
    policy.name = m_policy->currentData().toString();
    if (policy.name == QLatin1String("rr"))
        policy.quantum = m_quantum->value();
    if (policy.name == QLatin1String("priority")) {
        policy.preemptive = m_preemptive->isChecked();
        policy.priorityOrder =
            m_order->currentIndex() == 0 ? PriorityOrder::LowerFirst : PriorityOrder::HigherFirst;
    }
    if (policy.name == QLatin1String("mlfq")) {
        policy.mlfqPreemptive = m_preemptive->isChecked();
        static const QRegularExpression separators(QStringLiteral("[,;/\\s\uff0c]+"));
        const QStringList words = m_levels->text().split(separators, Qt::SkipEmptyParts);
        std::vector<Tick> levels;
        for (qsizetype i = 0; i < words.size(); ++i) {
            bool ok = false;
            Tick q = words[i].toLongLong(&ok);
            if (!ok && words[i].compare(QLatin1String("fcfs"), Qt::CaseInsensitive) == 0) {
                q = 0;
                ok = true;
            }
            if (!ok) {
                m_controller->reportMessage(
                    QStringLiteral("policy.levels[%1]: ").arg(i) +
                        tr("\u201c%1\u201d is not a whole number of ticks").arg(words[i]),
                    MessageKind::Warning);
                sync();
                return;
            }
            levels.push_back(q);
        }
        policy.levels = levels;
    }
    emit policyEdited(policy, m_cpus->value(), m_switch->value());
}

} // namespace processlab
