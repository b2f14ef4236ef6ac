#pragma once

#include "core/Metrics.h"
#include "core/Scenario.h"
#include "core/Trace.h"

#include <QStringList>

#include <vector>

namespace processlab::cli {

// What a command reports about one simulated run.
struct SimulationResult
{
    Scenario scenario;
    Metrics metrics;
    Trace trace;       // the whole trace: slices (cpu, pid, start, end, kind) and state changes
    QStringList names; // names[pid - 1]
    Tick end = 0;      // the instant the run ended
};

// Runs a valid scenario to the end with no step-back history. Throws
// CliError: bad input for the manual policy (nobody to move processes) and
// for a run still going after kMaxRepeatingEvents events of a scenario whose
// programs jump back (such as the producer-consumer exercise, which loops
// forever by design); internal failure if the engine stops before every
// process terminated.
class Simulation
{
public:
    // Without a jump back no program runs forever, so those scenarios have no limit.
    static constexpr qint64 kMaxRepeatingEvents = 1000000;

    static SimulationResult run(const Scenario& scenario);
};

} // namespace processlab::cli
