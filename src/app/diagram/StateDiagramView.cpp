#include "StateDiagramView.h"

#include "StateDiagramScene.h"

#include <QEvent>
#include <QPainter>
#include <QToolTip>

namespace processlab {

StateDiagramView::StateDiagramView(SimulationController* controller, QWidget* parent)
    : QGraphicsView(parent), m_scene(new StateDiagramScene(controller, this))
{
    setObjectName(QStringLiteral("stateDiagramView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    // The scene's background brush covers every exposed pixel
    // (drawBackground): no need for the viewport to fill itself first. It is
    // not marked opaque, though: at a fractional scale (150 %) its edge is
    // half a device pixel that only the window under it paints.
    viewport()->setAutoFillBackground(false);
    setAcceptDrops(false); // .json files dropped here go to the main window
    setMinimumSize(360, 180);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scene, &StateDiagramScene::moveRefused, this, &StateDiagramView::showRefusal);
}

void StateDiagramView::fit()
{
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void StateDiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void StateDiagramView::drawBackground(QPainter* painter, const QRectF&)
{
    // Every pixel of the viewport, in its own coordinates. The exposed
    // rectangle QGraphicsView passes is the exposed region mapped to the
    // scene and misses the last row and column of pixels (QRect's inclusive
    // corners), which would show the window's grey along the edges.
    painter->save();
    painter->resetTransform();
    painter->fillRect(viewport()->rect(), m_scene->backgroundBrush());
    painter->restore();
}

void StateDiagramView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    fit();
}

void StateDiagramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_scene->retranslate();
    QGraphicsView::changeEvent(event);
}

void StateDiagramView::showRefusal(const QString& reason, const QPointF& scenePos)
{
    const QPoint at = viewport()->mapToGlobal(mapFromScene(scenePos));
    // Rich text, so a long reason wraps instead of running off the screen.
    QToolTip::showText(
        at, QStringLiteral("<table width=\"380\"><tr><td>%1</td></tr></table>").arg(reason.toHtmlEscaped()),
        viewport(), QRect(), 8000);
}

} // namespace processlab
