#pragma once

#include "core/SchedulingPolicy.h"

namespace processlab {

// The user is the scheduler: nothing is dispatched unless moved by hand.
class ManualPolicy : public SchedulingPolicy
{
public:
    using SchedulingPolicy::SchedulingPolicy;
    bool dispatchesAutomatically() const override { return false; }
};

} // namespace processlab
