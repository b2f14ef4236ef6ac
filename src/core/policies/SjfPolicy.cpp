#include "SjfPolicy.h"

namespace processlab {

// The next CPU burst: a process in the ready queue is always at the start of
// a CPU burst unless it was moved there by hand, and then what is left of the
// burst is what it will run next.
qint64 SjfPolicy::key(const Pcb& pcb) const
{
    return pcb.remaining;
}

} // namespace processlab
