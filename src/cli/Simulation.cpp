#include "Simulation.h"

#include "CliError.h"
#include "core/Engine.h"

#include <QCoreApplication>

namespace processlab::cli {

SimulationResult Simulation::run(const Scenario& scenario)
{
    if (scenario.policy.name == QLatin1String("manual")) {
        throw CliError::badInput(QCoreApplication::translate(
            "Cli", "the manual policy waits for you to move processes by hand; choose another policy with "
                   "--policy"));
    }
    Engine engine(scenario);
    engine.setHistoryEnabled(false);
    engine.run();
    if (!engine.finished()) {
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
