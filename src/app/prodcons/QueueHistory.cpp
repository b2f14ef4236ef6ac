#include "QueueHistory.h"

#include <algorithm>

namespace processlab {

QueueHistory::QueueHistory(int capacity) : m_capacity(std::max(capacity, 16))
{
    m_points.reserve(size_t(m_capacity));
}

void QueueHistory::clear()
{
    m_points.clear();
    m_compactions = 0;
}

void QueueHistory::add(double time, double value)
{
    if (!m_points.empty() && time < m_points.back().x())
        truncateFrom(time);
    const size_t n = m_points.size();
    if (n >= 2 && m_points[n - 1].y() == value && m_points[n - 2].y() == value) {
        // A flat stretch: move its right end instead of adding a point.
        m_points[n - 1].setX(time);
        return;
    }
    if (n >= 1 && m_points[n - 1].x() == time && n >= 2 && m_points[n - 2].x() == time) {
        // Several updates at one instant: keep where it entered and where it is now.
        m_points[n - 1].setY(value);
        return;
    }
    if (int(m_points.size()) >= m_capacity)
        compact();
    m_points.emplace_back(time, value);
}

void QueueHistory::truncateFrom(double time)
{
    const auto first = std::lower_bound(m_points.begin(), m_points.end(), time,
                                        [](const QPointF& p, double t) { return p.x() < t; });
    m_points.erase(first, m_points.end());
}

double QueueHistory::maxValue() const
{
    double max = 0;
    for (const QPointF& p : m_points)
        max = std::max(max, p.y());
    return max;
}

std::vector<QPointF> QueueHistory::window(double from) const
{
    auto first = std::lower_bound(m_points.begin(), m_points.end(), from,
                                  [](const QPointF& p, double t) { return p.x() < t; });
    if (first != m_points.begin())
        --first;
    return std::vector<QPointF>(first, m_points.end());
}

void QueueHistory::compact()
{
    // The older half, in groups of four, becomes each group's minimum and
    // maximum in time order: the older half shrinks to half.
    const size_t half = (m_points.size() / 2) & ~size_t(3);
    std::vector<QPointF> out;
    out.reserve(m_points.size());
    for (size_t i = 0; i < half; i += 4) {
        const auto begin = m_points.begin() + std::ptrdiff_t(i);
        const auto end = begin + 4;
        const auto [lo, hi] =
            std::minmax_element(begin, end, [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
        if (lo->y() == hi->y()) {
            out.push_back(*begin);
            out.push_back(*(end - 1));
        } else if (lo < hi) {
            out.push_back(*lo);
            out.push_back(*hi);
        } else {
            out.push_back(*hi);
            out.push_back(*lo);
        }
    }
    out.insert(out.end(), m_points.begin() + std::ptrdiff_t(half), m_points.end());
    m_points.swap(out);
    ++m_compactions;
}

} // namespace processlab
