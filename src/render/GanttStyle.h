#pragma once

#include "GanttData.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;

namespace processlab {

// Fill patterns drawn as plain lines, so SVG and PDF keep them as vectors
// and greyscale prints still tell processes apart.
enum class GanttPattern : quint8
{
    None,
    ForwardDiagonal,  // "/"
    BackwardDiagonal, // "\"
    Horizontal,
    Vertical,
    DiagonalCross,
    Grid,
};

// Colours, patterns and fonts of the Gantt chart. Process colours depend on
// the pid only, so a process keeps its colour in every view and export.
class GanttStyle
{
public:
    static constexpr int kPaletteSize = 10;
    static constexpr int kPatternCount = 7;

    // Distinct, projector-friendly colours with alternating lightness.
    static QColor processColor(int pid);
    static GanttPattern processPattern(int pid);

    // Process lanes: colour by state; CPU lanes: switch/idle.
    static QColor kindColor(GanttBlockKind kind);
    static GanttPattern kindPattern(GanttBlockKind kind);

    // Fill and pattern of a block as it is drawn.
    static QColor fillOf(const GanttBlock& block, GanttLaneMode mode);
    static GanttPattern patternOf(const GanttBlock& block, GanttLaneMode mode);

    // Black or white, whichever reads better on `fill`.
    static QColor textOn(const QColor& fill);
    // The colour of pattern lines and borders on `fill`.
    static QColor strokeOn(const QColor& fill);

    // Line spacing of a block's pattern: context switches are hatched
    // tighter than any process, so they stay apart in greyscale.
    static double patternSpacing(GanttBlockKind kind) { return kind == GanttBlockKind::Switch ? 4.0 : 6.0; }

    // Draws `pattern` inside `rect` with lines `spacing` apart, aligned to
    // the page so neighbouring blocks continue each other's lines.
    static void paintPattern(QPainter* painter, const QRectF& rect, GanttPattern pattern, const QColor& color,
                             double spacing = 6.0);

    // "Noto Sans CJK SC" chosen explicitly so Chinese uses simplified
    // Chinese glyph shapes (not the Japanese ones of a fallback font).
    static QString fontFamily();
    static QFont font(int pixelSize, bool bold = false);
};

} // namespace processlab
