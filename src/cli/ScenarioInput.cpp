#include "ScenarioInput.h"

#include "CliError.h"
#include "PolicySpec.h"
#include "core/io/ScenarioFile.h"

#include <QCoreApplication>

namespace processlab::cli {

Scenario ScenarioInput::load(const QString& file)
{
    const ScenarioLoad loaded = ScenarioFile::load(file);
    if (!loaded.ok())
        throw CliError::badInput(loaded.errorText());
    return *loaded.scenario;
}

qint64 ScenarioInput::integerOption(const QCommandLineParser& parser, const QString& option, qint64 min,
                                    qint64 max)
{
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max) {
        throw CliError::badInput(QCoreApplication::translate("Cli",
                                                             "--%1 must be a whole number from %2 to %3, "
                                                             "not \u201c%4\u201d")
                                     .arg(option, QString::number(min), QString::number(max), text));
    }
    return value;
}

void ScenarioInput::revalidate(const Scenario& scenario, const QString& what)
{
    if (const auto problem = scenario.validate()) {
        throw CliError::badInput(QCoreApplication::translate("Cli", "%1: %2").arg(what, problem->text()));
    }
}

void ScenarioInput::applyOverrides(Scenario& scenario, const QCommandLineParser& parser, QString* notes)
{
    const QStringList names = parser.optionNames();
    QStringList changed;
    if (names.contains(QLatin1String("policy"))) {
        const QString spec = parser.value(QStringLiteral("policy"));
        scenario.policy = PolicySpec::parse(spec, scenario.policy, QStringLiteral("--policy"));
        changed << QStringLiteral("--policy %1").arg(spec);
    }
    if (names.contains(QLatin1String("quantum"))) {
        scenario.policy.quantum = integerOption(parser, QStringLiteral("quantum"), 1, limits::kMaxTicks);
        if (scenario.policy.name != QLatin1String("rr") && notes) {
            *notes +=
                QCoreApplication::translate("Cli", "note: --quantum only affects the rr policy; this run "
                                                   "uses %1\n")
                    .arg(scenario.policy.name);
        }
        changed << QStringLiteral("--quantum");
    }
    if (names.contains(QLatin1String("cpus"))) {
        scenario.cpus = int(integerOption(parser, QStringLiteral("cpus"), 1, limits::kMaxCpus));
        changed << QStringLiteral("--cpus");
    }
    if (names.contains(QLatin1String("switch-cost"))) {
        scenario.contextSwitch = integerOption(parser, QStringLiteral("switch-cost"), 0, limits::kMaxTicks);
        changed << QStringLiteral("--switch-cost");
    }
    if (!changed.isEmpty())
        revalidate(scenario, changed.join(QLatin1Char(' ')));
}

} // namespace processlab::cli
