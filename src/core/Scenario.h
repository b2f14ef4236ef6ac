#pragma once

#include "Message.h"
#include "Operation.h"
#include "ProducerConsumer.h"

#include <QString>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace processlab {

// Documented limits (docs/conventions.md); files beyond them are refused.
namespace limits {
constexpr int kMaxProcesses = 100000;
constexpr int kMaxCpus = 64;
constexpr int kMaxBursts = 10000;
constexpr Tick kMaxTicks = 1000000000; // any time, burst, quantum or cost
constexpr int kMaxMlfqLevels = 16;
} // namespace limits

enum class PriorityOrder : quint8
{
    LowerFirst,
    HigherFirst
};

struct PolicyConfig
{
    QString name = QStringLiteral("fcfs");
    Tick quantum = 4;        // rr
    bool preemptive = false; // priority (mlfq: see below)
    PriorityOrder priorityOrder = PriorityOrder::LowerFirst;
    bool newBeforePreempted = true;     // arrivals at t queue before a slice expiring at t
    std::vector<Tick> levels{8, 16, 0}; // mlfq quanta per level; 0 = FCFS, last level only
    Tick boost = 0;                     // mlfq periodic boost to level 0; 0 = off
    bool mlfqPreemptive = true;         // mlfq: a higher level preempts a lower one
    QVariantMap extra;                  // keys we do not know, kept for round trips

    bool operator==(const PolicyConfig& o) const;
    // "rr q=4", "mlfq 8/16/FCFS", for titles and tables.
    QString label() const;
};

struct ProcessSpec
{
    QString name;
    Tick arrival = 0;
    int priority = 0;
    Tick memory = 0; // needed for admission when the scenario has a memory pool
    Program program;
    // Started by another process's Spawn operation (its arrival is ignored).
    bool spawned = false;
    // A daemon child is terminated when the process that spawned it exits.
    bool daemon = false;
    // Display only: "thread of" / "child of" grouping (pid, 0 = none).
    int group = 0;
    QVariantMap extra;

    bool operator==(const ProcessSpec& o) const;
};

struct ScenarioProblem
{
    QString path; // e.g. "processes[2].bursts[1]"
    Message message;
    // "processes[2].bursts[1]: must be at least 1"
    QString text() const;
};

struct QueueSpec
{
    QString name;
    int capacity = 0; // 0 = unbounded; put() blocks while it is full
    bool operator==(const QueueSpec& o) const { return name == o.name && capacity == o.capacity; }
};

struct Scenario
{
    QString title;
    int cpus = 1;
    Tick contextSwitch = 0;
    Tick memory = 0; // memory pool for admission; 0 = unlimited
    PolicyConfig policy;
    std::vector<ProcessSpec> processes;
    // Shared objects the programs use, by index.
    std::vector<QueueSpec> queues;
    QStringList locks;         // e.g. "GIL"
    QStringList globalNames;   // names of each process's own globals, e.g. "result"
    double secondsPerTick = 0; // time scale for display; 0 = ticks only
    // The producer-consumer exercise the processes were generated from (issue #5).
    std::optional<ProducerConsumerConfig> producerConsumer;
    QVariantMap extra;

    bool operator==(const Scenario& o) const;

    // The first problem that makes this scenario unusable, with its path;
    // the file reader and the GUI's editors both use it.
    std::optional<ScenarioProblem> validate() const;
    int indexOf(const QString& name) const;
};

} // namespace processlab
