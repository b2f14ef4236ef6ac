#pragma once

#include "core/Scenario.h"

#include <QCommandLineParser>
#include <QString>

namespace processlab::cli {

// Reads the scenario file a command names and applies the override options
// (--policy, --quantum, --cpus, --switch-cost) the command accepts. Every
// problem throws CliError(bad input) naming the file or the option.
class ScenarioInput
{
public:
    static Scenario load(const QString& file);
    // Applies the overrides that are set; `notes` collects hints for stderr.
    static void applyOverrides(Scenario& scenario, const QCommandLineParser& parser, QString* notes);
    // Validates a scenario changed by options; `what` names the change.
    static void revalidate(const Scenario& scenario, const QString& what);
    // A whole number option value in [min, max]; throws naming --option.
    static qint64 integerOption(const QCommandLineParser& parser, const QString& option, qint64 min,
                                qint64 max);
};

} // namespace processlab::cli
