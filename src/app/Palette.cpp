#include "Palette.h"

#include "render/GanttStyle.h"

#include <QFontInfo>
#include <QGuiApplication>

#include <cmath>

namespace processlab::palette {

namespace {
const QString kChineseFamily = QStringLiteral("Noto Sans CJK SC");
} // namespace

QColor processColor(int pid)
{
    // One source of process colours, so the diagram, the table and every
    // Gantt chart and export agree.
    return GanttStyle::processColor(pid);
}

QColor textOn(const QColor& background)
{
    return GanttStyle::textOn(background);
}

QColor stateColor(ProcessState state)
{
    switch (state) {
    case ProcessState::New:
        return QColor(0x78, 0x86, 0x94);
    case ProcessState::Ready:
        return QColor(0x2f, 0x7e, 0xd8);
    case ProcessState::Running:
        return QColor(0x2e, 0x9e, 0x52);
    case ProcessState::Blocked:
        return QColor(0xd9, 0x77, 0x1f);
    case ProcessState::Terminated:
        return QColor(0x7d, 0x5b, 0xb0);
    }
    return QColor(Qt::gray);
}

QColor stateFill(ProcessState state)
{
    return stateColor(state).lighter(185);
}

QFont applicationFont(const QFont& systemFont, const QString& latinFamily)
{
    QFont font = systemFont;
    // Latin and Chinese need no shaping to be read; kerning and ligatures
    // through HarfBuzz were a tenth of the first frame (#7). Scripts that do
    // need shaping still get it.
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    if (font.families().contains(kChineseFamily))
        return font; // the families chosen already
    // The family the system's font really is: an alias such as "Sans Serif"
    // in a list of families is skipped, not resolved.
    const QString latin = latinFamily.isEmpty() ? QFontInfo(systemFont).family() : latinFamily;
    if (latin == kChineseFamily)
        font.setFamilies({kChineseFamily});
    else
        font.setFamilies({latin, kChineseFamily});
    return font;
}

QFont diagramFont(qreal pointSize, bool bold)
{
    QFont font = applicationFont(QGuiApplication::font());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString chineseStateName(ProcessState state)
{
    switch (state) {
    case ProcessState::New:
        return QStringLiteral("\u521b\u5efa"); // 创建
    case ProcessState::Ready:
        return QStringLiteral("\u5c31\u7eea"); // 就绪
    case ProcessState::Running:
        return QStringLiteral("\u6267\u884c"); // 执行
    case ProcessState::Blocked:
        return QStringLiteral("\u963b\u585e"); // 阻塞
    case ProcessState::Terminated:
        return QStringLiteral("\u7ec8\u6b62"); // 终止
    }
    return {};
}

} // namespace processlab::palette
