#pragma once

#include "QueueHistory.h"
#include "core/ProducerConsumer.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QScrollArea;
class QSplitter;
class QToolButton;
class QTableView;
class QFormLayout;

namespace processlab {

namespace prodcons {
class RealRun;
}

class SimulationController;
class QueueGauge;
class QueueChart;
class ProdConsProcessModel;
struct StepInfo;

// The producer-consumer lab (issue #5): the exercise's parameters, a large
// live gauge of the queue length, what each producer and consumer is doing
// with its own count, and a chart of the queue length over time. Simulated
// mode follows the controller's engine (play, step, step back, drag); real
// mode runs the exercise with real OS processes (prodcons::RealRun) and
// shows their queue, counts and PIDs live.
class ProdConsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kFrameMs = 25; // at most 40 repaints a second, whatever the speed

    explicit ProdConsPanel(SimulationController* controller, QWidget* parent = nullptr);
    ~ProdConsPanel() override;

    // --- parameters -------------------------------------------------------
    ProducerConsumerConfig formConfig() const;
    void setFormConfig(const ProducerConsumerConfig& config);
    // Sets the scenario to the exercise built from the form, as one undoable
    // edit; false (with the reason reported) when a parameter is out of range.
    bool loadExercise();

    // --- modes ----------------------------------------------------------------
    bool isRealMode() const { return m_realMode; }
    void setRealMode(bool real);
    // The executable the real mode starts in worker mode (default: this one).
    void setWorkerProgram(const QString& program);
    bool startRealRun(QString* error = nullptr);
    void stopRealRun();
    prodcons::RealRun* realRun() const { return m_real.get(); }

    // --- for tests and the main window ---------------------------------------
    QueueGauge* gauge() const { return m_gauge; }
    QueueChart* chart() const { return m_chart; }
    ProdConsProcessModel* processModel() const { return m_model; }
    QTableView* processView() const { return m_table; }
    const QueueHistory& history() const { return m_realMode ? m_realHistory : m_history; }
    QString statusText() const;
    int frameCount() const { return m_frames; }
    // Brings every view up to date now instead of at the next frame.
    void flush();
    // The scenario has a queue the gauge can show.
    bool hasExercise() const;

signals:
    void realRunFinished();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void onScenarioChanged();
    void onStateChanged(const StepInfo& info);
    void scheduleFrame();
    void renderFrame();
    void renderSimulated();
    void renderReal();
    void onRealSample(double seconds, qint64 length);
    void onRealFinished();
    void updateEnabled();
    double simulatedNow() const;
    qint64 scaleFor(const ProducerConsumerConfig& config, qint64 seen) const;

    SimulationController* m_controller;
    std::vector<ProducerConsumer::Role> m_roles;
    QueueHistory m_history;
    QueueHistory m_realHistory;
    bool m_realMode = false;
    std::unique_ptr<prodcons::RealRun> m_real;
    QString m_workerProgram;
    QString m_realStatus;
    QTimer m_frameTimer;
    int m_frames = 0;

    QRadioButton* m_simulatedButton = nullptr;
    QRadioButton* m_realButton = nullptr;
    QLabel* m_durationLabel = nullptr;
    QDoubleSpinBox* m_duration = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_realTime = nullptr;
    QToolButton* m_showParameters = nullptr;
    QScrollArea* m_parameterArea = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_topSplitter = nullptr;
    QueueGauge* m_gauge = nullptr;
    QTableView* m_table = nullptr;
    ProdConsProcessModel* m_model = nullptr;
    QueueChart* m_chart = nullptr;
    QCheckBox* m_wholeRun = nullptr;
    QLabel* m_status = nullptr;
    QGroupBox* m_parameters = nullptr;
    QFormLayout* m_form = nullptr;
    QSpinBox* m_producers = nullptr;
    QSpinBox* m_consumers = nullptr;
    QSpinBox* m_low = nullptr;
    QSpinBox* m_high = nullptr;
    QSpinBox* m_produceBatch = nullptr;
    QSpinBox* m_consumeBatch = nullptr;
    QDoubleSpinBox* m_producerPause = nullptr;
    QDoubleSpinBox* m_consumerPause = nullptr;
    QSpinBox* m_capacity = nullptr;
    QSpinBox* m_produceCost = nullptr;
    QSpinBox* m_consumeCost = nullptr;
    QDoubleSpinBox* m_tickMs = nullptr;
    QPushButton* m_load = nullptr;
    QPushButton* m_defaults = nullptr;
};

} // namespace processlab
