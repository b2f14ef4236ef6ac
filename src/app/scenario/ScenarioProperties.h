#pragma once

#include "core/Scenario.h"

#include <QString>

namespace processlab {

// What Edit > Scenario Properties edits: the scenario's own settings that
// neither the policy bar nor the process table shows.
struct ScenarioProperties
{
    QString title;
    Tick memory = 0;                // the memory pool; 0 = no limit
    bool newBeforePreempted = true; // the tie rule at a slice's end
    Tick boost = 0;                 // MLFQ boost period; 0 = never
    bool mlfqPreemptive = true;     // MLFQ: a higher level preempts

    static ScenarioProperties of(const Scenario& scenario)
    {
        ScenarioProperties p;
        p.title = scenario.title;
        p.memory = scenario.memory;
        p.newBeforePreempted = scenario.policy.newBeforePreempted;
        p.boost = scenario.policy.boost;
        p.mlfqPreemptive = scenario.policy.mlfqPreemptive;
        return p;
    }
    void applyTo(Scenario* scenario) const
    {
        scenario->title = title;
        scenario->memory = memory;
        scenario->policy.newBeforePreempted = newBeforePreempted;
        scenario->policy.boost = boost;
        scenario->policy.mlfqPreemptive = mlfqPreemptive;
    }
    bool operator==(const ScenarioProperties& o) const
    {
        return title == o.title && memory == o.memory && newBeforePreempted == o.newBeforePreempted &&
               boost == o.boost && mlfqPreemptive == o.mlfqPreemptive;
    }
};

} // namespace processlab
