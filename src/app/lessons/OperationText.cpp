#include "OperationText.h"

namespace processlab {

namespace {
QString nameAt(const QStringList& names, int index, const char* fallback)
{
    if (index >= 0 && index < names.size() && !names.at(index).isEmpty())
        return names.at(index);
    return QString::fromLatin1(fallback) + QString::number(index);
}

QString queueName(const Scenario& scenario, int index)
{
    if (index >= 0 && size_t(index) < scenario.queues.size() &&
        !scenario.queues[size_t(index)].name.isEmpty())
        return scenario.queues[size_t(index)].name;
    return QStringLiteral("q") + QString::number(index);
}
} // namespace

QString OperationText::processName(const Scenario& scenario, int pid)
{
    if (pid >= 1 && size_t(pid) <= scenario.processes.size())
        return scenario.processes[size_t(pid - 1)].name;
    return tr("PID %1").arg(pid);
}

QString OperationText::of(const Operation& op, const Scenario& scenario)
{
    const QString global = nameAt(scenario.globalNames, op.target, "g");
    switch (op.kind) {
    case OperationKind::Cpu:
        return tr("CPU %1").arg(op.length);
    case OperationKind::Io:
        return tr("I/O %1").arg(op.length);
    case OperationKind::Sleep:
        return tr("sleep %1").arg(op.length);
    case OperationKind::Put:
        return tr("put into %1").arg(queueName(scenario, op.target));
    case OperationKind::Get:
        return tr("get from %1").arg(queueName(scenario, op.target));
    case OperationKind::Jump:
        return tr("jump to %1").arg(op.jump + 1);
    case OperationKind::JumpIfLess:
        return tr("if len(%1) < %2").arg(queueName(scenario, op.target)).arg(op.value);
    case OperationKind::JumpIfGreater:
        return tr("if len(%1) > %2").arg(queueName(scenario, op.target)).arg(op.value);
    case OperationKind::Repeat:
        return tr("repeat %1 times").arg(op.value);
    case OperationKind::Loop:
        return tr("loop back to %1").arg(op.jump + 1);
    case OperationKind::Spawn:
        return tr("start %1").arg(processName(scenario, op.target));
    case OperationKind::Join:
        return tr("join %1").arg(processName(scenario, op.target));
    case OperationKind::Acquire:
        return tr("acquire %1").arg(nameAt(scenario.locks, op.target, "lock"));
    case OperationKind::Release:
        return tr("release %1").arg(nameAt(scenario.locks, op.target, "lock"));
    case OperationKind::AddGlobal:
        return QStringLiteral("%1 += %2").arg(global).arg(op.value);
    case OperationKind::PutGlobal:
        return tr("put %1 into %2")
            .arg(nameAt(scenario.globalNames, int(op.value), "g"), queueName(scenario, op.target));
    case OperationKind::GetGlobal:
        return tr("%1 = get from %2")
            .arg(nameAt(scenario.globalNames, int(op.value), "g"), queueName(scenario, op.target));
    }
    return {};
}

QString OperationText::waitFor(const Pcb& pcb, const Scenario& scenario)
{
    if (pcb.state != ProcessState::Blocked)
        return {};
    switch (pcb.wait) {
    case Pcb::Wait::Timed:
        return pcb.wakeAt >= 0 ? tr("until t = %1").arg(pcb.wakeAt) : QString();
    case Pcb::Wait::Manual:
        return tr("until moved by hand");
    case Pcb::Wait::QueueEmpty:
        return tr("for an item in %1").arg(queueName(scenario, pcb.waitTarget));
    case Pcb::Wait::QueueFull:
        return tr("for room in %1").arg(queueName(scenario, pcb.waitTarget));
    case Pcb::Wait::Lock:
        return tr("for the lock %1").arg(nameAt(scenario.locks, pcb.waitTarget, "lock"));
    case Pcb::Wait::Join:
        return tr("until %1 has terminated").arg(processName(scenario, pcb.waitTarget));
    case Pcb::Wait::None:
        break;
    }
    return {};
}

std::vector<int> OperationText::spawners(const Scenario& scenario)
{
    std::vector<int> out(scenario.processes.size(), 0);
    for (size_t i = 0; i < scenario.processes.size(); ++i) {
        for (const Operation& op : scenario.processes[i].program) {
            if (op.kind == OperationKind::Spawn && op.target >= 1 && size_t(op.target) <= out.size() &&
                out[size_t(op.target - 1)] == 0)
                out[size_t(op.target - 1)] = int(i) + 1;
        }
    }
    return out;
}

int OperationText::parentOf(const Pcb& pcb, const std::vector<int>& spawners)
{
    if (pcb.parentPid > 0)
        return pcb.parentPid;
    if (pcb.pid >= 1 && size_t(pcb.pid) <= spawners.size())
        return spawners[size_t(pcb.pid - 1)];
    return 0;
}

} // namespace processlab
