#pragma once

#include "Simulation.h"

#include <QString>

namespace processlab::cli {

// A one-line-per-CPU Gantt chart in text:
//   CPU0 | P1 0-4 | switch>P2 4-5 | P2 5-8 | idle 8-10 | P3 10-12 |
// Run slices show the process and [start, end); context-switch slices show
// the process being loaded; gaps show as idle up to the end of the run.
class TextGantt
{
public:
    static QString render(const SimulationResult& result);
    static QString legend();
};

} // namespace processlab::cli
