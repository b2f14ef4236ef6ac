#include "HrrnPolicy.h"

namespace processlab {

namespace {
// GCC and Clang both have it; __extension__ tells -Wpedantic we know.
__extension__ typedef __int128 Wide;
} // namespace

bool HrrnPolicy::better(const Pcb& a, const Pcb& b, Tick now) const
{
    // (wa + sa) / sa > (wb + sb) / sb  <=>  (wa + sa) * sb > (wb + sb) * sa.
    // Times reach 10^9 * 10^4 * 10^5, so the products need 128 bits.
    const Wide wa = now - a.readySince, sa = a.remaining;
    const Wide wb = now - b.readySince, sb = b.remaining;
    return (wa + sa) * sb > (wb + sb) * sa;
}

} // namespace processlab
