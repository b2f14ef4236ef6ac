// PlaybackControls: the time display follows the run (plain text, the time
// in bold), the play button turns into pause while playing, and the actions
// are enabled as the run allows.

#include "GuiTestSupport.h"

#include "SimulationController.h"
#include "playback/PlaybackControls.h"

#include <QAction>
#include <QLabel>
#include <QTest>
#include <QWidget>

using namespace processlab;

class TestPlaybackControls : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QWidget parent;
        SimulationController controller;
        QAction play{QIcon(QStringLiteral(":/icons/play.svg")), QStringLiteral("Play")};
        QAction stepEvent, stepTick, stepBack, runToEnd, reset;
        std::unique_ptr<PlaybackControls> controls;

        Fixture()
        {
            PlaybackActions actions;
            actions.play = &play;
            actions.stepEvent = &stepEvent;
            actions.stepTick = &stepTick;
            actions.stepBack = &stepBack;
            actions.runToEnd = &runToEnd;
            actions.reset = &reset;
            controls = std::make_unique<PlaybackControls>(&controller, actions, &parent);
        }
        QLabel* label(const char* name) const
        {
            return controls->timeDisplay()->findChild<QLabel*>(QLatin1String(name));
        }
    };

    static QImage image(const QIcon& icon)
    {
        return icon.pixmap(QSize(24, 24), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
    }

private slots:
    void timeDisplayFollowsTheRun()
    {
        Fixture f;
        QVERIFY(f.controller.openScenario(testing::threeProcesses(), QStringLiteral("test")));
        QLabel* clock = f.label("timeClock");
        QLabel* next = f.label("timeNext");
        QVERIFY(clock && next);
        QCOMPARE(clock->textFormat(), Qt::PlainText);
        QCOMPARE(next->textFormat(), Qt::PlainText);
        QVERIFY(clock->font().bold());
        QVERIFY(!next->font().bold());
        QCOMPARE(clock->text(), QStringLiteral("t = 0"));
        QCOMPARE(next->text(), QStringLiteral(" \u00b7 next event at 0"));

        while (f.controller.engine().now() < 2 && f.controller.stepEvent()) {
        }
        QCOMPARE(clock->text(), QStringLiteral("t = %1").arg(f.controller.engine().now()));
        QVERIFY(f.stepBack.isEnabled());

        f.controller.runToEnd();
        QTRY_VERIFY(f.controller.engine().finished());
        QCOMPARE(clock->text(), QStringLiteral("t = %1").arg(f.controller.engine().now()));
        QCOMPARE(next->text(), QStringLiteral(" \u00b7 finished"));
        QVERIFY(!f.stepEvent.isEnabled());
        QVERIFY(!f.play.isEnabled());
    }

    void playTurnsIntoPause()
    {
        Fixture f;
        QVERIFY(f.controller.openScenario(testing::threeProcesses(), QStringLiteral("test")));
        const QImage playImage = image(QIcon(QStringLiteral(":/icons/play.svg")));
        const QImage pauseImage = image(QIcon(QStringLiteral(":/icons/pause.svg")));
        QVERIFY(playImage != pauseImage);
        QCOMPARE(image(f.play.icon()), playImage);
        QCOMPARE(f.play.text(), QStringLiteral("Play"));

        f.controller.togglePlay();
        QVERIFY(f.controller.isPlaying());
        QCOMPARE(image(f.play.icon()), pauseImage);
        QCOMPARE(f.play.text(), QStringLiteral("Pause"));

        f.controller.pause();
        QCOMPARE(image(f.play.icon()), playImage);
        QCOMPARE(f.play.text(), QStringLiteral("Play"));
    }
};

QTEST_MAIN(TestPlaybackControls)
#include "tst_playbackcontrols.moc"
