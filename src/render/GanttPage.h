#pragma once

namespace processlab {

// One picture or page of a chart: which parts of it are drawn. The exporter
// splits long charts into A4 pages along time (and lanes), then puts the
// metrics table on the last page or on pages of its own.
struct GanttPage
{
    bool header = true; // title and legend (as the options allow)
    bool lanes = true;
    double startTime = 0; // the time range of the lanes
    double endTime = 0;
    double plotWidth = 0; // pixels for that range; 0 = all the width there is
    int firstLane = 0;
    int laneCount = -1;   // -1 = all
    bool metrics = false; // a part of the metrics table
    int firstMetricsRow = 0;
    int metricsRowCount = -1;   // -1 = up to the row limit
    bool metricsSummary = true; // averages and totals after the rows
    int pageNumber = 0;         // "page n of m" footer when pageCount > 1
    int pageCount = 0;
};

} // namespace processlab
