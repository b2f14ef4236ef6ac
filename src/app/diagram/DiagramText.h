#pragma once

#include <QFont>
#include <QString>

class QGraphicsSimpleTextItem;
class QPainter;
class QRectF;

namespace processlab::DiagramText {

// All the state diagram's text comes from two fonts, regular and bold, at one
// size, scaled by the painter to the size asked for. The view scales the
// whole scene to fit anyway, so the glyphs are drawn transformed either way;
// but each distinct font size is a font engine of its own, and loading one
// (fontconfig matching, FreeType set-up) costs more than the text drawn with
// it: nine sizes were a third of the diagram's first frame (issue #7). The
// one size is the application font's, so the diagram shares the engines the
// widgets load anyway.
qreal basePointSize();

QFont font(bool bold);
// The width and line height `text` has at `pointSize`.
qreal advance(const QString& text, qreal pointSize, bool bold);
qreal lineHeight(qreal pointSize, bool bold);
// As QPainter::drawText(rect, flags, text) with the diagram font at `pointSize`.
void draw(QPainter* painter, const QRectF& rect, int flags, const QString& text, qreal pointSize, bool bold);
// Gives a simple text item the diagram font at `pointSize` (by scaling it).
void apply(QGraphicsSimpleTextItem* item, qreal pointSize, bool bold);

} // namespace processlab::DiagramText
