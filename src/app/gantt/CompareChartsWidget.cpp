#include "CompareChartsWidget.h"

#include "render/GanttStyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace processlab {

namespace {
constexpr double kHeadingHeight = 26;
constexpr double kSectionGap = 14;
constexpr double kMargin = 8;
constexpr double kRightMargin = 44;
} // namespace

CompareChartsWidget::CompareChartsWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareCharts"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

CompareChartsWidget::~CompareChartsWidget() = default;

void CompareChartsWidget::setCharts(const std::vector<std::pair<QString, const GanttData*>>& charts)
{
    m_sections.clear();
    m_endTime = 1;
    for (const auto& [heading, data] : charts) {
        Section section;
        section.heading = heading;
        section.data = data;
        GanttRenderOptions options;
        options.includeTitle = false;
        options.includeLegend = false;
        options.includeMetrics = false;
        section.renderer = std::make_unique<GanttRenderer>(*data, options);
        m_endTime = std::max(m_endTime, double(data->endTime));
        m_sections.push_back(std::move(section));
    }
    m_height = layoutHeight();
    setMinimumHeight(int(m_height));
    updateGeometry();
    update();
}

double CompareChartsWidget::layoutHeight()
{
    double y = kMargin;
    for (Section& s : m_sections) {
        s.top = y;
        s.height =
            kHeadingHeight + s.renderer->lanesHeight(int(s.data->lanes.size())) + s.renderer->axisHeight();
        y += s.height + kSectionGap;
    }
    return y;
}

QSize CompareChartsWidget::sizeHint() const
{
    return {800, int(m_height)};
}

GanttViewport CompareChartsWidget::viewportOf(int index) const
{
    const Section& s = m_sections[size_t(index)];
    // The same time range and plot width for every chart (CPU lanes have the
    // same labels, so their label columns are as wide).
    double labelWidth = 0;
    for (const Section& other : m_sections)
        labelWidth = std::max(labelWidth, other.renderer->laneLabelWidth());
    const double extra = labelWidth - s.renderer->laneLabelWidth();
    GanttViewport vp;
    vp.startTime = 0;
    vp.endTime = m_endTime;
    vp.area = QRectF(kMargin + extra, s.top + kHeadingHeight,
                     std::max(1.0, width() - kMargin - kRightMargin - extra), s.height - kHeadingHeight);
    vp.rightOverhang = kRightMargin - 4;
    return vp;
}

void CompareChartsWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFont font = GanttStyle::font(15, true);
    for (int i = 0; i < chartCount(); ++i) {
        const Section& s = m_sections[size_t(i)];
        painter.setFont(font);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(QRectF(kMargin, s.top, width() - 2 * kMargin, kHeadingHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, s.heading);
        s.renderer->paintLanes(&painter, viewportOf(i));
        if (i + 1 < chartCount()) {
            const double y = s.top + s.height + kSectionGap / 2;
            painter.setPen(QColor(0xd0, 0xd0, 0xd0));
            painter.drawLine(QPointF(kMargin, y), QPointF(width() - kMargin, y));
        }
    }
}

bool CompareChartsWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (int i = 0; i < chartCount(); ++i) {
            const Section& s = m_sections[size_t(i)];
            if (help->pos().y() < s.top || help->pos().y() >= s.top + s.height)
                continue;
            if (const auto hit = s.renderer->blockAt(viewportOf(i), help->pos())) {
                const GanttBlock& block = s.data->lanes[size_t(hit->lane)].blocks[size_t(hit->block)];
                QToolTip::showText(help->globalPos(),
                                   s.heading + QLatin1Char('\n') + s.renderer->toolTip(block), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace processlab
