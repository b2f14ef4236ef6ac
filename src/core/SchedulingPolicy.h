#pragma once

#include "Pcb.h"
#include "Scenario.h"

namespace processlab {

// One scheduling policy. The engine owns the event order (docs/conventions.md);
// a policy only answers: how urgent is a process, may it be preempted, how
// long is its slice, and what happens to it when a slice expires.
class SchedulingPolicy
{
public:
    explicit SchedulingPolicy(const PolicyConfig& config) : m_config(config) {}
    virtual ~SchedulingPolicy() = default;
    SchedulingPolicy(const SchedulingPolicy&) = delete;
    SchedulingPolicy& operator=(const SchedulingPolicy&) = delete;

    const PolicyConfig& config() const { return m_config; }

    // false for the manual policy: nothing is dispatched unless moved by hand.
    virtual bool dispatchesAutomatically() const { return true; }
    // Step (4): may a strictly better ready process take a running one's CPU?
    virtual bool isPreemptive() const { return false; }
    // Length of the slice a process gets when dispatched; 0 = no limit.
    virtual Tick quantumFor(const Pcb& /*pcb*/) const { return 0; }

    // Ready-queue order. With a static key (fixed while the process waits)
    // the smaller key is more urgent; equal keys go by queue position.
    virtual bool hasStaticKey() const { return true; }
    virtual qint64 key(const Pcb& /*pcb*/) const { return 0; }
    // Strictly more urgent at time `now`. The default compares keys; dynamic
    // policies (HRRN) override it.
    virtual bool better(const Pcb& a, const Pcb& b, Tick now) const;

    // A slice ran out (MLFQ demotes here).
    virtual void onSliceExpired(Pcb& /*pcb*/) const {}
    // Periodic priority boost (MLFQ); 0 = never.
    virtual Tick boostPeriod() const { return 0; }
    virtual void onBoost(Pcb& /*pcb*/) const {}

private:
    PolicyConfig m_config;
};

} // namespace processlab
