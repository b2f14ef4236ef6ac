#include "PlaybackControls.h"

#include "SimulationController.h"
#include "SvgIconEngine.h"

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSlider>

#include <cmath>

namespace processlab {

namespace {
constexpr int kSliderMax = 1000;
}

double PlaybackControls::speedAt(int position)
{
    const double ratio = SimulationController::kMaxSpeed / SimulationController::kMinSpeed;
    return SimulationController::kMinSpeed * std::pow(ratio, double(position) / kSliderMax);
}

int PlaybackControls::positionOf(double speed)
{
    const double ratio = SimulationController::kMaxSpeed / SimulationController::kMinSpeed;
    const double position = std::log(speed / SimulationController::kMinSpeed) / std::log(ratio) * kSliderMax;
    return std::clamp(int(std::lround(position)), 0, kSliderMax);
}

PlaybackControls::PlaybackControls(SimulationController* controller, const PlaybackActions& actions,
                                   QWidget* widgetParent)
    : QObject(widgetParent), m_controller(controller), m_actions(actions),
      m_speedWidget(new QWidget(widgetParent)), m_speedTitle(new QLabel(m_speedWidget)),
      m_slider(new QSlider(Qt::Horizontal, m_speedWidget)), m_speedValue(new QLabel(m_speedWidget)),
      m_time(new QWidget(widgetParent)), m_clock(new QLabel(m_time)), m_next(new QLabel(m_time))
{
    m_speedWidget->setObjectName(QStringLiteral("speedControl"));
    m_speedWidget->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_slider->setObjectName(QStringLiteral("speedSlider"));
    m_slider->setRange(0, kSliderMax);
    m_slider->setFixedWidth(140);
    m_speedValue->setObjectName(QStringLiteral("speedLabel"));
    m_speedValue->setMinimumWidth(
        m_speedValue->fontMetrics().horizontalAdvance(QStringLiteral("200 ticks/s ")));
    auto* layout = new QHBoxLayout(m_speedWidget);
    layout->setContentsMargins(8, 0, 4, 0);
    layout->addWidget(m_speedTitle);
    layout->addWidget(m_slider);
    layout->addWidget(m_speedValue);

    // Two plain labels, not one in rich text: a text document to lay out on
    // every step (and before the first frame) for one bold word.
    m_time->setObjectName(QStringLiteral("timeDisplay"));
    m_clock->setObjectName(QStringLiteral("timeClock"));
    m_next->setObjectName(QStringLiteral("timeNext"));
    for (QLabel* label : {m_clock, m_next})
        label->setTextFormat(Qt::PlainText);
    QFont bold; // only the weight: size and family follow the window (presentation mode)
    bold.setBold(true);
    m_clock->setFont(bold);
    auto* timeLayout = new QHBoxLayout(m_time);
    timeLayout->setContentsMargins(10, 0, 10, 0);
    timeLayout->setSpacing(0);
    timeLayout->addWidget(m_clock);
    timeLayout->addWidget(m_next);

    actions.play->setShortcuts({QKeySequence(Qt::Key_Space)});
    actions.stepEvent->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    actions.stepBack->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    actions.reset->setShortcuts({QKeySequence(Qt::Key_Home)});
    actions.runToEnd->setShortcuts({QKeySequence(Qt::Key_End)});
    actions.stepTick->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_Right)});

    connect(actions.play, &QAction::triggered, controller, &SimulationController::togglePlay);
    connect(actions.stepEvent, &QAction::triggered, controller, &SimulationController::stepEvent);
    connect(actions.stepTick, &QAction::triggered, controller, &SimulationController::stepTick);
    connect(actions.stepBack, &QAction::triggered, controller, &SimulationController::stepBack);
    connect(actions.runToEnd, &QAction::triggered, controller, &SimulationController::runToEnd);
    connect(actions.reset, &QAction::triggered, controller, &SimulationController::reset);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        m_controller->setSpeed(speedAt(position));
        updateSpeedLabel();
    });
    connect(controller, &SimulationController::speedChanged, this, [this](double speed) {
        if (std::abs(speedAt(m_slider->value()) - speed) > 1e-6 * speed) {
            const QSignalBlocker blocker(m_slider);
            m_slider->setValue(positionOf(speed));
        }
        updateSpeedLabel();
    });
    connect(controller, &SimulationController::stateChanged, this, [this] {
        updateActions();
        updateTime();
    });
    connect(controller, &SimulationController::scenarioChanged, this, [this] {
        updateActions();
        updateTime();
    });
    connect(controller, &SimulationController::playingChanged, this, &PlaybackControls::updateActions);

    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(positionOf(controller->speed()));
    }
    retranslate();
}

void PlaybackControls::retranslate()
{
    m_speedTitle->setText(tr("Speed:"));
    m_slider->setToolTip(tr("Playback speed, from 0.25 to 200 ticks per second."));
    updateSpeedLabel();
    updateActions();
    updateTime();
}

void PlaybackControls::updateSpeedLabel()
{
    const double speed = m_controller->speed();
    const QString number =
        speed < 10 ? QString::number(speed, 'f', speed < 1 ? 2 : 1) : QString::number(std::lround(speed));
    m_speedValue->setText(tr("%1 ticks/s").arg(number));
}

void PlaybackControls::updateActions()
{
    const Engine& engine = m_controller->engine();
    const bool playing = m_controller->isPlaying();
    const bool finished = engine.finished();
    if (playing != m_showsPause) {
        // Made once each, set on a change: a new icon would draw its SVG again.
        if (m_pauseIcon.isNull()) {
            m_playIcon = m_actions.play->icon();
            m_pauseIcon = SvgIconEngine::icon(QStringLiteral(":/icons/pause.svg"));
        }
        m_actions.play->setIcon(playing ? m_pauseIcon : m_playIcon);
        m_showsPause = playing;
    }
    m_actions.play->setText(playing ? tr("Pause") : tr("Play"));
    m_actions.play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_actions.play->setEnabled(playing || !finished);
    m_actions.stepEvent->setEnabled(!finished);
    m_actions.stepTick->setEnabled(!finished);
    m_actions.runToEnd->setEnabled(!finished &&
                                   m_controller->mode() != SimulationController::Mode::RunningToEnd);
    m_actions.stepBack->setEnabled(engine.canStepBack());
    m_actions.reset->setEnabled(engine.stepCount() > 0 || engine.now() > 0);
}

void PlaybackControls::updateTime()
{
    const Engine& engine = m_controller->engine();
    m_clock->setText(tr("t = %1").arg(engine.now()));
    QString next;
    if (engine.finished())
        next = tr("finished");
    else if (const auto at = engine.nextEventTime())
        next = tr("next event at %1").arg(*at);
    else
        next = tr("waiting for a manual move");
    m_next->setText(QStringLiteral(" \u00b7 ") + next);
}

} // namespace processlab
