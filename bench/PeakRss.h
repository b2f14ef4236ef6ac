#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Peak resident memory of this process so far, in KiB (Linux: VmHWM of
// /proc/self/status); -1 where it cannot be read.
inline long peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}
