#include "PriorityPolicy.h"

namespace processlab {

qint64 PriorityPolicy::key(const Pcb& pcb) const
{
    return config().priorityOrder == PriorityOrder::LowerFirst ? pcb.priority : -qint64(pcb.priority);
}

} // namespace processlab
