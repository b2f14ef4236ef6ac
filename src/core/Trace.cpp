#include "Trace.h"

#include <QCoreApplication>

namespace processlab {

bool Slice::operator==(const Slice& o) const
{
    return cpu == o.cpu && pid == o.pid && start == o.start && end == o.end && kind == o.kind &&
           endReason == o.endReason && byPid == o.byPid && manual == o.manual;
}

bool StateChange::operator==(const StateChange& o) const
{
    return time == o.time && pid == o.pid && from == o.from && to == o.to && cause == o.cause &&
           cpu == o.cpu && byPid == o.byPid && manual == o.manual;
}

QString sliceKindId(SliceKind kind)
{
    return kind == SliceKind::Run ? QStringLiteral("run") : QStringLiteral("switch");
}

namespace {
struct EndText
{
    const char* id;
    const char* name;
};
const EndText kEnds[] = {
    {"open", QT_TRANSLATE_NOOP("Trace", "still running")},
    {"exit", QT_TRANSLATE_NOOP("Trace", "exit")},
    {"wait", QT_TRANSLATE_NOOP("Trace", "I/O or event wait")},
    {"slice-expired", QT_TRANSLATE_NOOP("Trace", "time slice expired")},
    {"renewed", QT_TRANSLATE_NOOP("Trace", "time slice expired, nobody else ready: continues")},
    {"preempted", QT_TRANSLATE_NOOP("Trace", "preempted")},
    {"switch-done", QT_TRANSLATE_NOOP("Trace", "context switch done")},
};
} // namespace

QString sliceEndId(SliceEnd end)
{
    return QString::fromLatin1(kEnds[int(end)].id);
}

QString sliceEndName(SliceEnd end)
{
    return QCoreApplication::translate("Trace", kEnds[int(end)].name);
}

} // namespace processlab
