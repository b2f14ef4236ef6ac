// ProcessTableModel: a well-behaved model over the engine; edits with
// validation, as undo commands.

#include "GuiTestSupport.h"

#include "SimulationController.h"
#include "processes/ProcessTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace processlab;

class TestProcessTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_controller = std::make_unique<SimulationController>();
        QVERIFY(m_controller->openScenario(testing::threeProcesses(), QStringLiteral("test")));
        m_model = std::make_unique<ProcessTableModel>(m_controller.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_controller.reset();
    }

    void showsWhatTheEngineComputed()
    {
        ProcessTableModel& model = *m_model;
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ProcessTableModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, ProcessTableModel::Name)).toString(), QStringLiteral("P1"));
        QCOMPARE(model.data(model.index(0, ProcessTableModel::Bursts)).toString(), QStringLiteral("5, 3, 2"));
        QCOMPARE(model.data(model.index(2, ProcessTableModel::Arrival)).toLongLong(), 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_controller->stepEvent());
        QVERIFY(changed.count() >= 1);
        const Engine& engine = m_controller->engine();
        for (int row = 0; row < 3; ++row) {
            const int pid = row + 1;
            QCOMPARE(model.data(model.index(row, ProcessTableModel::State)).toString(),
                     stateName(engine.pcb(pid).state));
            QCOMPARE(model.data(model.index(row, ProcessTableModel::CpuTime)).toLongLong(),
                     engine.pcb(pid).cpuTime);
            QCOMPARE(model.data(model.index(row, ProcessTableModel::Waiting)).toLongLong(),
                     engine.waitingSoFar(pid));
            QCOMPARE(model.data(model.index(row, 0), ProcessTableModel::PidRole).toInt(), pid);
        }
        QCOMPARE(model.data(model.index(0, ProcessTableModel::State)).toString(),
                 stateName(ProcessState::Running));
        for (int i = 0; i < 6; ++i)
            m_controller->stepEvent();
        QCOMPARE(model.data(model.index(0, ProcessTableModel::Remaining)).toLongLong(),
                 engine.pcb(1).remaining);
        QVERIFY(!model.data(model.index(0, ProcessTableModel::Current)).toString().isEmpty());
    }

    void editsBecomeUndoCommands()
    {
        ProcessTableModel& model = *m_model;
        QVERIFY(model.flags(model.index(0, ProcessTableModel::Arrival)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ProcessTableModel::State)) & Qt::ItemIsEditable));

        QVERIFY(model.setData(model.index(1, ProcessTableModel::Arrival), QStringLiteral("6")));
        QCOMPARE(m_controller->scenario().processes[1].arrival, Tick(6));
        QVERIFY(model.setData(model.index(1, ProcessTableModel::Priority), QStringLiteral("-3")));
        QCOMPARE(m_controller->scenario().processes[1].priority, -3);
        QVERIFY(model.setData(model.index(0, ProcessTableModel::Bursts), QStringLiteral("7,  2 4")));
        QCOMPARE(model.data(model.index(0, ProcessTableModel::Bursts)).toString(), QStringLiteral("7, 2, 4"));
        QVERIFY(model.setData(model.index(2, ProcessTableModel::Name), QStringLiteral("Editor")));
        QCOMPARE(m_controller->undoStack()->count(), 4);

        m_controller->undo();
        QCOMPARE(model.data(model.index(2, ProcessTableModel::Name)).toString(), QStringLiteral("P3"));
        m_controller->undo();
        QCOMPARE(model.data(model.index(0, ProcessTableModel::Bursts)).toString(), QStringLiteral("5, 3, 2"));
    }

    void badInputIsRefusedWithWhereAndWhat()
    {
        ProcessTableModel& model = *m_model;
        const Scenario before = m_controller->scenario();
        QSignalSpy refused(&model, &ProcessTableModel::editRefused);

        QVERIFY(!model.setData(model.index(0, ProcessTableModel::Bursts), QStringLiteral("5, x, 2")));
        QCOMPARE(refused.count(), 1);
        QString message = refused.last().at(1).toString();
        QVERIFY2(message.startsWith(QLatin1String("processes[0].bursts[1]")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("x")), qPrintable(message));

        QVERIFY(!model.setData(model.index(0, ProcessTableModel::Bursts), QStringLiteral("5, 3")));
        message = refused.last().at(1).toString();
        QVERIFY2(message.startsWith(QLatin1String("processes[0].bursts")), qPrintable(message));

        QVERIFY(!model.setData(model.index(1, ProcessTableModel::Bursts), QStringLiteral("4, 0, 1")));
        message = refused.last().at(1).toString();
        QVERIFY2(message.startsWith(QLatin1String("processes[1].bursts[1]")), qPrintable(message));

        QVERIFY(!model.setData(model.index(2, ProcessTableModel::Arrival), QStringLiteral("-1")));
        message = refused.last().at(1).toString();
        QVERIFY2(message.startsWith(QLatin1String("processes[2].arrival")), qPrintable(message));

        QVERIFY(!model.setData(model.index(2, ProcessTableModel::Arrival), QStringLiteral("soon")));
        QVERIFY(!model.setData(model.index(2, ProcessTableModel::Name), QStringLiteral("P1")));
        QCOMPARE(refused.count(), 6);
        QVERIFY(m_controller->scenario() == before);
        QCOMPARE(m_controller->undoStack()->count(), 0);
    }

    // Memory: edited like the other numbers; more than the pool is refused
    // with the reason, and the value stays.
    void memoryIsEditedAgainstThePool()
    {
        ProcessTableModel& model = *m_model;
        const QModelIndex memory = model.index(1, ProcessTableModel::Memory);
        QVERIFY(model.flags(memory) & Qt::ItemIsEditable);
        QCOMPARE(model.data(memory).toLongLong(), 0);
        QVERIFY(!model.headerData(ProcessTableModel::Memory, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(ProcessTableModel::Memory, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());

        QVERIFY(model.setData(memory, QStringLiteral(" 48 ")));
        QCOMPARE(m_controller->scenario().processes[1].memory, Tick(48));
        QCOMPARE(model.data(memory, Qt::EditRole).toString(), QStringLiteral("48"));
        QCOMPARE(m_controller->undoStack()->undoText(), QStringLiteral("Set memory of P2 to 48"));

        ScenarioProperties properties = ScenarioProperties::of(m_controller->scenario());
        properties.memory = 64;
        QVERIFY(m_controller->setProperties(properties));
        QSignalSpy refused(&model, &ProcessTableModel::editRefused);
        QVERIFY(!model.setData(memory, QStringLiteral("100")));
        QCOMPARE(refused.count(), 1);
        const QString reason = refused.front().at(1).toString();
        QVERIFY2(reason.contains(QStringLiteral("processes[1].memory")) &&
                     reason.contains(QStringLiteral("64")),
                 qPrintable(reason));
        QVERIFY(!model.setData(memory, QStringLiteral("lots")));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.back().at(1).toString().startsWith(QStringLiteral("processes[1].memory: ")));
        QCOMPARE(m_controller->scenario().processes[1].memory, Tick(48));

        m_controller->undo(); // the pool
        m_controller->undo(); // the memory
        QCOMPARE(m_controller->scenario().processes[1].memory, Tick(0));
    }

    void rowsFollowTheScenario()
    {
        ProcessTableModel& model = *m_model;
        QVERIFY(m_controller->addProcess());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(m_controller->removeProcesses({0, 1}));
        QCOMPARE(model.rowCount(), 2);
        m_controller->undo();
        QCOMPARE(model.rowCount(), 4);
        WorkloadParameters workload;
        workload.count = 500;
        QVERIFY(m_controller->replaceProcesses(generateWorkload(workload), QStringLiteral("random")));
        QCOMPARE(model.rowCount(), 500);
        m_controller->runToEnd();
        QTRY_VERIFY(m_controller->engine().finished());
        QCOMPARE(model.data(model.index(499, ProcessTableModel::State)).toString(),
                 stateName(ProcessState::Terminated));
    }

private:
    std::unique_ptr<SimulationController> m_controller;
    std::unique_ptr<ProcessTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestProcessTableModel)
#include "tst_processtablemodel.moc"
