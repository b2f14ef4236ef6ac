#include "CompareDialog.h"

#include "AveragesBarChart.h"
#include "ChartLegendWidget.h"
#include "CompareChartsWidget.h"
#include "core/PolicyRegistry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace processlab {

namespace {
const QStringList kDefaultKeys = {QStringLiteral("fcfs"), QStringLiteral("sjf"), QStringLiteral("srtf"),
                                  QStringLiteral("rr2"),  QStringLiteral("rr4"), QStringLiteral("mlfq")};
} // namespace

CompareDialog::CompareDialog(const Scenario& scenario, QWidget* parent)
    : QDialog(parent), m_scenario(scenario), m_policies(new QListWidget(this)),
      m_compare(new QPushButton(this)), m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_chartsArea(new QScrollArea(this)), m_charts(new CompareChartsWidget), m_table(new QTableWidget(this)),
      m_barChart(new AveragesBarChart(this)), m_utilisationChart(new AveragesBarChart(this)),
      m_switchesChart(new AveragesBarChart(this)), m_chartsLegend(new ChartLegendWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    m_policies->setObjectName(QStringLiteral("comparePolicyList"));
    m_compare->setObjectName(QStringLiteral("compareRunButton"));
    m_cancel->setObjectName(QStringLiteral("compareCancelButton"));
    m_progress->setObjectName(QStringLiteral("compareProgress"));
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_chartsArea->setObjectName(QStringLiteral("compareChartsArea"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_barChart->setObjectName(QStringLiteral("compareBarChart"));
    m_utilisationChart->setObjectName(QStringLiteral("compareUtilisationChart"));
    m_switchesChart->setObjectName(QStringLiteral("compareSwitchesChart"));
    m_chartsLegend->setObjectName(QStringLiteral("compareChartsLegend"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    for (const Choice& choice : choices()) {
        auto* item = new QListWidgetItem(m_policies);
        item->setData(Qt::UserRole, choice.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(kDefaultKeys.contains(choice.key) ? Qt::Checked : Qt::Unchecked);
    }
    m_policies->setMaximumWidth(200);
    m_policies->setMaximumHeight(230);

    m_chartsArea->setWidget(m_charts);
    m_chartsArea->setWidgetResizable(true);
    m_chartsArea->setFrameShape(QFrame::NoFrame);
    m_chartsArea->setBackgroundRole(QPalette::Base);

    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(70);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_barChart->setMinimumHeight(240);
    // Utilisation and switches in charts of their own (their units are not
    // ticks), narrower, their titles wrapping into two lines; one legend
    // under the three, so that their plots stand on one line.
    for (AveragesBarChart* chart : {m_barChart, m_utilisationChart, m_switchesChart}) {
        chart->setLegendVisible(false);
        chart->setTitleLines(2);
    }
    m_utilisationChart->setMinimumWidth(110);
    m_switchesChart->setMinimumWidth(110);
    m_utilisationChart->setFixedMaximum(100);
    m_switchesChart->setValueDecimals(0);
    auto* charts = new QWidget;
    auto* chartsColumn = new QVBoxLayout(charts);
    chartsColumn->setContentsMargins(0, 0, 0, 0);
    chartsColumn->setSpacing(0);
    auto* chartsRow = new QHBoxLayout;
    chartsRow->setSpacing(0);
    chartsRow->addWidget(m_barChart, 4);
    chartsRow->addWidget(m_utilisationChart, 1);
    chartsRow->addWidget(m_switchesChart, 1);
    chartsColumn->addLayout(chartsRow, 1);
    chartsColumn->addWidget(m_chartsLegend);

    auto* bottom = new QSplitter(Qt::Horizontal, m_splitter);
    bottom->addWidget(m_table);
    bottom->addWidget(charts);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    m_splitter->addWidget(m_chartsArea);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // Most of the room for the charts; the table and the bar chart below.
    m_splitter->setSizes({540, 300});
    bottom->setSizes({600, 600});

    auto* left = new QVBoxLayout;
    left->addWidget(m_policies);
    left->addWidget(m_compare);
    left->addWidget(m_progress);
    left->addWidget(m_cancel);
    left->addWidget(m_status);
    left->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("compareButtons"));
    auto* layout = new QGridLayout(this);
    layout->addLayout(left, 0, 0);
    layout->addWidget(m_splitter, 0, 1);
    layout->addWidget(buttons, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &CompareDialog::runChunk);
    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(m_cancel, &QPushButton::clicked, this, &CompareDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompareDialog::reject);
    retranslate();
    resize(1280, 860);
}

CompareDialog::~CompareDialog() = default;

std::vector<CompareDialog::Choice> CompareDialog::choices() const
{
    // The scenario's own parameters (priority order, MLFQ levels, ...) stay.
    const PolicyConfig base = m_scenario.policy;
    auto make = [&base](const char* key, const char* name, Tick quantum = 0) {
        Choice choice;
        choice.key = QString::fromLatin1(key);
        choice.policy = base;
        choice.policy.name = QString::fromLatin1(name);
        if (quantum > 0)
            choice.policy.quantum = quantum;
        return choice;
    };
    std::vector<Choice> list{make("fcfs", "fcfs"),         make("sjf", "sjf"),   make("srtf", "srtf"),
                             make("priority", "priority"), make("rr2", "rr", 2), make("rr4", "rr", 4),
                             make("hrrn", "hrrn"),         make("mlfq", "mlfq")};
    if (base.name != QLatin1String("priority"))
        list[3].policy.preemptive = false;
    return list;
}

QString CompareDialog::labelOf(const QString& key) const
{
    // The core's label, so the CLI, the charts and this dialog name a
    // policy the same way ("RR q=2", "MLFQ 8/16/FCFS").
    for (const Choice& choice : choices()) {
        if (choice.key == key)
            return choice.policy.label();
    }
    return key;
}

int CompareDialog::choiceIndex(const QString& key) const
{
    const std::vector<Choice> list = choices();
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i].key == key)
            return int(i);
    }
    return 0;
}

QStringList CompareDialog::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_policies->count(); ++i)
        if (m_policies->item(i)->checkState() == Qt::Checked)
            keys << m_policies->item(i)->data(Qt::UserRole).toString();
    return keys;
}

void CompareDialog::setCheckedKeys(const QStringList& keys)
{
    for (int i = 0; i < m_policies->count(); ++i) {
        QListWidgetItem* item = m_policies->item(i);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void CompareDialog::setChunk(qint64 steps, int budgetMs)
{
    m_chunkSteps = std::max<qint64>(1, steps);
    m_budgetMs = std::max(1, budgetMs);
}

// --- running ----------------------------------------------------------------------

void CompareDialog::compare()
{
    cancel();
    m_charts->setCharts({});
    m_runs.clear();
    m_current = 0;
    const QStringList keys = checkedKeys();
    for (const Choice& choice : choices()) {
        if (!keys.contains(choice.key))
            continue;
        Scenario copy = m_scenario;
        copy.policy = choice.policy;
        if (const auto problem = copy.validate()) {
            m_status->setText(tr("%1: %2").arg(labelOf(choice.key), problem->text()));
            continue;
        }
        auto run = std::make_unique<Run>();
        run->key = choice.key;
        run->label = labelOf(choice.key);
        run->engine = std::make_unique<Engine>(copy);
        run->engine->setHistoryEnabled(false);
        m_runs.push_back(std::move(run));
    }
    fillTable();
    fillBarChart();
    if (m_runs.empty()) {
        if (keys.isEmpty())
            m_status->setText(tr("Tick at least one policy."));
        return;
    }
    m_status->setText(tr("Running %n policies…", nullptr, int(m_runs.size())));
    setRunningUi(true);
    updateProgress();
    m_timer.start();
}

void CompareDialog::cancel()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_runs.clear();
    m_current = 0;
    setRunningUi(false);
    fillTable();
    fillBarChart();
    m_charts->setCharts({});
    m_status->setText(tr("Comparison cancelled."));
    emit comparisonCancelled();
}

void CompareDialog::runChunk()
{
    m_clock.start();
    while (m_current < m_runs.size() && m_clock.elapsed() < m_budgetMs) {
        Run& run = *m_runs[m_current];
        if (!run.engine->run(m_chunkSteps)) {
            finishRun(run);
            ++m_current;
        }
    }
    updateProgress();
    if (m_current >= m_runs.size()) {
        m_timer.stop();
        setRunningUi(false);
        showResults();
        emit comparisonFinished();
    }
}

void CompareDialog::finishRun(Run& run)
{
    run.complete = run.engine->finished();
    run.metrics = Metrics::of(*run.engine);
    run.gantt = GanttData::build(run.engine->scenario(), run.engine->trace(), run.engine->now(), run.complete,
                                 GanttLaneMode::Cpu, &run.metrics);
}

void CompareDialog::updateProgress()
{
    const qint64 perRun = std::max(1, int(m_scenario.processes.size()));
    const qint64 total = perRun * qint64(m_runs.size());
    qint64 done = perRun * qint64(m_current);
    if (m_current < m_runs.size())
        done += m_runs[m_current]->engine->state().terminated;
    m_progress->setRange(0, int(std::min<qint64>(total, 1 << 30)));
    m_progress->setValue(int(std::min(done, total)));
}

void CompareDialog::setRunningUi(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_compare->setEnabled(!running);
    m_policies->setEnabled(!running);
    if (running)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CompareDialog::showResults()
{
    std::vector<std::pair<QString, const GanttData*>> charts;
    QStringList stuck;
    for (const auto& run : m_runs) {
        charts.emplace_back(run->label, &run->gantt);
        if (!run->complete)
            stuck << run->label;
    }
    m_charts->setCharts(charts);
    fillTable();
    fillBarChart();
    m_status->setText(
        stuck.isEmpty()
            ? tr("Compared %n policies.", nullptr, int(m_runs.size()))
            : tr("Did not finish (waiting for a manual move): %1").arg(stuck.join(QStringLiteral(", "))));
}

std::array<double, CompareDialog::ColumnCount> CompareDialog::columnValues(const Metrics& m)
{
    return {m.averages.waiting,     m.averages.turnaround,     m.averages.response,
            m.cpuUtilization * 100, double(m.contextSwitches), double(m.makespan)};
}

void CompareDialog::fillTable()
{
    const QLocale locale;
    m_table->clearContents();
    m_table->setRowCount(m_current >= m_runs.size() ? int(m_runs.size()) : 0);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Run& run = *m_runs[size_t(row)];
        const std::array<double, ColumnCount> values = columnValues(run.metrics);
        for (int column = 0; column < ColumnCount; ++column) {
            const double v = values[column];
            QString text;
            if (column == ContextSwitches || column == Makespan)
                text = locale.toString(qlonglong(v));
            else if (column == CpuUtilization)
                text = tr("%1 %").arg(locale.toString(v, 'f', 1));
            else
                text = locale.toString(v, 'f', 2);
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, v);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(run.label));
    }
    // Best (lowest) average waiting in bold.
    if (m_table->rowCount() > 1) {
        int best = 0;
        for (int row = 1; row < m_table->rowCount(); ++row)
            if (m_runs[size_t(row)]->metrics.averages.waiting <
                m_runs[size_t(best)]->metrics.averages.waiting)
                best = row;
        QFont bold = m_table->font();
        bold.setBold(true);
        m_table->item(best, AverageWaiting)->setFont(bold);
    }
}

void CompareDialog::fillBarChart()
{
    m_barChart->setTitle(tr("Average times (ticks)"));
    m_barChart->setCategories({tr("Waiting"), tr("Turnaround"), tr("Response")});
    m_utilisationChart->setTitle(tr("CPU utilisation (%)"));
    m_utilisationChart->setCategories({QString()});
    m_switchesChart->setTitle(tr("Context switches"));
    m_switchesChart->setCategories({QString()});
    QList<AveragesBarChart::Set> averages;
    QList<AveragesBarChart::Set> utilisation;
    QList<AveragesBarChart::Set> switches;
    const bool done = m_current >= m_runs.size() && !m_runs.empty();
    if (done) {
        for (const auto& run : m_runs) {
            const std::array<double, ColumnCount> v = columnValues(run->metrics);
            // A policy keeps its colour from one comparison to the next.
            const QColor color = AveragesBarChart::seriesColor(choiceIndex(run->key));
            averages.append(
                {run->label, color, {v[AverageWaiting], v[AverageTurnaround], v[AverageResponse]}});
            utilisation.append({run->label, color, {v[CpuUtilization]}});
            switches.append({run->label, color, {v[ContextSwitches]}});
        }
    }
    QList<ChartLegendWidget::Entry> legend;
    for (const AveragesBarChart::Set& set : averages)
        legend.append({set.label, set.color});
    m_chartsLegend->setEntries(legend);
    m_barChart->setSets(averages);
    m_utilisationChart->setSets(utilisation);
    m_switchesChart->setSets(switches);
}

// --- texts --------------------------------------------------------------------------

void CompareDialog::retranslate()
{
    const QString title = m_scenario.title.isEmpty() ? tr("Compare Policies")
                                                     : tr("Compare Policies \u2014 %1").arg(m_scenario.title);
    setWindowTitle(title);
    for (int i = 0; i < m_policies->count(); ++i) {
        QListWidgetItem* item = m_policies->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        item->setText(labelOf(key));
        const QString id = key.startsWith(QLatin1String("rr")) ? QStringLiteral("rr") : key;
        item->setToolTip(PolicyRegistry::displayName(id));
    }
    m_compare->setText(tr("&Compare"));
    m_cancel->setText(tr("Cancel"));
    m_table->setHorizontalHeaderLabels(
        {tr("Waiting"), tr("Turnaround"), tr("Response"), tr("CPU use"), tr("Switches"), tr("Makespan")});
    const QStringList tips = {tr("Average waiting time (ticks)"),
                              tr("Average turnaround time (ticks)"),
                              tr("Average response time (ticks)"),
                              tr("CPU utilisation"),
                              tr("Context switches"),
                              tr("Makespan: last finish − first arrival")};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(tips[column]);
    for (int row = 0; row < m_table->rowCount() && size_t(row) < m_runs.size(); ++row) {
        m_runs[size_t(row)]->label = labelOf(m_runs[size_t(row)]->key);
        m_table->verticalHeaderItem(row)->setText(m_runs[size_t(row)]->label);
    }
    if (!isRunning()) {
        fillBarChart();
        if (m_current >= m_runs.size() && !m_runs.empty())
            showResults();
    }
}

void CompareDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompareDialog::reject()
{
    cancel();
    QDialog::reject();
}

} // namespace processlab
