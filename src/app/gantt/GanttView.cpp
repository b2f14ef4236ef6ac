#include "GanttView.h"

#include "SimulationController.h"
#include "render/GanttRenderer.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace processlab {

namespace {
constexpr double kMarginLeft = 6;
constexpr double kMarginTop = 6;
constexpr double kMarginRight = 44; // room for the last axis label
constexpr double kMarginBottom = 4;
} // namespace

GanttView::GanttView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("ganttView"));
    viewport()->setObjectName(QStringLiteral("ganttViewport"));
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(kRebuildIntervalMs);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &GanttView::rebuildNow);
}

GanttView::~GanttView() = default;

void GanttView::setController(SimulationController* controller)
{
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    if (controller) {
        connect(controller, &SimulationController::stateChanged, this, &GanttView::scheduleRebuild);
        connect(controller, &SimulationController::scenarioChanged, this, [this] {
            m_fit = true;
            scheduleRebuild();
        });
    }
    rebuildNow();
}

void GanttView::setLaneMode(GanttLaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    verticalScrollBar()->setValue(0);
    rebuildNow();
    emit laneModeChanged(mode);
}

void GanttView::setHighlightedPid(int pid)
{
    if (pid == m_highlightedPid)
        return;
    m_highlightedPid = pid;
    if (m_renderer) { // the chart itself is unchanged: only how it is drawn
        GanttRenderOptions options = m_renderer->options();
        options.highlightPid = pid;
        m_renderer->setOptions(options);
    }
    viewport()->update();
}

void GanttView::scheduleRebuild()
{
    if (!m_rebuildTimer.isActive())
        m_rebuildTimer.start();
}

void GanttView::rebuildNow()
{
    m_rebuildTimer.stop();
    QScrollBar* hbar = horizontalScrollBar();
    const bool following = !m_fit && hbar->value() >= hbar->maximum() - 1;
    const double start = m_fit ? 0.0 : visibleStartTime();

    m_renderer.reset();
    m_data.reset();
    if (m_controller) {
        QElapsedTimer clock;
        clock.start();
        m_data = std::make_unique<GanttData>(GanttData::fromEngine(m_controller->engine(), m_mode));
        GanttRenderOptions options;
        options.includeTitle = false;
        options.includeLegend = false;
        options.includeMetrics = false;
        options.cursorTime = m_data->finished ? -1 : m_data->now; // the end is on the axis
        options.highlightPid = m_highlightedPid;
        m_renderer = std::make_unique<GanttRenderer>(*m_data, options);
        // Long runs: never spend more than a fifth of the time rebuilding.
        m_rebuildTimer.setInterval(std::max(kRebuildIntervalMs, int(clock.elapsed()) * 4));
    }
    updateScrollBars();
    updateGeometry();
    if (following)
        hbar->setValue(hbar->maximum());
    else if (!m_fit && m_data)
        hbar->setValue(int(std::lround((start - double(m_data->startTime)) * m_pixelsPerTick)));
    viewport()->update();
}

// --- geometry -----------------------------------------------------------------

double GanttView::totalTime() const
{
    if (!m_data)
        return 1.0;
    return std::max(1.0, double(m_data->endTime - m_data->startTime));
}

double GanttView::plotWidth() const
{
    const double labels = m_renderer ? m_renderer->laneLabelWidth() : 0.0;
    return std::max(1.0, viewport()->width() - kMarginLeft - kMarginRight - labels);
}

double GanttView::contentHeight() const
{
    if (!m_renderer)
        return 0;
    return m_renderer->lanesHeight(int(m_data->lanes.size())) + m_renderer->axisHeight();
}

double GanttView::fitPixelsPerTick() const
{
    return plotWidth() / totalTime();
}

double GanttView::pixelsPerTick() const
{
    return m_fit ? fitPixelsPerTick() : std::max(m_pixelsPerTick, fitPixelsPerTick());
}

double GanttView::visibleStartTime() const
{
    const double origin = m_data ? double(m_data->startTime) : 0.0;
    if (m_fit)
        return origin;
    return origin + horizontalScrollBar()->value() / pixelsPerTick();
}

double GanttView::visibleEndTime() const
{
    return visibleStartTime() + plotWidth() / pixelsPerTick();
}

GanttViewport GanttView::ganttViewport() const
{
    GanttViewport vp;
    vp.startTime = visibleStartTime();
    vp.endTime = visibleEndTime();
    const double available = viewport()->height() - kMarginTop - kMarginBottom;
    const double height = std::max(0.0, std::min(available, contentHeight()));
    vp.area = QRectF(kMarginLeft, kMarginTop, std::max(1.0, viewport()->width() - kMarginLeft - kMarginRight),
                     height);
    vp.scrollY = verticalScrollBar()->value();
    vp.rightOverhang = kMarginRight - 4;
    vp.recordDrawn = m_recordDrawn;
    return vp;
}

void GanttView::updateScrollBars()
{
    m_updatingScrollBars = true;
    QScrollBar* hbar = horizontalScrollBar();
    const double k = pixelsPerTick();
    const int plot = int(plotWidth());
    hbar->setRange(0, m_fit ? 0 : std::max(0, int(std::ceil(totalTime() * k)) - plot));
    hbar->setPageStep(std::max(1, plot));

    QScrollBar* vbar = verticalScrollBar();
    const double available = viewport()->height() - kMarginTop - kMarginBottom;
    vbar->setRange(0, std::max(0, int(std::ceil(contentHeight() - available))));
    vbar->setPageStep(std::max(1, int(available)));
    m_updatingScrollBars = false;
}

QPointF GanttView::blockCenter(int lane, int block) const
{
    if (!m_renderer)
        return {};
    const GanttViewport vp = ganttViewport();
    const GanttBlock& b = m_data->lanes[size_t(lane)].blocks[size_t(block)];
    const double x = m_renderer->xAt(vp, (double(b.start) + double(b.end)) / 2);
    const double y = vp.area.top() + m_renderer->markerStripHeight() - vp.scrollY +
                     lane * (m_renderer->laneHeight() + m_renderer->laneSpacing()) +
                     m_renderer->laneHeight() / 2;
    return {x, y};
}

QSize GanttView::minimumSizeHint() const
{
    if (!m_renderer)
        return {200, 120};
    const int lanes = std::clamp(int(m_data->lanes.size()), 1, 2);
    const double lanesHeight = m_renderer->lanesHeight(lanes) + m_renderer->axisHeight();
    return {200, int(std::ceil(lanesHeight + kMarginTop + kMarginBottom)) + frameWidth() * 2};
}

QSize GanttView::sizeHint() const
{
    const double height = m_renderer ? contentHeight() : 120.0;
    return {800, std::min(400, int(std::ceil(height + kMarginTop + kMarginBottom)) + frameWidth() * 2)};
}

// --- zoom -----------------------------------------------------------------------

void GanttView::zoomBy(double factor, double anchorX)
{
    if (!m_renderer)
        return;
    const GanttViewport vp = ganttViewport();
    const double plotLeft = vp.area.left() + m_renderer->laneLabelWidth();
    anchorX = std::clamp(anchorX, plotLeft, plotLeft + plotWidth());
    const double anchorTime = m_renderer->timeAt(vp, anchorX);
    const double fitK = fitPixelsPerTick();
    const double k = std::clamp(pixelsPerTick() * factor, fitK, std::max(fitK, kMaxPixelsPerTick));
    m_fit = k <= fitK * 1.0001;
    if (!m_fit)
        m_pixelsPerTick = k;
    updateScrollBars();
    if (!m_fit) {
        const double origin = double(m_data->startTime);
        horizontalScrollBar()->setValue(int(std::lround((anchorTime - origin) * k - (anchorX - plotLeft))));
    }
    viewport()->update();
    emit zoomChanged();
}

void GanttView::zoomIn()
{
    zoomBy(kZoomStep, kMarginLeft + (m_renderer ? m_renderer->laneLabelWidth() : 0) + plotWidth() / 2);
}

void GanttView::zoomOut()
{
    zoomBy(1 / kZoomStep, kMarginLeft + (m_renderer ? m_renderer->laneLabelWidth() : 0) + plotWidth() / 2);
}

void GanttView::fitToWindow()
{
    m_fit = true;
    updateScrollBars();
    viewport()->update();
    emit zoomChanged();
}

// --- events -----------------------------------------------------------------------

void GanttView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), Qt::white);
    if (!m_renderer) {
        m_stats = {};
        return;
    }
    m_stats = m_renderer->paintLanes(&painter, ganttViewport());
}

void GanttView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void GanttView::scrollContentsBy(int, int)
{
    if (!m_updatingScrollBars)
        viewport()->update();
}

void GanttView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoomBy(std::pow(kZoomStep, delta.y() / 120.0), event->position().x());
        event->accept();
        return;
    }
    // Without anything to scroll vertically, the wheel pans along time.
    if (verticalScrollBar()->maximum() == 0 && delta.x() == 0) {
        QScrollBar* hbar = horizontalScrollBar();
        hbar->setValue(hbar->value() - delta.y());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GanttView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_renderer) {
        if (const auto hit = m_renderer->blockAt(ganttViewport(), event->position())) {
            const int pid = m_data->lanes[size_t(hit->lane)].blocks[size_t(hit->block)].pid;
            if (pid > 0) {
                emit processClicked(pid);
                event->accept();
                return;
            }
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void GanttView::mouseMoveEvent(QMouseEvent* event)
{
    bool overProcess = false;
    if (m_renderer) {
        if (const auto hit = m_renderer->blockAt(ganttViewport(), event->position()))
            overProcess = m_data->lanes[size_t(hit->lane)].blocks[size_t(hit->block)].pid > 0;
    }
    viewport()->setCursor(overProcess ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

bool GanttView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        std::optional<GanttDrawnBlock> hit;
        if (m_renderer)
            hit = m_renderer->blockAt(ganttViewport(), help->pos());
        if (hit) {
            const GanttBlock& block = m_data->lanes[size_t(hit->lane)].blocks[size_t(hit->block)];
            QToolTip::showText(help->globalPos(), m_renderer->toolTip(block), viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GanttView::changeEvent(QEvent* event)
{
    // Lane labels are measured when the renderer is made.
    if (event->type() == QEvent::LanguageChange)
        rebuildNow();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace processlab
