#pragma once

#include "core/Metrics.h"
#include "core/Scenario.h"
#include "core/Trace.h"

#include <QString>

#include <vector>

namespace processlab {

class Engine;

// Lanes per CPU (who ran when) or per process (Running/Ready/Blocked).
enum class GanttLaneMode : quint8
{
    Cpu,
    Process
};

// What one drawn interval is.
enum class GanttBlockKind : quint8
{
    Run,     // a run slice (CPU lanes) / Running (process lanes)
    Switch,  // a context-switch slice (hatched)
    Idle,    // CPU lanes: nobody on the CPU
    Ready,   // process lanes: in the ready queue
    Blocked, // process lanes: waiting for I/O or an event
    Waiting, // process lanes: arrived, waiting in New for memory
};

// One interval of a lane. Blocks of a lane are sorted by start and do not
// overlap, so a view finds the visible ones by binary search.
struct GanttBlock
{
    Tick start = 0;
    Tick end = 0;
    int pid = 0;         // 0 for idle
    int byPid = 0;       // run slices ended by preemption: who took the CPU
    int sliceIndex = -1; // index in Trace::slices, -1 for derived intervals
    int cpu = -1;        // CPU of a run/switch block
    GanttBlockKind kind = GanttBlockKind::Run;
    SliceEnd endReason = SliceEnd::Open;

    Tick length() const { return end - start; }
};

struct GanttLane
{
    int cpu = -1; // CPU lanes
    int pid = 0;  // process lanes
    std::vector<GanttBlock> blocks;
};

enum class GanttMarkerKind : quint8
{
    Arrival,
    Finish
};

struct GanttMarker
{
    Tick time = 0;
    int pid = 0;
    int lane = -1; // process lanes: the process's lane; CPU lanes: the CPU it exited on (-1 for arrivals)
    GanttMarkerKind kind = GanttMarkerKind::Arrival;
};

struct GanttProcess
{
    int pid = 0;
    QString name;
    Tick arrival = 0;
    Tick finish = -1; // -1 while not terminated
};

// Everything a Gantt chart shows, independent of the engine and of any
// view: built once from a trace, then painted by GanttRenderer and written
// by GanttExporter. Open slices end at `now`.
struct GanttData
{
    GanttLaneMode mode = GanttLaneMode::Cpu;
    QString title;       // the scenario's title
    QString policyLabel; // "rr q=4"
    int cpus = 1;
    Tick contextSwitch = 0;
    Tick memory = 0;
    Tick startTime = 0;
    Tick endTime = 0; // the last instant shown (the end of the run, or now)
    Tick now = 0;
    bool finished = false;

    std::vector<GanttProcess> processes; // processes[pid - 1]
    std::vector<GanttLane> lanes;
    std::vector<GanttMarker> markers; // sorted by time, then pid
    std::vector<Slice> slices;        // the trace's slices as they are (CSV export)
    Metrics metrics;
    bool hasMetrics = false;

    const GanttProcess* process(int pid) const;
    QString processName(int pid) const;
    // Total number of blocks over all lanes.
    size_t blockCount() const;
    // Index of the first block of `lane` that ends after `t` (binary search).
    size_t firstBlockEndingAfter(int lane, double t) const;

    static GanttData build(const Scenario& scenario, const Trace& trace, Tick now, bool finished,
                           GanttLaneMode mode, const Metrics* metrics = nullptr);
    static GanttData fromEngine(const Engine& engine, GanttLaneMode mode);
};

} // namespace processlab
