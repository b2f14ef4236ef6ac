#pragma once

#include <QIcon>
#include <QObject>

class QAction;
class QLabel;
class QSlider;
class QWidget;

namespace processlab {

class SimulationController;

struct PlaybackActions
{
    QAction* play = nullptr;
    QAction* stepEvent = nullptr;
    QAction* stepTick = nullptr;
    QAction* stepBack = nullptr;
    QAction* runToEnd = nullptr;
    QAction* reset = nullptr;
};

// Binds the playback actions to the controller (with their shortcuts: Space,
// Right/PageDown, Left/PageUp, Home), keeps them enabled as the run allows,
// and provides the speed slider and the time display.
class PlaybackControls : public QObject
{
    Q_OBJECT

public:
    PlaybackControls(SimulationController* controller, const PlaybackActions& actions, QWidget* widgetParent);

    QWidget* speedWidget() const { return m_speedWidget; }
    // The time, in bold, and what comes next ("t = 3 · next event at 5").
    QWidget* timeDisplay() const { return m_time; }
    void retranslate();

    // The slider's logarithmic scale: position 0..1000 <-> 0.25..200 ticks/s.
    static double speedAt(int position);
    static int positionOf(double speed);

private:
    void updateActions();
    void updateTime();
    void updateSpeedLabel();

    SimulationController* m_controller;
    PlaybackActions m_actions;
    QWidget* m_speedWidget;
    QLabel* m_speedTitle;
    QSlider* m_slider;
    QLabel* m_speedValue;
    QWidget* m_time;
    QLabel* m_clock;
    QLabel* m_next;
    QIcon m_playIcon; // the form's
    QIcon m_pauseIcon;
    bool m_showsPause = false;
};

} // namespace processlab
