#include "render/TimeAxis.h"

#include <QtTest>

using processlab::Tick;
using processlab::TimeAxis;

class TimeAxisTest : public QObject
{
    Q_OBJECT

private slots:
    void niceStep_data()
    {
        QTest::addColumn<double>("minTicks");
        QTest::addColumn<qint64>("step");
        QTest::newRow("zero") << 0.0 << qint64(1);
        QTest::newRow("sub-tick") << 0.2 << qint64(1);
        QTest::newRow("one") << 1.0 << qint64(1);
        QTest::newRow("1.01") << 1.01 << qint64(2);
        QTest::newRow("2") << 2.0 << qint64(2);
        QTest::newRow("2.5") << 2.5 << qint64(5);
        QTest::newRow("5") << 5.0 << qint64(5);
        QTest::newRow("6") << 6.0 << qint64(10);
        QTest::newRow("11") << 11.0 << qint64(20);
        QTest::newRow("30") << 30.0 << qint64(50);
        QTest::newRow("499") << 499.0 << qint64(500);
        QTest::newRow("501") << 501.0 << qint64(1000);
        QTest::newRow("1.5e9") << 1.5e9 << qint64(2000000000);
        QTest::newRow("nan") << std::nan("") << qint64(1);
    }
    void niceStep()
    {
        QFETCH(double, minTicks);
        QFETCH(qint64, step);
        QCOMPARE(TimeAxis::niceStep(minTicks), step);
    }

    // Whatever the zoom, labels are at least the asked spacing apart, and
    // the step is the smallest nice one that manages it.
    void majorStepKeepsSpacing()
    {
        for (double pxPerTick : {1e-6, 0.003, 0.05, 0.3, 1.0, 7.0, 33.0, 400.0}) {
            const Tick step = TimeAxis::majorStep(pxPerTick, 50);
            QVERIFY(step >= 1);
            if (pxPerTick * 1 < 50)
                QVERIFY2(double(step) * pxPerTick >= 50, qPrintable(QString::number(pxPerTick)));
            QVERIFY(TimeAxis::niceStep(double(step)) == step);
        }
        QCOMPARE(TimeAxis::majorStep(100.0, 40), Tick(1)); // never below one tick
    }

    void minorStep()
    {
        QCOMPARE(TimeAxis::minorStep(10, 10.0, 6), Tick(2));
        QCOMPARE(TimeAxis::minorStep(10, 1.0, 6), Tick(0));
        QCOMPARE(TimeAxis::minorStep(10, 2.0, 6), Tick(5));
        QCOMPARE(TimeAxis::minorStep(5, 10.0, 6), Tick(1));
        QCOMPARE(TimeAxis::minorStep(1, 100.0, 6), Tick(0));
    }

    void ticks()
    {
        QCOMPARE(TimeAxis::ticks(0, 10, 5), (std::vector<Tick>{0, 5, 10}));
        QCOMPARE(TimeAxis::ticks(0.5, 9.9, 2), (std::vector<Tick>{2, 4, 6, 8}));
        QCOMPARE(TimeAxis::ticks(3, 3, 1), (std::vector<Tick>{3}));
        QVERIFY(TimeAxis::ticks(5, 1, 1).empty());
    }
};

QTEST_APPLESS_MAIN(TimeAxisTest)
#include "tst_TimeAxis.moc"
