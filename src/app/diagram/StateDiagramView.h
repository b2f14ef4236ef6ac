#pragma once

#include <QGraphicsView>

namespace processlab {

class SimulationController;
class StateDiagramScene;

// Shows the state diagram scaled to fit (a projector shows it large), and
// the reason of a refused drop as a tooltip where the token was dropped.
class StateDiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit StateDiagramView(SimulationController* controller, QWidget* parent = nullptr);

    StateDiagramScene* diagram() const { return m_scene; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showRefusal(const QString& reason, const QPointF& scenePos);
    void fit();

    StateDiagramScene* m_scene;
};

} // namespace processlab
