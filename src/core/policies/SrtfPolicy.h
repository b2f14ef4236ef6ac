#pragma once

#include "core/SchedulingPolicy.h"

namespace processlab {

// Shortest remaining time first: SJF that preempts for a strictly shorter
// remaining time of the current CPU burst.
class SrtfPolicy : public SchedulingPolicy
{
public:
    using SchedulingPolicy::SchedulingPolicy;
    bool isPreemptive() const override { return true; }
    qint64 key(const Pcb& pcb) const override;
};

} // namespace processlab
