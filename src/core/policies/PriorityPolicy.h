#pragma once

#include "core/SchedulingPolicy.h"

namespace processlab {

// Priority scheduling; lower number is more urgent unless priorityOrder is
// higher-first. Preemptive when the policy says "preemptive": true.
class PriorityPolicy : public SchedulingPolicy
{
public:
    using SchedulingPolicy::SchedulingPolicy;
    bool isPreemptive() const override { return config().preemptive; }
    qint64 key(const Pcb& pcb) const override;
};

} // namespace processlab
