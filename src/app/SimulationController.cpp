#include "SimulationController.h"

#include "core/PolicyRegistry.h"
#include "core/io/ScenarioFile.h"
#include "scenario/ExampleTitles.h"
#include "scenario/ManualMoveCommand.h"
#include "scenario/ScenarioCommands.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace processlab {

namespace {

Scenario defaultScenario(const QString& policyId)
{
    Scenario scenario;
    scenario.title = QCoreApplication::translate("SimulationController", "Untitled");
    if (PolicyRegistry::find(policyId))
        scenario.policy.name = policyId;
    ProcessSpec first;
    first.name = QStringLiteral("P1");
    first.program = programFromBursts({5});
    scenario.processes.push_back(first);
    return scenario;
}

QString uniqueName(const Scenario& scenario, const QString& base, int first)
{
    for (int n = first;; ++n) {
        QString name = base + QString::number(n);
        if (scenario.indexOf(name) < 0)
            return name;
    }
}
} // namespace

SimulationController::SimulationController(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<StepInfo>();
    m_scenario = defaultScenario(QString());
    m_savedScenario = m_scenario;
    m_engine = std::make_unique<Engine>(m_scenario);

    m_playTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_playTimer, &QTimer::timeout, this, &SimulationController::playTimeout);
    m_runTimer.setSingleShot(true);
    m_runTimer.setInterval(0);
    connect(&m_runTimer, &QTimer::timeout, this, &SimulationController::runChunk);
}

SimulationController::~SimulationController()
{
    m_playTimer.stop();
    m_runTimer.stop();
    // Commands refer to this object: delete them while it still exists,
    // without telling anyone (the views may be half destroyed).
    m_undoStack->blockSignals(true);
    delete m_undoStack;
    m_undoStack = nullptr;
}

QString SimulationController::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_exampleName.isEmpty())
        return m_exampleName;
    return tr("Untitled");
}

// --- document ---------------------------------------------------------------

void SimulationController::newScenario(const QString& policyId)
{
    setDocument(defaultScenario(policyId), QString(), QString());
    reportMessage(tr("New scenario."));
}

bool SimulationController::openFile(const QString& path, QString* error)
{
    const ScenarioLoad load = ScenarioFile::load(path);
    if (!load.ok()) {
        if (error)
            *error = load.errorText();
        reportMessage(load.errorText(), MessageKind::Warning);
        return false;
    }
    if (!setDocument(*load.scenario, QFileInfo(path).absoluteFilePath(), QString()))
        return false;
    reportMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SimulationController::openExample(const QString& resourcePath, QString* error)
{
    const ScenarioLoad load = ScenarioFile::load(resourcePath);
    if (!load.ok()) {
        if (error)
            *error = load.errorText();
        reportMessage(load.errorText(), MessageKind::Warning);
        return false;
    }
    QString name = exampleTitle(load.scenario->title.trimmed());
    if (name.isEmpty())
        name = QFileInfo(resourcePath).completeBaseName();
    if (!setDocument(*load.scenario, QString(), tr("%1 (example)").arg(name)))
        return false;
    reportMessage(tr("Opened the example \u201c%1\u201d.").arg(name));
    return true;
}

bool SimulationController::openScenario(const Scenario& scenario, const QString& name)
{
    return setDocument(scenario, QString(), name);
}

bool SimulationController::setDocument(const Scenario& scenario, const QString& path, const QString& name)
{
    if (const auto problem = scenario.validate()) {
        reportMessage(problem->text(), MessageKind::Warning);
        return false;
    }
    setMode(Mode::Paused);
    m_undoStack->clear();
    m_scenario = scenario;
    m_savedScenario = scenario;
    m_filePath = path;
    m_exampleName = name;
    rebuildEngine();
    m_modified = false;
    emit scenarioChanged();
    emit documentChanged();
    return true;
}

bool SimulationController::save(QString* error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The scenario has no file name yet.");
        return false;
    }
    return saveAs(m_filePath, error);
}

bool SimulationController::saveAs(const QString& path, QString* error)
{
    QString why;
    if (!ScenarioFile::save(m_scenario, path, &why)) {
        if (error)
            *error = why;
        reportMessage(why, MessageKind::Warning);
        return false;
    }
    m_savedScenario = m_scenario;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_exampleName.clear();
    m_modified = false;
    emit documentChanged();
    reportMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SimulationController::updateModified()
{
    const bool modified = !(m_scenario == m_savedScenario);
    if (modified != m_modified) {
        m_modified = modified;
        emit documentChanged();
    }
}

// --- engine -----------------------------------------------------------------

void SimulationController::rebuildEngine()
{
    m_engine = std::make_unique<Engine>(m_scenario);
    ++m_generation;
}

void SimulationController::applyScenario(const Scenario& scenario)
{
    setMode(Mode::Paused);
    m_scenario = scenario;
    rebuildEngine();
    emit scenarioChanged();
    updateModified();
}

void SimulationController::notifyStepped(int changesBefore, bool backward, int animationMs)
{
    StepInfo info;
    info.backward = backward;
    info.changesTo = changeCount();
    info.changesFrom = backward ? info.changesTo : std::min(changesBefore, info.changesTo);
    info.animationMs = backward ? 0 : animationMs;
    emit stateChanged(info);
    // The step that broke an invariant succeeded; say at once that the run stopped.
    if (!m_engine->invariantViolation().isEmpty()) {
        setMode(Mode::Paused);
        reportEndOfRun();
    }
}

void SimulationController::reportMessage(const QString& text, MessageKind kind)
{
    emit message(text, kind);
}

void SimulationController::purgeStaleMoves()
{
    while (m_undoStack->index() > 0) {
        const auto* move =
            dynamic_cast<const ManualMoveCommand*>(m_undoStack->command(m_undoStack->index() - 1));
        if (!move || !move->isStale())
            break;
        m_undoStack->undo(); // a stale move marks itself obsolete and is removed
    }
}

// --- undo ---

void SimulationController::undo()
{
    setMode(Mode::Paused);
    purgeStaleMoves();
    if (!m_undoStack->canUndo())
        return;
    m_undoStack->undo();
    purgeStaleMoves();
}

void SimulationController::redo()
{
    setMode(Mode::Paused);
    while (m_undoStack->canRedo()) {
        const int count = m_undoStack->count();
        m_undoStack->redo();
        if (m_undoStack->count() == count)
            break; // done; a stale move removed itself, so try the next one
    }
}

// --- manual moves -----------------------------------------------------------

TransitionResult SimulationController::checkMove(int pid, ProcessState target) const
{
    return m_engine->checkTransition(pid, target);
}

TransitionResult SimulationController::moveProcess(int pid, ProcessState target, int cpu)
{
    TransitionResult check = m_engine->checkTransition(pid, target); // returned: not const, so it moves
    if (!check.ok) {
        reportMessage(check.reason.text(), MessageKind::Warning);
        return check;
    }
    purgeStaleMoves();
    const size_t changesBefore = m_engine->trace().changes.size();
    auto* command = new ManualMoveCommand(this, pid, target, cpu);
    m_undoStack->push(command); // runs redo(); deleted at once if refused
    const std::vector<StateChange>& changes = m_engine->trace().changes;
    for (size_t i = changesBefore; i < changes.size(); ++i) {
        const StateChange& change = changes[i];
        if (change.manual && change.pid == pid) {
            reportMessage(tr("%1: %2 \u2192 %3 (%4), moved by hand at t = %5.")
                              .arg(m_engine->spec(pid).name, stateName(change.from), stateName(change.to),
                                   causeName(change.cause))
                              .arg(change.time));
            break;
        }
    }
    return check;
}

// --- scenario edits ---------------------------------------------------------

bool SimulationController::validateCandidate(const Scenario& candidate, QString* error)
{
    if (const auto problem = candidate.validate()) {
        const QString text = problem->text();
        if (error)
            *error = text;
        reportMessage(text, MessageKind::Warning);
        return false;
    }
    return true;
}

bool SimulationController::pushScenarioCommand(QUndoCommand* command)
{
    setMode(Mode::Paused);
    m_undoStack->push(command);
    return true;
}

bool SimulationController::editProcess(int index, const ProcessSpec& spec, const UndoText& undoText,
                                       QString* error)
{
    if (index < 0 || size_t(index) >= m_scenario.processes.size())
        return false;
    const ProcessSpec& before = m_scenario.processes[size_t(index)];
    if (before == spec)
        return true;
    Scenario candidate = m_scenario;
    candidate.processes[size_t(index)] = spec;
    if (!validateCandidate(candidate, error))
        return false;
    return pushScenarioCommand(new EditProcessCommand(this, index, before, spec, undoText));
}

bool SimulationController::addProcess(QString* error)
{
    ProcessSpec spec;
    spec.name = uniqueName(m_scenario, QStringLiteral("P"), int(m_scenario.processes.size()) + 1);
    spec.arrival = 0;
    spec.program = programFromBursts({5});
    Scenario candidate = m_scenario;
    candidate.processes.push_back(spec);
    if (!validateCandidate(candidate, error))
        return false;
    return pushScenarioCommand(new InsertProcessCommand(
        this, int(m_scenario.processes.size()), spec, [name = spec.name] { return tr("Add %1").arg(name); }));
}

bool SimulationController::duplicateProcess(int index, QString* error)
{
    if (index < 0 || size_t(index) >= m_scenario.processes.size())
        return false;
    ProcessSpec spec = m_scenario.processes[size_t(index)];
    const QString original = spec.name;
    spec.name = uniqueName(m_scenario, original + QLatin1Char('-'), 2);
    Scenario candidate = m_scenario;
    candidate.processes.insert(candidate.processes.begin() + index + 1, spec);
    if (!validateCandidate(candidate, error))
        return false;
    return pushScenarioCommand(new InsertProcessCommand(
        this, index + 1, spec, [original] { return tr("Duplicate %1").arg(original); }));
}

bool SimulationController::removeProcesses(const std::vector<int>& indices, QString* error)
{
    std::vector<int> sorted = indices;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::vector<std::pair<int, ProcessSpec>> removed;
    Scenario candidate = m_scenario;
    for (auto it = sorted.rbegin(); it != sorted.rend(); ++it) {
        if (*it >= 0 && size_t(*it) < candidate.processes.size())
            candidate.processes.erase(candidate.processes.begin() + *it);
    }
    for (int index : sorted) {
        if (index >= 0 && size_t(index) < m_scenario.processes.size())
            removed.emplace_back(index, m_scenario.processes[size_t(index)]);
    }
    if (removed.empty())
        return false;
    if (!validateCandidate(candidate, error))
        return false;
    return pushScenarioCommand(new RemoveProcessesCommand(this, std::move(removed)));
}

bool SimulationController::setPolicy(const PolicyConfig& policy, int cpus, Tick contextSwitch, QString* error)
{
    if (policy == m_scenario.policy && cpus == m_scenario.cpus && contextSwitch == m_scenario.contextSwitch)
        return true;
    Scenario candidate = m_scenario;
    candidate.policy = policy;
    candidate.cpus = cpus;
    candidate.contextSwitch = contextSwitch;
    if (!validateCandidate(candidate, error))
        return false;
    PolicySettings before{m_scenario.policy, m_scenario.cpus, m_scenario.contextSwitch};
    PolicySettings after{policy, cpus, contextSwitch};
    return pushScenarioCommand(new ChangePolicyCommand(this, std::move(before), std::move(after)));
}

bool SimulationController::replaceProcesses(const std::vector<ProcessSpec>& processes,
                                            const UndoText& undoText, QString* error)
{
    Scenario candidate = m_scenario;
    candidate.processes = processes;
    if (!validateCandidate(candidate, error))
        return false;
    return pushScenarioCommand(new ReplaceProcessesCommand(this, m_scenario.processes, processes, undoText));
}

bool SimulationController::setProperties(const ScenarioProperties& properties, QString* error)
{
    const ScenarioProperties before = ScenarioProperties::of(m_scenario);
    if (properties == before)
        return true;
    Scenario candidate = m_scenario;
    properties.applyTo(&candidate);
    if (!validateCandidate(candidate, error))
        return false;
    return pushScenarioCommand(new ChangePropertiesCommand(this, before, properties));
}

void SimulationController::retranslateUndoTexts()
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        // Ours to change: the stack hands them out as const only.
        if (auto* command =
                dynamic_cast<TranslatedUndoCommand*>(const_cast<QUndoCommand*>(m_undoStack->command(i))))
            command->retranslate();
    }
}

} // namespace processlab
