#pragma once

#include "render/GanttData.h"
#include "render/GanttPaintStats.h"
#include "render/GanttViewport.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace processlab {

class GanttRenderer;
class SimulationController;

// The live Gantt chart of the controller's run: lanes per CPU or per
// process, painted by GanttRenderer::paintLanes (culled and merged, so a
// long run stays smooth). The chart is rebuilt from the engine at most every
// kRebuildIntervalMs while the run moves. Fit to window follows the run;
// zoomed in, the horizontal scroll bar pans (and follows the run while it is
// at its right end). Ctrl+wheel zooms around the mouse; hovering shows the
// slice's tooltip; a click emits processClicked.
class GanttView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kRebuildIntervalMs = 50;
    static constexpr double kMaxPixelsPerTick = 400.0;
    static constexpr double kZoomStep = 1.5;

    explicit GanttView(QWidget* parent = nullptr);
    ~GanttView() override;

    // The view reads controller->engine() whenever the run changes.
    void setController(SimulationController* controller);
    SimulationController* controller() const { return m_controller; }

    GanttLaneMode laneMode() const { return m_mode; }
    void setLaneMode(GanttLaneMode mode);

    // The process whose slices are outlined (the one selected in the
    // window); 0 for none.
    int highlightedPid() const { return m_highlightedPid; }
    void setHighlightedPid(int pid);

    const GanttData* data() const { return m_data.get(); }
    const GanttRenderer* renderer() const { return m_renderer.get(); }
    // Builds the chart from the engine now (instead of after the throttle).
    void rebuildNow();
    bool rebuildPending() const { return m_rebuildTimer.isActive(); }

    // The time range the lanes show, and where.
    bool isFitToWindow() const { return m_fit; }
    double pixelsPerTick() const;
    double visibleStartTime() const;
    double visibleEndTime() const;
    GanttViewport ganttViewport() const;

    // Tests: list the drawn blocks in lastPaintStats().
    void setRecordDrawn(bool record) { m_recordDrawn = record; }
    const GanttPaintStats& lastPaintStats() const { return m_stats; }
    // The centre of block `block` of lane `lane` in viewport coordinates.
    QPointF blockCenter(int lane, int block) const;

    // Room for the axis and up to two lanes (more scroll).
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // Zooms by `factor` keeping the time under viewport x `anchorX`.
    void zoomBy(double factor, double anchorX);

signals:
    void processClicked(int pid);
    void zoomChanged();
    void laneModeChanged(processlab::GanttLaneMode mode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    void scheduleRebuild();
    void updateScrollBars();
    double plotWidth() const;
    double contentHeight() const;
    double fitPixelsPerTick() const;
    double totalTime() const;

    QPointer<SimulationController> m_controller;
    GanttLaneMode m_mode = GanttLaneMode::Cpu;
    int m_highlightedPid = 0;
    std::unique_ptr<GanttData> m_data;
    std::unique_ptr<GanttRenderer> m_renderer;
    QTimer m_rebuildTimer;
    bool m_fit = true;
    double m_pixelsPerTick = 10.0; // when not fitted
    bool m_recordDrawn = false;
    bool m_updatingScrollBars = false;
    GanttPaintStats m_stats;
};

} // namespace processlab
