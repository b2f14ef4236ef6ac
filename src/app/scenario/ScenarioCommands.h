#pragma once

#include "ScenarioProperties.h"
#include "TranslatedUndoCommand.h"
#include "core/Scenario.h"

#include <utility>
#include <vector>

namespace processlab {

class SimulationController;

// One undo command per kind of scenario edit. Each keeps only what it changes
// and applies it through SimulationController::applyScenario, which restarts
// the run at time 0.

class EditProcessCommand : public TranslatedUndoCommand
{
public:
    EditProcessCommand(SimulationController* controller, int index, ProcessSpec before, ProcessSpec after,
                       UndoText text);
    void undo() override;
    void redo() override;

private:
    void apply(const ProcessSpec& spec);
    SimulationController* m_controller;
    int m_index;
    ProcessSpec m_before;
    ProcessSpec m_after;
};

// Add and duplicate: a new process at `index`.
class InsertProcessCommand : public TranslatedUndoCommand
{
public:
    InsertProcessCommand(SimulationController* controller, int index, ProcessSpec spec, UndoText text);
    void undo() override;
    void redo() override;

private:
    SimulationController* m_controller;
    int m_index;
    ProcessSpec m_spec;
};

class RemoveProcessesCommand : public TranslatedUndoCommand
{
public:
    // `removed` sorted by index, ascending.
    RemoveProcessesCommand(SimulationController* controller,
                           std::vector<std::pair<int, ProcessSpec>> removed);
    void undo() override;
    void redo() override;

private:
    SimulationController* m_controller;
    std::vector<std::pair<int, ProcessSpec>> m_removed;
};

struct PolicySettings
{
    PolicyConfig policy;
    int cpus = 1;
    Tick contextSwitch = 0;
};

class ChangePolicyCommand : public TranslatedUndoCommand
{
public:
    ChangePolicyCommand(SimulationController* controller, PolicySettings before, PolicySettings after);
    void undo() override;
    void redo() override;

private:
    void apply(const PolicySettings& settings);
    SimulationController* m_controller;
    PolicySettings m_before;
    PolicySettings m_after;
};

// Edit > Scenario Properties: title, memory pool, tie rule, MLFQ options.
class ChangePropertiesCommand : public TranslatedUndoCommand
{
public:
    ChangePropertiesCommand(SimulationController* controller, ScenarioProperties before,
                            ScenarioProperties after);
    void undo() override;
    void redo() override;

private:
    void apply(const ScenarioProperties& properties);
    SimulationController* m_controller;
    ScenarioProperties m_before;
    ScenarioProperties m_after;
};

// A generated workload replaces the process list.
class ReplaceProcessesCommand : public TranslatedUndoCommand
{
public:
    ReplaceProcessesCommand(SimulationController* controller, std::vector<ProcessSpec> before,
                            std::vector<ProcessSpec> after, UndoText text);
    void undo() override;
    void redo() override;

private:
    SimulationController* m_controller;
    std::vector<ProcessSpec> m_before;
    std::vector<ProcessSpec> m_after;
};

} // namespace processlab
