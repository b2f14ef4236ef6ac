#pragma once

#include "core/SchedulingPolicy.h"

namespace processlab {

// Shortest job first, non-preemptive: shortest next CPU burst.
class SjfPolicy : public SchedulingPolicy
{
public:
    using SchedulingPolicy::SchedulingPolicy;
    qint64 key(const Pcb& pcb) const override;
};

} // namespace processlab
