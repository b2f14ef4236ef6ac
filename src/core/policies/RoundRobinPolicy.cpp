#include "RoundRobinPolicy.h"

namespace processlab {

Tick RoundRobinPolicy::quantumFor(const Pcb& /*pcb*/) const
{
    return config().quantum;
}

} // namespace processlab
