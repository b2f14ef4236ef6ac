#pragma once

#include <vector>

namespace processlab {

struct GanttDrawnBlock
{
    int lane = 0;
    int block = 0; // index in GanttLane::blocks
    bool operator==(const GanttDrawnBlock& o) const { return lane == o.lane && block == o.block; }
};

// What GanttRenderer::paintLanes drew: blocks at least one pixel wide are
// drawn one by one; narrower ones are merged per pixel column (the column
// takes the colour of the block covering most of it).
struct GanttPaintStats
{
    long long visitedBlocks = 0;        // blocks in the visible time range of visible lanes
    long long drawnBlocks = 0;          // drawn individually
    long long mergedBlocks = 0;         // narrower than a pixel, drawn as part of a merged run
    long long mergedRuns = 0;           // shapes drawn for those
    long long labels = 0;               // text labels drawn on blocks
    long long highlighted = 0;          // blocks outlined as the highlighted process's
    std::vector<GanttDrawnBlock> drawn; // with GanttViewport::recordDrawn
};

} // namespace processlab
