#include "PcbInspector.h"

#include "BurstText.h"
#include "Palette.h"
#include "SimulationController.h"
#include "lessons/OperationText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace processlab {

namespace {
// Groups and their fields, in display order; currentValues() follows it.
struct GroupSpec
{
    const char* group;
    std::vector<const char*> fields;
};
const std::vector<GroupSpec>& fieldGroups()
{
    static const std::vector<GroupSpec> groups = {
        {QT_TRANSLATE_NOOP("PcbInspector", "Identity"),
         {QT_TRANSLATE_NOOP("PcbInspector", "PID"), QT_TRANSLATE_NOOP("PcbInspector", "Name"),
          QT_TRANSLATE_NOOP("PcbInspector", "Parent PID"), QT_TRANSLATE_NOOP("PcbInspector", "Arrival"),
          QT_TRANSLATE_NOOP("PcbInspector", "Priority"), QT_TRANSLATE_NOOP("PcbInspector", "Memory")}},
        {QT_TRANSLATE_NOOP("PcbInspector", "State"),
         {QT_TRANSLATE_NOOP("PcbInspector", "State"), QT_TRANSLATE_NOOP("PcbInspector", "Since"),
          QT_TRANSLATE_NOOP("PcbInspector", "Arrived"), QT_TRANSLATE_NOOP("PcbInspector", "CPU"),
          QT_TRANSLATE_NOOP("PcbInspector", "Wakes up at")}},
        {QT_TRANSLATE_NOOP("PcbInspector", "Program"),
         {QT_TRANSLATE_NOOP("PcbInspector", "Bursts"), QT_TRANSLATE_NOOP("PcbInspector", "Current burst"),
          QT_TRANSLATE_NOOP("PcbInspector", "Remaining"), QT_TRANSLATE_NOOP("PcbInspector", "Globals")}},
        {QT_TRANSLATE_NOOP("PcbInspector", "Accounting"),
         {QT_TRANSLATE_NOOP("PcbInspector", "CPU time"), QT_TRANSLATE_NOOP("PcbInspector", "Ready time"),
          QT_TRANSLATE_NOOP("PcbInspector", "Blocked time"), QT_TRANSLATE_NOOP("PcbInspector", "Time in New"),
          QT_TRANSLATE_NOOP("PcbInspector", "Waiting so far"), QT_TRANSLATE_NOOP("PcbInspector", "First run"),
          QT_TRANSLATE_NOOP("PcbInspector", "Finish"), QT_TRANSLATE_NOOP("PcbInspector", "Dispatches")}},
        {QT_TRANSLATE_NOOP("PcbInspector", "Scheduling"),
         {QT_TRANSLATE_NOOP("PcbInspector", "MLFQ level"), QT_TRANSLATE_NOOP("PcbInspector", "Ready since"),
          QT_TRANSLATE_NOOP("PcbInspector", "Queue entry number")}},
        {QT_TRANSLATE_NOOP("PcbInspector", "Saved context"),
         {QT_TRANSLATE_NOOP("PcbInspector", "PC"), QT_TRANSLATE_NOOP("PcbInspector", "SP"),
          QT_TRANSLATE_NOOP("PcbInspector", "R0"), QT_TRANSLATE_NOOP("PcbInspector", "R1"),
          QT_TRANSLATE_NOOP("PcbInspector", "R2"), QT_TRANSLATE_NOOP("PcbInspector", "R3")}},
        {QT_TRANSLATE_NOOP("PcbInspector", "Live registers (on the CPU)"),
         {QT_TRANSLATE_NOOP("PcbInspector", "Live PC"), QT_TRANSLATE_NOOP("PcbInspector", "Live SP"),
          QT_TRANSLATE_NOOP("PcbInspector", "Live R0"), QT_TRANSLATE_NOOP("PcbInspector", "Live R1"),
          QT_TRANSLATE_NOOP("PcbInspector", "Live R2"), QT_TRANSLATE_NOOP("PcbInspector", "Live R3")}},
    };
    return groups;
}

QString translated(const char* source)
{
    return QCoreApplication::translate("PcbInspector", source);
}

QString hex(quint32 value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

QString tick(Tick t)
{
    return t < 0 ? QStringLiteral("\u2014") : QString::number(t);
}

const QColor kChanged(0xff, 0xe8, 0x8c);
} // namespace

PcbInspector::PcbInspector(SimulationController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_header(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("pcbInspector"));
    m_header->setObjectName(QStringLiteral("pcbInspectorHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setMargin(4);
    m_tree->setObjectName(QStringLiteral("pcbInspectorTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_tree);
    build();

    connect(controller, &SimulationController::scenarioChanged, this, [this] {
        if (m_pid > m_controller->engine().processCount())
            m_pid = m_controller->engine().processCount() > 0 ? 1 : 0;
        refresh(false);
    });
    connect(controller, &SimulationController::stateChanged, this, [this] { refresh(true); });
    m_pid = m_controller->engine().processCount() > 0 ? 1 : 0;
    retranslate();
}

void PcbInspector::build()
{
    QFont mono = font();
    mono.setFamilies(
        {QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    for (const GroupSpec& group : fieldGroups()) {
        auto* groupItem = new QTreeWidgetItem(m_tree);
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        groupItem->setFirstColumnSpanned(true);
        groupItem->setFlags(Qt::ItemIsEnabled);
        m_groups.push_back(groupItem);
        m_groupLabels.push_back(group.group);
        for (const char* label : group.fields) {
            auto* item = new QTreeWidgetItem(groupItem);
            const QString source = QString::fromLatin1(label);
            if (source.startsWith(QLatin1String("Live")) || source.size() <= 2)
                item->setFont(1, mono);
            m_fields.push_back({label, item, QString()});
        }
    }
    m_tree->expandAll();
}

void PcbInspector::retranslate()
{
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    for (size_t i = 0; i < m_groups.size(); ++i)
        m_groups[i]->setText(0, translated(m_groupLabels[i]));
    for (Field& field : m_fields)
        field.item->setText(0, translated(field.label));
    refresh(false);
}

void PcbInspector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PcbInspector::setPid(int pid)
{
    if (pid == m_pid)
        return;
    m_pid = pid;
    refresh(false);
}

std::vector<QString> PcbInspector::currentValues() const
{
    const Engine& engine = m_controller->engine();
    const Pcb& p = engine.pcb(m_pid);
    const ProcessSpec& spec = engine.spec(m_pid);
    const Program& program = spec.program;
    QString current = QStringLiteral("\u2014");
    if (p.state != ProcessState::Terminated && p.opIndex >= 0 && size_t(p.opIndex) < program.size()) {
        const Operation& op = program[size_t(p.opIndex)];
        current = OperationText::of(op, engine.scenario()) +
                  QStringLiteral("  (%1/%2)").arg(p.opIndex + 1).arg(program.size());
    }
    QString wakes = QStringLiteral("\u2014");
    if (p.state == ProcessState::Blocked)
        wakes = p.manualWait ? tr("when moved by hand")
                             : (p.wakeAt < 0 ? tr("on an event") : QString::number(p.wakeAt));
    if (p.state == ProcessState::Blocked && !p.manualWait && p.wakeAt < 0) {
        // Join, lock, queue: say what it waits for.
        const QString what = OperationText::waitFor(p, engine.scenario());
        if (!what.isEmpty())
            wakes = what;
    }
    // This process's own copy of the scenario's globals ("result = 1, r = 2").
    QStringList globals;
    const QStringList& globalNames = engine.scenario().globalNames;
    for (int g = 0; g < globalNames.size() && g < kGlobals; ++g)
        globals << QStringLiteral("%1 = %2").arg(globalNames.at(g)).arg(p.globals[size_t(g)]);

    CpuContext liveValue;
    const CpuContext* live = nullptr;
    if (p.state == ProcessState::Running && p.cpu >= 0 && size_t(p.cpu) < engine.cpus().size()) {
        liveValue = engine.liveContext(p.cpu);
        live = &liveValue;
    }
    const auto liveHex = [live](int index) {
        if (!live)
            return QStringLiteral("\u2014");
        if (index == 0)
            return hex(live->pc);
        if (index == 1)
            return hex(live->sp);
        return hex(live->regs[size_t(index - 2)]);
    };

    return {
        QString::number(p.pid),
        spec.name,
        p.parentPid ? QString::number(p.parentPid) : tr("system"),
        QString::number(p.arrival),
        QString::number(p.priority),
        QString::number(spec.memory),
        // State
        stateName(p.state),
        QString::number(p.stateSince),
        p.arrived ? tr("yes") : tr("no"),
        p.cpu >= 0 ? QString::number(p.cpu) : QStringLiteral("\u2014"),
        wakes,
        // Program
        burstText::format(program),
        current,
        p.state == ProcessState::Terminated ? tick(-1) : tick(p.remaining),
        globals.isEmpty() ? QStringLiteral("\u2014") : globals.join(QStringLiteral(", ")),
        // Accounting
        tick(p.cpuTime),
        tick(p.readyTime),
        tick(p.blockedTime),
        tick(p.newTime),
        tick(engine.waitingSoFar(m_pid)),
        tick(p.firstRun),
        tick(p.finish),
        QString::number(p.dispatches),
        // Scheduling
        QString::number(p.level),
        p.state == ProcessState::Ready ? tick(p.readySince) : QStringLiteral("\u2014"),
        QString::number(p.readySeq),
        // Saved context
        hex(p.saved.pc),
        hex(p.saved.sp),
        hex(p.saved.regs[0]),
        hex(p.saved.regs[1]),
        hex(p.saved.regs[2]),
        hex(p.saved.regs[3]),
        // Live registers
        liveHex(0),
        liveHex(1),
        liveHex(2),
        liveHex(3),
        liveHex(4),
        liveHex(5),
    };
}

void PcbInspector::refresh(bool highlightChanges)
{
    const Engine& engine = m_controller->engine();
    if (m_pid < 1 || m_pid > engine.processCount()) {
        m_header->setText(tr("Select a process in the table or the diagram."));
        for (Field& field : m_fields) {
            field.value.clear();
            field.item->setText(1, QString());
            field.item->setBackground(0, QBrush());
            field.item->setBackground(1, QBrush());
        }
        return;
    }
    const QColor color = palette::processColor(m_pid);
    m_header->setText(
        QStringLiteral("<span style=\"color:%1; font-size:16px\">\u25cf</span> <b>%2</b> &nbsp;%3")
            .arg(color.name(), engine.spec(m_pid).name.toHtmlEscaped(),
                 tr("PID %1 \u00b7 %2").arg(m_pid).arg(stateName(engine.pcb(m_pid).state))));
    const std::vector<QString> values = currentValues();
    for (size_t i = 0; i < m_fields.size() && i < values.size(); ++i) {
        Field& field = m_fields[i];
        const bool changed = highlightChanges && !field.value.isNull() && field.value != values[i];
        field.value = values[i];
        field.item->setText(1, values[i]);
        const QBrush brush = changed ? QBrush(kChanged) : QBrush();
        field.item->setBackground(0, brush);
        field.item->setBackground(1, brush);
        QFont f = field.item->font(1);
        f.setBold(changed);
        field.item->setFont(1, f);
        field.item->setData(0, Qt::UserRole, changed);
    }
}

QStringList PcbInspector::changedFields() const
{
    QStringList out;
    for (const Field& field : m_fields) {
        if (field.item->data(0, Qt::UserRole).toBool())
            out << QString::fromLatin1(field.label);
    }
    return out;
}

QString PcbInspector::valueOf(const QString& englishLabel) const
{
    for (const Field& field : m_fields) {
        if (englishLabel == QLatin1String(field.label))
            return field.value;
    }
    return {};
}

} // namespace processlab
