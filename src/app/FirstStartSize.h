#pragma once

#include <QRect>
#include <QSize>

namespace processlab {

// The main window's size on its first start: nearly the whole screen (a
// projector shows it large), at most 1920 x 1200. The start-up baselines
// (bench/) open at the same size, so they are compared like with like.
inline QSize firstStartSize(const QRect& available)
{
    return available.size().boundedTo(QSize(1920, 1200)) * 0.96;
}

} // namespace processlab
