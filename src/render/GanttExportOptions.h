#pragma once

#include "GanttData.h"

namespace processlab {

enum class GanttExportFormat : quint8
{
    Unknown,
    Png,
    Svg,
    Pdf,
    Csv
};

// How GanttExporter writes a chart. The language is whatever translators
// the application has installed when exporting.
struct GanttExportOptions
{
    GanttLaneMode lanes = GanttLaneMode::Cpu; // used when the chart is built from an Engine
    bool includeTitle = true;
    bool includeLegend = true;
    bool includeMetrics = true;
    Tick cursorTime = -1;      // draw the current-time cursor; -1 = none
    int metricsRowLimit = 100; // PNG/SVG/PDF table rows; CSV always has every process

    // PNG/SVG: the picture is laid out `layoutWidth` logical pixels wide.
    int layoutWidth = 1280;
    // PNG: device pixels per logical pixel (1, 2 or 3 for slides) ...
    double scale = 1.0;
    // ... or an exact width in pixels (> 0 overrides the layout width:
    // the layout is width / scale logical pixels wide).
    int width = 0;

    // PDF: A4 landscape pages split along time (and lanes), or one page as
    // long as the chart needs.
    bool pdfSinglePage = false;
    Tick pdfTicksPerPage = 0; // A4 pages: ticks per page; 0 = chosen from the slice lengths

    bool csvByteOrderMark = false; // UTF-8 BOM for spreadsheet programs that need one
};

} // namespace processlab
