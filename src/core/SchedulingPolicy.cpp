#include "SchedulingPolicy.h"

namespace processlab {

bool SchedulingPolicy::better(const Pcb& a, const Pcb& b, Tick /*now*/) const
{
    return key(a) < key(b);
}

} // namespace processlab
