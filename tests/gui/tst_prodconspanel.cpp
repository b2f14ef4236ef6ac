// The producer-consumer lab's panel (issue #5): loading the exercise as an
// undoable edit, the gauge, list and chart following play / step / step
// back / drag, bounded chart history, throttled repaints, the real mode and
// the dock in the main window.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "core/ProducerConsumer.h"
#include "prodcons/ProdConsPanel.h"
#include "prodcons/ProdConsProcessModel.h"
#include "prodcons/QueueChart.h"
#include "prodcons/QueueGauge.h"
#include "prodcons/QueueHistory.h"
#include "prodcons/RealRun.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <cerrno>
#include <cmath>

#include <signal.h>

using namespace processlab;

namespace {

qint64 engineQueueLength(const SimulationController& c)
{
    return qint64(c.engine().queues().at(0).items.size());
}

double nowSeconds(const SimulationController& c)
{
    return double(c.engine().now()) * c.scenario().secondsPerTick;
}

// The chart history agrees with the engine at the current instant and has
// nothing from the future.
void checkHistoryConsistent(const ProdConsPanel& panel, const SimulationController& c)
{
    const std::vector<QPointF>& points = panel.history().points();
    QVERIFY(!points.empty());
    const double now = nowSeconds(c);
    for (const QPointF& p : points)
        QVERIFY2(p.x() <= now + 1e-9,
                 qPrintable(QStringLiteral("point at %1 after now %2").arg(p.x()).arg(now)));
    QCOMPARE(points.back().x(), now);
    QCOMPARE(qint64(points.back().y()), engineQueueLength(c));
    for (size_t i = 1; i < points.size(); ++i)
        QVERIFY(points[i].x() >= points[i - 1].x());
}

} // namespace

class TestProdConsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_prodconspanel"));
        QSettings().clear();
    }

    void historyStaysBoundedAndKeepsPeaks()
    {
        QueueHistory history(1024);
        // An hour at 100 samples a second: a saw tooth with one tall spike.
        const int samples = 3600 * 100;
        for (int i = 0; i < samples; ++i) {
            const double value = i == 123457 ? 999.0 : double(i % 250);
            history.add(i * 0.01, value);
            QVERIFY(int(history.points().size()) <= history.capacity());
        }
        QVERIFY(history.compactions() > 0);
        QCOMPARE(history.maxValue(), 999.0); // the spike survived decimation
        QCOMPARE(history.points().back().x(), (samples - 1) * 0.01);
        for (size_t i = 1; i < history.points().size(); ++i)
            QVERIFY(history.points()[i].x() >= history.points()[i - 1].x());
        // The recent half is exact: the last 30 s window holds every change.
        const std::vector<QPointF> window = history.window(3570.0);
        QVERIFY(window.size() > 100);
        QVERIFY(window.front().x() <= 3570.0);

        // Flat stretches cost two points.
        QueueHistory flat;
        for (int i = 0; i < 10000; ++i)
            flat.add(i, 7);
        QCOMPARE(int(flat.points().size()), 2);
        QCOMPARE(flat.points().back().x(), 9999.0);

        // Truncation (step back) drops the future.
        QueueHistory h;
        for (int i = 0; i < 100; ++i)
            h.add(i, i);
        h.truncateFrom(50);
        QCOMPARE(h.points().back().x(), 49.0);
        h.add(40, 3); // an earlier time truncates too
        QCOMPARE(h.points().back(), QPointF(40, 3));
        QCOMPARE(int(h.points().size()), 41);
    }

    void gaugeScale()
    {
        QCOMPARE(QueueGauge::niceMaximum(249), qint64(250));
        QCOMPARE(QueueGauge::niceMaximum(250), qint64(250));
        QCOMPARE(QueueGauge::niceMaximum(251), qint64(500));
        QCOMPARE(QueueGauge::niceMaximum(60), qint64(100));
        QCOMPARE(QueueGauge::niceMaximum(3), qint64(10));
    }

    void loadExerciseIsUndoable()
    {
        SimulationController controller;
        QVERIFY(controller.openScenario(testing::threeProcesses(), QStringLiteral("three")));
        ProdConsPanel panel(&controller);
        QVERIFY(!panel.hasExercise());
        const Scenario before = controller.scenario();

        ProducerConsumerConfig config;
        config.consumers = 3;
        config.capacity = 40;
        panel.setFormConfig(config);
        QCOMPARE(panel.formConfig(), config);
        QVERIFY(panel.loadExercise());
        QVERIFY(panel.hasExercise());
        const Scenario& s = controller.scenario();
        QVERIFY(s.producerConsumer);
        QCOMPARE(s.producerConsumer->consumers, 3);
        QCOMPARE(int(s.processes.size()), 4);
        QCOMPARE(s.queues.at(0).capacity, 40);
        QCOMPARE(controller.undoStack()->count(), 1);
        QVERIFY(controller.undoStack()->undoText().contains(QLatin1String("producer-consumer")));
        QVERIFY(controller.isModified());

        controller.undo();
        QVERIFY(controller.scenario() == before);
        QVERIFY(!panel.hasExercise());
        controller.redo();
        QVERIFY(panel.hasExercise());
        QCOMPARE(panel.formConfig().consumers, 3);

        // The form follows an opened exercise.
        ProducerConsumerConfig other;
        other.producers = 2;
        other.lowThreshold = 4;
        QVERIFY(controller.openScenario(
            ProducerConsumer::build(other, ProducerConsumer::defaultBase(QStringLiteral("x"))),
            QStringLiteral("x")));
        QCOMPARE(panel.formConfig(), other);
        QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("lowThresholdSpin"))->value(), 4);

        // The button does the same as loadExercise().
        panel.findChild<QSpinBox*>(QStringLiteral("consumersSpin"))->setValue(7);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("prodConsLoadExercise")),
                          Qt::LeftButton);
        QCOMPARE(controller.scenario().producerConsumer->consumers, 7);
        QCOMPARE(controller.scenario().policy.name, QStringLiteral("rr")); // kept from the loaded exercise
    }

    void followsSteppingAndStepBack()
    {
        SimulationController controller;
        ProdConsPanel panel(&controller);
        QVERIFY(panel.loadExercise());
        QAbstractItemModelTester tester(panel.processModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        std::vector<std::pair<double, qint64>> seen;
        for (int i = 0; i < 400; ++i) {
            QVERIFY(controller.stepEvent());
            seen.emplace_back(nowSeconds(controller), engineQueueLength(controller));
        }
        panel.flush();
        checkHistoryConsistent(panel, controller);
        const QueueGauge* gauge = panel.gauge();
        QCOMPARE(gauge->value(), engineQueueLength(controller));
        const QueueState& q = controller.engine().queues().at(0);
        QCOMPARE(gauge->produced(), q.produced);
        QCOMPARE(gauge->consumed(), q.consumed);
        QCOMPARE(gauge->lowThreshold(), qint64(10));
        QCOMPARE(gauge->highThreshold(), qint64(50));
        QCOMPARE(gauge->scaleMaximum(), qint64(250));
        QVERIFY(panel.statusText().contains(QLatin1String("Nothing lost or duplicated")));

        // The list: one row per process, with its role, state and own count.
        const ProdConsProcessModel* model = panel.processModel();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->data(model->index(0, ProdConsProcessModel::RoleColumn)).toString(),
                 QStringLiteral("producer"));
        QCOMPARE(model->data(model->index(3, ProdConsProcessModel::RoleColumn)).toString(),
                 QStringLiteral("consumer"));
        QCOMPARE(model->data(model->index(0, ProdConsProcessModel::CountColumn)).toLongLong(),
                 controller.engine().pcb(1).produced);
        for (int row = 1; row < 6; ++row) {
            QCOMPARE(model->data(model->index(row, ProdConsProcessModel::CountColumn)).toLongLong(),
                     controller.engine().pcb(row + 1).consumed);
            const ProducerConsumer::Activity activity = ProducerConsumer::activity(
                ProducerConsumer::Role::Consumer, controller.engine().pcb(row + 1));
            QCOMPARE(model->data(model->index(row, 0), ProdConsProcessModel::ActivityRole).toString(),
                     ProducerConsumer::activityId(activity));
        }

        // The chart shows the history up to now.
        const QList<QPointF>& points = panel.chart()->lengthPoints();
        QVERIFY(points.size() >= 2);
        QCOMPARE(points.back().x(), nowSeconds(controller));
        QCOMPARE(qint64(points.back().y()), engineQueueLength(controller));
        // ... with the exercise's thresholds, as the gauge.
        QCOMPARE(panel.chart()->lowThreshold(), gauge->lowThreshold());
        QCOMPARE(panel.chart()->highThreshold(), gauge->highThreshold());

        // Step back: the history is cut back to the engine's time and agrees with it.
        for (int back = 1; back <= 150; ++back) {
            QVERIFY(controller.stepBack());
            const auto& [t, length] = seen[seen.size() - 1 - size_t(back)];
            QCOMPARE(nowSeconds(controller), t);
            QCOMPARE(engineQueueLength(controller), length);
            checkHistoryConsistent(panel, controller);
        }
        panel.flush();
        QCOMPARE(panel.gauge()->value(), engineQueueLength(controller));
        // ... and forward again, the same way.
        for (int i = 0; i < 150; ++i)
            QVERIFY(controller.stepEvent());
        checkHistoryConsistent(panel, controller);
        QCOMPARE(engineQueueLength(controller), seen.back().second);

        controller.reset();
        checkHistoryConsistent(panel, controller);
        QCOMPARE(int(panel.history().points().size()), 1);
    }

    void dragTheProducerToBlocked()
    {
        SimulationController controller;
        ProdConsPanel panel(&controller);
        QVERIFY(panel.loadExercise());
        while (controller.engine().pcb(1).state != ProcessState::Running)
            QVERIFY(controller.stepEvent());
        QVERIFY(controller.moveProcess(1, ProcessState::Blocked).ok);
        panel.flush();
        const ProdConsProcessModel* model = panel.processModel();
        QCOMPARE(model->data(model->index(0, 0), ProdConsProcessModel::ActivityRole).toString(),
                 QStringLiteral("blocked-by-hand"));
        QCOMPARE(model->data(model->index(0, ProdConsProcessModel::StateColumn)).toString(),
                 QStringLiteral("blocked by hand"));
        const qint64 produced = controller.engine().queues().at(0).produced;
        for (int i = 0; i < 300; ++i)
            QVERIFY(controller.stepEvent());
        panel.flush();
        QCOMPARE(panel.gauge()->produced(), produced); // the consumers starve
        checkHistoryConsistent(panel, controller);
    }

    void repaintsAreThrottledWhilePlaying()
    {
        SimulationController controller;
        ProdConsPanel panel(&controller);
        panel.resize(500, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.loadExercise());
        int notifications = 0;
        connect(&controller, &SimulationController::stateChanged, this,
                [&notifications] { ++notifications; });
        const int framesBefore = panel.frameCount();
        const int paintsBefore = panel.gauge()->paintCount();
        controller.setSpeed(SimulationController::kMaxSpeed);
        controller.play();
        QTest::qWait(1000);
        controller.pause();
        const int frames = panel.frameCount() - framesBefore;
        QVERIFY(notifications > 0);
        QVERIFY2(frames >= 5, qPrintable(QString::number(frames)));
        QVERIFY2(frames <= 1000 / ProdConsPanel::kFrameMs + 10, qPrintable(QString::number(frames)));
        QVERIFY(panel.gauge()->paintCount() > paintsBefore);
        panel.flush();
        QCOMPARE(panel.gauge()->value(), engineQueueLength(controller));
        checkHistoryConsistent(panel, controller);

        // The scrolling window and the whole run.
        QVERIFY(!panel.chart()->wholeRun());
        panel.findChild<QCheckBox*>(QStringLiteral("prodConsWholeRun"))->setChecked(true);
        QVERIFY(panel.chart()->wholeRun());
        QCOMPARE(panel.chart()->axisMinX(), 0.0);
    }

    void longRunsKeepHistoryBounded()
    {
        SimulationController controller;
        ProdConsPanel panel(&controller);
        QVERIFY(panel.loadExercise());
        for (int i = 0; i < 30000; ++i)
            QVERIFY(controller.stepEvent());
        QVERIFY(int(panel.history().points().size()) <= panel.history().capacity());
        checkHistoryConsistent(panel, controller);
    }

    void realMode()
    {
        SimulationController controller;
        ProdConsPanel panel(&controller);
        panel.setWorkerProgram(QStringLiteral(PROCESSLAB_CLI));
        ProducerConsumerConfig config;
        config.consumers = 2;
        panel.setFormConfig(config);
        panel.findChild<QDoubleSpinBox*>(QStringLiteral("prodConsDuration"))->setValue(1.0);
        panel.setRealMode(true);
        QVERIFY(panel.isRealMode());
        QSignalSpy finished(&panel, &ProdConsPanel::realRunFinished);
        QString error;
        QVERIFY2(panel.startRealRun(&error), qPrintable(error));
        QVERIFY(panel.realRun()->isRunning());
        const QString segment = panel.realRun()->result().segment;
        QVERIFY(segment.startsWith(QLatin1String("processlab-pc-")));
        // Once every child has attached, the name is gone from /dev/shm
        // (nothing would be left behind even by a crash from now on).
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/dev/shm/") + segment), 10000);
        QVERIFY(panel.realRun()->isRunning());
        QTest::qWait(300);
        panel.flush();
        const ProdConsProcessModel* model = panel.processModel();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->realMode());
        QList<qint64> pids;
        for (int row = 0; row < 3; ++row) {
            const qint64 pid = model->data(model->index(row, ProdConsProcessModel::PidColumn)).toLongLong();
            QVERIFY(pid > 100);
            QCOMPARE(kill(pid_t(pid), 0), 0); // a real, live process
            pids << pid;
        }
        QVERIFY(finished.wait(20000));
        QVERIFY(!panel.realRun()->isRunning());
        const prodcons::RealResult& r = panel.realRun()->result();
        QVERIFY(r.conserved);
        QVERIFY(r.allReaped);
        QVERIFY(r.segmentRemoved);
        QVERIFY(!QFile::exists(QStringLiteral("/dev/shm/") + segment));
        for (qint64 pid : pids)
            QVERIFY(kill(pid_t(pid), 0) != 0 && errno == ESRCH);
        QVERIFY2(panel.statusText().contains(QLatin1String("nothing lost or duplicated")),
                 qPrintable(panel.statusText()));
        QVERIFY(!panel.history().isEmpty());
        QCOMPARE(panel.gauge()->produced(), r.produced);

        // Back to the simulation: the engine's data again.
        panel.setRealMode(false);
        QVERIFY(!panel.processModel()->realMode());
    }

    void closingDuringARealRunCleansUp()
    {
        QString segment;
        QList<qint64> pids;
        {
            SimulationController controller;
            ProdConsPanel panel(&controller);
            panel.setWorkerProgram(QStringLiteral(PROCESSLAB_CLI));
            panel.findChild<QDoubleSpinBox*>(QStringLiteral("prodConsDuration"))
                ->setValue(0); // until stopped
            QVERIFY(panel.startRealRun());
            segment = panel.realRun()->result().segment;
            QTest::qWait(300);
            for (const prodcons::RealProcess& p : panel.realRun()->processes())
                pids << p.pid;
            QCOMPARE(pids.size(), 6);
        } // the window goes away
        QVERIFY(!QFile::exists(QStringLiteral("/dev/shm/") + segment));
        for (qint64 pid : pids)
            QVERIFY(kill(pid_t(pid), 0) != 0 && errno == ESRCH);
    }

    void dockInTheMainWindow()
    {
        MainWindow window;
        window.setPrompts(std::make_unique<testing::ScriptedPrompts>());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("prodConsDock"));
        QVERIFY(dock);
        QCOMPARE(dock, window.prodConsDock());
        // Start-up builds no panel for a hidden dock (issue #7).
        QVERIFY(!dock->isVisible());
        QVERIFY(!window.prodConsPanel());
        auto* action = window.findChild<QAction*>(QStringLiteral("actionProducerConsumer"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(window.prodConsPanel());
        QCOMPARE(dock->widget(), static_cast<QWidget*>(window.prodConsPanel()));
        QVERIFY(window.controller()->scenario().producerConsumer);
        QCOMPARE(window.controller()->engine().processCount(), 6);
        // Step with the main window's actions: the gauge follows.
        for (int i = 0; i < 50; ++i)
            window.controller()->stepEvent();
        window.prodConsPanel()->flush();
        QCOMPARE(window.prodConsPanel()->gauge()->value(), engineQueueLength(*window.controller()));
        // Undo the load: the previous scenario is back.
        window.controller()->undo();
        QVERIFY(!window.controller()->scenario().producerConsumer);
    }
};

QTEST_MAIN(TestProdConsPanel)
#include "tst_prodconspanel.moc"
