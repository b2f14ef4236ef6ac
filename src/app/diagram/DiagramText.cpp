#include "DiagramText.h"

#include "Palette.h"

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPainter>

namespace processlab::DiagramText {

QFont font(bool bold)
{
    return palette::diagramFont(kBasePointSize, bold);
}

qreal advance(const QString& text, qreal pointSize, bool bold)
{
    return QFontMetricsF(font(bold)).horizontalAdvance(text) * pointSize / kBasePointSize;
}

qreal lineHeight(qreal pointSize, bool bold)
{
    return QFontMetricsF(font(bold)).height() * pointSize / kBasePointSize;
}

void draw(QPainter* painter, const QRectF& rect, int flags, const QString& text, qreal pointSize, bool bold)
{
    const qreal scale = pointSize / kBasePointSize;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    painter->setFont(font(bold));
    painter->drawText(QRectF(0, 0, rect.width() / scale, rect.height() / scale), flags, text);
    painter->restore();
}

void apply(QGraphicsSimpleTextItem* item, qreal pointSize, bool bold)
{
    item->setFont(font(bold));
    item->setScale(pointSize / kBasePointSize);
}

} // namespace processlab::DiagramText
