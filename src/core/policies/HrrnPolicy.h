#pragma once

#include "core/SchedulingPolicy.h"

namespace processlab {

// Highest response ratio next, non-preemptive: ratio (w + s) / s, compared
// exactly (no floating point), w = time since it last entered the ready queue.
class HrrnPolicy : public SchedulingPolicy
{
public:
    using SchedulingPolicy::SchedulingPolicy;
    bool hasStaticKey() const override { return false; }
    bool better(const Pcb& a, const Pcb& b, Tick now) const override;
};

} // namespace processlab
