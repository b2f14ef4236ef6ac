#pragma once

#include "core/Engine.h"
#include "core/Scenario.h"
#include "scenario/ScenarioProperties.h"
#include "scenario/TranslatedUndoCommand.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

class QUndoStack;
class QUndoCommand;

namespace processlab {

// What one update of the simulation did, for views that animate it: the
// trace's state changes [changesFrom, changesTo) are new. Backward updates
// (step back, undo) only ever shrink the trace.
struct StepInfo
{
    int changesFrom = 0;
    int changesTo = 0;
    bool backward = false;
    int animationMs = 0; // 0: views snap to the new state
};

enum class MessageKind
{
    Info,
    Warning
};

// The one facade between the core and the views. It owns the scenario, the
// engine that runs it, the file it came from and the undo stack. Views read
// through engine()/scenario() when told something changed, and act only
// through the commands below; nothing else changes the engine.
class SimulationController : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.25; // ticks per second
    static constexpr double kMaxSpeed = 200.0;

    enum class Mode
    {
        Paused,
        Playing,
        RunningToEnd
    };

    explicit SimulationController(QObject* parent = nullptr);
    ~SimulationController() override;

    // --- observation -------------------------------------------------------
    const Engine& engine() const { return *m_engine; }
    const Scenario& scenario() const { return m_scenario; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    // The file name, the example's name, or "Untitled".
    QString displayName() const;
    bool isModified() const { return m_modified; }
    Mode mode() const { return m_mode; }
    bool isPlaying() const { return m_mode != Mode::Paused; }
    double speed() const { return m_speed; }
    bool hasManualMoves() const { return m_engine->state().manualMoves > 0; }
    // Bumped every time the engine is rebuilt or reset: the run it counted
    // is gone (manual-move undo commands of older generations are stale).
    quint64 generation() const { return m_generation; }

    // --- document ----------------------------------------------------------
    // A fresh scenario with one process, using `policyId` when it is known.
    void newScenario(const QString& policyId = QString());
    // On failure nothing changes and *error holds the loader's message.
    bool openFile(const QString& path, QString* error);
    // A scenario shipped as a resource: opened untitled, saved with Save As.
    bool openExample(const QString& resourcePath, QString* error);
    // A scenario built in memory (a generator, a test), opened untitled and
    // unmodified under `name`; false (nothing changes) when it is invalid.
    bool openScenario(const Scenario& scenario, const QString& name);
    bool save(QString* error);
    bool saveAs(const QString& path, QString* error);

    // --- manual moves (drag and drop) ---------------------------------------
    TransitionResult checkMove(int pid, ProcessState target) const;
    // Carries out a legal move as one undoable command; a refused move
    // changes nothing and reports the core's reason.
    TransitionResult moveProcess(int pid, ProcessState target, int cpu = -1);

    // --- scenario edits: each is one undo command; false and a message that
    // says what and where when the result would be invalid ------------------
    bool editProcess(int index, const ProcessSpec& spec, const UndoText& undoText, QString* error = nullptr);
    bool addProcess(QString* error = nullptr);
    bool duplicateProcess(int index, QString* error = nullptr);
    bool removeProcesses(const std::vector<int>& indices, QString* error = nullptr);
    bool setPolicy(const PolicyConfig& policy, int cpus, Tick contextSwitch, QString* error = nullptr);
    bool replaceProcesses(const std::vector<ProcessSpec>& processes, const UndoText& undoText,
                          QString* error = nullptr);
    bool setProperties(const ScenarioProperties& properties, QString* error = nullptr);
    // Makes the undo commands' texts again in the language installed now.
    void retranslateUndoTexts();

    // --- used by the undo commands only --------------------------------------
    // Replaces the scenario and restarts the run at time 0.
    void applyScenario(const Scenario& scenario);
    Engine& mutableEngine() { return *m_engine; }
    // Tells the views the engine moved; `changesBefore` is the trace's change
    // count before the update.
    void notifyStepped(int changesBefore, bool backward, int animationMs);
    void reportMessage(const QString& text, MessageKind kind = MessageKind::Info);

public slots:
    void play();
    void pause();
    void togglePlay();
    bool stepEvent();
    bool stepTick();
    bool stepBack();
    void runToEnd();
    void reset();
    void setSpeed(double ticksPerSecond);
    void undo();
    void redo();

signals:
    // The scenario (and so the engine) was replaced: views rebuild.
    void scenarioChanged();
    // The run moved (a step, a manual move, step back, reset).
    void stateChanged(const processlab::StepInfo& info);
    void playingChanged(bool playing);
    void speedChanged(double ticksPerSecond);
    // The file path, display name or modified flag changed.
    void documentChanged();
    void message(const QString& text, processlab::MessageKind kind);

private:
    bool setDocument(const Scenario& scenario, const QString& path, const QString& name);
    bool validateCandidate(const Scenario& candidate, QString* error);
    void rebuildEngine();
    void updateModified();
    void setMode(Mode mode);
    void playTimeout();
    void runChunk();
    void reportEndOfRun();
    void purgeStaleMoves();
    bool pushScenarioCommand(QUndoCommand* command);
    int changeCount() const { return int(m_engine->trace().changes.size()); }
    int stepAnimationMs() const;

    Scenario m_scenario;
    Scenario m_savedScenario;
    std::unique_ptr<Engine> m_engine;
    QUndoStack* m_undoStack = nullptr;
    QString m_filePath;
    QString m_exampleName;
    bool m_modified = false;
    quint64 m_generation = 0;

    Mode m_mode = Mode::Paused;
    double m_speed = 2.0;
    QTimer m_playTimer;
    QElapsedTimer m_playClock;
    double m_ticksDue = 0;
    QTimer m_runTimer;
    QElapsedTimer m_sinceRunUpdate;
    int m_runChangesBefore = 0;
    qint64 m_runChunk = 64;
    Tick m_runLimit = -1; // run to end stops here for programs that loop forever; -1 = none
};

} // namespace processlab

Q_DECLARE_METATYPE(processlab::StepInfo)
