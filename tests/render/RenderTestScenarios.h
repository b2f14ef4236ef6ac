#pragma once

#include "core/Engine.h"
#include "core/Scenario.h"

#include <QString>

#include <memory>
#include <vector>

// Scenarios built in code for the render tests.
namespace RenderTestScenarios {

using processlab::ProcessSpec;
using processlab::Scenario;
using processlab::Tick;

inline void addProcess(Scenario& s, const QString& name, Tick arrival, const std::vector<Tick>& bursts)
{
    ProcessSpec p;
    p.name = name;
    p.arrival = arrival;
    p.program = processlab::programFromBursts(bursts);
    s.processes.push_back(p);
}

// One CPU, RR q=4, a switch cost of 1 and an I/O burst: run, switch and idle-free.
inline Scenario roundRobin()
{
    Scenario s;
    s.title = QStringLiteral("Round robin with I/O");
    s.contextSwitch = 1;
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = 4;
    addProcess(s, QStringLiteral("P1"), 0, {8, 4, 3});
    addProcess(s, QStringLiteral("P2"), 1, {4});
    addProcess(s, QStringLiteral("P3"), 2, {9});
    addProcess(s, QStringLiteral("P4"), 3, {5});
    return s;
}

// Two CPUs, SRTF: idle gaps, preemption, I/O, a Chinese and a quoted name.
inline Scenario twoCpus()
{
    Scenario s;
    s.title = QStringLiteral("Two CPUs, SRTF");
    s.cpus = 2;
    s.contextSwitch = 1;
    s.policy.name = QStringLiteral("srtf");
    addProcess(s, QStringLiteral("编辑器"), 0, {7, 3, 2});
    addProcess(s, QStringLiteral("Compiler, \"cc\""), 1, {12});
    addProcess(s, QStringLiteral("P3"), 2, {3});
    addProcess(s, QStringLiteral("P4"), 4, {6, 2, 4});
    addProcess(s, QStringLiteral("P5"), 5, {2});
    addProcess(s, QStringLiteral("P6"), 9, {5});
    return s;
}

// Many short RR slices of varied lengths on `cpus` CPUs (deterministic).
inline Scenario many(int processes, int cpus, Tick quantum = 3)
{
    Scenario s;
    s.title = QStringLiteral("Many slices");
    s.cpus = cpus;
    s.contextSwitch = 1;
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = quantum;
    quint32 seed = 12345;
    auto next = [&seed](int mod) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 16) % quint32(mod));
    };
    for (int i = 0; i < processes; ++i) {
        std::vector<Tick> bursts;
        const int cpuBursts = 1 + next(3);
        for (int b = 0; b < cpuBursts; ++b) {
            if (b > 0)
                bursts.push_back(1 + next(20));
            bursts.push_back(1 + next(40));
        }
        addProcess(s, QStringLiteral("P%1").arg(i + 1), Tick(next(processes * 4 + 1)), bursts);
    }
    return s;
}

inline std::unique_ptr<processlab::Engine> run(const Scenario& scenario)
{
    auto engine = std::make_unique<processlab::Engine>(scenario);
    engine->setHistoryEnabled(false);
    engine->run();
    return engine;
}

} // namespace RenderTestScenarios
