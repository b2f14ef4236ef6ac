#pragma once

#include <QtGlobal>

#include <vector>

namespace processlab {

using Tick = qint64;

// One step of a process's program. The engine asks each operation what it
// needs (a CPU for some ticks, or to wait) instead of special-casing kinds:
// later operations (sleep, queue put/get, spawn/join, lock) add a kind and
// say which category they are in and what wakes them.
enum class OperationKind : quint8 {
    Cpu, // compute for `length` ticks on a CPU
    Io,  // wait `length` ticks for an I/O device (each process in parallel)
};

enum class OperationCategory : quint8 {
    OnCpu,     // needs a CPU; ends when `length` ticks of CPU time are used
    TimedWait, // blocks the process; ends `length` ticks after it starts
};

struct Operation
{
    OperationKind kind = OperationKind::Cpu;
    Tick length = 0;

    OperationCategory category() const
    {
        switch (kind) {
        case OperationKind::Cpu:
            return OperationCategory::OnCpu;
        case OperationKind::Io:
            return OperationCategory::TimedWait;
        }
        return OperationCategory::OnCpu;
    }
    bool operator==(const Operation& o) const { return kind == o.kind && length == o.length; }
};

using Program = std::vector<Operation>;

// The scenario file's short form: bursts alternate CPU, I/O, CPU, ...
Program programFromBursts(const std::vector<Tick>& bursts);
std::vector<Tick> burstsFromProgram(const Program& program);

} // namespace processlab
