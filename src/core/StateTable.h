#pragma once

#include "Message.h"
#include "ProcessState.h"

#include <optional>

namespace processlab {

// The one table of the five-state model: which moves are legal, their cause,
// and for every illegal move the reason a student can read.
class StateTable
{
public:
    static bool isLegal(ProcessState from, ProcessState to);
    // The cause a legal move carries (Running -> Ready is SliceExpired here;
    // the engine says Preempted where that is what happened).
    static std::optional<TransitionCause> causeOf(ProcessState from, ProcessState to);
    // Empty for a legal move; otherwise why it is refused.
    static Message refusal(ProcessState from, ProcessState to);
};

} // namespace processlab
