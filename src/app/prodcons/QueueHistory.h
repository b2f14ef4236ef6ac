#pragma once

#include <QPointF>

#include <vector>

namespace processlab {

// Queue length over time for the chart, with bounded memory however long
// the run: at most capacity() points. When full, the older half is halved
// in resolution, keeping each group's minimum and maximum (so peaks and
// troughs survive); the newer half stays exact for the scrolling window.
// Flat stretches (a sleeping queue) collapse to their two ends.
class QueueHistory
{
public:
    static constexpr int kDefaultCapacity = 4096;

    explicit QueueHistory(int capacity = kDefaultCapacity);

    void clear();
    // Adds a sample; times should not decrease (an earlier time first drops
    // everything from that time on, as truncateFrom()).
    void add(double time, double value);
    // Drops every sample at or after `time` (after a step back).
    void truncateFrom(double time);

    const std::vector<QPointF>& points() const { return m_points; }
    int capacity() const { return m_capacity; }
    bool isEmpty() const { return m_points.empty(); }
    double lastTime() const { return m_points.empty() ? 0.0 : m_points.back().x(); }
    // Highest value still held (peaks survive decimation).
    double maxValue() const;
    // The samples with time >= from, plus the one before (so the line
    // enters the window from its left edge).
    std::vector<QPointF> window(double from) const;
    // How many times old data was halved (for tests and the tooltip).
    int compactions() const { return m_compactions; }

private:
    void compact();

    std::vector<QPointF> m_points;
    int m_capacity;
    int m_compactions = 0;
};

} // namespace processlab
