#include "Simulation.h"

#include "CliError.h"
#include "core/Engine.h"

#include <QCoreApplication>

namespace processlab::cli {

namespace {

// A program that jumps back to an earlier operation (jump, jumpIfLess,
// jumpIfGreater, loop) may repeat forever; one that never does cannot (it
// ends, or waits for something that never comes and the engine stops).
bool jumpsBack(const Scenario& scenario)
{
    for (const ProcessSpec& spec : scenario.processes) {
        for (size_t i = 0; i < spec.program.size(); ++i) {
            const Operation& op = spec.program[i];
            const bool jumps = op.kind == OperationKind::Jump || op.kind == OperationKind::JumpIfLess ||
                               op.kind == OperationKind::JumpIfGreater || op.kind == OperationKind::Loop;
            if (jumps && size_t(op.jump) <= i)
                return true;
        }
    }
    return false;
}

} // namespace

SimulationResult Simulation::run(const Scenario& scenario)
{
    if (scenario.policy.name == QLatin1String("manual")) {
        throw CliError::badInput(QCoreApplication::translate(
            "Cli", "the manual policy waits for you to move processes by hand; choose another policy with "
                   "--policy"));
    }
    Engine engine(scenario);
    engine.setHistoryEnabled(false);
    // Without a limit an endless program would run until memory runs out
    // (the trace grows with every event).
    const bool stillGoing = engine.run(jumpsBack(scenario) ? kMaxRepeatingEvents : -1);
    // A broken invariant (checked in debug builds and with
    // PROCESSLAB_CHECK_INVARIANTS=1) means the numbers cannot be trusted.
    if (!engine.invariantViolation().isEmpty())
        throw CliError::internal(engine.invariantViolation().text());
    if (stillGoing) {
        throw CliError::badInput(
            QCoreApplication::translate("Cli", "the simulation has not ended after %1 events (t=%2, %3 of %4 "
                                               "processes terminated): a program that jumps back seems to "
                                               "loop forever. The producer-consumer exercise does; simulate "
                                               "it with the prodcons command.")
                .arg(QString::number(kMaxRepeatingEvents), QString::number(engine.now()),
                     QString::number(engine.state().terminated), QString::number(engine.processCount())));
    }
    if (!engine.finished()) {
        // Every unfinished process waits for something only another of them
        // could give: a deadlock in the scenario (two locks taken in opposite
        // orders, a get on a queue nobody fills), not a fault of ours.
        QStringList waiting;
        bool deadlock = true;
        for (const Pcb& pcb : engine.pcbs()) {
            if (pcb.state == ProcessState::Terminated || (pcb.state == ProcessState::New && !pcb.arrived))
                continue;
            QString what;
            switch (pcb.wait) {
            case Pcb::Wait::Lock:
                what =
                    QCoreApplication::translate("Cli", "lock %1").arg(scenario.locks.value(pcb.waitTarget));
                break;
            case Pcb::Wait::QueueEmpty:
            case Pcb::Wait::QueueFull:
                what = QCoreApplication::translate("Cli", "queue %1")
                           .arg(scenario.queues.at(size_t(pcb.waitTarget)).name);
                break;
            case Pcb::Wait::Join:
                what = QCoreApplication::translate("Cli", "process %1").arg(engine.spec(pcb.waitTarget).name);
                break;
            default:
                deadlock = false;
                break;
            }
            if (pcb.state != ProcessState::Blocked)
                deadlock = false;
            waiting
                << QCoreApplication::translate("Cli", "%1 waits for %2").arg(engine.spec(pcb.pid).name, what);
        }
        if (deadlock && !waiting.isEmpty()) {
            throw CliError::badInput(
                QCoreApplication::translate("Cli", "the simulation cannot go on at t=%1: every unfinished "
                                                   "process waits for an event that will never come "
                                                   "(deadlock): %2")
                    .arg(QString::number(engine.now()), waiting.join(QStringLiteral("; "))));
        }
        throw CliError::internal(
            QCoreApplication::translate("Cli", "internal error: the simulation stopped at t=%1 with %2 of %3 "
                                               "processes terminated")
                .arg(QString::number(engine.now()), QString::number(engine.state().terminated),
                     QString::number(engine.processCount())));
    }
    SimulationResult result;
    result.scenario = scenario;
    result.metrics = Metrics::of(engine);
    result.trace = engine.trace();
    result.end = engine.now();
    for (int pid = 1; pid <= engine.processCount(); ++pid)
        result.names << engine.spec(pid).name;
    return result;
}

} // namespace processlab::cli
