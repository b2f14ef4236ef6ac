#include "CompareCommand.h"

#include "CliError.h"
#include "CliOptions.h"
#include "PolicySpec.h"
#include "RunReport.h"
#include "ScenarioInput.h"
#include "Simulation.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace processlab::cli {

QString CompareCommand::summary() const
{
    return QCoreApplication::translate("Cli",
                                       "Run a scenario under several policies and compare the averages.");
}

QString CompareCommand::argumentsSyntax() const
{
    return QCoreApplication::translate("Cli", "FILE");
}

QString CompareCommand::description() const
{
    return QCoreApplication::translate(
               "Cli",
               "Simulates the scenario FILE once per policy and prints one row per policy: average "
               "turnaround, waiting and response time, makespan, CPU utilisation, throughput and context "
               "switches. Without --policies it compares %1.")
        .arg(defaultPolicies());
}

QList<QCommandLineOption> CompareCommand::options() const
{
    return {CliOptions::policies(), CliOptions::cpus(), CliOptions::switchCost(), CliOptions::json()};
}

int CompareCommand::run(CliContext& context) const
{
    const QString file = context.arguments.first();
    Scenario scenario = ScenarioInput::load(file);
    ScenarioInput::applyOverrides(scenario, context.parser, &context.err);

    const QString option = QStringLiteral("--policies");
    const QString list = context.parser.isSet(QStringLiteral("policies"))
                             ? context.parser.value(QStringLiteral("policies"))
                             : defaultPolicies();
    const QStringList specs = PolicySpec::split(list, option);

    // Check every spec before simulating anything.
    std::vector<Scenario> variants;
    for (const QString& spec : specs) {
        Scenario variant = scenario;
        variant.policy = PolicySpec::parse(spec, scenario.policy, option);
        if (variant.policy.name == QLatin1String("manual")) {
            throw CliError::badInput(QCoreApplication::translate("Cli",
                                                                 "%1 \u201c%2\u201d: the manual policy "
                                                                 "cannot be simulated without a person")
                                         .arg(option, spec));
        }
        ScenarioInput::revalidate(variant, QStringLiteral("%1 %2").arg(option, spec));
        variants.push_back(std::move(variant));
    }

    std::vector<SimulationResult> results;
    results.reserve(variants.size());
    for (const Scenario& variant : variants)
        results.push_back(Simulation::run(variant));

    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const SimulationResult& r : results) {
            QJsonObject row;
            row.insert(QStringLiteral("policy"), PolicySpec::format(r.scenario.policy));
            row.insert(QStringLiteral("policyLabel"), r.scenario.policy.label());
            row.insert(QStringLiteral("averages"), RunReport::averagesJson(r.metrics.averages));
            row.insert(QStringLiteral("makespan"), r.metrics.makespan);
            row.insert(QStringLiteral("cpuUtilization"), r.metrics.cpuUtilization);
            row.insert(QStringLiteral("throughput"), r.metrics.throughput);
            row.insert(QStringLiteral("contextSwitches"), qint64(r.metrics.contextSwitches));
            rows.append(row);
        }
        QJsonObject root;
        root.insert(QStringLiteral("scenario"), scenario.title);
        root.insert(QStringLiteral("results"), rows);
        context.out =
            QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
        return ExitOk;
    }

    using Align = TextTable::Align;
    TextTable table(
        {QCoreApplication::translate("Cli", "Policy"), QCoreApplication::translate("Cli", "Avg turnaround"),
         QCoreApplication::translate("Cli", "Avg waiting"),
         QCoreApplication::translate("Cli", "Avg response"), QCoreApplication::translate("Cli", "Makespan"),
         QCoreApplication::translate("Cli", "CPU util."), QCoreApplication::translate("Cli", "Throughput"),
         QCoreApplication::translate("Cli", "Switches")},
        {Align::Left});
    for (const SimulationResult& r : results) {
        const Metrics& m = r.metrics;
        table.addRow({r.scenario.policy.label(), RunReport::fixed(m.averages.turnaround, 2),
                      RunReport::fixed(m.averages.waiting, 2), RunReport::fixed(m.averages.response, 2),
                      QString::number(m.makespan), RunReport::percent(m.cpuUtilization),
                      RunReport::fixed(m.throughput, 4), QString::number(m.contextSwitches)});
    }
    context.out =
        QCoreApplication::translate("Cli", "Scenario: %1 (%2); CPUs: %3; context switch (ticks): %4")
            .arg(scenario.title, file, QString::number(scenario.cpus),
                 QString::number(scenario.contextSwitch)) +
        QLatin1String("\n\n") + table.render();
    return ExitOk;
}

} // namespace processlab::cli
