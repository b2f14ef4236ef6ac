#pragma once

#include "core/Operation.h"
#include "core/Pcb.h"
#include "core/Scenario.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace processlab {

// Short translated texts for one operation of a program ("CPU 5", "join p1",
// "get from q") and for what a blocked process waits for, with the
// scenario's names for processes, queues, locks and globals.
class OperationText
{
    Q_DECLARE_TR_FUNCTIONS(OperationText)

public:
    static QString of(const Operation& op, const Scenario& scenario);
    // "until t = 12", "until p1 has terminated", "for the lock GIL", ...;
    // empty when not blocked on anything it can name.
    static QString waitFor(const Pcb& pcb, const Scenario& scenario);
    // Process `pid`'s name, or "PID n" when there is none.
    static QString processName(const Scenario& scenario, int pid);
    // For every pid (index pid - 1), the process whose program starts it
    // with a Spawn operation; 0 when none. One pass over the programs.
    static std::vector<int> spawners(const Scenario& scenario);
    // The parent of a process: the PCB's once it was started, otherwise the
    // one `spawners` names; 0 when the system created it.
    static int parentOf(const Pcb& pcb, const std::vector<int>& spawners);
};

} // namespace processlab
