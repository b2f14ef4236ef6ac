#include "RunCommand.h"

#include "CliError.h"
#include "CliOptions.h"
#include "RunReport.h"
#include "ScenarioInput.h"
#include "Simulation.h"
#include "i18n/Translations.h"
#include "render/GanttData.h"
#include "render/GanttExportOptions.h"
#include "render/GanttExporter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>

#include <cmath>

namespace processlab::cli {

namespace {

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

// The --gantt files and how to write them, checked before simulating.
struct ExportPlan
{
    QStringList outputs;
    GanttExportOptions options;
};

ExportPlan exportPlan(const QCommandLineParser& parser)
{
    ExportPlan plan;
    plan.outputs = parser.values(QStringLiteral("gantt"));
    for (const QString& out : std::as_const(plan.outputs)) {
        const GanttExportFormat format = GanttExporter::formatOf(out);
        if (out.isEmpty() || format == GanttExportFormat::Unknown) {
            throw CliError::usage(
                QCoreApplication::translate(
                    "Cli", "--gantt: cannot tell the file type of %1 (use .png, .svg, .pdf or .csv)")
                    .arg(quoted(out)));
        }
        if (format != GanttExportFormat::Csv &&
            !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            throw CliError::internal(
                QCoreApplication::translate("Cli", "internal error: no GUI application to paint %1")
                    .arg(quoted(out)));
        }
    }

    if (parser.isSet(QStringLiteral("lanes"))) {
        const QString lanes = parser.value(QStringLiteral("lanes"));
        if (lanes == QLatin1String("cpu"))
            plan.options.lanes = GanttLaneMode::Cpu;
        else if (lanes == QLatin1String("process"))
            plan.options.lanes = GanttLaneMode::Process;
        else
            throw CliError::usage(
                QCoreApplication::translate("Cli", "--lanes: expected cpu or process, not %1")
                    .arg(quoted(lanes)));
    }
    if (parser.isSet(QStringLiteral("width"))) {
        const QString text = parser.value(QStringLiteral("width"));
        bool ok = false;
        const int width = text.toInt(&ok);
        if (!ok || width < CliOptions::kMinWidth || width > CliOptions::kMaxWidth) {
            throw CliError::usage(
                QCoreApplication::translate(
                    "Cli", "--width: expected a whole number of pixels from %1 to %2, not %3")
                    .arg(CliOptions::kMinWidth)
                    .arg(CliOptions::kMaxWidth)
                    .arg(quoted(text)));
        }
        plan.options.width = width;
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        const QString text = parser.value(QStringLiteral("scale"));
        bool ok = false;
        const double scale = text.toDouble(&ok);
        if (!ok || !std::isfinite(scale) || scale < CliOptions::kMinScale || scale > CliOptions::kMaxScale) {
            throw CliError::usage(
                QCoreApplication::translate("Cli", "--scale: expected a number from %1 to %2, not %3")
                    .arg(CliOptions::kMinScale)
                    .arg(CliOptions::kMaxScale)
                    .arg(quoted(text)));
        }
        plan.options.scale = scale;
    }
    plan.options.includeTitle = !parser.isSet(QStringLiteral("no-title"));
    plan.options.includeMetrics = !parser.isSet(QStringLiteral("no-metrics"));
    return plan;
}

void writeCharts(const ExportPlan& plan, const SimulationResult& result)
{
    if (plan.outputs.isEmpty())
        return;
    // Labels are translated when the chart is built: the translators
    // (--lang) are installed by now.
    const GanttData data = GanttData::build(result.scenario, result.trace, result.end, true,
                                            plan.options.lanes, &result.metrics);
    const GanttExporter exporter(data);
    for (const QString& out : plan.outputs) {
        QString error;
        if (!exporter.exportFile(out, plan.options, &error)) {
            if (error.isEmpty())
                error = QCoreApplication::translate("Cli", "cannot write %1").arg(quoted(out));
            else if (!error.contains(out))
                error = QCoreApplication::translate("Cli", "cannot write %1: %2").arg(quoted(out), error);
            throw CliError::internal(error);
        }
    }
}

} // namespace

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
               "context switches; and a text Gantt chart per CPU. The options override the file's settings. "
               "With --gantt it also writes the chart to files (PNG, SVG, PDF or CSV, chosen by the "
               "suffix), with a title and the metrics table unless --no-title or --no-metrics.");
}

QList<QCommandLineOption> RunCommand::options() const
{
    return {CliOptions::policy(), CliOptions::quantum(), CliOptions::cpus(),     CliOptions::switchCost(),
            CliOptions::json(),   CliOptions::gantt(),   CliOptions::lanes(),    CliOptions::width(),
            CliOptions::scale(),  CliOptions::noTitle(), CliOptions::noMetrics()};
}

int RunCommand::run(CliContext& context) const
{
    const QString file = context.arguments.first();
    // CliApp installed the --lang translators; installing again is harmless
    // and keeps this command right when called on its own.
    if (context.parser.isSet(QStringLiteral("lang")))
        Translations::install(context.parser.value(QStringLiteral("lang")));
    const ExportPlan plan = exportPlan(context.parser);
    Scenario scenario = ScenarioInput::load(file);
    ScenarioInput::applyOverrides(scenario, context.parser, &context.err);
    const SimulationResult result = Simulation::run(scenario);
    writeCharts(plan, result);
    if (context.parser.isSet(QStringLiteral("json")))
        context.out =
            QString::fromUtf8(QJsonDocument(RunReport::json(result)).toJson(QJsonDocument::Compact)) +
            QLatin1Char('\n');
    else
        context.out = RunReport::text(result, file);
    return ExitOk;
}

} // namespace processlab::cli
