#include "ExerciseDialog.h"

#include "SimulationController.h"
#include "lessons/LoadScenarioCommand.h"
#include "processes/BurstText.h"
#include "render/GanttExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace processlab {

namespace {
constexpr int kMaxSeed = 999999;
const QColor kRight(0xd3, 0xf2, 0xdb);
const QColor kWrong(0xfa, 0xd4, 0xd4);
} // namespace

ExerciseDialog::ExerciseDialog(SimulationController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("exerciseDialog"));
    setSizeGripEnabled(true);

    m_seedLabel = new QLabel(this);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("exerciseSeed"));
    m_seed->setRange(1, kMaxSeed);
    m_seed->setKeyboardTracking(false);
    m_newSeed = new QPushButton(this);
    m_newSeed->setObjectName(QStringLiteral("exerciseNewSeed"));
    m_countLabel = new QLabel(this);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("exerciseProcesses"));
    m_count->setRange(Exercise::kMinProcesses, Exercise::kMaxProcesses);
    m_count->setValue(5);
    m_count->setKeyboardTracking(false);
    m_policyLabel = new QLabel(this);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("exercisePolicy"));
    m_quantumLabel = new QLabel(this);
    m_quantum = new QSpinBox(this);
    m_quantum->setObjectName(QStringLiteral("exerciseQuantum"));
    m_quantum->setRange(1, 20);
    m_quantum->setValue(2);
    m_quantum->setKeyboardTracking(false);
    m_withIo = new QCheckBox(this);
    m_withIo->setObjectName(QStringLiteral("exerciseWithIo"));
    for (QLabel* label : {m_seedLabel, m_countLabel, m_policyLabel, m_quantumLabel})
        label->setContentsMargins(6, 0, 0, 0);

    auto* setupRow = new QHBoxLayout;
    setupRow->addWidget(m_seedLabel);
    setupRow->addWidget(m_seed);
    setupRow->addWidget(m_newSeed);
    setupRow->addWidget(m_countLabel);
    setupRow->addWidget(m_count);
    setupRow->addWidget(m_policyLabel);
    setupRow->addWidget(m_policy);
    setupRow->addWidget(m_quantumLabel);
    setupRow->addWidget(m_quantum);
    setupRow->addWidget(m_withIo);
    setupRow->addStretch(1);

    m_instructions = new QLabel(this);
    m_instructions->setObjectName(QStringLiteral("exerciseInstructions"));
    m_instructions->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("exerciseTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("exerciseScore"));
    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("exerciseCheck"));
    m_check->setDefault(true);
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("exerciseReveal"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("exerciseOpen"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("exerciseClose"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_score, 1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);

    m_averages = new QLabel(this);
    m_averages->setObjectName(QStringLiteral("exerciseAverages"));
    m_averages->setWordWrap(true);
    m_ganttLabel = new QLabel;
    m_ganttLabel->setObjectName(QStringLiteral("exerciseGantt"));
    m_ganttLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ganttScroll = new QScrollArea(this);
    m_ganttScroll->setObjectName(QStringLiteral("exerciseGanttScroll"));
    m_ganttScroll->setWidget(m_ganttLabel);
    m_ganttScroll->setWidgetResizable(false);
    m_ganttScroll->setMinimumHeight(180);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(setupRow);
    layout->addWidget(m_instructions);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_averages);
    layout->addWidget(m_ganttScroll, 2);

    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, kMaxSeed + 1)));
    retranslate();
    rebuild();

    connect(m_seed, &QSpinBox::valueChanged, this, &ExerciseDialog::rebuild);
    connect(m_count, &QSpinBox::valueChanged, this, &ExerciseDialog::rebuild);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ExerciseDialog::rebuild);
    connect(m_quantum, &QSpinBox::valueChanged, this, &ExerciseDialog::rebuild);
    connect(m_withIo, &QCheckBox::toggled, this, &ExerciseDialog::rebuild);
    connect(m_newSeed, &QPushButton::clicked, this,
            [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1, kMaxSeed + 1))); });
    connect(m_check, &QPushButton::clicked, this, &ExerciseDialog::check);
    connect(m_reveal, &QPushButton::clicked, this, &ExerciseDialog::reveal);
    connect(m_open, &QPushButton::clicked, this, &ExerciseDialog::openInMainWindow);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        // An edited answer loses its old mark.
        if (!m_filling && (item->column() == FinishAnswer || item->column() == WaitingAnswer))
            setMark(item->row(), item->column(), Exercise::Mark::Empty);
    });
    resize(900, 640);
}

ExerciseDialog::~ExerciseDialog() = default;

ExerciseSetup ExerciseDialog::setup() const
{
    ExerciseSetup setup;
    setup.seed = quint32(m_seed->value());
    setup.processes = m_count->value();
    setup.policy = m_policy->currentData().toString();
    setup.quantum = m_quantum->value();
    setup.withIo = m_withIo->isChecked();
    return setup;
}

void ExerciseDialog::setSetup(const ExerciseSetup& setup)
{
    {
        const QSignalBlocker b1(m_seed), b2(m_count), b3(m_policy), b4(m_quantum), b5(m_withIo);
        m_seed->setValue(int(setup.seed));
        m_count->setValue(setup.processes);
        m_policy->setCurrentIndex(std::max(0, m_policy->findData(setup.policy)));
        m_quantum->setValue(int(setup.quantum));
        m_withIo->setChecked(setup.withIo);
    }
    rebuild();
}

void ExerciseDialog::rebuild()
{
    const ExerciseSetup wanted = setup();
    const bool rr = wanted.policy == QLatin1String("rr");
    m_quantumLabel->setVisible(rr);
    m_quantum->setVisible(rr);
    m_exercise = std::make_unique<Exercise>(wanted);
    m_revealed = false;
    m_checked = false;
    m_gantt = QImage();
    m_ganttLabel->clear();
    m_ganttLabel->resize(0, 0);
    m_ganttScroll->hide();
    m_averages->clear();
    m_averages->hide();
    fillTable();
    updateScore();
}

void ExerciseDialog::fillTable()
{
    m_filling = true;
    const Scenario& scenario = m_exercise->scenario();
    const int rows = int(scenario.processes.size());
    m_table->clearContents();
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const ProcessSpec& spec = scenario.processes[size_t(row)];
        const auto fixed = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            return item;
        };
        m_table->setItem(row, Process, fixed(spec.name));
        m_table->setItem(row, Arrival, fixed(QString::number(spec.arrival)));
        QTableWidgetItem* bursts = fixed(burstText::format(spec.program));
        bursts->setToolTip(burstText::describe(spec.program));
        m_table->setItem(row, Bursts, bursts);
        m_table->setItem(row, Priority, fixed(QString::number(spec.priority)));
        for (int column : {int(FinishAnswer), int(WaitingAnswer)}) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            item->setData(Qt::UserRole, int(Exercise::Mark::Empty));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        for (int column : {int(FinishSolution), int(WaitingSolution)}) {
            QTableWidgetItem* solution = fixed(QString());
            QFont bold = solution->font();
            bold.setBold(true);
            solution->setFont(bold);
            solution->setBackground(QColor(0xee, 0xf2, 0xf7));
            m_table->setItem(row, column, solution);
        }
        for (int column : {int(Arrival), int(Priority), int(FinishSolution), int(WaitingSolution)})
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->setColumnHidden(FinishSolution, true);
    m_table->setColumnHidden(WaitingSolution, true);
    const bool priority = m_exercise->scenario().policy.name == QLatin1String("priority");
    m_table->setColumnHidden(Priority, !priority);
    m_filling = false;
}

int ExerciseDialog::columnOf(Exercise::Field field) const
{
    return field == Exercise::Field::Finish ? FinishAnswer : WaitingAnswer;
}

void ExerciseDialog::setAnswer(int pid, Exercise::Field field, const QString& text)
{
    if (QTableWidgetItem* item = m_table->item(pid - 1, columnOf(field)))
        item->setText(text);
}

Exercise::Mark ExerciseDialog::mark(int pid, Exercise::Field field) const
{
    const QTableWidgetItem* item = m_table->item(pid - 1, columnOf(field));
    return item ? Exercise::Mark(item->data(Qt::UserRole).toInt()) : Exercise::Mark::Empty;
}

void ExerciseDialog::setMark(int row, int column, Exercise::Mark mark)
{
    QTableWidgetItem* item = m_table->item(row, column);
    if (!item)
        return;
    const bool wasFilling = m_filling;
    m_filling = true;
    item->setData(Qt::UserRole, int(mark));
    switch (mark) {
    case Exercise::Mark::Empty:
        item->setBackground(QBrush());
        item->setToolTip(QString());
        break;
    case Exercise::Mark::Right:
        item->setBackground(kRight);
        item->setToolTip(tr("Right"));
        break;
    case Exercise::Mark::Wrong:
        item->setBackground(kWrong);
        item->setToolTip(tr("Wrong: work it out again, or press Reveal"));
        break;
    }
    m_filling = wasFilling;
}

int ExerciseDialog::check()
{
    int right = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (Exercise::Field field : {Exercise::Field::Finish, Exercise::Field::Waiting}) {
            const int column = columnOf(field);
            const Exercise::Mark mark = m_exercise->check(row + 1, field, m_table->item(row, column)->text());
            setMark(row, column, mark);
            right += mark == Exercise::Mark::Right ? 1 : 0;
        }
    }
    m_checked = true;
    updateScore();
    return right;
}

void ExerciseDialog::updateScore()
{
    if (!m_checked) {
        m_score->setText(tr("Fill in your answers, then press Check."));
        return;
    }
    int right = 0;
    const int total = 2 * m_table->rowCount();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {int(FinishAnswer), int(WaitingAnswer)})
            right += m_table->item(row, column)->data(Qt::UserRole).toInt() == int(Exercise::Mark::Right);
    }
    m_score->setText(tr("%1 of %2 answers right.").arg(right).arg(total));
}

void ExerciseDialog::reveal()
{
    m_revealed = true;
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->item(row, FinishSolution)
            ->setText(QString::number(m_exercise->answer(row + 1, Exercise::Field::Finish)));
        m_table->item(row, WaitingSolution)
            ->setText(QString::number(m_exercise->answer(row + 1, Exercise::Field::Waiting)));
    }
    m_filling = false;
    m_table->setColumnHidden(FinishSolution, false);
    m_table->setColumnHidden(WaitingSolution, false);
    const Metrics& metrics = m_exercise->solution();
    m_averages->setText(tr("Average waiting time %1 \u00b7 average turnaround %2 \u00b7 all done at t = %3")
                            .arg(QLocale().toString(metrics.averages.waiting, 'f', 2),
                                 QLocale().toString(metrics.averages.turnaround, 'f', 2))
                            .arg(m_exercise->engine().now()));
    m_averages->show();
    m_ganttScroll->show();
    renderGantt();
}

void ExerciseDialog::renderGantt()
{
    const Engine& engine = m_exercise->engine();
    const Metrics& metrics = m_exercise->solution();
    // The title in the language shown now.
    Scenario scenario = engine.scenario();
    scenario.title = Exercise::buildScenario(m_exercise->setup()).title;
    const GanttData data = GanttData::build(scenario, engine.trace(), engine.now(), engine.finished(),
                                            GanttLaneMode::Process, &metrics);
    GanttExportOptions options;
    options.includeMetrics = false;
    // As wide as the dialog's table, so the chart needs no sideways scrolling.
    options.layoutWidth = std::max(600, m_table->width() - 24);
    QString error;
    m_gantt = GanttExporter(data).toImage(options, &error);
    if (m_gantt.isNull()) {
        m_ganttLabel->setText(error);
    } else {
        m_ganttLabel->setPixmap(QPixmap::fromImage(m_gantt));
    }
    m_ganttLabel->adjustSize();
}

void ExerciseDialog::openInMainWindow()
{
    if (!m_controller)
        return;
    LoadScenarioCommand::load(m_controller, m_exercise->scenario(), [seed = m_exercise->setup().seed] {
        return tr("Exercise, seed %1").arg(seed);
    });
}

void ExerciseDialog::retranslate()
{
    setWindowTitle(tr("Exercise: Predict, Then Reveal"));
    m_seedLabel->setText(tr("Seed:"));
    m_seed->setToolTip(tr("The same seed gives everyone the same workload."));
    m_newSeed->setText(tr("New Seed"));
    m_countLabel->setText(tr("Processes:"));
    m_policyLabel->setText(tr("Policy:"));
    m_quantumLabel->setText(tr("Quantum:"));
    m_withIo->setText(tr("I/O bursts"));
    m_withIo->setToolTip(tr("Some processes do I/O between two CPU bursts."));
    {
        const QSignalBlocker blocker(m_policy);
        const QString current = m_policy->currentData().toString();
        m_policy->clear();
        for (const QString& key : Exercise::policyKeys())
            m_policy->addItem(Exercise::policyName(key), key);
        m_policy->setCurrentIndex(std::max(0, m_policy->findData(current)));
    }
    m_instructions->setText(
        tr("Work out on paper when each process finishes and how long it waits in all (turnaround minus CPU "
           "and I/O time) under the chosen policy, one CPU, no switch cost. Ties go to the process that "
           "entered the ready queue first, then to the one higher in the list."));
    m_table->setHorizontalHeaderLabels({tr("Process"), tr("Arrival"), tr("Bursts"), tr("Priority"),
                                        tr("Finish (yours)"), tr("Waiting (yours)"), tr("Correct finish"),
                                        tr("Correct waiting")});
    m_table->horizontalHeaderItem(Bursts)->setToolTip(tr("CPU and I/O bursts in ticks, alternating: "
                                                         "\u201c"
                                                         "3, 2, 4\u201d = CPU 3, I/O 2, CPU 4."));
    m_check->setText(tr("&Check"));
    m_reveal->setText(tr("&Reveal"));
    m_open->setText(tr("&Open in Main Window"));
    m_open->setToolTip(tr("Load this workload into the main window to step through it."));
    m_close->setText(tr("Close"));
    updateScore();
    if (m_revealed)
        reveal();
    // Names of the rows' bursts ("CPU 3") follow the language too.
    for (int row = 0; m_exercise && row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem* item = m_table->item(row, Bursts))
            item->setToolTip(burstText::describe(m_exercise->scenario().processes[size_t(row)].program));
    }
}

void ExerciseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_close)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace processlab
