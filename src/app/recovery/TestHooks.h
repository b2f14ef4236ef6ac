#pragma once

#include <QObject>
#include <QStringList>

namespace processlab {

class MainWindow;
class RecoveryManager;

// For tests that start the real program as a child process (never used
// otherwise): PROCESSLAB_TEST_SCRIPT holds commands separated by ";", run
// once the window is up, as a user would do them:
//   add              Edit ▸ Add Process
//   step             one step to the next event
//   move:PID:STATE   drag process PID to STATE (new, ready, running, ...)
//   await-save       wait until the recovery file is written, then print
//                    "recovery-saved PATH" on stdout
//   report           print "report processes=N names=A,B moves=M time=T
//                    modified=0|1 title=..." on stdout
//   quit             close the window (a normal exit)
class TestHooks : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kVariable = "PROCESSLAB_TEST_SCRIPT";

    // Starts the script in the environment, if there is one.
    static void runFromEnvironment(MainWindow* window, RecoveryManager* recovery);

private:
    TestHooks(MainWindow* window, RecoveryManager* recovery, const QStringList& commands);
    void next();
    void print(const QString& line);

    MainWindow* m_window;
    RecoveryManager* m_recovery;
    QStringList m_commands;
};

} // namespace processlab
