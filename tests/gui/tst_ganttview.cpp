// GanttView / GanttPanel: the culling view draws every slice wider than a
// pixel, zoom changes the visible time range, a click selects the process
// (in the main window too), the lanes toggle, and the chart follows the run.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SimulationController.h"
#include "gantt/GanttPanel.h"
#include "gantt/GanttView.h"
#include "processes/ProcessPanel.h"
#include "render/GanttRenderer.h"
#include "scenario/WorkloadGenerator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>

using namespace processlab;

namespace {

// Many short slices: zoomed out, most are narrower than a pixel.
Scenario manyProcesses()
{
    WorkloadParameters parameters;
    parameters.count = 300;
    parameters.seed = 7;
    parameters.maxArrival = 400;
    parameters.minCpu = 1;
    parameters.maxCpu = 12;
    Scenario scenario;
    scenario.title = QStringLiteral("Many processes");
    scenario.cpus = 2;
    scenario.contextSwitch = 1;
    scenario.policy.name = QStringLiteral("rr");
    scenario.policy.quantum = 2;
    scenario.processes = generateWorkload(parameters);
    return scenario;
}

void runToEnd(SimulationController& controller)
{
    controller.runToEnd();
    QTRY_VERIFY_WITH_TIMEOUT(controller.engine().finished(), 30000);
}

// Every block of a visible lane, in the visible time range and wider than
// one pixel, is among the blocks the last paint drew one by one.
void verifyWideBlocksDrawn(GanttView& view)
{
    view.setRecordDrawn(true);
    view.viewport()->repaint();
    const GanttPaintStats& stats = view.lastPaintStats();
    const GanttData& data = *view.data();
    const double k = view.pixelsPerTick();
    const double t0 = view.visibleStartTime();
    const double t1 = view.visibleEndTime();
    int wide = 0;
    const GanttViewport vp = view.ganttViewport();
    const GanttRenderer& renderer = *view.renderer();
    const double axisTop = vp.area.bottom() - renderer.axisHeight();
    for (int lane = 0; lane < int(data.lanes.size()); ++lane) {
        const auto& blocks = data.lanes[size_t(lane)].blocks;
        if (blocks.empty())
            continue;
        // Lanes scrolled out of sight are not drawn.
        const double laneTop = view.blockCenter(lane, 0).y() - renderer.laneHeight() / 2;
        if (laneTop >= axisTop || laneTop + renderer.laneHeight() <= vp.area.top())
            continue;
        for (int i = 0; i < int(blocks.size()); ++i) {
            const GanttBlock& b = blocks[size_t(i)];
            if (double(b.end) <= t0 || double(b.start) >= t1)
                continue;
            const double visible = (std::min(double(b.end), t1) - std::max(double(b.start), t0)) * k;
            if (visible <= 1.0)
                continue;
            ++wide;
            const GanttDrawnBlock key{lane, i};
            if (std::find(stats.drawn.begin(), stats.drawn.end(), key) == stats.drawn.end())
                QFAIL(qPrintable(QStringLiteral("lane %1 block %2 [%3, %4) is %5 px wide but was not drawn")
                                     .arg(lane)
                                     .arg(i)
                                     .arg(b.start)
                                     .arg(b.end)
                                     .arg(visible)));
        }
    }
    QVERIFY(wide > 0);
    view.setRecordDrawn(false);
}

// threeProcesses() run to its end, in a view of 800 × 220 on screen.
void showFinishedRun(SimulationController& controller, GanttView& view)
{
    QVERIFY(controller.openScenario(testing::threeProcesses(), QStringLiteral("three")));
    runToEnd(controller);
    view.resize(800, 220);
    view.setController(&controller);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

} // namespace

class TestGanttView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ganttview"));
        QSettings().clear();
    }

    void drawsEverySliceWiderThanAPixel()
    {
        SimulationController controller;
        QVERIFY(controller.openScenario(manyProcesses(), QStringLiteral("many")));
        runToEnd(controller);
        GanttView view;
        view.resize(900, 260);
        view.setController(&controller);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.rebuildNow();
        QVERIFY(view.isFitToWindow());

        // Zoomed out: thousands of slices on ~800 pixels, many merged.
        verifyWideBlocksDrawn(view);
        QVERIFY(view.lastPaintStats().mergedBlocks > 0);
        QVERIFY(view.lastPaintStats().drawnBlocks > 0);

        // Zoomed in and scrolled to the middle: still every wide block.
        for (int i = 0; i < 4; ++i)
            view.zoomIn();
        QScrollBar* hbar = view.horizontalScrollBar();
        hbar->setValue(hbar->maximum() / 2);
        verifyWideBlocksDrawn(view);

        // Process lanes (many lanes, scrolled vertically).
        view.setLaneMode(GanttLaneMode::Process);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 3);
        verifyWideBlocksDrawn(view);
    }

    void zoomChangesVisibleRange()
    {
        SimulationController controller;
        GanttView view;
        showFinishedRun(controller, view);
        if (QTest::currentTestFailed())
            return;

        const GanttData& data = *view.data();
        QCOMPARE(view.visibleStartTime(), double(data.startTime));
        QVERIFY(qAbs(view.visibleEndTime() - double(data.endTime)) < 1e-6);
        const double fitSpan = view.visibleEndTime() - view.visibleStartTime();

        view.zoomIn();
        QVERIFY(!view.isFitToWindow());
        const double span = view.visibleEndTime() - view.visibleStartTime();
        QVERIFY2(qAbs(span - fitSpan / GanttView::kZoomStep) < 1e-6, qPrintable(QString::number(span)));
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);

        // Scrolling moves the range, keeping its length.
        const double before = view.visibleStartTime();
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
        QVERIFY(view.visibleStartTime() > before);
        QVERIFY(qAbs(view.visibleEndTime() - view.visibleStartTime() - span) < 1e-6);

        // Ctrl+wheel zooms in further around the mouse.
        const QPointF at(view.viewport()->width() / 2.0, 60);
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.visibleEndTime() - view.visibleStartTime() < span - 1e-6);

        // Zooming out never goes past the whole run; fit brings it back.
        for (int i = 0; i < 10; ++i)
            view.zoomOut();
        QVERIFY(view.isFitToWindow());
        view.zoomIn();
        view.fitToWindow();
        QVERIFY(view.isFitToWindow());
        QVERIFY(qAbs(view.visibleEndTime() - view.visibleStartTime() - fitSpan) < 1e-6);
    }

    void clickEmitsPid()
    {
        SimulationController controller;
        GanttView view;
        showFinishedRun(controller, view);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy clicked(&view, &GanttView::processClicked);

        const auto& blocks = view.data()->lanes[0].blocks;
        for (int pid = 1; pid <= 3; ++pid) {
            const auto it = std::find_if(blocks.begin(), blocks.end(), [pid](const GanttBlock& b) {
                return b.pid == pid && b.kind == GanttBlockKind::Run;
            });
            QVERIFY(it != blocks.end());
            const QPointF centre = view.blockCenter(0, int(it - blocks.begin()));
            QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
            QCOMPARE(clicked.count(), pid);
            QCOMPARE(clicked.last().at(0).toInt(), pid);
        }
        // Outside the lanes: nothing.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
        QCOMPARE(clicked.count(), 3);
    }

    // The selected process's slices are framed: dark outside, light inside.
    void highlightFramesTheSelectedProcess()
    {
        SimulationController controller;
        GanttView view;
        showFinishedRun(controller, view);
        if (QTest::currentTestFailed())
            return;
        const auto& blocks = view.data()->lanes[0].blocks;
        const auto firstOf = [&](int pid) {
            return int(std::find_if(blocks.begin(), blocks.end(),
                                    [pid](const GanttBlock& b) {
                                        return b.pid == pid && b.kind == GanttBlockKind::Run;
                                    }) -
                       blocks.begin());
        };
        const auto leftEdgePixel = [&](int block) {
            const QImage image = view.viewport()->grab().toImage();
            const QPointF centre = view.blockCenter(0, block);
            const GanttBlock& b = blocks[size_t(block)];
            const double halfWidth = double(b.end - b.start) * view.pixelsPerTick() / 2;
            return QColor(image.pixel(int(centre.x() - halfWidth + 1.5), int(centre.y())));
        };

        QCOMPARE(view.highlightedPid(), 0);
        view.viewport()->repaint();
        QCOMPARE(view.lastPaintStats().highlighted, 0);
        const QColor plain = leftEdgePixel(firstOf(2));

        view.setHighlightedPid(2);
        view.viewport()->repaint();
        long long expected = 0;
        for (const GanttBlock& b : blocks)
            expected += b.pid == 2 && b.kind != GanttBlockKind::Idle ? 1 : 0;
        QVERIFY(expected > 1);
        QCOMPARE(view.lastPaintStats().highlighted, expected);
        const QColor framed = leftEdgePixel(firstOf(2));
        QVERIFY2(framed.lightness() < 40 && plain.lightness() > 60,
                 qPrintable(QStringLiteral("%1 against %2").arg(framed.name(), plain.name())));
        // Others are left as they were.
        QCOMPARE(leftEdgePixel(firstOf(1)).lightness() > 60, true);

        // It survives a rebuild of the chart (the run moves on, lanes switch).
        view.setLaneMode(GanttLaneMode::Process);
        view.viewport()->repaint();
        QVERIFY(view.lastPaintStats().highlighted > 0);
        view.setHighlightedPid(0);
        view.viewport()->repaint();
        QCOMPARE(view.lastPaintStats().highlighted, 0);
    }

    void clickSelectsProcessInMainWindow()
    {
        MainWindow window;
        window.setPrompts(std::make_unique<testing::ScriptedPrompts>());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionExportGantt")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionCopyChart")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionComparePolicies")));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("ganttDock"));
        QVERIFY(dock);
        QCOMPARE(dock->widget(), static_cast<QWidget*>(window.ganttPanel()));
        dock->show();
        dock->raise();

        QVERIFY(window.controller()->openScenario(testing::threeProcesses(), QStringLiteral("three")));
        runToEnd(*window.controller());
        GanttView* view = window.ganttPanel()->view();
        QTRY_VERIFY(view->data() && view->data()->finished);
        QTRY_VERIFY(view->viewport()->isVisible() && view->viewport()->width() > 200);
        const auto& blocks = view->data()->lanes[0].blocks;
        const auto it =
            std::find_if(blocks.begin(), blocks.end(), [](const GanttBlock& b) { return b.pid == 3; });
        QVERIFY(it != blocks.end());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->blockCenter(0, int(it - blocks.begin())).toPoint());
        QCOMPARE(window.processPanel()->currentPid(), 3);
        // The chart frames the selection, wherever it was made.
        QCOMPARE(view->highlightedPid(), 3);
        window.processPanel()->selectPid(1);
        QCOMPARE(view->highlightedPid(), 1);

        // Edit > Copy chart puts an image on the clipboard.
        window.findChild<QAction*>(QStringLiteral("actionCopyChart"))->trigger();
        const QImage copied = QApplication::clipboard()->image();
        QVERIFY(!copied.isNull());
        QVERIFY(copied.width() >= 1280);
    }

    void lanesToggle()
    {
        SimulationController controller;
        QVERIFY(controller.openScenario(testing::threeProcesses(), QStringLiteral("three")));
        runToEnd(controller);
        GanttPanel panel(&controller);
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        GanttView* view = panel.view();
        QCOMPARE(view->laneMode(), GanttLaneMode::Cpu);
        QCOMPARE(int(view->data()->lanes.size()), 1);

        auto* processLanes = panel.findChild<QAction*>(QStringLiteral("ganttProcessLanesAction"));
        auto* cpuLanes = panel.findChild<QAction*>(QStringLiteral("ganttCpuLanesAction"));
        QVERIFY(processLanes && cpuLanes);
        processLanes->trigger();
        QCOMPARE(view->laneMode(), GanttLaneMode::Process);
        QCOMPARE(view->data()->mode, GanttLaneMode::Process);
        QCOMPARE(int(view->data()->lanes.size()), 3);
        QVERIFY(processLanes->isChecked());
        cpuLanes->trigger();
        QCOMPARE(int(view->data()->lanes.size()), 1);
        QVERIFY(cpuLanes->isChecked());
    }

    void followsTheRunThrottled()
    {
        SimulationController controller;
        QVERIFY(controller.openScenario(testing::threeProcesses(), QStringLiteral("three")));
        GanttView view;
        view.resize(800, 220);
        view.setController(&controller);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.data()->now, Tick(0));
        for (int i = 0; i < 5; ++i)
            QVERIFY(controller.stepEvent());
        // Not rebuilt five times: once, shortly after.
        QVERIFY(view.rebuildPending());
        QTRY_COMPARE(view.data()->now, controller.engine().now());
        QCOMPARE(view.renderer()->options().cursorTime, controller.engine().now());
        QVERIFY(!view.rebuildPending());

        // A new scenario: fitted again, rebuilt.
        view.zoomIn();
        Scenario other = testing::threeProcesses();
        other.processes.pop_back();
        QVERIFY(controller.openScenario(other, QStringLiteral("two")));
        QTRY_COMPARE(int(view.data()->processes.size()), 2);
        QVERIFY(view.isFitToWindow());
    }
};

QTEST_MAIN(TestGanttView)
#include "tst_ganttview.moc"
