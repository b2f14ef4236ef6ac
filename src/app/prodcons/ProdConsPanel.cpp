#include "ProdConsPanel.h"

#include "ProdConsProcessModel.h"
#include "QueueChart.h"
#include "QueueGauge.h"
#include "SimulationController.h"
#include "lessons/LoadScenarioCommand.h"
#include "prodcons/RealRun.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace processlab {

namespace {

constexpr int kMaxCount = int(ProducerConsumerConfig::kMaxCount);

QSpinBox* spinBox(QWidget* parent, const char* name, int min, int max)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setAccelerated(true);
    return box;
}

QDoubleSpinBox* secondsBox(QWidget* parent, const char* name, double min, double max, int decimals)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(0.5);
    return box;
}

} // namespace

ProdConsPanel::ProdConsPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("prodConsPanel"));
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(kFrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &ProdConsPanel::renderFrame);
    buildUi();
    setFormConfig(ProducerConsumerConfig());
    connect(m_controller, &SimulationController::scenarioChanged, this, &ProdConsPanel::onScenarioChanged);
    connect(m_controller, &SimulationController::stateChanged, this, &ProdConsPanel::onStateChanged);
    retranslate();
    onScenarioChanged();
}

ProdConsPanel::~ProdConsPanel()
{
    // A real run stops here: its children are stopped, reaped and the
    // shared memory removed before the window goes.
    if (m_real)
        m_real->disconnect(this);
    m_real.reset();
}

// --- construction ---------------------------------------------------------

void ProdConsPanel::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Mode: the engine or real processes.
    auto* modeRow = new QHBoxLayout;
    m_simulatedButton = new QRadioButton(this);
    m_simulatedButton->setObjectName(QStringLiteral("prodConsSimulatedMode"));
    m_realButton = new QRadioButton(this);
    m_realButton->setObjectName(QStringLiteral("prodConsRealMode"));
    m_simulatedButton->setChecked(true);
    m_durationLabel = new QLabel(this);
    m_duration = secondsBox(this, "prodConsDuration", 0, 3600, 1);
    m_duration->setValue(10);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("prodConsStart"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("prodConsStop"));
    m_realTime = new QPushButton(this);
    m_realTime->setObjectName(QStringLiteral("prodConsRealTimeSpeed"));
    m_showParameters = new QToolButton(this);
    m_showParameters->setObjectName(QStringLiteral("prodConsShowParameters"));
    m_showParameters->setCheckable(true);
    m_showParameters->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    modeRow->addWidget(m_simulatedButton);
    modeRow->addWidget(m_realButton);
    modeRow->addStretch(1);
    modeRow->addWidget(m_realTime);
    modeRow->addWidget(m_durationLabel);
    modeRow->addWidget(m_duration);
    modeRow->addWidget(m_start);
    modeRow->addWidget(m_stop);
    modeRow->addWidget(m_showParameters);
    layout->addLayout(modeRow);

    // Gauge and process list, the chart, the parameters.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("prodConsSplitter"));
    m_topSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_gauge = new QueueGauge(m_topSplitter);
    m_model = new ProdConsProcessModel(this);
    m_table = new QTableView(m_topSplitter);
    m_table->setObjectName(QStringLiteral("prodConsProcessView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProdConsProcessModel::StateColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(90);
    // "Producer 1" already says the role; the room goes to the state.
    m_table->hideColumn(ProdConsProcessModel::RoleColumn);
    m_topSplitter->addWidget(m_gauge);
    m_topSplitter->addWidget(m_table);

    auto* chartBox = new QWidget(m_splitter);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new QueueChart(chartBox);
    m_chart->setMinimumHeight(200);
    m_wholeRun = new QCheckBox(chartBox);
    m_wholeRun->setObjectName(QStringLiteral("prodConsWholeRun"));
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_wholeRun);

    m_parameters = new QGroupBox;
    m_parameters->setObjectName(QStringLiteral("prodConsParameters"));
    m_form = new QFormLayout(m_parameters);
    m_producers = spinBox(m_parameters, "producersSpin", 1, ProducerConsumerConfig::kMaxProducers);
    m_consumers = spinBox(m_parameters, "consumersSpin", 1, ProducerConsumerConfig::kMaxConsumers);
    m_low = spinBox(m_parameters, "lowThresholdSpin", 0, kMaxCount);
    m_high = spinBox(m_parameters, "highThresholdSpin", 0, kMaxCount);
    m_produceBatch = spinBox(m_parameters, "produceBatchSpin", 1, kMaxCount);
    m_consumeBatch = spinBox(m_parameters, "consumeBatchSpin", 1, kMaxCount);
    m_producerPause =
        secondsBox(m_parameters, "producerPauseSpin", 0, ProducerConsumerConfig::kMaxPauseSeconds, 3);
    m_consumerPause =
        secondsBox(m_parameters, "consumerPauseSpin", 0, ProducerConsumerConfig::kMaxPauseSeconds, 3);
    m_capacity = spinBox(m_parameters, "capacitySpin", 0, kMaxCount);
    m_produceCost = spinBox(m_parameters, "produceCostSpin", 1, kMaxCount);
    m_consumeCost = spinBox(m_parameters, "consumeCostSpin", 1, kMaxCount);
    m_tickMs = secondsBox(m_parameters, "tickMsSpin", ProducerConsumerConfig::kMinSecondsPerTick * 1000.0,
                          ProducerConsumerConfig::kMaxSecondsPerTick * 1000.0, 3);
    m_tickMs->setSingleStep(1);
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_producers, m_consumers, m_low, m_high, m_produceBatch, m_consumeBatch, m_producerPause,
             m_consumerPause, m_capacity, m_produceCost, m_consumeCost, m_tickMs}) {
        m_form->addRow(new QLabel(m_parameters), field);
    }
    auto* buttons = new QHBoxLayout;
    m_load = new QPushButton(m_parameters);
    m_load->setObjectName(QStringLiteral("prodConsLoadExercise"));
    m_defaults = new QPushButton(m_parameters);
    m_defaults->setObjectName(QStringLiteral("prodConsDefaults"));
    buttons->addWidget(m_load);
    buttons->addWidget(m_defaults);
    buttons->addStretch(1);
    m_form->addRow(buttons);
    m_parameterArea = new QScrollArea(m_splitter);
    m_parameterArea->setWidget(m_parameters);
    m_parameterArea->setWidgetResizable(true);
    m_parameterArea->setFrameShape(QFrame::NoFrame);

    m_splitter->addWidget(m_topSplitter);
    m_splitter->addWidget(chartBox);
    m_splitter->addWidget(m_parameterArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({460, 260, 260});
    m_topSplitter->setSizes({280, 180});
    m_gauge->setMinimumHeight(200);
    layout->addWidget(m_splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("prodConsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_load, &QPushButton::clicked, this, &ProdConsPanel::loadExercise);
    connect(m_defaults, &QPushButton::clicked, this, [this] { setFormConfig(ProducerConsumerConfig()); });
    connect(m_realButton, &QRadioButton::toggled, this, &ProdConsPanel::setRealMode);
    connect(m_start, &QPushButton::clicked, this, [this] { startRealRun(); });
    connect(m_stop, &QPushButton::clicked, this, &ProdConsPanel::stopRealRun);
    connect(m_showParameters, &QToolButton::toggled, this, [this](bool shown) {
        m_parameterArea->setVisible(shown);
        m_showParameters->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_realTime, &QPushButton::clicked, this, [this] {
        // One simulated second per second (as fast as the controller goes).
        const double spt = m_controller->scenario().secondsPerTick;
        if (spt > 0)
            m_controller->setSpeed(1.0 / spt);
    });
    connect(m_wholeRun, &QCheckBox::toggled, this, [this](bool whole) {
        m_chart->setWholeRun(whole);
        flush();
    });
}

void ProdConsPanel::retranslate()
{
    m_simulatedButton->setText(tr("Simulated"));
    m_simulatedButton->setToolTip(
        tr("The producers and consumers are processes of the simulation: play, step, "
           "step back and drag them like any other."));
    m_realButton->setText(tr("Real processes"));
    m_realButton->setToolTip(tr("Run the exercise with real operating-system processes sharing a queue in "
                                "shared memory; every run differs."));
    m_durationLabel->setText(tr("Seconds:"));
    m_duration->setSpecialValueText(tr("until stopped"));
    m_duration->setToolTip(tr("How long the real run lasts, in seconds of wall time"));
    m_realTime->setText(tr("Real-time speed"));
    m_realTime->setToolTip(
        tr("Play one simulated second per second, so the pauses last as long as in the exercise"));
    m_showParameters->setText(tr("Parameters"));
    m_showParameters->setToolTip(tr("Show or hide the exercise's parameters"));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_wholeRun->setText(tr("Whole run (instead of the last %1)").arg(tr("30 s")));
    m_parameters->setTitle(tr("Exercise parameters"));
    struct Row
    {
        QWidget* field;
        QString label;
        QString toolTip;
    };
    const Row rows[] = {
        {m_producers, tr("Producers:"), tr("Producer processes (1 to 8)")},
        {m_consumers, tr("Consumers:"), tr("Consumer processes (1 to 16)")},
        {m_low, tr("Consumers take while more than:"),
         tr("A consumer takes a batch while the queue holds more than this many items; otherwise it pauses")},
        {m_high, tr("Producers produce while fewer than:"),
         tr("A producer produces a batch while the queue holds fewer than this many items")},
        {m_produceBatch, tr("Items per production round:"), tr("Items a producer puts in one round")},
        {m_consumeBatch, tr("Items per consumption round:"), tr("Items a consumer takes in one round")},
        {m_producerPause, tr("Producer pause (s):"), tr("The producer sleeps this long after every round")},
        {m_consumerPause, tr("Consumer pause (s):"),
         tr("A consumer sleeps this long when the queue is too short")},
        {m_capacity, tr("Queue capacity:"),
         tr("0 = unbounded; otherwise put() blocks while the queue is full")},
        {m_produceCost, tr("CPU ticks per item produced:"), tr("CPU time to make one item")},
        {m_consumeCost, tr("CPU ticks per item consumed:"), tr("CPU time to use one item")},
        {m_tickMs, tr("One tick lasts (ms):"), tr("The time scale: pauses are converted to ticks with it")},
    };
    for (const Row& row : rows) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(row.field)))
            label->setText(row.label);
        row.field->setToolTip(row.toolTip);
    }
    m_capacity->setSpecialValueText(tr("unbounded"));
    m_load->setText(tr("Load exercise"));
    m_load->setToolTip(
        tr("Replace the scenario with the exercise built from these parameters (can be undone)"));
    m_defaults->setText(tr("Exercise defaults"));
    m_defaults->setToolTip(
        tr("The course's numbers: 1 producer, 5 consumers, thresholds 10 and 50, batches of 200 "
           "and 20, pauses of 1 s and 2 s"));
    m_chart->retranslate();
    m_chart->setTimeUnit(m_controller->scenario().secondsPerTick > 0 || m_realMode ? tr("s") : tr("ticks"));
    m_model->retranslate();
    flush();
}

void ProdConsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_start)
        retranslate();
    QWidget::changeEvent(event);
}

void ProdConsPanel::resizeEvent(QResizeEvent* event)
{
    // Wide: the gauge beside the list; narrow: above it.
    const Qt::Orientation orientation = event->size().width() >= 640 ? Qt::Horizontal : Qt::Vertical;
    if (orientation != m_topSplitter->orientation()) {
        m_topSplitter->setOrientation(orientation);
        if (orientation == Qt::Horizontal)
            m_topSplitter->setSizes({event->size().width() * 9 / 20, event->size().width() * 11 / 20});
        else
            m_topSplitter->setSizes({280, 180});
    }
    QWidget::resizeEvent(event);
}

// --- parameters -------------------------------------------------------------

ProducerConsumerConfig ProdConsPanel::formConfig() const
{
    ProducerConsumerConfig c;
    c.producers = m_producers->value();
    c.consumers = m_consumers->value();
    c.lowThreshold = m_low->value();
    c.highThreshold = m_high->value();
    c.produceBatch = m_produceBatch->value();
    c.consumeBatch = m_consumeBatch->value();
    c.producerPause = m_producerPause->value();
    c.consumerPause = m_consumerPause->value();
    c.capacity = m_capacity->value();
    c.produceCost = m_produceCost->value();
    c.consumeCost = m_consumeCost->value();
    c.secondsPerTick = m_tickMs->value() / 1000.0;
    // Keys of the file section this version does not know stay with it.
    if (const auto& current = m_controller->scenario().producerConsumer)
        c.extra = current->extra;
    return c;
}

void ProdConsPanel::setFormConfig(const ProducerConsumerConfig& c)
{
    m_producers->setValue(c.producers);
    m_consumers->setValue(c.consumers);
    m_low->setValue(c.lowThreshold);
    m_high->setValue(c.highThreshold);
    m_produceBatch->setValue(c.produceBatch);
    m_consumeBatch->setValue(c.consumeBatch);
    m_producerPause->setValue(c.producerPause);
    m_consumerPause->setValue(c.consumerPause);
    m_capacity->setValue(c.capacity);
    m_produceCost->setValue(int(std::min<Tick>(c.produceCost, kMaxCount)));
    m_consumeCost->setValue(int(std::min<Tick>(c.consumeCost, kMaxCount)));
    m_tickMs->setValue(c.secondsPerTick * 1000.0);
}

bool ProdConsPanel::loadExercise()
{
    const ProducerConsumerConfig config = formConfig();
    if (const auto problem = config.validate()) {
        m_controller->reportMessage(problem->text(), MessageKind::Warning);
        return false;
    }
    // Keep the lecturer's policy and CPUs when the exercise is already
    // loaded; otherwise start from the same base as the command line.
    const Scenario& current = m_controller->scenario();
    const Scenario base =
        current.producerConsumer ? current : ProducerConsumer::defaultBase(tr("Producer-consumer exercise"));
    const Scenario exercise = ProducerConsumer::build(config, base);
    if (exercise == current && exercise.queues == current.queues)
        return true;
    if (!LoadScenarioCommand::load(m_controller, exercise,
                                   [] { return tr("Load producer-consumer exercise"); }))
        return false;
    m_controller->reportMessage(tr("Producer-consumer exercise: %n producer(s)", nullptr, config.producers) +
                                QLatin1String(", ") + tr("%n consumer(s).", nullptr, config.consumers));
    return true;
}

// --- simulated mode -----------------------------------------------------------

bool ProdConsPanel::hasExercise() const
{
    return !m_controller->scenario().queues.empty();
}

double ProdConsPanel::simulatedNow() const
{
    const double spt = m_controller->scenario().secondsPerTick;
    const double now = double(m_controller->engine().now());
    return spt > 0 ? now * spt : now;
}

void ProdConsPanel::onScenarioChanged()
{
    const Scenario& s = m_controller->scenario();
    m_roles.clear();
    for (int i = 0; i < int(s.processes.size()); ++i)
        m_roles.push_back(ProducerConsumer::role(s, i));
    if (s.producerConsumer)
        setFormConfig(*s.producerConsumer);
    // The parameters are what one sets up first; with the exercise loaded,
    // the room goes to the gauge and the chart.
    m_showParameters->setChecked(!s.producerConsumer);
    m_parameterArea->setVisible(m_showParameters->isChecked());
    m_showParameters->setArrowType(m_showParameters->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    m_history.clear();
    if (hasExercise())
        m_history.add(simulatedNow(), double(m_controller->engine().queues().at(0).items.size()));
    m_chart->setTimeUnit(s.secondsPerTick > 0 ? tr("s") : tr("ticks"));
    m_chart->setWindowLength(s.secondsPerTick > 0 ? 30.0 : 3000.0);
    updateEnabled();
    flush();
}

void ProdConsPanel::onStateChanged(const StepInfo& info)
{
    if (!hasExercise())
        return;
    const double now = simulatedNow();
    const double length = double(m_controller->engine().queues().at(0).items.size());
    if (info.backward)
        m_history.truncateFrom(now); // what was recorded after `now` did not happen (yet)
    m_history.add(now, length);
    if (!m_realMode)
        scheduleFrame();
}

void ProdConsPanel::scheduleFrame()
{
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void ProdConsPanel::flush()
{
    m_frameTimer.stop();
    renderFrame();
}

qint64 ProdConsPanel::scaleFor(const ProducerConsumerConfig& c, qint64 seen) const
{
    qint64 scale = std::max<qint64>(qint64(c.highThreshold) + c.produceBatch, qint64(c.lowThreshold) + 1);
    if (c.capacity > 0)
        scale = std::min<qint64>(scale, c.capacity);
    return QueueGauge::niceMaximum(std::max(scale, seen));
}

void ProdConsPanel::renderFrame()
{
    ++m_frames;
    if (m_realMode)
        renderReal();
    else
        renderSimulated();
}

void ProdConsPanel::renderSimulated()
{
    const Scenario& s = m_controller->scenario();
    const Engine& engine = m_controller->engine();
    const ProducerConsumerConfig config = s.producerConsumer ? *s.producerConsumer : formConfig();
    if (!hasExercise()) {
        m_gauge->setThresholds(config.lowThreshold, config.highThreshold);
        m_chart->setThresholds(config.lowThreshold, config.highThreshold);
        m_gauge->setValue(0);
        m_gauge->setCounters(0, 0, 0);
        m_gauge->setCaption(tr("No queue in this scenario: set the parameters and press Load exercise."));
        m_model->setRows({});
        m_status->setText(QString());
        m_chart->refresh(m_history, 0, double(m_gauge->scaleMaximum()));
        return;
    }
    const QueueState& q = engine.queues().at(0);
    const qint64 length = qint64(q.items.size());
    m_gauge->setThresholds(config.lowThreshold, config.highThreshold);
    m_chart->setThresholds(config.lowThreshold, config.highThreshold);
    m_gauge->setScaleMaximum(scaleFor(config, std::max<qint64>(q.maxLength, qint64(m_history.maxValue()))));
    m_gauge->setValue(length);
    m_gauge->setCounters(q.produced, q.consumed, length);
    const double spt = s.secondsPerTick;
    m_gauge->setCaption(spt > 0 ? tr("Simulated, t = %1 s (tick %2)")
                                      .arg(QString::number(simulatedNow(), 'f', 2))
                                      .arg(engine.now())
                                : tr("Simulated, t = %1").arg(engine.now()));

    std::vector<ProdConsRow> rows;
    for (int pid = 1; pid <= engine.processCount(); ++pid) {
        const Pcb& p = engine.pcb(pid);
        ProdConsRow row;
        row.name = engine.spec(pid).name;
        row.role =
            size_t(pid - 1) < m_roles.size() ? m_roles[size_t(pid - 1)] : ProducerConsumer::Role::Other;
        row.pid = pid;
        row.activity = ProducerConsumer::activity(row.role, p);
        row.count = row.role == ProducerConsumer::Role::Consumer ? p.consumed : p.produced;
        row.blocked = p.blockedCount;
        rows.push_back(row);
    }
    m_model->setRealMode(false);
    m_model->setRows(std::move(rows));

    qint64 inQueueSum = 0;
    for (const QueueItem& item : q.items)
        inQueueSum += item.seq;
    const QString sums =
        tr("produced %1 = consumed %2 + in queue %3; item numbers 1\u2026%1 add up to %4 = %5 + %6")
            .arg(q.produced)
            .arg(q.consumed)
            .arg(length)
            .arg(q.sumProducedSeq)
            .arg(q.sumConsumedSeq)
            .arg(inQueueSum);
    m_status->setText(q.conserved() ? tr("\u2714 Nothing lost or duplicated: %1").arg(sums)
                                    : tr("\u2718 Conservation broken: %1").arg(sums));
    m_chart->refresh(m_history, simulatedNow(), double(m_gauge->scaleMaximum()));
}

// --- real mode ------------------------------------------------------------------

void ProdConsPanel::setWorkerProgram(const QString& program)
{
    m_workerProgram = program;
}

void ProdConsPanel::setRealMode(bool real)
{
    if (real == m_realMode)
        return;
    if (!real && m_real && m_real->isRunning())
        m_real->stopNow();
    m_realMode = real;
    if (real)
        m_controller->pause();
    {
        const QSignalBlocker blocker(m_realButton);
        const QSignalBlocker other(m_simulatedButton);
        m_realButton->setChecked(real);
        m_simulatedButton->setChecked(!real);
    }
    m_model->setRealMode(real);
    m_chart->setTimeUnit(real || m_controller->scenario().secondsPerTick > 0 ? tr("s") : tr("ticks"));
    m_chart->setWindowLength(real || m_controller->scenario().secondsPerTick > 0 ? 30.0 : 3000.0);
    if (real && !m_real) {
        m_realStatus = tr("Press Start to run the exercise with real processes (the parameters below).");
        m_realHistory.clear();
    }
    updateEnabled();
    flush();
}

bool ProdConsPanel::startRealRun(QString* error)
{
    if (!m_realMode)
        setRealMode(true);
    if (m_real && m_real->isRunning())
        return false;
    const ProducerConsumerConfig config = formConfig();
    if (const auto problem = config.validate()) {
        m_controller->reportMessage(problem->text(), MessageKind::Warning);
        if (error)
            *error = problem->text();
        return false;
    }
    m_real = std::make_unique<prodcons::RealRun>();
    if (!m_workerProgram.isEmpty())
        m_real->setProgram(m_workerProgram);
    m_real->setSampleInterval(kFrameMs);
    connect(m_real.get(), &prodcons::RealRun::sampled, this, &ProdConsPanel::onRealSample);
    connect(m_real.get(), &prodcons::RealRun::finished, this, &ProdConsPanel::onRealFinished);
    connect(m_real.get(), &prodcons::RealRun::childDied, this,
            [this](int, const QString& text) { m_controller->reportMessage(text, MessageKind::Warning); });
    m_realHistory.clear();
    QString why;
    if (!m_real->start(config, m_duration->value(), &why)) {
        m_realStatus = tr("The real run could not start: %1").arg(why);
        m_controller->reportMessage(m_realStatus, MessageKind::Warning);
        m_real.reset();
        if (error)
            *error = why;
        updateEnabled();
        flush();
        return false;
    }
    QStringList pids;
    for (const prodcons::RealProcess& p : m_real->processes())
        pids << QStringLiteral("%1 = %2").arg(p.name).arg(p.pid);
    m_realStatus = tr("Running real processes: %1.").arg(pids.join(QLatin1String(", ")));
    m_controller->reportMessage(m_realStatus);
    updateEnabled();
    flush();
    return true;
}

void ProdConsPanel::stopRealRun()
{
    if (m_real && m_real->isRunning())
        m_real->stop();
}

void ProdConsPanel::onRealSample(double seconds, qint64 length)
{
    m_realHistory.add(seconds, double(length));
    if (m_realMode)
        scheduleFrame();
}

void ProdConsPanel::onRealFinished()
{
    const prodcons::RealResult& r = m_real->result();
    const QString sums =
        tr("produced %1 = consumed %2 + left %3; item numbers 1\u2026%4 add up to %5 = %6 + %7")
            .arg(r.produced)
            .arg(r.consumed)
            .arg(r.inQueue)
            .arg(r.queuePuts)
            .arg(r.expectedSeqSum)
            .arg(r.consumedSeqSum)
            .arg(r.inQueueSeqSum);
    QStringList lines;
    lines << (r.conserved ? tr("\u2714 Real run of %1 s: nothing lost or duplicated: %2")
                          : tr("\u2718 Real run of %1 s: items lost or duplicated: %2"))
                 .arg(QString::number(r.seconds, 'f', 2), sums);
    lines << ((r.allReaped && r.segmentRemoved)
                  ? tr("All %n child process(es) reaped; shared memory removed.", nullptr,
                       int(r.processes.size()))
                  : tr("Clean-up incomplete: children reaped: %1; shared memory removed: %2.")
                        .arg(r.allReaped ? tr("yes") : tr("no"), r.segmentRemoved ? tr("yes") : tr("no")));
    lines << r.events;
    m_realStatus = lines.join(QLatin1Char('\n'));
    m_controller->reportMessage(lines.first(), r.conserved ? MessageKind::Info : MessageKind::Warning);
    updateEnabled();
    flush();
    emit realRunFinished();
}

void ProdConsPanel::renderReal()
{
    const bool running = m_real && m_real->isRunning();
    const ProducerConsumerConfig config = m_real ? m_real->config() : formConfig();
    const qint64 length = m_real ? m_real->queueLength() : 0;
    const qint64 maxSeen =
        m_real ? std::max<qint64>(m_real->result().maxQueue, qint64(m_realHistory.maxValue())) : 0;
    m_gauge->setThresholds(config.lowThreshold, config.highThreshold);
    m_chart->setThresholds(config.lowThreshold, config.highThreshold);
    m_gauge->setScaleMaximum(scaleFor(config, maxSeen));
    m_gauge->setValue(length);
    m_gauge->setCounters(m_real ? m_real->produced() : 0, m_real ? m_real->consumed() : 0, length);
    const double now = m_real ? m_real->elapsedSeconds() : 0.0;
    m_gauge->setCaption(running ? tr("Real processes, %1 s").arg(QString::number(now, 'f', 1))
                                : tr("Real processes (stopped)"));

    std::vector<ProdConsRow> rows;
    if (m_real) {
        for (const prodcons::RealProcess& p : m_real->processes()) {
            ProdConsRow row;
            row.name = p.name;
            row.role = p.role == prodcons::WorkerRole::Producer ? ProducerConsumer::Role::Producer
                                                                : ProducerConsumer::Role::Consumer;
            row.pid = p.pid;
            row.activity = prodcons::activityOf(p.state);
            row.count = row.role == ProducerConsumer::Role::Producer ? p.produced : p.consumed;
            row.blocked = p.blocked;
            row.note = p.endText;
            rows.push_back(row);
        }
    }
    m_model->setRealMode(true);
    m_model->setRows(std::move(rows));
    m_status->setText(m_realStatus);
    m_chart->refresh(m_realHistory, now, double(m_gauge->scaleMaximum()));
}

void ProdConsPanel::updateEnabled()
{
    const bool running = m_real && m_real->isRunning();
    m_realTime->setVisible(!m_realMode && m_controller->scenario().secondsPerTick > 0);
    m_start->setVisible(m_realMode);
    m_stop->setVisible(m_realMode);
    m_duration->setVisible(m_realMode);
    m_durationLabel->setVisible(m_realMode);
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_duration->setEnabled(!running);
    m_simulatedButton->setEnabled(!running);
    m_realButton->setEnabled(!running);
    m_parameters->setEnabled(!running);
    m_load->setEnabled(!m_realMode);
}

QString ProdConsPanel::statusText() const
{
    return m_status->text();
}

} // namespace processlab
