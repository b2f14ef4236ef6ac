#pragma once

#include "Simulation.h"

#include <QJsonObject>
#include <QString>

namespace processlab::cli {

// The output of `run`: a JSON object or readable tables, from one result.
class RunReport
{
public:
    // {scenario, policy, policyLabel, cpus, contextSwitch, makespan,
    //  cpuUtilization, throughput, contextSwitches, processes[], averages{}, slices[]}
    static QJsonObject json(const SimulationResult& result);
    // {turnaround, waiting, response}
    static QJsonObject averagesJson(const Averages& averages);
    static QString text(const SimulationResult& result, const QString& file);

    // Number formats shared by the text outputs.
    static QString fixed(double value, int decimals);
    static QString percent(double ratio);
};

} // namespace processlab::cli
