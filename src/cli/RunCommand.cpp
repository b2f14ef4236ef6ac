#include "RunCommand.h"

#include "CliError.h"
#include "CliOptions.h"
#include "RunReport.h"
#include "ScenarioInput.h"
#include "Simulation.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace processlab::cli {

QString RunCommand::summary() const
{
    return QCoreApplication::translate(
        "Cli", "Simulate a scenario to the end; print the metrics and a Gantt chart.");
}

QString RunCommand::argumentsSyntax() const
{
    return QCoreApplication::translate("Cli", "FILE");
}

QString RunCommand::description() const
{
    return QCoreApplication::translate(
        "Cli", "Simulates the scenario FILE to the end and prints, per process, finish, turnaround, waiting "
               "and response time, CPU and I/O time; the averages, makespan, CPU utilisation, throughput and "
               "context switches; and a text Gantt chart per CPU. The options override the file's settings.");
}

QList<QCommandLineOption> RunCommand::options() const
{
    return {CliOptions::policy(), CliOptions::quantum(), CliOptions::cpus(), CliOptions::switchCost(),
            CliOptions::json()};
}

int RunCommand::run(CliContext& context) const
{
    const QString file = context.arguments.first();
    Scenario scenario = ScenarioInput::load(file);
    ScenarioInput::applyOverrides(scenario, context.parser, &context.err);
    const SimulationResult result = Simulation::run(scenario);
    if (context.parser.isSet(QStringLiteral("json")))
        context.out =
            QString::fromUtf8(QJsonDocument(RunReport::json(result)).toJson(QJsonDocument::Compact)) +
            QLatin1Char('\n');
    else
        context.out = RunReport::text(result, file);
    return ExitOk;
}

} // namespace processlab::cli
