// Nothing lost: the recovery file follows the work (edits and manual moves)
// and goes when it is saved; a killed program's work is offered and restored
// on the next start (the real executable, killed with SIGKILL); a save that
// fails (no such folder, /proc, a full disk) keeps the file on disk and the
// work in memory.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SimulationController.h"
#include "core/io/ScenarioFile.h"
#include "recovery/RecoveryFile.h"
#include "recovery/RecoveryManager.h"

#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>

using namespace processlab;

#ifndef PROCESSLAB_GUI
// The GUI sits beside the CLI's folder in the build tree.
#define PROCESSLAB_GUI PROCESSLAB_CLI "/../../app/processlab"
#endif

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        std::unique_ptr<MainWindow> window;
        testing::ScriptedPrompts* prompts = nullptr;
        std::unique_ptr<RecoveryManager> recovery;
        SimulationController* controller() const { return window->controller(); }
    };

    Window makeWindow(const QString& directory)
    {
        Window w;
        w.window = std::make_unique<MainWindow>();
        auto prompts = std::make_unique<testing::ScriptedPrompts>();
        w.prompts = prompts.get();
        w.window->setPrompts(std::move(prompts));
        w.recovery = std::make_unique<RecoveryManager>(w.window->controller(), w.window.get(), directory);
        return w;
    }

    static QStringList recoveryFiles(const QString& directory)
    {
        QStringList out;
        QDirIterator it(directory, {QStringLiteral("recovery-*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A run with a manual move: P2 taken to the CPU at t = 0 (P1 preempted).
    static void stepAndMove(SimulationController* controller)
    {
        QVERIFY(controller->stepEvent());
        QVERIFY(controller->moveProcess(2, ProcessState::Running).ok);
        QVERIFY(controller->stepEvent());
        QVERIFY(controller->stepEvent());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
        QSettings().clear();
        qunsetenv(RecoveryManager::kAnswerVariable);
    }

    void fileFollowsTheWork()
    {
        QTemporaryDir dir;
        Window w = makeWindow(dir.path());
        SimulationController* c = w.controller();
        const QString document = dir.filePath(QStringLiteral("doc.json"));
        QString error;
        QVERIFY(ScenarioFile::save(testing::threeProcesses(), document, &error));
        QVERIFY(c->openFile(document, &error));
        QVERIFY(!QFile::exists(w.recovery->filePath()));

        // An edit: written a moment later, by itself.
        QVERIFY(c->addProcess());
        QSignalSpy written(w.recovery.get(), &RecoveryManager::written);
        QVERIFY(written.wait(RecoveryManager::kDebounceMs * 3));
        QVERIFY(QFile::exists(w.recovery->filePath()));
        std::optional<RecoveryData> data = RecoveryFile::load(w.recovery->filePath(), &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->scenario.processes.size(), size_t(4));
        QCOMPARE(data->filePath, QFileInfo(document).absoluteFilePath());
        QVERIFY(data->modified);

        // Saved: nothing left to recover.
        QVERIFY(c->save(&error));
        QVERIFY(!QFile::exists(w.recovery->filePath()));

        // Manual moves are work too, even when the scenario is saved.
        stepAndMove(c);
        QCOMPARE(w.recovery->moves().size(), size_t(1));
        QVERIFY(w.recovery->writeNow());
        data = RecoveryFile::load(w.recovery->filePath(), &error);
        QVERIFY(data);
        QCOMPARE(data->moves.size(), size_t(1));
        QCOMPARE(data->moves.front().pid, 2);
        QCOMPARE(data->moves.front().target, ProcessState::Running);
        QCOMPARE(data->time, c->engine().now());
        QVERIFY(!data->modified);

        // Undoing the move (it steps back) leaves nothing.
        c->undo();
        QVERIFY(w.recovery->moves().empty());
        QVERIFY(!QFile::exists(w.recovery->filePath()));

        // A normal exit removes the file.
        QVERIFY(c->addProcess());
        QVERIFY(w.recovery->writeNow());
        const QString path = w.recovery->filePath();
        QVERIFY(QFile::exists(path));
        w.recovery.reset();
        QVERIFY(!QFile::exists(path));
    }

    void restoresScenarioMovesAndClock()
    {
        QTemporaryDir dir;
        QString saved;
        Scenario edited;
        quint64 steps = 0;
        QByteArray digest;
        {
            Window w = makeWindow(dir.path());
            SimulationController* c = w.controller();
            QVERIFY(c->openScenario(testing::threeProcesses(), QStringLiteral("Three")));
            QVERIFY(c->addProcess());
            stepAndMove(c);
            QVERIFY(c->stepEvent());
            QVERIFY(w.recovery->writeNow());
            edited = c->scenario();
            steps = c->engine().now();
            digest = RecoveryFile::digest(c->engine().trace());
            // Simulate the crash: the file stays.
            saved = dir.filePath(QStringLiteral("recovery-999999.json"));
            QVERIFY(QFile::copy(w.recovery->filePath(), saved));
        }
        Window w = makeWindow(dir.path());
        QCOMPARE(w.recovery->orphans(), QStringList{saved});
        QString error, warning;
        QVERIFY2(w.recovery->restore(saved, &error, &warning), qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        SimulationController* c = w.controller();
        QVERIFY(c->scenario() == edited);
        QVERIFY(c->isModified());
        QCOMPARE(quint64(c->engine().now()), steps);
        QCOMPARE(RecoveryFile::digest(c->engine().trace()), digest);
        QVERIFY(c->hasManualMoves());
        // The moves are ordinary undoable moves again.
        QVERIFY(c->undoStack()->canUndo());
    }

    void restoresMovesMadeBetweenEvents()
    {
        // Played tick by tick, moves at instants with no event, a step back.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("recovery-999996.json"));
        QByteArray digest;
        Tick now = 0;
        {
            Window w = makeWindow(dir.path());
            SimulationController* c = w.controller();
            QVERIFY(c->openScenario(testing::threeProcesses(), QStringLiteral("Three")));
            for (int i = 0; i < 3; ++i)
                QVERIFY(c->stepTick());
            const int running = c->engine().cpus().front().pid;
            QVERIFY(running > 0);
            QVERIFY(c->moveProcess(running, ProcessState::Blocked).ok);
            QVERIFY(c->stepTick());
            QVERIFY(c->stepTick());
            QVERIFY(c->moveProcess(running, ProcessState::Ready).ok);
            QVERIFY(c->stepEvent());
            QVERIFY(c->stepEvent());
            QVERIFY(c->stepBack());
            QCOMPARE(w.recovery->moves().size(), size_t(2));
            QVERIFY(w.recovery->writeNow());
            QVERIFY(QFile::copy(w.recovery->filePath(), saved));
            digest = RecoveryFile::digest(c->engine().trace());
            now = c->engine().now();
        }
        Window w = makeWindow(dir.path());
        QString error, warning;
        QVERIFY2(w.recovery->restore(saved, &error, &warning), qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(w.controller()->engine().now(), now);
        QCOMPARE(RecoveryFile::digest(w.controller()->engine().trace()), digest);
        QCOMPARE(w.recovery->moves().size(), size_t(2));
        QVERIFY(!w.controller()->isModified());
    }

    void offerRestoreAnswers()
    {
        QTemporaryDir dir;
        const QString orphan = dir.filePath(QStringLiteral("recovery-999998.json"));
        {
            Window w = makeWindow(dir.path());
            QVERIFY(w.controller()->openScenario(testing::threeProcesses(), QStringLiteral("Three")));
            QVERIFY(w.controller()->addProcess());
            QVERIFY(w.recovery->writeNow());
            QVERIFY(QFile::copy(w.recovery->filePath(), orphan));
        }
        const QByteArray kept = readAll(orphan);

        // An instance that is still running owns its file: not an orphan.
        {
            QLockFile alive(dir.filePath(QStringLiteral("recovery-999998.lock")));
            QVERIFY(alive.tryLock(0));
            Window w = makeWindow(dir.path());
            QVERIFY(w.recovery->orphans().isEmpty());
            QVERIFY(!w.recovery->offerRestore());
            QVERIFY(QFile::exists(orphan));
        }

        qputenv(RecoveryManager::kAnswerVariable, "discard");
        {
            Window w = makeWindow(dir.path());
            QVERIFY(!w.recovery->offerRestore());
            QVERIFY(!QFile::exists(orphan));
            QCOMPARE(w.controller()->scenario().processes.size(), size_t(1));
        }

        QFile file(orphan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kept);
        file.close();
        qputenv(RecoveryManager::kAnswerVariable, "restore");
        {
            Window w = makeWindow(dir.path());
            QVERIFY(w.recovery->offerRestore());
            QCOMPARE(w.controller()->scenario().processes.size(), size_t(4));
            // Adopted: the orphan is gone, the work is in this instance's file.
            QVERIFY(!QFile::exists(orphan));
            QVERIFY(QFile::exists(w.recovery->filePath()));
        }
        qunsetenv(RecoveryManager::kAnswerVariable);
    }

    // Instances killed with nothing unsaved leave only their lock file; the
    // next start clears those, and only those.
    void staleLocksAreRemoved()
    {
        QTemporaryDir dir;
        // A lock file as a process writes it, then given a process id that
        // is not running.
        QByteArray content;
        {
            QLockFile probe(dir.filePath(QStringLiteral("probe.lock")));
            QVERIFY(probe.tryLock(0));
            content = readAll(dir.filePath(QStringLiteral("probe.lock")));
        }
        int deadPid = 32767;
        while (deadPid > 1 && !(::kill(deadPid, 0) == -1 && errno == ESRCH))
            --deadPid;
        QVERIFY(deadPid > 1);
        content = QByteArray::number(deadPid) + content.mid(content.indexOf('\n'));
        const auto writeLock = [&](const QString& name) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        writeLock(QStringLiteral("recovery-900001.lock")); // killed, nothing unsaved
        writeLock(QStringLiteral("recovery-900002.lock")); // killed with work: an orphan
        QFile orphan(dir.filePath(QStringLiteral("recovery-900002.json")));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.close();
        QLockFile alive(dir.filePath(QStringLiteral("recovery-900003.lock"))); // still running
        QVERIFY(alive.tryLock(0));

        Window w = makeWindow(dir.path());
        QCOMPARE(w.recovery->removeStaleLocks(), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("recovery-900001.lock"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("recovery-900002.lock"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("recovery-900003.lock"))));
        const QString ownLock =
            w.recovery->filePath().chopped(int(qstrlen(".json"))) + QStringLiteral(".lock");
        QVERIFY(QFile::exists(ownLock));
        QCOMPARE(w.recovery->removeStaleLocks(), 0);
    }

    void damagedRecoveryFileIsSetAside()
    {
        QTemporaryDir dir;
        const QString orphan = dir.filePath(QStringLiteral("recovery-999997.json"));
        for (const QByteArray& junk :
             {QByteArray("{ not json"), QByteArray("{\"format\":\"processlab-recovery\",\"version\":1}"),
              QByteArray("{\"format\":\"processlab-recovery\",\"version\":7,\"scenario\":{}}"),
              QByteArray()}) {
            QFile file(orphan);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(junk);
            file.close();
            qputenv(RecoveryManager::kAnswerVariable, "restore");
            Window w = makeWindow(dir.path());
            QVERIFY(!w.recovery->offerRestore());
            QVERIFY(!QFile::exists(orphan));
            QVERIFY(QFile::exists(orphan + QStringLiteral(".damaged")));
        }
        qunsetenv(RecoveryManager::kAnswerVariable);
    }

    // --- saving that fails keeps everything ---------------------------------

    void saveIntoAFolderThatCannotBeWritten_data()
    {
        QTest::addColumn<QString>("where");
        // Runs as root too, where a read-only folder does not stop writes:
        // a "folder" that is a regular file, and /proc.
        QTest::newRow("under a regular file") << QStringLiteral("FILE/inside.json");
        QTest::newRow("/proc") << QStringLiteral("/proc/processlab-test.json");
    }

    void saveIntoAFolderThatCannotBeWritten()
    {
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString regular = dir.filePath(QStringLiteral("regular-file"));
        QFile file(regular);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        const QString target = where.replace(QStringLiteral("FILE"), regular);

        Window w = makeWindow(dir.path());
        SimulationController* c = w.controller();
        QVERIFY(c->openScenario(testing::threeProcesses(), QStringLiteral("Three")));
        QVERIFY(c->addProcess());
        const Scenario work = c->scenario();
        w.prompts->saveNames.push_back(target);
        w.window->findChild<QAction*>(QStringLiteral("actionSaveAs"))->trigger();
        QCOMPARE(w.prompts->errors.size(), 1);
        const QString message = w.prompts->errors.front();
        QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Nothing was lost")), qPrintable(message));
        QVERIFY(c->scenario() == work);
        QVERIFY(c->isModified());
        QVERIFY(c->filePath().isEmpty());
        QCOMPARE(readAll(regular), QByteArray("x"));
        QVERIFY(w.recovery->writeNow());
        QVERIFY(QFile::exists(w.recovery->filePath()));
    }

    void saveOnAFullDiskKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString document = dir.filePath(QStringLiteral("lecture.json"));
        QString error;
        QVERIFY(ScenarioFile::save(testing::threeProcesses(), document, &error));
        const QByteArray onDisk = readAll(document);

        Window w = makeWindow(dir.path());
        SimulationController* c = w.controller();
        QVERIFY(c->openFile(document, &error));
        std::vector<ProcessSpec> many;
        for (int i = 0; i < 400; ++i) {
            ProcessSpec spec;
            spec.name = QStringLiteral("Process%1").arg(i);
            spec.program = programFromBursts({5, 3, 2});
            many.push_back(spec);
        }
        QVERIFY(c->replaceProcesses(many, QStringLiteral("many")));
        const Scenario work = c->scenario();

        // The disk "fills up" after a few bytes more than the old file: the
        // new, longer file cannot be written (EFBIG stands in for ENOSPC).
        struct rlimit old = {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = rlim_t(onDisk.size() + 100);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        w.window->findChild<QAction*>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, previousHandler);

        QCOMPARE(w.prompts->errors.size(), 1);
        QVERIFY2(w.prompts->errors.front().contains(QLatin1String("Nothing was lost")),
                 qPrintable(w.prompts->errors.front()));
        QCOMPARE(readAll(document), onDisk);
        QVERIFY(c->scenario() == work);
        QVERIFY(c->isModified());
        // No temporary file left behind.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("lecture.json*")}, QDir::Files).size(), 1);

        // With room again, the same Save works.
        w.window->findChild<QAction*>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(w.prompts->errors.size(), 1);
        QVERIFY(!c->isModified());
        QVERIFY(ScenarioFile::load(document).scenario == work);
    }

    // --- the real program, killed -----------------------------------------------

    void killedProgramIsRecoveredOnRestart()
    {
        const QString program = QDir::cleanPath(QStringLiteral(PROCESSLAB_GUI));
        if (!QFileInfo(program).isExecutable())
            QSKIP("the processlab executable is not built");
        QTemporaryDir home;
        const QString data = home.filePath(QStringLiteral("data"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QString::fromLatin1(RecoveryManager::kAnswerVariable));
        const QString document = home.filePath(QStringLiteral("lecture.json"));
        QString error;
        QVERIFY(ScenarioFile::save(testing::threeProcesses(), document, &error));

        // First run: an edit, a step and a drag, as a lecturer would; then
        // it is killed once the recovery file has been written by itself.
        QProcess first;
        env.insert(QStringLiteral("PROCESSLAB_TEST_SCRIPT"),
                   QStringLiteral("add;step;move:2:running;await-save"));
        first.setProcessEnvironment(env);
        first.start(program, {document});
        QVERIFY2(first.waitForStarted(10000), qPrintable(first.errorString()));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += first.readAllStandardOutput()).contains("recovery-saved"), 30000);
        first.kill(); // SIGKILL: no clean-up at all
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QCOMPARE(recoveryFiles(data).size(), 1);
        QCOMPARE(readAll(document), ScenarioFile::serialize(testing::threeProcesses())); // unsaved

        // Second run: offered, restored, and it exits normally.
        QProcess second;
        env.insert(QStringLiteral("PROCESSLAB_TEST_SCRIPT"), QStringLiteral("report;quit"));
        env.insert(QString::fromLatin1(RecoveryManager::kAnswerVariable), QStringLiteral("restore"));
        second.setProcessEnvironment(env);
        second.start(program, QStringList());
        QVERIFY(second.waitForStarted(10000));
        QVERIFY(second.waitForFinished(60000));
        const QString report = QString::fromUtf8(second.readAllStandardOutput());
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(report.contains(QLatin1String("processes=4 names=P1,P2,P3,P4 moves=1 time=0 modified=1")),
                 qPrintable(report + QString::fromUtf8(second.readAllStandardError())));
        QVERIFY2(recoveryFiles(data).isEmpty(), qPrintable(recoveryFiles(data).join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
