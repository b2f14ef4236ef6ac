// The state diagram: dragging tokens with real mouse events, legal and
// illegal drops, and the animation of automatic moves.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "core/StateTable.h"
#include "diagram/ProcessTokenItem.h"
#include "diagram/StateDiagramScene.h"
#include "diagram/StateDiagramView.h"
#include "diagram/StateNodeItem.h"
#include "diagram/TransitionArrowItem.h"
#include "processes/ProcessPanel.h"
#include "processes/ProcessTableModel.h"

#include <QImage>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace processlab;

class TestStateDiagram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_statediagram"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompts(std::make_unique<testing::ScriptedPrompts>());
        m_window->resize(1400, 900);
        QVERIFY(m_window->controller()->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->controller()->stepEvent()); // t = 0: P1 runs, P2 is ready
        QTRY_VERIFY(!scene()->isAnimating());
    }
    void cleanup() { m_window.reset(); }

    void tokensSitInTheirStates()
    {
        const Engine& engine = m_window->controller()->engine();
        for (int pid = 1; pid <= engine.processCount(); ++pid) {
            ProcessTokenItem* token = scene()->token(pid);
            QVERIFY(token);
            StateNodeItem* node = scene()->node(engine.pcb(pid).state);
            QVERIFY2(node->rect().contains(token->pos()), qPrintable(QStringLiteral("P%1").arg(pid)));
        }
        // Running has a slot per CPU, and P1 sits in CPU 0's slot.
        QVERIFY(scene()->node(ProcessState::Running)->slotRect(0).contains(scene()->token(1)->pos()));
    }

    void dragRunningToBlocked()
    {
        SimulationController* controller = m_window->controller();
        const Engine& engine = controller->engine();
        QCOMPARE(engine.pcb(1).state, ProcessState::Running);
        const size_t changesBefore = engine.trace().changes.size();

        QGraphicsView* view = m_window->diagramView();
        QWidget* viewport = view->viewport();
        const QPoint from = view->mapFromScene(scene()->token(1)->pos());
        const QPoint to = view->mapFromScene(scene()->node(ProcessState::Blocked)->rect().center());
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(viewport, from + (to - from) * i / 8);
        // While dragging: legal targets light up, illegal ones dim.
        QCOMPARE(scene()->node(ProcessState::Blocked)->dropMode(), StateNodeItem::DropMode::Legal);
        QCOMPARE(scene()->node(ProcessState::Ready)->dropMode(), StateNodeItem::DropMode::Legal);
        QCOMPARE(scene()->node(ProcessState::Terminated)->dropMode(), StateNodeItem::DropMode::Legal);
        QCOMPARE(scene()->node(ProcessState::New)->dropMode(), StateNodeItem::DropMode::Illegal);
        QCOMPARE(scene()->node(ProcessState::Running)->dropMode(), StateNodeItem::DropMode::Source);
        QVERIFY(scene()->node(ProcessState::New)->opacity() < 1.0);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);

        // The engine: P1 blocked by hand; the CPU went to P2.
        QCOMPARE(engine.pcb(1).state, ProcessState::Blocked);
        QVERIFY(engine.pcb(1).manualWait);
        QCOMPARE(engine.pcb(2).state, ProcessState::Running);
        for (StateNodeItem* node : {scene()->node(ProcessState::New), scene()->node(ProcessState::Blocked)})
            QCOMPARE(node->dropMode(), StateNodeItem::DropMode::None);

        // The trace records the manual state change.
        const std::vector<StateChange>& changes = engine.trace().changes;
        QVERIFY(changes.size() > changesBefore);
        const StateChange& move = changes[changesBefore];
        QCOMPARE(move.pid, 1);
        QCOMPARE(move.from, ProcessState::Running);
        QCOMPARE(move.to, ProcessState::Blocked);
        QCOMPARE(move.cause, TransitionCause::Wait);
        QVERIFY(move.manual);

        // The table row follows.
        QAbstractItemModel* model = m_window->processPanel()->view()->model();
        QCOMPARE(model->data(model->index(0, ProcessTableModel::State)).toString(),
                 stateName(ProcessState::Blocked));
        QCOMPARE(model->data(model->index(1, ProcessTableModel::State)).toString(),
                 stateName(ProcessState::Running));

        // The token ends up inside Blocked, and the move is undoable.
        QTRY_VERIFY(!scene()->isAnimating());
        QVERIFY(scene()->node(ProcessState::Blocked)->rect().contains(scene()->token(1)->pos()));
        QCOMPARE(controller->undoStack()->count(), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("P1")));
    }

    void illegalDragSnapsBackWithTheReason()
    {
        SimulationController* controller = m_window->controller();
        const Engine& engine = controller->engine();
        QCOMPARE(engine.pcb(2).state, ProcessState::Ready);
        const EngineState stateBefore = engine.state();
        const Trace traceBefore = engine.trace();
        const QPointF origin = scene()->token(2)->pos();

        QGraphicsView* view = m_window->diagramView();
        QWidget* viewport = view->viewport();
        const QPoint from = view->mapFromScene(origin);
        const QPoint to = view->mapFromScene(scene()->node(ProcessState::Blocked)->rect().center());
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(viewport, from + (to - from) * i / 8);
        QCOMPARE(scene()->node(ProcessState::Blocked)->dropMode(), StateNodeItem::DropMode::Illegal);
        QCOMPARE(scene()->node(ProcessState::Running)->dropMode(), StateNodeItem::DropMode::Legal);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);

        QVERIFY(engine.state() == stateBefore);
        QVERIFY(engine.trace() == traceBefore);
        QCOMPARE(controller->undoStack()->count(), 0);
        const QString reason = StateTable::refusal(ProcessState::Ready, ProcessState::Blocked).text();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(reason),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QTRY_VERIFY(!scene()->isAnimating());
        QCOMPARE(scene()->token(2)->pos(), origin);
    }

    void dragToReadyDispatchesOnTheChosenCpu()
    {
        const Engine& engine = m_window->controller()->engine();
        QCOMPARE(engine.pcb(2).state, ProcessState::Ready);
        testing::dragOnView(m_window->diagramView(), scene()->token(2)->pos(),
                            scene()->node(ProcessState::Running)->slotRect(0).center());
        // P2 preempts P1, which goes to the tail of the ready queue.
        QCOMPARE(engine.pcb(2).state, ProcessState::Running);
        QCOMPARE(engine.pcb(1).state, ProcessState::Ready);
    }

    void automaticMovesAnimateAlongTheirArrow()
    {
        SimulationController* controller = m_window->controller();
        // Run until some process changes state in a step.
        const Engine& engine = controller->engine();
        size_t before = engine.trace().changes.size();
        while (engine.trace().changes.size() == before)
            QVERIFY(controller->stepEvent());
        const StateChange& change = engine.trace().changes.back();
        TransitionArrowItem* arrow = scene()->arrow(change.from, change.to);
        QVERIFY(arrow);
        QVERIFY(arrow->intensity() > 0);
        QVERIFY(scene()->isAnimating());
        QTRY_VERIFY(!scene()->isAnimating());
        if (ProcessTokenItem* token = scene()->token(change.pid))
            QVERIFY(scene()->node(engine.pcb(change.pid).state)->rect().contains(token->pos()));
    }

    // Each arrow's line runs from its path's start to kHeadLength (measured
    // along the path) before its end, where the head takes over to the tip.
    void arrowShaftStopsWhereTheHeadStarts()
    {
        const QList<QGraphicsItem*> items = scene()->items();
        int arrows = 0;
        for (QGraphicsItem* item : items) {
            auto* arrow = qgraphicsitem_cast<TransitionArrowItem*>(item);
            if (!arrow)
                continue;
            ++arrows;
            const QPainterPath& path = arrow->path();
            const QPainterPath& shaft = arrow->shaft();
            QVERIFY(shaft.elementCount() >= 2);
            QCOMPARE(QPointF(shaft.elementAt(0)), path.pointAtPercent(0));
            QCOMPARE(arrow->tip(), path.pointAtPercent(1));
            const QPointF shaftEnd = shaft.elementAt(shaft.elementCount() - 1);
            QCOMPARE(shaftEnd, arrow->headBase());
            // On the path, kHeadLength before its end (to a fraction of a pixel).
            const QPointF expected =
                path.pointAtPercent(path.percentAtLength(path.length() - TransitionArrowItem::kHeadLength));
            QVERIFY2(QLineF(expected, arrow->headBase()).length() < 0.5,
                     qPrintable(QStringLiteral("%1 -> %2").arg(int(arrow->from())).arg(int(arrow->to()))));
            // The shaft follows the path: its length is the path's minus the head's.
            QVERIFY(std::abs(shaft.length() - (path.length() - TransitionArrowItem::kHeadLength)) < 0.5);
        }
        QCOMPARE(arrows, 6);
    }

    void clickingATokenSelectsTheProcess()
    {
        QGraphicsView* view = m_window->diagramView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->mapFromScene(scene()->token(3)->pos()));
        QCOMPARE(scene()->selectedPid(), 3);
        QCOMPARE(m_window->processPanel()->currentPid(), 3);
    }

    // The viewport paints every one of its pixels (it is opaque: nothing is
    // filled under it), including the last row and column, at any size.
    void everyPixelPaintedAtAnySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("wide") << QSize(913, 401);
        QTest::newRow("tall") << QSize(517, 689);
        QTest::newRow("small") << QSize(361, 181);
    }
    void everyPixelPaintedAtAnySize()
    {
        QFETCH(QSize, size);
        SimulationController controller;
        QVERIFY(controller.openScenario(testing::threeProcesses(), QStringLiteral("test")));
        StateDiagramView view(&controller);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget* viewport = view.viewport();
        QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(QColor(0xff, 0x00, 0xff));                                 // what an unpainted pixel keeps
        viewport->render(&image, QPoint(), QRegion(), QWidget::DrawChildren); // no background fill
        // Nothing of the diagram reaches the edges: there, every pixel is the background.
        const QColor background = view.diagram()->backgroundBrush().color();
        int wrong = 0;
        for (int x = 0; x < image.width(); ++x)
            wrong += (image.pixelColor(x, image.height() - 1) != background) +
                     (image.pixelColor(x, 0) != background);
        for (int y = 0; y < image.height(); ++y)
            wrong += (image.pixelColor(image.width() - 1, y) != background) +
                     (image.pixelColor(0, y) != background);
        QCOMPARE(wrong, 0);
    }

private:
    StateDiagramScene* scene() const { return m_window->diagramView()->diagram(); }
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestStateDiagram)
#include "tst_statediagram.moc"
