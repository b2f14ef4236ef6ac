#pragma once

#include "core/Scenario.h"

#include <vector>

namespace processlab {

// The parameters of a random workload; the same parameters and seed always
// give the same processes.
struct WorkloadParameters
{
    int count = 8;
    quint32 seed = 1;
    Tick maxArrival = 20; // arrivals uniform in [0, maxArrival]
    int minCpuBursts = 1; // CPU bursts per process
    int maxCpuBursts = 3;
    Tick minCpu = 2; // CPU burst length
    Tick maxCpu = 10;
    Tick minIo = 2; // I/O burst length
    Tick maxIo = 8;
    int minPriority = 0;
    int maxPriority = 5;
};

std::vector<ProcessSpec> generateWorkload(const WorkloadParameters& parameters);

} // namespace processlab
