#include "PolicySpec.h"

#include "CliError.h"
#include "core/PolicyRegistry.h"

#include <QCoreApplication>

namespace processlab::cli {

namespace {

[[noreturn]] void refuse(const QString& option, const QString& spec, const QString& why)
{
    throw CliError::badInput(
        QCoreApplication::translate("Cli", "%1 \u201c%2\u201d: %3").arg(option, spec, why));
}

bool parseTicks(const QString& text, Tick min, Tick* out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > limits::kMaxTicks)
        return false;
    *out = value;
    return true;
}

} // namespace

QStringList PolicySpec::split(const QString& list, const QString& option)
{
    QStringList specs;
    const QStringList parts = list.split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString spec = part.trimmed();
        if (spec.isEmpty()) {
            throw CliError::badInput(
                QCoreApplication::translate("Cli", "%1 \u201c%2\u201d: empty policy in the list")
                    .arg(option, list));
        }
        specs << spec;
    }
    return specs;
}

PolicyConfig PolicySpec::parse(const QString& spec, const PolicyConfig& base, const QString& option)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    PolicyConfig config = base;
    config.name = parts.first().trimmed().toLower();
    if (!PolicyRegistry::find(config.name)) {
        refuse(option, spec,
               QCoreApplication::translate("Cli", "unknown policy; expected one of: %1")
                   .arg(PolicyRegistry::ids().join(QLatin1String(", "))));
    }
    const bool rr = config.name == QLatin1String("rr");
    const bool mlfq = config.name == QLatin1String("mlfq");
    const bool priority = config.name == QLatin1String("priority");
    const QString maxTicks = QString::number(limits::kMaxTicks);

    for (int i = 1; i < parts.size(); ++i) {
        const QString param = parts.at(i).trimmed().toLower();
        if (param == QLatin1String("expired-first")) {
            config.newBeforePreempted = false;
        } else if (param == QLatin1String("new-first")) {
            config.newBeforePreempted = true;
        } else if (rr) {
            QString number = param;
            if (number.startsWith(QLatin1String("q=")))
                number = number.mid(2);
            if (!parseTicks(number, 1, &config.quantum)) {
                refuse(option, spec,
                       QCoreApplication::translate("Cli",
                                                   "the quantum must be a whole number of ticks from 1 "
                                                   "to %1, not \u201c%2\u201d")
                           .arg(maxTicks, parts.at(i)));
            }
        } else if (priority &&
                   (param == QLatin1String("preemptive") || param == QLatin1String("nonpreemptive"))) {
            config.preemptive = param == QLatin1String("preemptive");
        } else if (priority &&
                   (param == QLatin1String("higher-first") || param == QLatin1String("lower-first"))) {
            config.priorityOrder = param == QLatin1String("higher-first") ? PriorityOrder::HigherFirst
                                                                          : PriorityOrder::LowerFirst;
        } else if (mlfq &&
                   (param == QLatin1String("preemptive") || param == QLatin1String("nonpreemptive"))) {
            config.mlfqPreemptive = param == QLatin1String("preemptive");
        } else if (mlfq && param.startsWith(QLatin1String("boost="))) {
            if (!parseTicks(param.mid(6), 0, &config.boost)) {
                refuse(option, spec,
                       QCoreApplication::translate("Cli", "the boost period must be a whole number of ticks "
                                                          "from 0 to %1, not \u201c%2\u201d")
                           .arg(maxTicks, param.mid(6)));
            }
        } else if (mlfq && !param.isEmpty() && (param.at(0).isDigit() || param.contains(QLatin1Char('/')))) {
            std::vector<Tick> levels;
            const QStringList quanta = param.split(QLatin1Char('/'));
            for (const QString& q : quanta) {
                Tick value = 0;
                if (!parseTicks(q, 0, &value)) {
                    refuse(option, spec,
                           QCoreApplication::translate("Cli", "the MLFQ levels must be time slices separated "
                                                              "by '/', such as 8/16/0, not \u201c%1\u201d")
                               .arg(parts.at(i)));
                }
                levels.push_back(value);
            }
            config.levels = levels;
        } else {
            refuse(option, spec,
                   QCoreApplication::translate("Cli", "unknown parameter \u201c%1\u201d for %2")
                       .arg(parts.at(i), config.name));
        }
    }
    return config;
}

QString PolicySpec::format(const PolicyConfig& config)
{
    QString spec = config.name;
    if (config.name == QLatin1String("rr")) {
        spec += QStringLiteral(":%1").arg(config.quantum);
    } else if (config.name == QLatin1String("priority")) {
        if (config.preemptive)
            spec += QLatin1String(":preemptive");
        if (config.priorityOrder == PriorityOrder::HigherFirst)
            spec += QLatin1String(":higher-first");
    } else if (config.name == QLatin1String("mlfq")) {
        QStringList quanta;
        for (Tick q : config.levels)
            quanta << QString::number(q);
        spec += QLatin1Char(':') + quanta.join(QLatin1Char('/'));
        if (config.boost > 0)
            spec += QStringLiteral(":boost=%1").arg(config.boost);
        if (!config.mlfqPreemptive)
            spec += QLatin1String(":nonpreemptive");
    }
    if (!config.newBeforePreempted)
        spec += QLatin1String(":expired-first");
    return spec;
}

} // namespace processlab::cli
