#include "TimeAxis.h"

#include <cmath>
#include <limits>

namespace processlab {

Tick TimeAxis::niceStep(double minTicks)
{
    if (!(minTicks > 1.0)) // also catches NaN
        return 1;
    const Tick limit = std::numeric_limits<Tick>::max() / 10;
    Tick power = 1;
    while (true) {
        for (Tick factor : {Tick(1), Tick(2), Tick(5)}) {
            const Tick step = factor * power;
            if (double(step) >= minTicks)
                return step;
        }
        if (power > limit)
            return power;
        power *= 10;
    }
}

Tick TimeAxis::majorStep(double pxPerTick, double minSpacingPx)
{
    if (!(pxPerTick > 0))
        return 1;
    return niceStep(minSpacingPx / pxPerTick);
}

Tick TimeAxis::minorStep(Tick major, double pxPerTick, double minSpacingPx)
{
    for (Tick divisor : {Tick(5), Tick(2)}) {
        if (major % divisor != 0)
            continue;
        const Tick minor = major / divisor;
        if (double(minor) * pxPerTick >= minSpacingPx)
            return minor;
    }
    return 0;
}

std::vector<Tick> TimeAxis::ticks(double start, double end, Tick step)
{
    std::vector<Tick> result;
    if (step <= 0 || !(end >= start))
        return result;
    Tick t = Tick(std::ceil(start / double(step))) * step;
    for (; double(t) <= end; t += step)
        result.push_back(t);
    return result;
}

} // namespace processlab
