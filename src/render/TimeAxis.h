#pragma once

#include "core/Operation.h"

#include <vector>

namespace processlab {

// Tick positions for a time axis at any zoom: major steps are "nice"
// (1, 2 or 5 × 10^k ticks, never below one tick), spaced at least a given
// number of pixels apart so their labels do not collide.
class TimeAxis
{
public:
    // The smallest nice step that is >= minTicks (and >= 1).
    static Tick niceStep(double minTicks);
    // The nice step for `pxPerTick` that keeps labels `minSpacingPx` apart.
    static Tick majorStep(double pxPerTick, double minSpacingPx);
    // An unlabelled subdivision of `major` at least `minSpacingPx` apart; 0 = none.
    static Tick minorStep(Tick major, double pxPerTick, double minSpacingPx);
    // Multiples of `step` in [start, end].
    static std::vector<Tick> ticks(double start, double end, Tick step);
};

} // namespace processlab
