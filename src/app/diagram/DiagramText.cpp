#include "DiagramText.h"

#include "Palette.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPainter>

namespace processlab::DiagramText {

qreal basePointSize()
{
    // Fixed at first use: items already scaled keep their size if the
    // application font changes later.
    static const qreal size = [] {
        const qreal appSize = QApplication::font().pointSizeF();
        return appSize > 0 ? appSize : 9.0;
    }();
    return size;
}

QFont font(bool bold)
{
    return palette::diagramFont(basePointSize(), bold);
}

qreal advance(const QString& text, qreal pointSize, bool bold)
{
    return QFontMetricsF(font(bold)).horizontalAdvance(text) * pointSize / basePointSize();
}

qreal lineHeight(qreal pointSize, bool bold)
{
    return QFontMetricsF(font(bold)).height() * pointSize / basePointSize();
}

void draw(QPainter* painter, const QRectF& rect, int flags, const QString& text, qreal pointSize, bool bold)
{
    const qreal scale = pointSize / basePointSize();
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
    item->setScale(pointSize / basePointSize());
}

} // namespace processlab::DiagramText
