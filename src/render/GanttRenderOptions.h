#pragma once

#include "core/Operation.h"

namespace processlab {

// What a GanttRenderer draws besides the lanes.
struct GanttRenderOptions
{
    bool includeTitle = true; // scenario title, policy label and parameters
    bool includeLegend = true;
    bool includeMetrics = true; // the metrics table below the chart
    bool sliceLabels = true;    // process names (and times when there is room) on slices
    Tick cursorTime = -1;       // the current-time cursor line; -1 = none
    int metricsRowLimit = 100;  // process rows in the metrics table; the rest are summarised
    int highlightPid = 0;       // this process's slices outlined (the live chart's selection); 0 = none
};

} // namespace processlab
