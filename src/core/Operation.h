#pragma once

#include <QtGlobal>

#include <vector>

namespace processlab {

using Tick = qint64;

// One step of a process's program. The engine asks each operation what it
// needs (a CPU for some ticks, to wait, or nothing: an instant step done on
// the CPU at no cost, which may block) instead of special-casing kinds.
enum class OperationKind : quint8
{
    Cpu,           // compute for `length` ticks on a CPU
    Io,            // wait `length` ticks for an I/O device (each process in parallel)
    Sleep,         // wait `length` ticks (time.sleep)
    Put,           // put one item into queue `target` (blocks while the queue is full)
    Get,           // take one item from queue `target` (blocks while it is empty)
    Jump,          // continue at operation `jump`
    JumpIfLess,    // continue at `jump` if the length of queue `target` < `value`
    JumpIfGreater, // continue at `jump` if the length of queue `target` > `value`
    Repeat,        // counter[`target`] = `value`
    Loop,          // --counter[`target`]; continue at `jump` while it is > 0
    Spawn,         // start child process `target` (its pid); it becomes New->Ready now
    Join,          // wait until process `target` (pid) has terminated
    Acquire,       // take lock `target` (blocks while another process holds it)
    Release,       // give lock `target` back (hands it to the first waiter)
    AddGlobal,     // global[`target`] += `value` (this process's own copy)
    PutGlobal,     // put an item carrying global[`value`] into queue `target`
    GetGlobal,     // take an item from queue `target` into global[`value`]
};

enum class OperationCategory : quint8
{
    OnCpu,     // needs a CPU; ends when `length` ticks of CPU time are used
    TimedWait, // blocks the process; ends `length` ticks after it starts
    Instant,   // done at once by a running process; may block it
};

struct Operation
{
    OperationKind kind = OperationKind::Cpu;
    Tick length = 0;  // Cpu, Io, Sleep
    int target = 0;   // queue / lock / counter / global index, or pid
    qint64 value = 0; // threshold, count, delta, global index
    int jump = 0;     // operation index for Jump, JumpIf*, Loop
    int line = 0;     // line of the lesson's Python snippet it stands for (0 = none)

    OperationCategory category() const
    {
        switch (kind) {
        case OperationKind::Cpu:
            return OperationCategory::OnCpu;
        case OperationKind::Io:
        case OperationKind::Sleep:
            return OperationCategory::TimedWait;
        default:
            return OperationCategory::Instant;
        }
    }
    bool operator==(const Operation& o) const
    {
        return kind == o.kind && length == o.length && target == o.target && value == o.value &&
               jump == o.jump && line == o.line;
    }

    static Operation cpu(Tick ticks) { return {OperationKind::Cpu, ticks, 0, 0, 0, 0}; }
    static Operation io(Tick ticks) { return {OperationKind::Io, ticks, 0, 0, 0, 0}; }
    static Operation sleep(Tick ticks) { return {OperationKind::Sleep, ticks, 0, 0, 0, 0}; }
    static Operation make(OperationKind kind, int target = 0, qint64 value = 0, int jump = 0)
    {
        return {kind, 0, target, value, jump, 0};
    }
};

using Program = std::vector<Operation>;

// The scenario file's short form: bursts alternate CPU, I/O, CPU, ...
Program programFromBursts(const std::vector<Tick>& bursts);
std::vector<Tick> burstsFromProgram(const Program& program);
// true when the program is exactly the burst form (CPU, I/O, ..., CPU).
bool isBurstForm(const Program& program);

// Per-process counters and globals a program can use.
constexpr int kCounters = 4;
constexpr int kGlobals = 4;

} // namespace processlab
