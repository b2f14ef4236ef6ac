#include "Scenario.h"

#include "PolicyRegistry.h"

#include <QCoreApplication>
#include <QHash>

namespace processlab {

bool PolicyConfig::operator==(const PolicyConfig& o) const
{
    return name == o.name && quantum == o.quantum && preemptive == o.preemptive &&
           priorityOrder == o.priorityOrder && newBeforePreempted == o.newBeforePreempted &&
           levels == o.levels && boost == o.boost && mlfqPreemptive == o.mlfqPreemptive && extra == o.extra;
}

QString PolicyConfig::label() const
{
    if (name == QLatin1String("fcfs"))
        return QCoreApplication::translate("PolicyConfig", "FCFS");
    if (name == QLatin1String("sjf"))
        return QCoreApplication::translate("PolicyConfig", "SJF");
    if (name == QLatin1String("srtf"))
        return QCoreApplication::translate("PolicyConfig", "SRTF");
    if (name == QLatin1String("hrrn"))
        return QCoreApplication::translate("PolicyConfig", "HRRN");
    if (name == QLatin1String("manual"))
        return QCoreApplication::translate("PolicyConfig", "Manual");
    if (name == QLatin1String("rr"))
        return QCoreApplication::translate("PolicyConfig", "RR q=%1").arg(quantum);
    if (name == QLatin1String("priority")) {
        const bool lower = priorityOrder == PriorityOrder::LowerFirst;
        if (preemptive) {
            return lower ? QCoreApplication::translate("PolicyConfig", "Priority (preemptive, lower first)")
                         : QCoreApplication::translate("PolicyConfig", "Priority (preemptive, higher first)");
        }
        return lower ? QCoreApplication::translate("PolicyConfig", "Priority (non-preemptive, lower first)")
                     : QCoreApplication::translate("PolicyConfig", "Priority (non-preemptive, higher first)");
    }
    if (name == QLatin1String("mlfq")) {
        QStringList quanta;
        for (Tick q : levels) {
            quanta << (q == 0
                           ? QCoreApplication::translate("PolicyConfig", "FCFS", "MLFQ level without a slice")
                           : QString::number(q));
        }
        QString text =
            QCoreApplication::translate("PolicyConfig", "MLFQ %1").arg(quanta.join(QLatin1Char('/')));
        if (boost > 0)
            text =
                QCoreApplication::translate("PolicyConfig", "%1 boost %2").arg(text, QString::number(boost));
        if (!mlfqPreemptive)
            text = QCoreApplication::translate("PolicyConfig", "%1 (non-preemptive)").arg(text);
        return text;
    }
    return name;
}

bool ProcessSpec::operator==(const ProcessSpec& o) const
{
    return name == o.name && arrival == o.arrival && priority == o.priority && memory == o.memory &&
           program == o.program && extra == o.extra;
}

QString ScenarioProblem::text() const
{
    if (path.isEmpty())
        return message.text();
    return path + QLatin1String(": ") + message.text();
}

bool Scenario::operator==(const Scenario& o) const
{
    return title == o.title && cpus == o.cpus && contextSwitch == o.contextSwitch && memory == o.memory &&
           policy == o.policy && processes == o.processes && producerConsumer == o.producerConsumer &&
           extra == o.extra;
}

int Scenario::indexOf(const QString& name) const
{
    for (size_t i = 0; i < processes.size(); ++i) {
        if (processes[i].name == name)
            return int(i);
    }
    return -1;
}

namespace {

constexpr Tick kMaxPriority = 1000000000;

ScenarioProblem problem(QString path, const char* source, QStringList args = {})
{
    return ScenarioProblem{std::move(path), Message("Scenario", source, std::move(args))};
}

// The range rule every number field shares; `limit` marks a documented limit.
std::optional<ScenarioProblem> checkRange(const QString& path, qint64 value, qint64 min, qint64 max)
{
    if (value < min) {
        return problem(path, QT_TRANSLATE_NOOP("Scenario", "must be at least %1, not %2"),
                       {QString::number(min), QString::number(value)});
    }
    if (value > max) {
        return problem(path, QT_TRANSLATE_NOOP("Scenario", "must be at most %1 (the limit), not %2"),
                       {QString::number(max), QString::number(value)});
    }
    return std::nullopt;
}

QString processPath(size_t index, const char* field)
{
    return QStringLiteral("processes[%1].%2").arg(index).arg(QLatin1String(field));
}

std::optional<ScenarioProblem> validatePolicy(const PolicyConfig& policy)
{
    if (!PolicyRegistry::find(policy.name)) {
        return problem(QStringLiteral("policy.name"),
                       QT_TRANSLATE_NOOP("Scenario", "unknown policy \u201c%1\u201d; expected one of: %2"),
                       {policy.name, PolicyRegistry::ids().join(QLatin1String(", "))});
    }
    if (auto p = checkRange(QStringLiteral("policy.quantum"), policy.quantum, 1, limits::kMaxTicks))
        return p;
    const auto levelCount = policy.levels.size();
    if (levelCount < 1 || levelCount > size_t(limits::kMaxMlfqLevels)) {
        return problem(QStringLiteral("policy.levels"),
                       QT_TRANSLATE_NOOP("Scenario", "must list between 1 and %1 levels (the limit), not %2"),
                       {QString::number(limits::kMaxMlfqLevels), QString::number(levelCount)});
    }
    for (size_t i = 0; i < levelCount; ++i) {
        const QString path = QStringLiteral("policy.levels[%1]").arg(i);
        const Tick q = policy.levels[i];
        const bool last = i + 1 == levelCount;
        if (q == 0 && !last) {
            return problem(path, QT_TRANSLATE_NOOP("Scenario", "must be at least 1; only the last level may "
                                                               "be 0 (first come, first served)"));
        }
        if (auto p = checkRange(path, q, 0, limits::kMaxTicks))
            return p;
    }
    if (auto p = checkRange(QStringLiteral("policy.boost"), policy.boost, 0, limits::kMaxTicks))
        return p;
    return std::nullopt;
}

std::optional<ScenarioProblem> validateGeneralProgram(size_t index, const Program& program,
                                                      const Scenario& scenario)
{
    // A program with more than CPU and I/O bursts (lessons, producer-consumer).
    const QString path = processPath(index, "program");
    if (program.empty())
        return problem(path, QT_TRANSLATE_NOOP("Scenario", "must contain at least one operation"));
    if (program.size() > size_t(limits::kMaxBursts)) {
        return problem(path,
                       QT_TRANSLATE_NOOP("Scenario", "must have at most %1 operations (the limit), not %2"),
                       {QString::number(limits::kMaxBursts), QString::number(program.size())});
    }
    const int processes = int(scenario.processes.size());
    for (size_t i = 0; i < program.size(); ++i) {
        const Operation& op = program[i];
        const QString opPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        auto outOf = [&](const char* what, qint64 value, qint64 count) -> std::optional<ScenarioProblem> {
            if (value >= 0 && value < count)
                return std::nullopt;
            return problem(QStringLiteral("%1.%2").arg(opPath, QLatin1String(what)),
                           QT_TRANSLATE_NOOP("Scenario", "refers to %1, which does not exist (there are %2)"),
                           {QString::number(value), QString::number(count)});
        };
        std::optional<ScenarioProblem> p;
        switch (op.kind) {
        case OperationKind::Cpu:
        case OperationKind::Io:
        case OperationKind::Sleep:
            p = checkRange(opPath + QStringLiteral(".ticks"), op.length, 1, limits::kMaxTicks);
            break;
        case OperationKind::Put:
        case OperationKind::Get:
        case OperationKind::JumpIfLess:
        case OperationKind::JumpIfGreater:
            p = outOf("queue", op.target, qint64(scenario.queues.size()));
            break;
        case OperationKind::PutGlobal:
        case OperationKind::GetGlobal:
            p = outOf("queue", op.target, qint64(scenario.queues.size()));
            if (!p)
                p = outOf("global", op.value, kGlobals);
            break;
        case OperationKind::AddGlobal:
            p = outOf("global", op.target, kGlobals);
            break;
        case OperationKind::Repeat:
        case OperationKind::Loop:
            p = outOf("counter", op.target, kCounters);
            break;
        case OperationKind::Acquire:
        case OperationKind::Release:
            p = outOf("lock", op.target, qint64(scenario.locks.size()));
            break;
        case OperationKind::Spawn:
        case OperationKind::Join:
            p = outOf("process", op.target - 1, processes);
            if (!p && op.kind == OperationKind::Spawn && !scenario.processes[size_t(op.target - 1)].spawned)
                p = problem(opPath + QStringLiteral(".process"),
                            QT_TRANSLATE_NOOP("Scenario", "must name a process marked \"spawned\""));
            break;
        case OperationKind::Jump:
            break;
        }
        if (!p && (op.kind == OperationKind::Jump || op.kind == OperationKind::JumpIfLess ||
                   op.kind == OperationKind::JumpIfGreater || op.kind == OperationKind::Loop))
            p = outOf("to", op.jump, qint64(program.size()) + 1);
        if (p)
            return p;
    }
    return std::nullopt;
}

std::optional<ScenarioProblem> validateProgram(size_t index, const Program& program, const Scenario& scenario)
{
    for (const Operation& op : program) {
        if (op.kind != OperationKind::Cpu && op.kind != OperationKind::Io)
            return validateGeneralProgram(index, program, scenario);
    }
    const QString path = processPath(index, "bursts");
    if (program.empty())
        return problem(path, QT_TRANSLATE_NOOP("Scenario", "must contain at least one CPU burst"));
    if (program.size() > size_t(limits::kMaxBursts)) {
        return problem(path, QT_TRANSLATE_NOOP("Scenario", "must have at most %1 bursts (the limit), not %2"),
                       {QString::number(limits::kMaxBursts), QString::number(program.size())});
    }
    if (program.size() % 2 == 0) {
        return problem(path,
                       QT_TRANSLATE_NOOP("Scenario", "must have an odd number of bursts (CPU, I/O, CPU, "
                                                     "\u2026, ending with a CPU burst), not %1"),
                       {QString::number(program.size())});
    }
    for (size_t i = 0; i < program.size(); ++i) {
        const QString opPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const OperationKind expected = i % 2 == 0 ? OperationKind::Cpu : OperationKind::Io;
        if (program[i].kind != expected) {
            return problem(opPath,
                           expected == OperationKind::Cpu
                               ? QT_TRANSLATE_NOOP("Scenario", "must be a CPU burst (bursts alternate "
                                                               "CPU, I/O, CPU, \u2026)")
                               : QT_TRANSLATE_NOOP("Scenario", "must be an I/O burst (bursts alternate "
                                                               "CPU, I/O, CPU, \u2026)"));
        }
        if (auto p = checkRange(opPath, program[i].length, 1, limits::kMaxTicks))
            return p;
    }
    return std::nullopt;
}

} // namespace

std::optional<ScenarioProblem> Scenario::validate() const
{
    if (auto p = checkRange(QStringLiteral("cpus"), cpus, 1, limits::kMaxCpus))
        return p;
    if (auto p = checkRange(QStringLiteral("contextSwitch"), contextSwitch, 0, limits::kMaxTicks))
        return p;
    if (auto p = checkRange(QStringLiteral("memory"), memory, 0, limits::kMaxTicks))
        return p;
    if (auto p = validatePolicy(policy))
        return p;

    if (processes.empty())
        return problem(QStringLiteral("processes"),
                       QT_TRANSLATE_NOOP("Scenario", "must list at least one process"));
    if (processes.size() > size_t(limits::kMaxProcesses)) {
        return problem(QStringLiteral("processes"),
                       QT_TRANSLATE_NOOP("Scenario", "must list at most %1 processes (the limit), not %2"),
                       {QString::number(limits::kMaxProcesses), QString::number(processes.size())});
    }

    QHash<QString, size_t> seen;
    seen.reserve(qsizetype(processes.size()));
    for (size_t i = 0; i < processes.size(); ++i) {
        const ProcessSpec& spec = processes[i];
        if (spec.name.trimmed().isEmpty())
            return problem(processPath(i, "name"), QT_TRANSLATE_NOOP("Scenario", "must not be empty"));
        const auto found = seen.constFind(spec.name);
        if (found != seen.cend()) {
            return problem(processPath(i, "name"),
                           QT_TRANSLATE_NOOP("Scenario",
                                             "\u201c%1\u201d is already the name of processes[%2]; "
                                             "names must be unique"),
                           {spec.name, QString::number(found.value())});
        }
        seen.insert(spec.name, i);
        if (auto p = checkRange(processPath(i, "arrival"), spec.arrival, 0, limits::kMaxTicks))
            return p;
        if (auto p = checkRange(processPath(i, "priority"), spec.priority, -kMaxPriority, kMaxPriority))
            return p;
        if (auto p = checkRange(processPath(i, "memory"), spec.memory, 0, limits::kMaxTicks))
            return p;
        if (memory > 0 && spec.memory > memory) {
            return problem(processPath(i, "memory"),
                           QT_TRANSLATE_NOOP("Scenario",
                                             "needs %1 but the memory pool is only %2, so it could "
                                             "never be admitted"),
                           {QString::number(spec.memory), QString::number(memory)});
        }
        if (auto p = validateProgram(i, spec.program, *this))
            return p;
    }
    return std::nullopt;
}

} // namespace processlab
