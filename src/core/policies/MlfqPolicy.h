#pragma once

#include "core/SchedulingPolicy.h"

namespace processlab {

// Multilevel feedback queue: level 0 is most urgent; a process that uses a
// full slice drops one level; the last level may be FCFS (quantum 0); an
// optional periodic boost moves everyone back to level 0.
class MlfqPolicy : public SchedulingPolicy
{
public:
    using SchedulingPolicy::SchedulingPolicy;
    bool isPreemptive() const override { return config().mlfqPreemptive; }
    Tick quantumFor(const Pcb& pcb) const override;
    qint64 key(const Pcb& pcb) const override { return pcb.level; }
    void onSliceExpired(Pcb& pcb) const override;
    Tick boostPeriod() const override { return config().boost; }
    void onBoost(Pcb& pcb) const override { pcb.level = 0; }
};

} // namespace processlab
