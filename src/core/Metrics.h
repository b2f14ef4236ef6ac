#pragma once

#include "Engine.h"

#include <vector>

namespace processlab {

struct ProcessMetrics
{
    int pid = 0;
    QString name;
    Tick arrival = 0;
    Tick finish = -1;     // -1 while not terminated
    Tick turnaround = -1; // finish - arrival
    Tick waiting = -1;    // turnaround - cpuTime - ioTime
    Tick response = -1;   // first run - arrival; -1 if it never ran
    Tick cpuTime = 0;
    Tick ioTime = 0; // time spent Blocked
};

struct Averages
{
    double turnaround = 0;
    double waiting = 0;
    double response = 0;
};

// The numbers students check: computed from the engine after (or during) a
// run; averages are over terminated processes only.
struct Metrics
{
    QString policyLabel;
    std::vector<ProcessMetrics> processes;
    Averages averages;
    Tick makespan = 0;         // last finish - first arrival
    double cpuUtilization = 0; // run time / (cpus * makespan), 0..1
    double throughput = 0;     // finished processes per tick of makespan
    quint64 contextSwitches = 0;
    int finished = 0;

    static Metrics of(const Engine& engine);
};

} // namespace processlab
