#include "ProcessTableModel.h"

#include "BurstText.h"
#include "Palette.h"
#include "SimulationController.h"
#include "lessons/OperationText.h"

#include <limits>

namespace processlab {

ProcessTableModel::ProcessTableModel(SimulationController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
    m_rows = m_controller->engine().processCount();
    m_spawners = OperationText::spawners(m_controller->scenario());
    connect(controller, &SimulationController::scenarioChanged, this, &ProcessTableModel::onScenarioChanged);
    connect(controller, &SimulationController::stateChanged, this, &ProcessTableModel::onStateChanged);
}

int ProcessTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ProcessTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ProcessTableModel::onScenarioChanged()
{
    m_spawners = OperationText::spawners(m_controller->scenario());
    const int rows = m_controller->engine().processCount();
    if (rows == m_rows && rows > 0) {
        // An edit of one process (perhaps from an editor of this very table,
        // still committing): same rows, new values. A reset here would pull
        // the editor out from under the view.
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = m_controller->engine().processCount();
    endResetModel();
}

void ProcessTableModel::onStateChanged()
{
    if (m_rows == 0)
        return;
    emit dataChanged(index(0, State), index(m_rows - 1, ColumnCount - 1),
                     {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole});
}

void ProcessTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    onStateChanged();
}

QString ProcessTableModel::stateText(int pid) const
{
    return stateName(m_controller->engine().pcb(pid).state);
}

QString ProcessTableModel::stateToolTip(int pid) const
{
    const Engine& engine = m_controller->engine();
    const Pcb& pcb = engine.pcb(pid);
    switch (pcb.state) {
    case ProcessState::New:
        if (!pcb.arrived)
            return tr("Not arrived yet: arrives at t = %1.").arg(pcb.arrival);
        return tr("Arrived, waiting to be admitted since t = %1.").arg(pcb.stateSince);
    case ProcessState::Ready:
        return tr("In the ready queue since t = %1.").arg(pcb.readySince);
    case ProcessState::Running:
        return tr("Running on CPU %1 since t = %2.").arg(pcb.cpu).arg(pcb.stateSince);
    case ProcessState::Blocked:
        if (pcb.manualWait)
            return tr("Blocked by hand since t = %1: drag it to Ready to finish the wait.")
                .arg(pcb.stateSince);
        if (pcb.wakeAt < 0)
            return tr("Blocked since t = %1, waiting %2.")
                .arg(pcb.stateSince)
                .arg(OperationText::waitFor(pcb, engine.scenario()));
        return tr("Blocked since t = %1, until t = %2.").arg(pcb.stateSince).arg(pcb.wakeAt);
    case ProcessState::Terminated:
        return tr("Terminated at t = %1.").arg(pcb.finish);
    }
    return {};
}

QString ProcessTableModel::currentBurst(int pid) const
{
    const Engine& engine = m_controller->engine();
    const Pcb& pcb = engine.pcb(pid);
    const Program& program = engine.spec(pid).program;
    if (pcb.state == ProcessState::Terminated || pcb.opIndex < 0 || size_t(pcb.opIndex) >= program.size())
        return QStringLiteral("\u2014");
    const Operation& op = program[size_t(pcb.opIndex)];
    const QString kind = OperationText::of(op, engine.scenario());
    return operationPosition(kind, pcb.opIndex + 1, int(program.size()));
}

QString ProcessTableModel::operationPosition(const QString& kind, int position, int count)
{
    return tr("%1 (%2 of %3)").arg(kind).arg(position).arg(count);
}

QVariant ProcessTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows)
        return {};
    const int pid = pidOf(index.row());
    const Engine& engine = m_controller->engine();
    if (pid > engine.processCount())
        return {};
    const Pcb& pcb = engine.pcb(pid);
    const ProcessSpec& spec = engine.spec(pid);

    if (role == PidRole)
        return pid;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Name || index.column() == State || index.column() == Bursts ||
            index.column() == Current)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::DecorationRole) {
        if (index.column() == Pid)
            return palette::processColor(pid);
        if (index.column() == State)
            return palette::stateColor(pcb.state);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case State:
            return stateToolTip(pid);
        case Bursts:
            return burstText::describe(spec.program);
        case Parent:
            return parentText(pid, true);
        case Priority:
            return spec.priority == pcb.priority
                       ? QVariant()
                       : tr("Scenario priority %1, now %2.").arg(spec.priority).arg(pcb.priority);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};

    switch (index.column()) {
    case Pid:
        return pid;
    case Name:
        return spec.name;
    case State:
        return stateText(pid);
    case Priority:
        // Edited as text, so a wrong value reaches setData and gets a message
        // instead of being silently clamped by a spin box.
        return role == Qt::EditRole ? QVariant(QString::number(spec.priority)) : QVariant(spec.priority);
    case Arrival:
        return role == Qt::EditRole ? QVariant(QString::number(spec.arrival))
                                    : QVariant(qlonglong(spec.arrival));
    case Memory:
        return role == Qt::EditRole ? QVariant(QString::number(spec.memory))
                                    : QVariant(qlonglong(spec.memory));
    case Bursts:
        return burstText::format(spec.program);
    case Current:
        return role == Qt::DisplayRole ? QVariant(currentBurst(pid)) : QVariant();
    case Remaining:
        return pcb.state == ProcessState::Terminated ? QVariant(QStringLiteral("\u2014"))
                                                     : QVariant(qlonglong(pcb.remaining));
    case CpuTime:
        return qlonglong(pcb.cpuTime);
    case Waiting:
        return qlonglong(engine.waitingSoFar(pid));
    case Parent:
        return role == Qt::DisplayRole ? QVariant(parentText(pid, false)) : QVariant();
    default:
        return {};
    }
}

QString ProcessTableModel::parentText(int pid, bool toolTip) const
{
    const Engine& engine = m_controller->engine();
    const Scenario& scenario = engine.scenario();
    const ProcessSpec& spec = engine.spec(pid);
    const int parent = OperationText::parentOf(engine.pcb(pid), m_spawners);
    if (parent > 0) {
        const QString name = OperationText::processName(scenario, parent);
        if (toolTip) {
            return spec.daemon ? tr("Daemon child of %1 (PID %2): terminated when its parent exits.")
                                     .arg(name)
                                     .arg(parent)
                               : tr("Child of %1 (PID %2).").arg(name).arg(parent);
        }
        return spec.daemon ? tr("%1 (%2), daemon").arg(name).arg(parent)
                           : tr("%1 (%2)").arg(name).arg(parent);
    }
    if (spec.group == pid && !spec.spawned)
        return toolTip ? tr("The main thread of its process.") : tr("main thread");
    if (spec.group > 0 && !spec.spawned) {
        // Threads of one process share its group.
        const QString name = OperationText::processName(scenario, spec.group);
        return toolTip ? tr("A thread of the process whose main thread is %1.").arg(name)
                       : tr("thread of %1").arg(name);
    }
    return toolTip ? QString() : QStringLiteral("\u2014");
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Bursts:
            return tr("CPU and I/O bursts in ticks, alternating and ending with CPU: \u201c"
                      "5, 3, 2\u201d = "
                      "CPU 5, I/O 3, CPU 2. Double-click to edit.");
        case Remaining:
            return tr("Ticks left in the current burst.");
        case Waiting:
            return tr("Ticks spent waiting so far: in the ready queue, in New after arriving, and in "
                      "context switches that bring it in.");
        case Priority:
            return tr("Lower is more urgent unless the policy says higher first.");
        case Memory:
            return tr("Memory the process needs: it is admitted only when that much of the memory pool is "
                      "free (Edit \u25b8 Scenario Properties).");
        case Parent:
            return tr("The process that started it with Process.start() (its parent PID), or the process a "
                      "thread belongs to.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pid:
        return tr("PID");
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Priority:
        return tr("Priority");
    case Arrival:
        return tr("Arrival");
    case Memory:
        return tr("Memory");
    case Bursts:
        return tr("Bursts");
    case Current:
        return tr("Current burst");
    case Remaining:
        return tr("Remaining");
    case CpuTime:
        return tr("CPU time");
    case Waiting:
        return tr("Waiting");
    case Parent:
        return tr("Parent");
    default:
        return {};
    }
}

Qt::ItemFlags ProcessTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case Name:
    case Priority:
    case Arrival:
    case Memory:
    case Bursts:
        flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

bool ProcessTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows)
        return false;
    const int row = index.row();
    ProcessSpec spec = m_controller->scenario().processes[size_t(row)];
    UndoText undoText;
    QString error;
    switch (index.column()) {
    case Name:
        spec.name = value.toString().trimmed();
        undoText = [from = m_controller->scenario().processes[size_t(row)].name, to = spec.name] {
            return tr("Rename %1 to %2").arg(from, to);
        };
        break;
    case Priority:
    case Arrival:
    case Memory: {
        bool ok = false;
        const qlonglong number = value.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            const QLatin1String field = index.column() == Priority  ? QLatin1String("priority")
                                        : index.column() == Arrival ? QLatin1String("arrival")
                                                                    : QLatin1String("memory");
            error = QStringLiteral("processes[%1].%2: ").arg(row).arg(field) +
                    tr("\u201c%1\u201d is not a whole number").arg(value.toString());
            break;
        }
        if (index.column() == Priority) {
            if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
                error = QStringLiteral("processes[%1].priority: ").arg(row) +
                        tr("%1 is out of range").arg(number);
                break;
            }
            spec.priority = int(number);
            undoText = [name = spec.name, number] {
                return tr("Set priority of %1 to %2").arg(name, QString::number(number));
            };
        } else if (index.column() == Arrival) {
            spec.arrival = number;
            undoText = [name = spec.name, number] {
                return tr("Set arrival of %1 to %2").arg(name, QString::number(number));
            };
        } else {
            // Out of range or more than the pool: the scenario's check says so.
            spec.memory = number;
            undoText = [name = spec.name, number] {
                return tr("Set memory of %1 to %2").arg(name, QString::number(number));
            };
        }
        break;
    }
    case Bursts: {
        const auto bursts = burstText::parse(value.toString(), row, &error);
        if (!bursts)
            break;
        spec.program = programFromBursts(*bursts);
        undoText = [name = spec.name, bursts = burstText::format(spec.program)] {
            return tr("Set bursts of %1 to %2").arg(name, bursts);
        };
        break;
    }
    default:
        return false;
    }
    if (!error.isEmpty()) {
        // A word the table could not read: the controller never saw it.
        m_controller->reportMessage(error, MessageKind::Warning);
        emit editRefused(index, error);
        return false;
    }
    if (m_controller->editProcess(row, spec, undoText, &error))
        return true;
    if (!error.isEmpty())
        emit editRefused(index, error);
    return false;
}

} // namespace processlab
