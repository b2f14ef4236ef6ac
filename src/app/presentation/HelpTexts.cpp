#include "HelpTexts.h"

#include "diagram/StateDiagramScene.h"
#include "diagram/StateDiagramView.h"
#include "diagram/StateNodeItem.h"
#include "gantt/CompareDialog.h"
#include "processes/ProcessTableModel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QRegularExpression>
#include <QWhatsThis>

#include <utility>

namespace processlab {

namespace {
const char* const kAutoToolTip = "processlab_autoToolTip";
} // namespace

QString HelpTexts::state(ProcessState state)
{
    switch (state) {
    case ProcessState::New:
        return tr("<p><b>New (创建)</b></p><p>The process has been created: it has a PCB but is not yet "
                  "allowed to compete for the CPU. It is admitted to Ready when it arrives and, with a "
                  "memory limit, when there is room for it.</p>");
    case ProcessState::Ready:
        return tr("<p><b>Ready (就绪)</b></p><p>The process has everything it needs except a CPU. It waits "
                  "in the ready queue; the scheduling policy decides which ready process is dispatched "
                  "next.</p>");
    case ProcessState::Running:
        return tr("<p><b>Running (执行)</b></p><p>The process is on a CPU, executing its current CPU "
                  "burst. It leaves when the burst ends (to Blocked for I/O, or to Terminated), when its "
                  "time slice expires, or when a more urgent process preempts it (back to Ready).</p>");
    case ProcessState::Blocked:
        return tr("<p><b>Blocked (阻塞)</b></p><p>The process waits for an I/O operation or an event and "
                  "cannot use a CPU even if one is free. When the wait is over it goes to Ready, not "
                  "straight back to Running.</p>");
    case ProcessState::Terminated:
        return tr("<p><b>Terminated (终止)</b></p><p>The process has finished its last burst. Its PCB "
                  "stays until the operating system has collected its exit status and statistics; its "
                  "memory is returned.</p>");
    }
    return {};
}

QString HelpTexts::processColumn(int column)
{
    switch (column) {
    case ProcessTableModel::Pid:
        return tr("<p><b>PID</b>: the process identifier, the number the operating system knows the "
                  "process by (its PCB's key).</p>");
    case ProcessTableModel::Name:
        return tr("<p><b>Name</b> of the process, as the diagram, the queues and the Gantt chart show "
                  "it.</p>");
    case ProcessTableModel::State:
        return tr("<p><b>State</b>: where the process is in the five-state model right now.</p>");
    case ProcessTableModel::Priority:
        return tr("<p><b>Priority</b>, used by the priority policies: by default a lower number is more "
                  "urgent.</p>");
    case ProcessTableModel::Arrival:
        return tr("<p><b>Arrival</b>: the tick at which the process is created and asks to run.</p>");
    case ProcessTableModel::Memory:
        return tr("<p><b>Memory</b> the process needs. When the scenario has a memory pool (Edit \u25b8 "
                  "Scenario Properties), a new process is admitted from New to Ready only when that much "
                  "memory is free, and gives it back when it terminates.</p>");
    case ProcessTableModel::Bursts:
        return tr("<p><b>Bursts</b>: CPU and I/O bursts in ticks, alternating, first and last on the "
                  "CPU.</p>");
    case ProcessTableModel::Current:
        return tr("<p><b>Current burst</b>: the CPU or I/O burst the process is in.</p>");
    case ProcessTableModel::Remaining:
        return tr("<p><b>Remaining</b>: ticks left in the current burst.</p>");
    case ProcessTableModel::CpuTime:
        return tr("<p><b>CPU time</b>: ticks the process has spent running on a CPU so far.</p>");
    case ProcessTableModel::Waiting:
        return tr("<p><b>Waiting time</b>: ticks spent waiting so far: in the ready queue, in New after "
                  "arriving, and in context switches that bring it in. Time blocked for I/O is not "
                  "waiting. At the end, waiting = turnaround − CPU time − I/O time.</p>");
    case ProcessTableModel::Parent:
        return tr("<p><b>Parent</b>: the process that started this one (spawned it as a child, or owns it "
                  "as a thread). The processes the scenario itself starts have none.</p>");
    default:
        return {};
    }
}

QString HelpTexts::compareColumn(int column)
{
    switch (column) {
    case CompareDialog::AverageWaiting:
        return tr("<p><b>Average waiting time</b> over the finished processes: waiting = turnaround − "
                  "CPU time − I/O time, the time spent ready but not running.</p>");
    case CompareDialog::AverageTurnaround:
        return tr("<p><b>Average turnaround time</b>: turnaround = finish − arrival, how long each "
                  "process took from arriving to finishing.</p>");
    case CompareDialog::AverageResponse:
        return tr("<p><b>Average response time</b>: response = the first tick the process really runs − "
                  "arrival, how long it waited before it first got a CPU.</p>");
    case CompareDialog::CpuUtilization:
        return tr("<p><b>CPU utilisation</b>: the share of the CPUs' time spent running processes, "
                  "from the first arrival to the last finish. Context switches are overhead and do not "
                  "count.</p>");
    case CompareDialog::ContextSwitches:
        return tr("<p><b>Context switches</b>: how often a CPU loaded a different process's registers "
                  "than it last held. Each costs the scenario's switch cost in ticks.</p>");
    case CompareDialog::Makespan:
        return tr("<p><b>Makespan</b>: last finish − first arrival, the time the whole workload took.</p>");
    default:
        return {};
    }
}

void HelpTexts::installOn(StateDiagramView* view)
{
    new WhatsThisFilter(view->viewport(), [view](const QPoint& pos) {
        const QPointF scenePos = view->mapToScene(pos);
        StateDiagramScene* scene = view->diagram();
        for (ProcessState s : {ProcessState::New, ProcessState::Ready, ProcessState::Running,
                               ProcessState::Blocked, ProcessState::Terminated}) {
            StateNodeItem* node = scene->node(s);
            if (node && node->contains(node->mapFromScene(scenePos)))
                return state(s);
        }
        return QString();
    });
}

void HelpTexts::installOn(QHeaderView* header, std::function<QString(int)> text)
{
    new WhatsThisFilter(header->viewport(), [header, text = std::move(text)](const QPoint& pos) {
        const int section = header->logicalIndexAt(pos);
        return section < 0 ? QString() : text(section);
    });
}

QString HelpTexts::plainText(const QString& text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&(?=.)"));
    QString plain = text;
    plain.remove(accelerator);
    return plain.trimmed();
}

QString HelpTexts::shortcutText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void HelpTexts::addShortcutsToToolTips(const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        const QString current = action->toolTip();
        const QString mine = action->property(kAutoToolTip).toString();
        // The default tooltip is the text; one we set before may be
        // replaced; a tooltip set on purpose by its owner stays.
        if (current != plainText(action->text()) && current != mine)
            continue;
        const QString tip = tr("%1 (%2)").arg(plainText(action->text()), shortcutText(action));
        action->setToolTip(tip);
        action->setProperty(kAutoToolTip, tip);
    }
}

WhatsThisFilter::WhatsThisFilter(QWidget* widget, std::function<QString(const QPoint&)> textAt)
    : QObject(widget), m_textAt(std::move(textAt))
{
    widget->installEventFilter(this);
}

bool WhatsThisFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::QueryWhatsThis || event->type() == QEvent::WhatsThis) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_textAt(help->pos());
        if (text.isEmpty())
            return false;
        if (event->type() == QEvent::WhatsThis)
            QWhatsThis::showText(help->globalPos(), text, qobject_cast<QWidget*>(watched));
        event->accept();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace processlab
