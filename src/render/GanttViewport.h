#pragma once

#include <QRectF>

namespace processlab {

// What part of a chart a view shows, and where. `area` holds the lane
// labels (left), the lanes and the time axis (bottom); the time range
// [startTime, endTime] is mapped onto the width right of the lane labels.
struct GanttViewport
{
    double startTime = 0;
    double endTime = 0;
    QRectF area;
    double scrollY = 0;       // lanes scrolled up by this many pixels
    int firstLane = 0;        // lanes [firstLane, firstLane + laneCount) are laid out
    int laneCount = -1;       // -1 = all lanes from firstLane
    bool laneLabels = true;   // draw the label column
    bool axis = true;         // draw the time axis under the lanes
    bool recordDrawn = false; // fill GanttPaintStats::drawn (tests)
    double rightOverhang = 0; // room right of `area` the last axis label may use
};

} // namespace processlab
