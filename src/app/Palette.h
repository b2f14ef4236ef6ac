#pragma once

#include "core/ProcessState.h"

#include <QColor>
#include <QFont>

namespace processlab {

// Colours and fonts every view shares, so a process has the same colour in
// the diagram, the table, the queues and the inspector.
namespace palette {

// A distinct, readable colour per process (golden-ratio hues).
QColor processColor(int pid);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor& background);
// The accent colour of a state (node border, table swatch).
QColor stateColor(ProcessState state);
// The light fill of a state's node.
QColor stateFill(ProcessState state);
// The widgets' font: the system's size, Noto Sans CJK SC first (Simplified
// Chinese shapes, not the Japanese ones a generic fallback may pick, and one
// typeface for widgets and diagram), the system's family behind it.
QFont applicationFont(const QFont& systemFont);
// A font that draws Chinese well ("Noto Sans CJK SC"), at `pointSize`.
QFont diagramFont(qreal pointSize, bool bold = false);
// "就绪" for Ready, ...: the diagram shows both languages.
QString chineseStateName(ProcessState state);

} // namespace palette
} // namespace processlab
