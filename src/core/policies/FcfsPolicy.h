#pragma once

#include "core/SchedulingPolicy.h"

namespace processlab {

// First come, first served: always the head of the ready queue.
class FcfsPolicy : public SchedulingPolicy
{
public:
    using SchedulingPolicy::SchedulingPolicy;
};

} // namespace processlab
