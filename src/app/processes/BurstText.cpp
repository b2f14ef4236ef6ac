#include "BurstText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace processlab::burstText {

QString format(const Program& program)
{
    // Lessons and the producer-consumer lab run programs with queues, loops
    // and locks: their lengths alone would read as nonsense.
    if (!isBurstForm(program))
        return QCoreApplication::translate("BurstText", "program of %n step(s)", nullptr,
                                           int(program.size()));
    QStringList parts;
    for (const Operation& op : program)
        parts << QString::number(op.length);
    return parts.join(QLatin1String(", "));
}

std::optional<std::vector<Tick>> parse(const QString& text, int processIndex, QString* error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s\uff0c]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    std::vector<Tick> bursts;
    bursts.reserve(size_t(words.size()));
    for (qsizetype i = 0; i < words.size(); ++i) {
        bool ok = false;
        const Tick value = words[i].toLongLong(&ok);
        if (!ok) {
            if (error) {
                *error = QCoreApplication::translate("BurstText",
                                                     "processes[%1].bursts[%2]: \u201c%3\u201d is not a "
                                                     "whole number of ticks")
                             .arg(processIndex)
                             .arg(i)
                             .arg(words[i]);
            }
            return std::nullopt;
        }
        bursts.push_back(value);
    }
    return bursts;
}

QString describe(const Program& program)
{
    QStringList parts;
    for (const Operation& op : program) {
        parts << (op.kind == OperationKind::Cpu
                      ? QCoreApplication::translate("BurstText", "CPU %1").arg(op.length)
                      : QCoreApplication::translate("BurstText", "I/O %1").arg(op.length));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace processlab::burstText
