#pragma once

#include <QIcon>
#include <QString>

namespace processlab {

// The application icon for windows and the task bar. Pre-rendered PNGs, not
// the SVG: the X11 window manager wants several sizes at once, and rendering
// the SVG at each of them cost several milliseconds of every start-up.
inline QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/processlab.png").arg(size),
                     QSize(size, size));
    return icon;
}

} // namespace processlab
