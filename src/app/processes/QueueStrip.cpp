#include "QueueStrip.h"

#include "Palette.h"
#include "SimulationController.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace processlab {

namespace {
constexpr int kRowHeight = 34;
constexpr int kTitleWidth = 150;
constexpr int kChipGap = 6;
constexpr int kMaxChips = 400; // more never fit on a screen

// Rows and titles grow with the font (presentation mode scales it).
int rowHeight(const QFont& font)
{
    return std::max(kRowHeight, QFontMetrics(font).height() + 14);
}
} // namespace

QueueStrip::QueueStrip(SimulationController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("queueStrip"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(controller, &SimulationController::scenarioChanged, this, &QueueStrip::reload);
    connect(controller, &SimulationController::stateChanged, this, &QueueStrip::reload);
    reload();
}

QSize QueueStrip::sizeHint() const
{
    return QSize(600, 3 * rowHeight(font()) + 8);
}

QSize QueueStrip::minimumSizeHint() const
{
    return QSize(300, 3 * rowHeight(font()) + 8);
}

void QueueStrip::reload()
{
    const Engine& engine = m_controller->engine();
    const auto chip = [&engine](int pid, const QString& extra, const QString& tip) {
        const QString& name = engine.spec(pid).name;
        return Chip{pid, extra.isEmpty() ? name : QStringLiteral("%1 \u00b7 %2").arg(name, extra), tip};
    };
    m_rows.clear();

    Row ready{tr("Ready queue"), {}, tr("empty")};
    const std::vector<int> readyPids = engine.readyQueue();
    for (size_t i = 0; i < readyPids.size() && i < size_t(kMaxChips); ++i) {
        const int pid = readyPids[i];
        ready.chips.push_back(chip(pid, QString(),
                                   i == 0 ? tr("Head of the ready queue: dispatched next.")
                                          : tr("Position %1 in the ready queue.").arg(i + 1)));
    }
    m_rows.push_back(ready);

    Row blocked{tr("Blocked"), {}, tr("none")};
    const std::vector<int> blockedPids = engine.blockedQueue();
    for (size_t i = 0; i < blockedPids.size() && i < size_t(kMaxChips); ++i) {
        const int pid = blockedPids[i];
        const Pcb& pcb = engine.pcb(pid);
        if (pcb.manualWait || pcb.wakeAt < 0)
            blocked.chips.push_back(chip(pid, tr("event"), tr("Waits until it is moved to Ready by hand.")));
        else
            blocked.chips.push_back(
                chip(pid, tr("until %1").arg(pcb.wakeAt), tr("Its I/O ends at t = %1.").arg(pcb.wakeAt)));
    }
    m_rows.push_back(blocked);

    Row waiting{tr("New, not admitted"), {}, tr("none")};
    const std::vector<int> admission = engine.admissionQueue();
    for (size_t i = 0; i < admission.size() && i < size_t(kMaxChips); ++i)
        waiting.chips.push_back(
            chip(admission[i], QString(), tr("Arrived; waits for memory to be admitted.")));
    m_rows.push_back(waiting);
    update();
}

QStringList QueueStrip::readyNames() const
{
    QStringList out;
    for (const Chip& chip : m_rows.at(0).chips)
        out << m_controller->engine().spec(chip.pid).name;
    return out;
}

QStringList QueueStrip::blockedNames() const
{
    QStringList out;
    for (const Chip& chip : m_rows.at(1).chips)
        out << m_controller->engine().spec(chip.pid).name;
    return out;
}

void QueueStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    m_tips.clear();
    for (size_t i = 0; i < m_rows.size(); ++i)
        paintRow(painter, m_rows[i], QRect(0, 4 + int(i) * rowHeight(font()), width(), rowHeight(font())));
}

void QueueStrip::paintRow(QPainter& painter, const Row& row, const QRect& rect)
{
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    int titleWidth = kTitleWidth;
    for (const Row& other : m_rows)
        titleWidth = std::max(titleWidth, QFontMetrics(titleFont).horizontalAdvance(other.title) + 20);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(rect.left() + 8, rect.top(), titleWidth - 12, rect.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, row.title);

    painter.setFont(font());
    const QFontMetrics metrics(font());
    int x = rect.left() + titleWidth;
    const int chipHeight = rect.height() - 10;
    const int y = rect.top() + 5;
    if (row.chips.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(x, rect.top(), rect.width() - x, rect.height()), Qt::AlignVCenter, row.empty);
        return;
    }
    const QString arrow = QStringLiteral("\u2192");
    for (size_t i = 0; i < row.chips.size(); ++i) {
        const Chip& chip = row.chips[i];
        const int chipWidth = metrics.horizontalAdvance(chip.text) + 18;
        const int moreWidth = metrics.horizontalAdvance(QStringLiteral("+0000")) + 12;
        if (x + chipWidth + moreWidth > rect.right() && i + 1 < row.chips.size()) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRect(x, rect.top(), moreWidth, rect.height()), Qt::AlignVCenter,
                             tr("+%1").arg(row.chips.size() - i));
            return;
        }
        const QRect chipRect(x, y, chipWidth, chipHeight);
        const QColor color = palette::processColor(chip.pid);
        painter.setPen(QPen(color.darker(140), 1));
        painter.setBrush(color);
        painter.drawRoundedRect(chipRect, chipHeight / 2.0, chipHeight / 2.0);
        painter.setPen(palette::textOn(color));
        painter.drawText(chipRect, Qt::AlignCenter, chip.text);
        m_tips.emplace_back(chipRect, chip.toolTip);
        x += chipWidth + kChipGap;
        if (&row == &m_rows.front() && i + 1 < row.chips.size()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRect(x - kChipGap, rect.top(), 14, rect.height()), Qt::AlignCenter, arrow);
            x += 10;
        }
    }
}

bool QueueStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (const auto& [rect, tip] : m_tips) {
            if (rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), tip, this, rect);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::LanguageChange)
        reload();
    return QWidget::event(event);
}

} // namespace processlab
