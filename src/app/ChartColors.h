#pragma once

#include <QColor>
#include <QPalette>

namespace processlab {

// The colours our charts take from the palette (light or dark): text, the
// axes a little lighter than the text, the grid faint.
struct ChartColors
{
    QColor text;
    QColor axis;
    QColor grid;

    static ChartColors from(const QPalette& palette)
    {
        ChartColors colors{palette.color(QPalette::Text), palette.color(QPalette::Text),
                           palette.color(QPalette::Mid)};
        colors.axis.setAlpha(170);
        colors.grid.setAlpha(90);
        return colors;
    }
};

} // namespace processlab
