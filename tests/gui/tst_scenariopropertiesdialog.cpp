// ScenarioPropertiesDialog: shows the properties it is given and returns what
// the fields say; a value past a field's range is kept unless changed.

#include "scenario/ScenarioPropertiesDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace processlab;

class TestScenarioPropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsAndReturnsTheProperties()
    {
        ScenarioPropertiesDialog dialog;
        ScenarioProperties given;
        given.title = QStringLiteral("FCFS convoy");
        given.memory = 128;
        given.newBeforePreempted = false;
        given.boost = 30;
        given.mlfqPreemptive = true;
        dialog.setProperties(given);
        QCOMPARE(dialog.properties(), given);

        auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        auto* memory = dialog.findChild<QSpinBox*>(QStringLiteral("memorySpin"));
        auto* newFirst = dialog.findChild<QCheckBox*>(QStringLiteral("newFirstCheck"));
        auto* boost = dialog.findChild<QSpinBox*>(QStringLiteral("boostSpin"));
        auto* preemptive = dialog.findChild<QCheckBox*>(QStringLiteral("mlfqPreemptiveCheck"));
        QVERIFY(title && memory && newFirst && boost && preemptive);
        QCOMPARE(title->text(), given.title);
        QCOMPARE(memory->value(), 128);
        QVERIFY(!newFirst->isChecked());
        QCOMPARE(boost->value(), 30);
        QVERIFY(preemptive->isChecked());

        title->setText(QStringLiteral("  Round robin  "));
        memory->setValue(0);
        newFirst->setChecked(true);
        boost->setValue(0);
        preemptive->setChecked(false);
        const ScenarioProperties edited = dialog.properties();
        QCOMPARE(edited.title, QStringLiteral("Round robin")); // trimmed
        QCOMPARE(edited.memory, Tick(0));
        QVERIFY(edited.newBeforePreempted);
        QCOMPARE(edited.boost, Tick(0));
        QVERIFY(!edited.mlfqPreemptive);
        // "0" reads as what it means.
        QCOMPARE(memory->text(), memory->specialValueText());
        QVERIFY(!memory->specialValueText().isEmpty());
    }

    void valuesPastTheFieldsAreKept()
    {
        ScenarioPropertiesDialog dialog;
        ScenarioProperties given;
        given.memory = Tick(1) << 40;
        given.boost = Tick(1) << 35;
        dialog.setProperties(given);
        QCOMPARE(dialog.properties().memory, given.memory);
        QCOMPARE(dialog.properties().boost, given.boost);
        auto* memory = dialog.findChild<QSpinBox*>(QStringLiteral("memorySpin"));
        memory->setValue(500);
        QCOMPARE(dialog.properties().memory, Tick(500));
        QCOMPARE(dialog.properties().boost, given.boost);
    }
};

QTEST_MAIN(TestScenarioPropertiesDialog)
#include "tst_scenariopropertiesdialog.moc"
