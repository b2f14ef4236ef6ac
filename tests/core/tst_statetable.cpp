#include "core/StateTable.h"

#include <QTest>

using namespace processlab;

Q_DECLARE_METATYPE(processlab::ProcessState)

class TestStateTable : public QObject
{
    Q_OBJECT

private slots:
    void legalMoves_data()
    {
        QTest::addColumn<ProcessState>("from");
        QTest::addColumn<ProcessState>("to");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<QString>("reasonPart"); // for refused moves

        using S = ProcessState;
        const S all[] = {S::New, S::Ready, S::Running, S::Blocked, S::Terminated};
        const QList<QPair<S, S>> legal = {{S::New, S::Ready},     {S::Ready, S::Running},
                                          {S::Running, S::Ready}, {S::Running, S::Blocked},
                                          {S::Blocked, S::Ready}, {S::Running, S::Terminated}};
        for (S from : all) {
            for (S to : all) {
                const bool isLegal = legal.contains({from, to});
                QString part;
                if (!isLegal) {
                    if (from == to)
                        part = QStringLiteral("already");
                    else if (from == S::Terminated)
                        part = QStringLiteral("never run again");
                    else if (to == S::New)
                        part = QStringLiteral("created only once");
                    else if (from == S::Ready && to == S::Blocked)
                        part = QStringLiteral("Only a running process");
                    else if (from == S::Blocked && to == S::Running)
                        part = QStringLiteral("ready queue first");
                    else
                        part = QStringLiteral("process");
                }
                const QByteArray name = (stateId(from) + QLatin1String("->") + stateId(to)).toUtf8();
                QTest::newRow(name.constData()) << from << to << isLegal << part;
            }
        }
    }

    void legalMoves()
    {
        QFETCH(ProcessState, from);
        QFETCH(ProcessState, to);
        QFETCH(bool, legal);
        QFETCH(QString, reasonPart);
        QCOMPARE(StateTable::isLegal(from, to), legal);
        const Message reason = StateTable::refusal(from, to);
        QCOMPARE(reason.isEmpty(), legal);
        if (!legal) {
            QVERIFY2(reason.englishText().contains(reasonPart), qPrintable(reason.englishText()));
            QVERIFY(!StateTable::causeOf(from, to).has_value());
        }
    }

    void causes_data()
    {
        QTest::addColumn<ProcessState>("from");
        QTest::addColumn<ProcessState>("to");
        QTest::addColumn<int>("cause");
        using S = ProcessState;
        using C = TransitionCause;
        QTest::newRow("admit") << S::New << S::Ready << int(C::Admit);
        QTest::newRow("dispatch") << S::Ready << S::Running << int(C::Dispatch);
        QTest::newRow("slice-expired") << S::Running << S::Ready << int(C::SliceExpired);
        QTest::newRow("wait") << S::Running << S::Blocked << int(C::Wait);
        QTest::newRow("wait-done") << S::Blocked << S::Ready << int(C::WaitDone);
        QTest::newRow("exit") << S::Running << S::Terminated << int(C::Exit);
    }

    void causes()
    {
        QFETCH(ProcessState, from);
        QFETCH(ProcessState, to);
        QFETCH(int, cause);
        QCOMPARE(int(*StateTable::causeOf(from, to)), cause);
    }

    void stateIdsRoundTrip()
    {
        for (int i = 0; i < kStateCount; ++i) {
            ProcessState parsed = ProcessState::New;
            QVERIFY(stateFromId(stateId(ProcessState(i)), &parsed));
            QCOMPARE(int(parsed), i);
        }
        ProcessState unused = ProcessState::New;
        QVERIFY(!stateFromId(QStringLiteral("zombie"), &unused));
    }
};

QTEST_GUILESS_MAIN(TestStateTable)
#include "tst_statetable.moc"
