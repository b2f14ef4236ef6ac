#pragma once

#include "core/SchedulingPolicy.h"

namespace processlab {

// Round robin: the head of the ready queue, for at most one quantum.
class RoundRobinPolicy : public SchedulingPolicy
{
public:
    using SchedulingPolicy::SchedulingPolicy;
    Tick quantumFor(const Pcb& pcb) const override;
};

} // namespace processlab
