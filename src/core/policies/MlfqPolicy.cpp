#include "MlfqPolicy.h"

namespace processlab {

Tick MlfqPolicy::quantumFor(const Pcb& pcb) const
{
    const auto& levels = config().levels;
    if (levels.empty())
        return 0;
    return levels[std::min<size_t>(size_t(pcb.level), levels.size() - 1)];
}

void MlfqPolicy::onSliceExpired(Pcb& pcb) const
{
    if (pcb.level + 1 < int(config().levels.size()))
        ++pcb.level;
}

} // namespace processlab
