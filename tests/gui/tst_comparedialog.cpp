// CompareDialog: one run per policy on copies of the scenario, the metrics
// table, the stacked charts on one time axis, the bar chart, cancelling.
#include "ChartLegendWidget.h"
#include "core/io/ScenarioFile.h"
#include "gantt/AveragesBarChart.h"
#include "gantt/CompareChartsWidget.h"
#include "gantt/CompareDialog.h"
#include "scenario/WorkloadGenerator.h"

#include <QFontMetrics>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace processlab;

class TestCompareDialog : public QObject
{
    Q_OBJECT

private:
    static Scenario convoy()
    {
        const ScenarioLoad load =
            ScenarioFile::load(QStringLiteral(PROCESSLAB_SOURCE_DIR "/resources/examples/fcfs-convoy.json"));
        if (!load.ok())
            qFatal("%s", qPrintable(load.errorText()));
        return *load.scenario;
    }

private slots:
    void convoyFcfsAndSjf()
    {
        CompareDialog dialog(convoy());
        dialog.resize(1200, 800);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("comparePolicyList"))->count(), 8);
        dialog.setCheckedKeys({QStringLiteral("fcfs"), QStringLiteral("sjf")});
        QCOMPARE(dialog.checkedKeys(), QStringList({QStringLiteral("fcfs"), QStringLiteral("sjf")}));

        QSignalSpy finished(&dialog, &CompareDialog::comparisonFinished);
        dialog.findChild<QPushButton*>(QStringLiteral("compareRunButton"))->click();
        QTRY_COMPARE(finished.count(), 1);

        QTableWidget* table = dialog.findChild<QTableWidget*>(QStringLiteral("compareTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("FCFS"));
        QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("SJF"));
        // Waiting: FCFS (0 + 24 + 27) / 3 = 17, SJF (6 + 0 + 3) / 3 = 3.
        QCOMPARE(table->item(0, CompareDialog::AverageWaiting)->data(Qt::UserRole).toDouble(), 17.0);
        QCOMPARE(table->item(1, CompareDialog::AverageWaiting)->data(Qt::UserRole).toDouble(), 3.0);
        QCOMPARE(table->item(0, CompareDialog::AverageWaiting)->text(), QStringLiteral("17.00"));
        QCOMPARE(table->item(1, CompareDialog::AverageWaiting)->text(), QStringLiteral("3.00"));
        // Turnaround: FCFS (24 + 27 + 30) / 3 = 27, SJF (30 + 3 + 6) / 3 = 13.
        QCOMPARE(table->item(0, CompareDialog::AverageTurnaround)->data(Qt::UserRole).toDouble(), 27.0);
        QCOMPARE(table->item(1, CompareDialog::AverageTurnaround)->data(Qt::UserRole).toDouble(), 13.0);
        QCOMPARE(table->item(0, CompareDialog::CpuUtilization)->data(Qt::UserRole).toDouble(), 100.0);

        // The charts share one time axis: both end at 30.
        CompareChartsWidget* charts = dialog.charts();
        QCOMPARE(charts->chartCount(), 2);
        QCOMPARE(charts->endTime(), 30.0);
        for (int i = 0; i < 2; ++i) {
            const GanttViewport vp = charts->viewportOf(i);
            QCOMPARE(vp.startTime, 0.0);
            QCOMPARE(vp.endTime, 30.0);
            QCOMPARE(charts->renderer(i).xAt(vp, 24), charts->renderer(0).xAt(charts->viewportOf(0), 24));
        }

        // The bar chart: one set per policy, waiting/turnaround/response.
        auto* bars = dialog.findChild<AveragesBarChart*>(QStringLiteral("compareBarChart"));
        QVERIFY(bars);
        QCOMPARE(bars, dialog.barChart());
        QCOMPARE(bars->setCount(), 2);
        QCOMPARE(bars->setLabel(0), QStringLiteral("FCFS"));
        QCOMPARE(bars->setLabel(1), QStringLiteral("SJF"));
        QCOMPARE(bars->categories(), QStringList({QStringLiteral("Waiting"), QStringLiteral("Turnaround"),
                                                  QStringLiteral("Response")}));
        QCOMPARE(bars->value(0, 0), 17.0);
        QCOMPARE(bars->value(1, 0), 3.0);
        QCOMPARE(bars->value(0, 1), 27.0);
        QCOMPARE(bars->value(1, 1), 13.0);
        QCOMPARE(bars->axisMaximum(), 27.0 * 1.1);
        QVERIFY(bars->setColor(0) != bars->setColor(1));
        QVERIFY(bars->minimumHeight() >= 240);

        // Beside it, CPU utilisation (percent, axis to 100) and context
        // switches (whole numbers): the same policies in the same colours,
        // the numbers of the table.
        AveragesBarChart* utilisation = dialog.utilisationChart();
        AveragesBarChart* switches = dialog.switchesChart();
        QCOMPARE(utilisation->objectName(), QStringLiteral("compareUtilisationChart"));
        QCOMPARE(switches->objectName(), QStringLiteral("compareSwitchesChart"));
        for (AveragesBarChart* chart : {bars, utilisation, switches})
            QVERIFY(!chart->isLegendVisible()); // one legend under the three
        const QList<ChartLegendWidget::Entry> legend = dialog.chartsLegend()->entries();
        QCOMPARE(int(legend.size()), 2);
        for (int s = 0; s < 2; ++s) {
            QCOMPARE(legend[s].label, bars->setLabel(s));
            QCOMPARE(legend[s].color, bars->setColor(s));
        }
        QVERIFY(dialog.chartsLegend()->isVisible());
        QTRY_VERIFY(dialog.chartsLegend()->height() >= QFontMetrics(dialog.font()).height());
        // The plots stand on one line (their tops differ with the room each
        // needs for the values written above its bars).
        QCOMPARE(utilisation->plotArea().bottom(), bars->plotArea().bottom());
        QCOMPARE(switches->plotArea().bottom(), bars->plotArea().bottom());
        for (AveragesBarChart* chart : {utilisation, switches}) {
            QCOMPARE(chart->setCount(), 2);
            QVERIFY(chart->isVisible());
            for (int s = 0; s < 2; ++s) {
                QCOMPARE(chart->setLabel(s), bars->setLabel(s));
                QCOMPARE(chart->setColor(s), bars->setColor(s));
            }
        }
        QCOMPARE(utilisation->axisMaximum(), 100.0);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(utilisation->value(row, 0),
                     table->item(row, CompareDialog::CpuUtilization)->data(Qt::UserRole).toDouble());
            QCOMPARE(switches->value(row, 0),
                     table->item(row, CompareDialog::ContextSwitches)->data(Qt::UserRole).toDouble());
        }
        QVERIFY(switches->value(0, 0) >= 2); // FCFS switches between its three processes
    }

    void eachPolicyOnItsOwnCopy()
    {
        CompareDialog dialog(convoy());
        dialog.setCheckedKeys({QStringLiteral("rr2"), QStringLiteral("rr4"), QStringLiteral("mlfq")});
        QSignalSpy finished(&dialog, &CompareDialog::comparisonFinished);
        dialog.compare();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(int(dialog.runs().size()), 3);
        QCOMPARE(dialog.runs()[0]->engine->scenario().policy.quantum, Tick(2));
        QCOMPARE(dialog.runs()[1]->engine->scenario().policy.quantum, Tick(4));
        QCOMPARE(dialog.runs()[2]->engine->scenario().policy.name, QStringLiteral("mlfq"));
        // A policy has the same colour whatever else is compared: its place in the list.
        QCOMPARE(dialog.barChart()->setCount(), 3);
        QCOMPARE(dialog.barChart()->setColor(0), AveragesBarChart::seriesColor(4));
        QCOMPARE(dialog.barChart()->setColor(2), AveragesBarChart::seriesColor(7));
        for (const auto& run : dialog.runs()) {
            QVERIFY(run->complete);
            QVERIFY(!run->engine->historyEnabled());
        }
    }

    void longComparisonShowsProgressAndCancels()
    {
        WorkloadParameters parameters;
        parameters.count = 10000;
        parameters.maxArrival = 20000;
        Scenario scenario;
        scenario.title = QStringLiteral("Ten thousand");
        scenario.cpus = 2;
        scenario.processes = generateWorkload(parameters);
        CompareDialog dialog(scenario);
        dialog.resize(1000, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setChunk(64, 5); // small chunks: the test sees it running
        dialog.setCheckedKeys({QStringLiteral("fcfs"), QStringLiteral("rr2"), QStringLiteral("mlfq")});
        QSignalSpy cancelled(&dialog, &CompareDialog::comparisonCancelled);
        QSignalSpy finished(&dialog, &CompareDialog::comparisonFinished);
        dialog.compare();
        QVERIFY(dialog.isRunning());
        auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("compareProgress"));
        QVERIFY(progress->isVisible());
        QTRY_VERIFY(progress->value() > 0);
        dialog.findChild<QPushButton*>(QStringLiteral("compareCancelButton"))->click();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!progress->isVisible());
        QCOMPARE(dialog.table()->rowCount(), 0);
        QCOMPARE(dialog.barChart()->setCount(), 0);
        QCOMPARE(finished.count(), 0);

        // Run to the end (large chunks): every policy finished.
        dialog.setChunk(4096, 50);
        dialog.setCheckedKeys({QStringLiteral("fcfs"), QStringLiteral("srtf")});
        dialog.compare();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.runs()[0]->metrics.finished, 10000);
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
