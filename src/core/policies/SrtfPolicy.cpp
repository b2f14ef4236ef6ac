#include "SrtfPolicy.h"

namespace processlab {

qint64 SrtfPolicy::key(const Pcb& pcb) const
{
    return pcb.remaining;
}

} // namespace processlab
