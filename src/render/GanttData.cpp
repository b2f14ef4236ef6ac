#include "GanttData.h"

#include "core/Engine.h"

#include <algorithm>

namespace processlab {

namespace {

Tick sliceEnd(const Slice& slice, Tick now)
{
    return slice.endReason == SliceEnd::Open ? std::max(now, slice.start) : slice.end;
}

GanttBlock blockOf(const Slice& slice, int index, Tick now)
{
    GanttBlock block;
    block.start = slice.start;
    block.end = sliceEnd(slice, now);
    block.pid = slice.pid;
    block.byPid = slice.byPid;
    block.sliceIndex = index;
    block.cpu = slice.cpu;
    block.kind = slice.kind == SliceKind::Switch ? GanttBlockKind::Switch : GanttBlockKind::Run;
    block.endReason = slice.endReason;
    return block;
}

GanttBlock stateBlock(int pid, Tick start, Tick end, GanttBlockKind kind)
{
    GanttBlock block;
    block.start = start;
    block.end = end;
    block.pid = pid;
    block.kind = kind;
    return block;
}

void buildCpuLanes(GanttData& data, const Trace& trace)
{
    const int cpuCount = std::max(1, data.cpus);
    data.lanes.resize(size_t(cpuCount));
    std::vector<Tick> cursor(size_t(cpuCount), data.startTime);
    for (int i = 0; i < cpuCount; ++i)
        data.lanes[size_t(i)].cpu = i;
    for (size_t i = 0; i < trace.slices.size(); ++i) {
        const Slice& slice = trace.slices[i];
        if (slice.cpu < 0 || slice.cpu >= cpuCount)
            continue;
        GanttLane& lane = data.lanes[size_t(slice.cpu)];
        Tick& at = cursor[size_t(slice.cpu)];
        const GanttBlock block = blockOf(slice, int(i), data.now);
        if (block.start > at) {
            GanttBlock idle = stateBlock(0, at, block.start, GanttBlockKind::Idle);
            idle.cpu = slice.cpu;
            lane.blocks.push_back(idle);
        }
        if (block.end > block.start)
            lane.blocks.push_back(block);
        at = std::max(at, block.end);
    }
    for (int i = 0; i < cpuCount; ++i) {
        if (data.endTime > cursor[size_t(i)]) {
            GanttBlock idle = stateBlock(0, cursor[size_t(i)], data.endTime, GanttBlockKind::Idle);
            idle.cpu = i;
            data.lanes[size_t(i)].blocks.push_back(idle);
        }
    }
}

void buildProcessLanes(GanttData& data, const Trace& trace)
{
    const size_t count = data.processes.size();
    data.lanes.resize(count);
    for (size_t i = 0; i < count; ++i)
        data.lanes[i].pid = int(i + 1);

    // Waiting intervals from the state changes; Running comes from the slices.
    struct Current
    {
        ProcessState state = ProcessState::New;
        Tick since = 0;
    };
    std::vector<Current> current(count);
    for (size_t i = 0; i < count; ++i)
        current[i].since = data.processes[i].arrival;
    auto addInterval = [&](int pid, const Current& cur, Tick until) {
        GanttLane& lane = data.lanes[size_t(pid - 1)];
        const Tick start =
            cur.state == ProcessState::New ? data.processes[size_t(pid - 1)].arrival : cur.since;
        if (until <= start)
            return;
        switch (cur.state) {
        case ProcessState::Ready:
            lane.blocks.push_back(stateBlock(pid, start, until, GanttBlockKind::Ready));
            break;
        case ProcessState::Blocked:
            lane.blocks.push_back(stateBlock(pid, start, until, GanttBlockKind::Blocked));
            break;
        case ProcessState::New:
            lane.blocks.push_back(stateBlock(pid, start, until, GanttBlockKind::Waiting));
            break;
        case ProcessState::Running:
        case ProcessState::Terminated:
            break;
        }
    };
    for (const StateChange& change : trace.changes) {
        if (change.pid < 1 || size_t(change.pid) > count)
            continue;
        Current& cur = current[size_t(change.pid - 1)];
        addInterval(change.pid, cur, change.time);
        cur.state = change.to;
        cur.since = change.time;
    }
    for (size_t i = 0; i < count; ++i)
        addInterval(int(i + 1), current[i], data.now);

    for (size_t i = 0; i < trace.slices.size(); ++i) {
        const Slice& slice = trace.slices[i];
        if (slice.pid < 1 || size_t(slice.pid) > count)
            continue;
        const GanttBlock block = blockOf(slice, int(i), data.now);
        if (block.end > block.start)
            data.lanes[size_t(slice.pid - 1)].blocks.push_back(block);
    }
    for (GanttLane& lane : data.lanes) {
        std::stable_sort(lane.blocks.begin(), lane.blocks.end(),
                         [](const GanttBlock& a, const GanttBlock& b) { return a.start < b.start; });
    }
}

} // namespace

const GanttProcess* GanttData::process(int pid) const
{
    if (pid < 1 || size_t(pid) > processes.size())
        return nullptr;
    return &processes[size_t(pid - 1)];
}

QString GanttData::processName(int pid) const
{
    const GanttProcess* p = process(pid);
    return p ? p->name : QString();
}

size_t GanttData::blockCount() const
{
    size_t n = 0;
    for (const GanttLane& lane : lanes)
        n += lane.blocks.size();
    return n;
}

size_t GanttData::firstBlockEndingAfter(int lane, double t) const
{
    const std::vector<GanttBlock>& blocks = lanes[size_t(lane)].blocks;
    const auto it = std::upper_bound(blocks.begin(), blocks.end(), t,
                                     [](double time, const GanttBlock& b) { return time < double(b.end); });
    return size_t(it - blocks.begin());
}

GanttData GanttData::build(const Scenario& scenario, const Trace& trace, Tick now, bool finished,
                           GanttLaneMode mode, const Metrics* metrics)
{
    GanttData data;
    data.mode = mode;
    data.title = scenario.title;
    data.policyLabel = scenario.policy.label();
    data.cpus = scenario.cpus;
    data.contextSwitch = scenario.contextSwitch;
    data.memory = scenario.memory;
    data.now = now;
    data.finished = finished;
    data.slices = trace.slices;

    data.processes.reserve(scenario.processes.size());
    for (size_t i = 0; i < scenario.processes.size(); ++i) {
        GanttProcess p;
        p.pid = int(i + 1);
        p.name = scenario.processes[i].name;
        p.arrival = scenario.processes[i].arrival;
        data.processes.push_back(p);
    }

    Tick end = now;
    for (const Slice& slice : trace.slices)
        end = std::max(end, sliceEnd(slice, now));
    for (const StateChange& change : trace.changes) {
        end = std::max(end, change.time);
        if (change.to == ProcessState::Terminated && change.pid >= 1 &&
            size_t(change.pid) <= data.processes.size()) {
            data.processes[size_t(change.pid - 1)].finish = change.time;
            GanttMarker marker;
            marker.time = change.time;
            marker.pid = change.pid;
            marker.kind = GanttMarkerKind::Finish;
            marker.lane = mode == GanttLaneMode::Cpu ? change.cpu : change.pid - 1;
            data.markers.push_back(marker);
        }
    }
    data.endTime = end;

    for (const GanttProcess& p : data.processes) {
        if (p.arrival > end || (!finished && p.arrival > now))
            continue;
        GanttMarker marker;
        marker.time = p.arrival;
        marker.pid = p.pid;
        marker.kind = GanttMarkerKind::Arrival;
        marker.lane = mode == GanttLaneMode::Cpu ? -1 : p.pid - 1;
        data.markers.push_back(marker);
    }
    std::stable_sort(data.markers.begin(), data.markers.end(),
                     [](const GanttMarker& a, const GanttMarker& b) {
                         if (a.time != b.time)
                             return a.time < b.time;
                         if (a.pid != b.pid)
                             return a.pid < b.pid;
                         return a.kind < b.kind;
                     });

    if (mode == GanttLaneMode::Cpu)
        buildCpuLanes(data, trace);
    else
        buildProcessLanes(data, trace);

    if (metrics) {
        data.metrics = *metrics;
        data.hasMetrics = true;
    }
    return data;
}

GanttData GanttData::fromEngine(const Engine& engine, GanttLaneMode mode)
{
    const Metrics metrics = Metrics::of(engine);
    return build(engine.scenario(), engine.trace(), engine.now(), engine.finished(), mode, &metrics);
}

} // namespace processlab
