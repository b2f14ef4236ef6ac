#pragma once

#include "GanttData.h"
#include "GanttPage.h"
#include "GanttPaintStats.h"
#include "GanttRenderOptions.h"
#include "GanttViewport.h"

#include <QFont>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace processlab {

// Paints a GanttData onto any QPainter (a widget, a QImage, QSvgGenerator,
// QPdfWriter), so the GUI view and every export draw the same picture.
// Coordinates are logical pixels (1/96 inch); the caller scales the painter
// for other resolutions. Needs a QGuiApplication (fonts).
//
// Two entry points:
//  - paintPicture()/paintPage(): the whole chart for exports: title, legend,
//    lanes, time axis, metrics table.
//  - paintLanes(): the lanes and axis of a visible time range, for views:
//    off-screen blocks are skipped (binary search), blocks at least one
//    pixel wide are drawn one by one, and runs of narrower blocks are merged
//    into one shape per pixel column, so a repaint costs O(visible blocks)
//    with few drawing calls even for millions of slices.
class GanttRenderer
{
public:
    explicit GanttRenderer(const GanttData& data, const GanttRenderOptions& options = {});

    const GanttData& data() const { return *m_data; }
    const GanttRenderOptions& options() const { return m_options; }
    void setOptions(const GanttRenderOptions& options) { m_options = options; }

    // --- whole pictures (exports, clipboard) -----------------------------
    // The size of the whole chart laid out `width` logical pixels wide.
    QSizeF pictureSize(double width) const;
    // Paints the whole chart on a white background into `rect` (laid out
    // for rect.width(); its height should be pictureSize().height()).
    void paintPicture(QPainter* painter, const QRectF& rect) const;
    // The page that paintPicture draws: everything, the whole time range.
    GanttPage wholePage() const;
    double pageHeight(double width, const GanttPage& page) const;
    void paintPage(QPainter* painter, const QRectF& rect, const GanttPage& page) const;

    // --- lanes for views -------------------------------------------------
    GanttPaintStats paintLanes(QPainter* painter, const GanttViewport& viewport) const;
    // The block under `pos` (lane and block index), if any.
    std::optional<GanttDrawnBlock> blockAt(const GanttViewport& viewport, const QPointF& pos) const;
    double timeAt(const GanttViewport& viewport, double x) const;
    double xAt(const GanttViewport& viewport, double time) const;
    // Tooltip: process, start, end, length and why the slice ended.
    QString toolTip(const GanttBlock& block) const;

    // --- layout metrics (logical pixels) ---------------------------------
    static constexpr double kMargin = 24;
    double laneLabelWidth() const { return m_laneLabelWidth; }
    double laneHeight() const { return kLaneHeight; }
    double laneSpacing() const { return kLaneGap; }
    double markerStripHeight() const;
    double axisHeight() const;
    // Marker strip and `laneCount` lanes (no axis).
    double lanesHeight(int laneCount) const;
    // Title and legend as the options allow, laid out `width` wide.
    double headerHeight(double width) const;
    // The metrics table with `rows` process rows (and the summary), `width` wide.
    double metricsHeight(int rows, bool summary, double width) const;
    double footerHeight() const;
    // Process rows the metrics table shows (the row limit applied).
    int metricsRowCount() const;
    bool hasMetricsTable() const;

    // Translated texts.
    QString titleText() const;
    QString subtitleText() const;
    QString laneLabel(int lane) const;

private:
    static constexpr double kLaneHeight = 40;
    static constexpr double kLaneGap = 10;

    struct LegendItem;
    struct Column;

    std::vector<LegendItem> legendItems() const;
    double legendHeight(double width) const;
    double paintHeader(QPainter* painter, double x, double y, double width) const;
    double paintLegend(QPainter* painter, double x, double y, double width, bool paint) const;
    double paintMetrics(QPainter* painter, double x, double y, double width, const GanttPage& page) const;
    std::vector<Column> metricsColumns() const;
    void paintFooter(QPainter* painter, const QRectF& rect, const GanttPage& page) const;

    struct LaneGeometry;
    LaneGeometry geometry(const GanttViewport& vp) const;
    void paintLaneBlocks(QPainter* painter, int lane, double top, const LaneGeometry& g,
                         GanttPaintStats& stats, bool record) const;
    void paintBlock(QPainter* painter, const GanttBlock& block, const GanttBlock* next, double x0, double x1,
                    double top, const LaneGeometry& g, GanttPaintStats& stats) const;
    void paintMarkers(QPainter* painter, const LaneGeometry& g) const;
    Tick majorStep(const LaneGeometry& g) const;
    void paintAxis(QPainter* painter, const LaneGeometry& g) const;
    void paintCursor(QPainter* painter, const LaneGeometry& g) const;
    double nameWidth(int pid) const;

    const GanttData* m_data;
    GanttRenderOptions m_options;
    QFont m_titleFont;
    QFont m_subtitleFont;
    QFont m_font;
    QFont m_boldFont;
    QFont m_smallFont;
    double m_laneLabelWidth = 0;
    mutable std::vector<double> m_nameWidths; // by pid - 1; < 0 = not measured yet
};

} // namespace processlab
