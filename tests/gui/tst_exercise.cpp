// Help ▸ Exercise ("predict, then reveal"): the same seed gives the same
// workload; Check marks a right answer right and a wrong one wrong; Reveal
// shows the Gantt chart and the correct numbers; the workload can be opened
// in the main window as an undoable edit.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "core/Engine.h"
#include "core/Metrics.h"
#include "exercise/ExerciseDialog.h"
#include "i18n/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace processlab;
using Field = Exercise::Field;
using Mark = Exercise::Mark;

namespace {
// The solution worked out separately: a fresh engine on the same workload.
Metrics solve(const Scenario& scenario)
{
    Engine engine(scenario);
    engine.run();
    return Metrics::of(engine);
}
} // namespace

class TestExercise : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exercise"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompts(std::make_unique<testing::ScriptedPrompts>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showExercise();
        m_dialog = m_window->exerciseDialog();
        QVERIFY(m_dialog);
        QCOMPARE(m_dialog->objectName(), QStringLiteral("exerciseDialog"));
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    }

    void cleanup()
    {
        m_window.reset();
        m_dialog = nullptr;
    }

    void sameSeedSameWorkload()
    {
        ExerciseSetup setup;
        setup.seed = 4242;
        setup.processes = 6;
        setup.policy = QStringLiteral("rr");
        setup.quantum = 3;
        QVERIFY(Exercise::buildScenario(setup) == Exercise::buildScenario(setup));
        ExerciseSetup other = setup;
        other.seed = 4243;
        QVERIFY(!(Exercise::buildScenario(other).processes == Exercise::buildScenario(setup).processes));
        const Scenario scenario = Exercise::buildScenario(setup);
        QCOMPARE(int(scenario.processes.size()), 6);
        QCOMPARE(scenario.policy.name, QStringLiteral("rr"));
        QCOMPARE(scenario.policy.quantum, Tick(3));
        QCOMPARE(scenario.cpus, 1);
        QCOMPARE(scenario.contextSwitch, Tick(0));
        for (const ProcessSpec& spec : scenario.processes)
            QCOMPARE(spec.program.size(), size_t(1)); // one CPU burst each without I/O

        // The dialog's controls give the same exercise.
        m_dialog->setSetup(setup);
        QCOMPARE(m_dialog->setup(), setup);
        QVERIFY(m_dialog->exercise().scenario() == scenario);
        QCOMPARE(m_dialog->findChild<QSpinBox*>(QStringLiteral("exerciseSeed"))->value(), 4242);
        QCOMPARE(m_dialog->table()->rowCount(), 6);
        QVERIFY(m_dialog->findChild<QSpinBox*>(QStringLiteral("exerciseQuantum"))->isVisible());
        // Changing the seed in the dialog builds a new workload.
        m_dialog->findChild<QSpinBox*>(QStringLiteral("exerciseSeed"))->setValue(4243);
        QVERIFY(m_dialog->exercise().scenario().processes == Exercise::buildScenario(other).processes);
    }

    void marksRightAndWrongAnswers_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("withIo");
        for (const QString& key : Exercise::policyKeys()) {
            QTest::newRow(qPrintable(key)) << key << false;
            QTest::newRow(qPrintable(key + QStringLiteral("+io"))) << key << true;
        }
    }

    void marksRightAndWrongAnswers()
    {
        QFETCH(QString, policy);
        QFETCH(bool, withIo);
        ExerciseSetup setup;
        setup.seed = 7;
        setup.processes = 5;
        setup.policy = policy;
        setup.quantum = 2;
        setup.withIo = withIo;
        m_dialog->setSetup(setup);
        const Metrics solution = solve(m_dialog->exercise().scenario());
        QCOMPARE(solution.finished, 5);

        const Tick finish1 = solution.processes[0].finish;
        const Tick waiting1 = solution.processes[0].waiting;
        const Tick finish2 = solution.processes[1].finish;
        m_dialog->setAnswer(1, Field::Finish, QString::number(finish1));
        m_dialog->setAnswer(1, Field::Waiting, QStringLiteral(" %1 ").arg(waiting1));
        m_dialog->setAnswer(2, Field::Finish, QString::number(finish2 + 1));
        m_dialog->setAnswer(2, Field::Waiting, QStringLiteral("soon"));
        // Row 3 left blank.
        QPushButton* check = m_dialog->findChild<QPushButton*>(QStringLiteral("exerciseCheck"));
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(m_dialog->mark(1, Field::Finish), Mark::Right);
        QCOMPARE(m_dialog->mark(1, Field::Waiting), Mark::Right);
        QCOMPARE(m_dialog->mark(2, Field::Finish), Mark::Wrong);
        QCOMPARE(m_dialog->mark(2, Field::Waiting), Mark::Wrong);
        QCOMPARE(m_dialog->mark(3, Field::Finish), Mark::Empty);
        QCOMPARE(m_dialog->check(), 2);
        QVERIFY(m_dialog->findChild<QLabel*>(QStringLiteral("exerciseScore"))
                    ->text()
                    .contains(QLatin1String("2 of 10")));
        // Marked cells are coloured; nothing is revealed yet.
        QTableWidget* table = m_dialog->table();
        QVERIFY(table->item(0, ExerciseDialog::FinishAnswer)->background() !=
                table->item(1, ExerciseDialog::FinishAnswer)->background());
        QVERIFY(table->isColumnHidden(ExerciseDialog::FinishSolution));
        QVERIFY(!m_dialog->isRevealed());
        // Editing an answer drops its mark.
        m_dialog->setAnswer(2, Field::Finish, QString::number(finish2));
        QCOMPARE(m_dialog->mark(2, Field::Finish), Mark::Empty);
        m_dialog->check();
        QCOMPARE(m_dialog->mark(2, Field::Finish), Mark::Right);

        // Reveal: the chart and the numbers.
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exerciseReveal")),
                          Qt::LeftButton);
        QVERIFY(m_dialog->isRevealed());
        QVERIFY(!m_dialog->ganttImage().isNull());
        QVERIFY(m_dialog->ganttImage().width() >= 600);
        QVERIFY(!table->isColumnHidden(ExerciseDialog::FinishSolution));
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(table->item(row, ExerciseDialog::FinishSolution)->text(),
                     QString::number(solution.processes[size_t(row)].finish));
            QCOMPARE(table->item(row, ExerciseDialog::WaitingSolution)->text(),
                     QString::number(solution.processes[size_t(row)].waiting));
        }
        // Answers stay marked after the reveal.
        QCOMPARE(m_dialog->mark(1, Field::Finish), Mark::Right);
        // A new workload starts over.
        m_dialog->findChild<QSpinBox*>(QStringLiteral("exerciseSeed"))->setValue(8);
        QVERIFY(!m_dialog->isRevealed());
        QCOMPARE(m_dialog->mark(1, Field::Finish), Mark::Empty);
        QVERIFY(table->item(0, ExerciseDialog::FinishAnswer)->text().isEmpty());
    }

    void opensInTheMainWindow()
    {
        SimulationController* controller = m_window->controller();
        const Scenario before = controller->scenario();
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exerciseOpen")), Qt::LeftButton);
        QVERIFY(controller->scenario() == m_dialog->exercise().scenario());
        controller->undo();
        QVERIFY(controller->scenario() == before);
    }

private:
    std::unique_ptr<MainWindow> m_window;
    ExerciseDialog* m_dialog = nullptr;
};

QTEST_MAIN(TestExercise)
#include "tst_exercise.moc"
