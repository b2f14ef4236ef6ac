#include "RunReport.h"

#include "PolicySpec.h"
#include "TextGantt.h"
#include "TextTable.h"
#include "core/Trace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace processlab::cli {

QString RunReport::fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString RunReport::percent(double ratio)
{
    return QCoreApplication::translate("Cli", "%1 %").arg(fixed(ratio * 100.0, 1));
}

QJsonObject RunReport::averagesJson(const Averages& averages)
{
    QJsonObject object;
    object.insert(QStringLiteral("turnaround"), averages.turnaround);
    object.insert(QStringLiteral("waiting"), averages.waiting);
    object.insert(QStringLiteral("response"), averages.response);
    return object;
}

QJsonObject RunReport::json(const SimulationResult& result)
{
    const Metrics& m = result.metrics;
    QJsonObject root;
    root.insert(QStringLiteral("scenario"), result.scenario.title);
    root.insert(QStringLiteral("policy"), PolicySpec::format(result.scenario.policy));
    root.insert(QStringLiteral("policyLabel"), result.scenario.policy.label());
    root.insert(QStringLiteral("cpus"), result.scenario.cpus);
    root.insert(QStringLiteral("contextSwitch"), result.scenario.contextSwitch);
    root.insert(QStringLiteral("makespan"), m.makespan);
    root.insert(QStringLiteral("cpuUtilization"), m.cpuUtilization);
    root.insert(QStringLiteral("throughput"), m.throughput);
    root.insert(QStringLiteral("contextSwitches"), qint64(m.contextSwitches));

    QJsonArray processes;
    for (const ProcessMetrics& p : m.processes) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), p.name);
        o.insert(QStringLiteral("arrival"), p.arrival);
        o.insert(QStringLiteral("finish"), p.finish);
        o.insert(QStringLiteral("turnaround"), p.turnaround);
        o.insert(QStringLiteral("waiting"), p.waiting);
        o.insert(QStringLiteral("response"), p.response);
        o.insert(QStringLiteral("cpuTime"), p.cpuTime);
        o.insert(QStringLiteral("ioTime"), p.ioTime);
        processes.append(o);
    }
    root.insert(QStringLiteral("processes"), processes);
    root.insert(QStringLiteral("averages"), averagesJson(m.averages));

    QJsonArray slices;
    for (const Slice& s : result.trace.slices) {
        QJsonObject o;
        o.insert(QStringLiteral("cpu"), s.cpu);
        o.insert(QStringLiteral("name"), result.names.value(s.pid - 1));
        o.insert(QStringLiteral("start"), s.start);
        o.insert(QStringLiteral("end"), s.end);
        o.insert(QStringLiteral("kind"), sliceKindId(s.kind));
        slices.append(o);
    }
    root.insert(QStringLiteral("slices"), slices);
    return root;
}

QString RunReport::text(const SimulationResult& result, const QString& file)
{
    const Metrics& m = result.metrics;
    const Scenario& s = result.scenario;
    auto ticks = [](Tick value) { return value < 0 ? QStringLiteral("-") : QString::number(value); };

    QString out;
    out += QCoreApplication::translate("Cli", "Scenario: %1 (%2)")
               .arg(s.title.isEmpty() ? QCoreApplication::translate("Cli", "untitled") : s.title, file) +
           QLatin1Char('\n');
    out += QCoreApplication::translate("Cli", "Policy: %1; CPUs: %2; context switch (ticks): %3")
               .arg(s.policy.label(), QString::number(s.cpus), QString::number(s.contextSwitch)) +
           QLatin1String("\n\n");

    using Align = TextTable::Align;
    TextTable table(
        {QCoreApplication::translate("Cli", "Process"), QCoreApplication::translate("Cli", "Arrival"),
         QCoreApplication::translate("Cli", "Finish"), QCoreApplication::translate("Cli", "Turnaround"),
         QCoreApplication::translate("Cli", "Waiting"), QCoreApplication::translate("Cli", "Response"),
         QCoreApplication::translate("Cli", "CPU time"), QCoreApplication::translate("Cli", "I/O time")},
        {Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right,
         Align::Right});
    for (const ProcessMetrics& p : m.processes) {
        table.addRow({p.name, ticks(p.arrival), ticks(p.finish), ticks(p.turnaround), ticks(p.waiting),
                      ticks(p.response), ticks(p.cpuTime), ticks(p.ioTime)});
    }
    table.addRule();
    table.addRow({QCoreApplication::translate("Cli", "Average"), QString(), QString(),
                  fixed(m.averages.turnaround, 2), fixed(m.averages.waiting, 2),
                  fixed(m.averages.response, 2)});
    out += table.render() + QLatin1Char('\n');

    out += QCoreApplication::translate("Cli", "Makespan: %1 ticks").arg(m.makespan) + QLatin1Char('\n');
    out += QCoreApplication::translate("Cli", "CPU utilisation: %1").arg(percent(m.cpuUtilization)) +
           QLatin1Char('\n');
    out +=
        QCoreApplication::translate("Cli", "Throughput: %1 processes per tick").arg(fixed(m.throughput, 4)) +
        QLatin1Char('\n');
    out += QCoreApplication::translate("Cli", "Context switches: %1").arg(m.contextSwitches) +
           QLatin1String("\n\n");

    out += QCoreApplication::translate("Cli", "Gantt chart:") + QLatin1Char('\n');
    out += TextGantt::render(result);
    out += TextGantt::legend() + QLatin1Char('\n');
    return out;
}

} // namespace processlab::cli
