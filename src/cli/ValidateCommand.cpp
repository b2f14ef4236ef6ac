#include "ValidateCommand.h"

#include "CliError.h"
#include "ScenarioInput.h"

#include <QCoreApplication>

namespace processlab::cli {

QString ValidateCommand::summary() const
{
    return QCoreApplication::translate("Cli",
                                       "Check a scenario file; print a one-line summary or the problem.");
}

QString ValidateCommand::argumentsSyntax() const
{
    return QCoreApplication::translate("Cli", "FILE");
}

int ValidateCommand::run(CliContext& context) const
{
    const QString file = context.arguments.first();
    const Scenario scenario = ScenarioInput::load(file);
    context.out =
        QCoreApplication::translate("Cli", "OK: %1: \u201c%2\u201d; processes: %3; CPUs: %4; context "
                                           "switch (ticks): %5; policy: %6")
            .arg(file, scenario.title, QString::number(scenario.processes.size()),
                 QString::number(scenario.cpus), QString::number(scenario.contextSwitch),
                 scenario.policy.label()) +
        QLatin1Char('\n');
    return ExitOk;
}

} // namespace processlab::cli
