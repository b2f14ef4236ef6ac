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
// The widgets' font: the system's font (its real family, not an alias such as
// "Sans Serif") for Latin text, Noto Sans CJK SC for Chinese (Simplified
// shapes, not the Japanese ones a generic fallback may pick), the system's
// size. Where the system's font is Noto Sans CJK SC already (a Chinese
// desktop), that one alone. `latinFamily`, when given, is the system font's
// real family already resolved (at start-up, without Qt's font database).
// Text is not shaped where its script does not need it (no kerning).
QFont applicationFont(const QFont& systemFont, const QString& latinFamily = QString());
// The application's font at `pointSize`: every view draws with the same
// families, so they share the font engines the widgets load (#7).
QFont diagramFont(qreal pointSize, bool bold = false);
// "就绪" for Ready, ...: the diagram shows both languages.
QString chineseStateName(ProcessState state);

} // namespace palette
} // namespace processlab
