#include "CliOptions.h"

#include <QCoreApplication>

namespace processlab::cli {

QCommandLineOption CliOptions::help()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("Cli", "Show this help and exit."));
}

QCommandLineOption CliOptions::version()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                              QCoreApplication::translate("Cli", "Show the version and exit."));
}

QCommandLineOption CliOptions::json()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("Cli", "Print one JSON object instead of tables."));
}

QCommandLineOption CliOptions::policy()
{
    return QCommandLineOption(QStringLiteral("policy"),
                              QCoreApplication::translate("Cli",
                                                          "Use this policy instead of the file's (same "
                                                          "syntax as --policies, e.g. rr:2)."),
                              QCoreApplication::translate("Cli", "NAME"));
}

QCommandLineOption CliOptions::policies()
{
    return QCommandLineOption(
        QStringLiteral("policies"),
        QCoreApplication::translate("Cli",
                                    "Comma-separated policies to compare, each name[:param...]: fcfs, sjf, "
                                    "srtf, hrrn, rr:4, priority[:preemptive][:higher-first], "
                                    "mlfq[:8/16/0][:boost=N][:nonpreemptive]. Parameters not given come "
                                    "from the file. Default: all automatic policies."),
        QCoreApplication::translate("Cli", "LIST"));
}

QCommandLineOption CliOptions::quantum()
{
    return QCommandLineOption(
        QStringLiteral("quantum"),
        QCoreApplication::translate("Cli", "Round-robin time slice in ticks (1 or more)."),
        QCoreApplication::translate("Cli", "N"));
}

QCommandLineOption CliOptions::cpus()
{
    return QCommandLineOption(QStringLiteral("cpus"),
                              QCoreApplication::translate("Cli", "Number of CPUs (1 to 64)."),
                              QCoreApplication::translate("Cli", "N"));
}

QCommandLineOption CliOptions::switchCost()
{
    return QCommandLineOption(QStringLiteral("switch-cost"),
                              QCoreApplication::translate("Cli", "Context-switch cost in ticks (0 or more)."),
                              QCoreApplication::translate("Cli", "N"));
}

QCommandLineOption CliOptions::lang()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "Language of the messages and exported charts: zh_CN or en."),
        QCoreApplication::translate("Cli", "LANG"));
}

QCommandLineOption CliOptions::gantt()
{
    return QCommandLineOption(QStringLiteral("gantt"),
                              QCoreApplication::translate(
                                  "Cli", "Also write the Gantt chart to OUT, a .png, .svg, .pdf or .csv file "
                                         "(may be given several times)."),
                              QCoreApplication::translate("Cli", "OUT"));
}

QCommandLineOption CliOptions::lanes()
{
    return QCommandLineOption(
        QStringLiteral("lanes"),
        QCoreApplication::translate("Cli", "Exported chart lanes: cpu (who ran when, the default) or process "
                                           "(running, ready and blocked per process)."),
        QCoreApplication::translate("Cli", "MODE"));
}

QCommandLineOption CliOptions::width()
{
    return QCommandLineOption(
        QStringLiteral("width"),
        QCoreApplication::translate("Cli", "PNG width in pixels (%1 to %2).").arg(kMinWidth).arg(kMaxWidth),
        QCoreApplication::translate("Cli", "PX"));
}

QCommandLineOption CliOptions::scale()
{
    return QCommandLineOption(
        QStringLiteral("scale"),
        QCoreApplication::translate("Cli",
                                    "PNG pixels per point, e.g. 2 or 3 for slides (%1 to %2; default 1).")
            .arg(kMinScale)
            .arg(kMaxScale),
        QCoreApplication::translate("Cli", "N"));
}

QCommandLineOption CliOptions::noTitle()
{
    return QCommandLineOption(QStringLiteral("no-title"),
                              QCoreApplication::translate("Cli", "Leave the title out of exported charts."));
}

QCommandLineOption CliOptions::noMetrics()
{
    return QCommandLineOption(
        QStringLiteral("no-metrics"),
        QCoreApplication::translate("Cli", "Leave the metrics table out of exported charts."));
}

} // namespace processlab::cli
