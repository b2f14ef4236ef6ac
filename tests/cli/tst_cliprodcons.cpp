// processlab-cli prodcons end to end (issue #5): the simulated exercise, its
// JSON, bad parameters, and the real mode with real child processes:
// conservation, every child reaped, no shared memory left, a killed child
// reported and cleaned up, a crashed run's segment removed by the next run.

#include "CliRunner.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <QTest>

#include <cerrno>

#include <signal.h>
#include <sys/types.h>

namespace {

using clitest::Result;
using clitest::runCli;

QString describe(const Result& r)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(r.code)
        .arg(QString::fromUtf8(r.out.left(4000)), QString::fromUtf8(r.err));
}

QJsonObject jsonOf(const Result& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

bool processExists(qint64 pid)
{
    return kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

// The children of `parent`, from /proc.
QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            children << pid;
    }
    return children;
}

QString commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll().replace('\0', ' '));
}

QStringList segments()
{
    return QDir(QStringLiteral("/dev/shm"))
        .entryList({QStringLiteral("processlab-pc-*")}, QDir::Files | QDir::System);
}

// Checks the fields the issue asks for, in either mode.
void checkShape(const QJsonObject& o, const QString& mode, int processes)
{
    QCOMPARE(o.value(QLatin1String("mode")).toString(), mode);
    for (const char* key : {"produced", "consumed", "inQueue", "maxQueue"})
        QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
    QVERIFY(o.value(QLatin1String("conserved")).isBool());
    const QJsonArray list = o.value(QLatin1String("processes")).toArray();
    QCOMPARE(list.size(), processes);
    qint64 produced = 0;
    qint64 consumed = 0;
    for (const QJsonValue& value : list) {
        const QJsonObject p = value.toObject();
        QVERIFY(!p.value(QLatin1String("name")).toString().isEmpty());
        const QString role = p.value(QLatin1String("role")).toString();
        QVERIFY2(role == QLatin1String("producer") || role == QLatin1String("consumer"), qPrintable(role));
        QVERIFY(p.value(QLatin1String("pid")).toInteger() > 0);
        QVERIFY(p.value(QLatin1String("blockedCount")).isDouble());
        produced += p.value(QLatin1String("produced")).toInteger();
        consumed += p.value(QLatin1String("consumed")).toInteger();
        if (role == QLatin1String("producer"))
            QCOMPARE(p.value(QLatin1String("consumed")).toInteger(), 0);
        else
            QCOMPARE(p.value(QLatin1String("produced")).toInteger(), 0);
    }
    QCOMPARE(produced, o.value(QLatin1String("produced")).toInteger());
    QCOMPARE(consumed, o.value(QLatin1String("consumed")).toInteger());
    const QJsonArray samples = o.value(QLatin1String("samples")).toArray();
    QVERIFY(!samples.isEmpty());
    double last = -1;
    for (const QJsonValue& value : samples) {
        const QJsonArray pair = value.toArray();
        QCOMPARE(pair.size(), 2);
        QVERIFY(pair.at(0).toDouble() > last);
        last = pair.at(0).toDouble();
        QVERIFY(pair.at(1).toInteger() >= 0);
        QVERIFY(pair.at(1).toInteger() <= o.value(QLatin1String("maxQueue")).toInteger());
    }
}

} // namespace

class TestCliProdCons : public QObject
{
    Q_OBJECT

private slots:
    void simulatedDefaultsJson()
    {
        const Result r = runCli({QStringLiteral("prodcons"), QStringLiteral("--duration"),
                                 QStringLiteral("60"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = jsonOf(r);
        checkShape(o, QStringLiteral("simulated"), 6);
        QVERIFY(o.value(QLatin1String("conserved")).toBool());
        const qint64 produced = o.value(QLatin1String("produced")).toInteger();
        const qint64 consumed = o.value(QLatin1String("consumed")).toInteger();
        const qint64 inQueue = o.value(QLatin1String("inQueue")).toInteger();
        QCOMPARE(produced, consumed + inQueue);
        QVERIFY(produced > 1000);
        QVERIFY(o.value(QLatin1String("maxQueue")).toInteger() <= 249);
        // 60 s sampled every 0.1 s, both ends included.
        const QJsonArray samples = o.value(QLatin1String("samples")).toArray();
        QCOMPARE(samples.size(), 601);
        QCOMPARE(samples.at(10).toArray().at(0).toDouble(), 1.0);
        QCOMPARE(samples.last().toArray().at(1).toInteger(), inQueue);
        const QJsonArray processes = o.value(QLatin1String("processes")).toArray();
        QCOMPARE(processes.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Producer 1"));
        QCOMPARE(processes.at(0).toObject().value(QLatin1String("pid")).toInteger(), 1);
        QCOMPARE(processes.at(5).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Consumer 5"));
        const QJsonObject sums = o.value(QLatin1String("conservation")).toObject();
        QCOMPARE(sums.value(QLatin1String("expectedSeqSum")).toInteger(), produced * (produced + 1) / 2);
        QCOMPARE(sums.value(QLatin1String("consumedSeqSum")).toInteger() +
                     sums.value(QLatin1String("inQueueSeqSum")).toInteger(),
                 produced * (produced + 1) / 2);
        QCOMPARE(
            o.value(QLatin1String("parameters")).toObject().value(QLatin1String("highThreshold")).toInt(),
            50);

        // Deterministic: the same run twice gives the same bytes.
        const Result again = runCli({QStringLiteral("prodcons"), QStringLiteral("--duration"),
                                     QStringLiteral("60"), QStringLiteral("--json")});
        QCOMPARE(again.out, r.out);
    }

    void simulatedText()
    {
        const Result r =
            runCli({QStringLiteral("prodcons"), QStringLiteral("--duration"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QLatin1String("simulated")));
        QVERIFY(text.contains(QLatin1String("Conservation: OK")));
        QVERIFY(text.contains(QLatin1String("Producer 1")));
        QVERIFY(text.contains(QLatin1String("Consumer 5")));
        QVERIFY(text.contains(QLatin1String("Queue length every 0.1 s:")));
    }

    void optionsChangeTheExercise()
    {
        const Result r = runCli({QStringLiteral("prodcons"), QStringLiteral("--producers"),
                                 QStringLiteral("2"),        QStringLiteral("--consumers"),
                                 QStringLiteral("3"),        QStringLiteral("--capacity"),
                                 QStringLiteral("25"),       QStringLiteral("--produce-batch"),
                                 QStringLiteral("40"),       QStringLiteral("--consume-batch"),
                                 QStringLiteral("7"),        QStringLiteral("--low"),
                                 QStringLiteral("2"),        QStringLiteral("--high"),
                                 QStringLiteral("20"),       QStringLiteral("--producer-pause"),
                                 QStringLiteral("0.5"),      QStringLiteral("--consumer-pause"),
                                 QStringLiteral("0.25"),     QStringLiteral("--produce-cost"),
                                 QStringLiteral("2"),        QStringLiteral("--consume-cost"),
                                 QStringLiteral("3"),        QStringLiteral("--cpus"),
                                 QStringLiteral("3"),        QStringLiteral("--duration"),
                                 QStringLiteral("20"),       QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = jsonOf(r);
        checkShape(o, QStringLiteral("simulated"), 5);
        QVERIFY(o.value(QLatin1String("conserved")).toBool());
        QVERIFY(o.value(QLatin1String("maxQueue")).toInteger() <= 25);
        QCOMPARE(o.value(QLatin1String("cpus")).toInt(), 3);
        const QJsonObject p = o.value(QLatin1String("parameters")).toObject();
        QCOMPARE(p.value(QLatin1String("producers")).toInt(), 2);
        QCOMPARE(p.value(QLatin1String("capacity")).toInt(), 25);
        QCOMPARE(p.value(QLatin1String("consumerPause")).toDouble(), 0.25);
        QCOMPARE(p.value(QLatin1String("consumeCost")).toInt(), 3);
    }

    void fromAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pc.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "processlab-scenario", "version": 1, "cpus": 1, "policy": {"name": "fcfs"},
                      "producerConsumer": {"consumers": 2, "highThreshold": 30}})");
        file.close();
        const Result r = runCli({QStringLiteral("prodcons"), path, QStringLiteral("--json"),
                                 QStringLiteral("--duration"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = jsonOf(r);
        checkShape(o, QStringLiteral("simulated"), 3);
        QCOMPARE(o.value(QLatin1String("policy")).toString(), QStringLiteral("fcfs"));
        QCOMPARE(
            o.value(QLatin1String("parameters")).toObject().value(QLatin1String("highThreshold")).toInt(),
            30);

        const QString plain = dir.filePath(QStringLiteral("plain.json"));
        QFile other(plain);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"format": "processlab-scenario", "version": 1, "policy": {"name": "fcfs"},
                       "processes": [{"name": "P1", "bursts": [3]}]})");
        other.close();
        const Result bad = runCli({QStringLiteral("prodcons"), plain});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.out.isEmpty());
        QVERIFY(bad.err.contains("no producerConsumer section"));
    }

    void badParameters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("0 consumers")
            << QStringList{QStringLiteral("--consumers"), QStringLiteral("0")}
            << QStringLiteral("--consumers must be a whole number from 1 to 16, not \u201c0\u201d");
        QTest::newRow("17 consumers") << QStringList{QStringLiteral("--consumers"), QStringLiteral("17")}
                                      << QStringLiteral("--consumers must be a whole number from 1 to 16");
        QTest::newRow("9 producers") << QStringList{QStringLiteral("--producers"), QStringLiteral("9")}
                                     << QStringLiteral("--producers must be a whole number from 1 to 8");
        QTest::newRow("negative pause")
            << QStringList{QStringLiteral("--producer-pause"), QStringLiteral("-1")}
            << QStringLiteral(
                   "--producer-pause must be a number of seconds from 0 to 3600, not \u201c-1\u201d");
        QTest::newRow("pause not a number")
            << QStringList{QStringLiteral("--consumer-pause"), QStringLiteral("two")}
            << QStringLiteral("--consumer-pause must be a number of seconds");
        QTest::newRow("zero duration") << QStringList{QStringLiteral("--duration"), QStringLiteral("0")}
                                       << QStringLiteral("--duration must be a number of seconds");
        QTest::newRow("zero batch") << QStringList{QStringLiteral("--consume-batch"), QStringLiteral("0")}
                                    << QStringLiteral("--consume-batch must be a whole number from 1");
        QTest::newRow("negative capacity") << QStringList{QStringLiteral("--capacity"), QStringLiteral("-5")}
                                           << QStringLiteral("--capacity must be a whole number from 0");
        QTest::newRow("zero cost") << QStringList{QStringLiteral("--produce-cost"), QStringLiteral("0")}
                                   << QStringLiteral("--produce-cost must be a whole number from 1");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--gantt"), QStringLiteral("x.png")}
                                        << QStringLiteral("the prodcons command has no option --gantt");
        QTest::newRow("real with 0 consumers")
            << QStringList{QStringLiteral("--real"), QStringLiteral("--consumers"), QStringLiteral("0")}
            << QStringLiteral("--consumers must be a whole number from 1 to 16");
    }
    void badParameters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result r =
            runCli(QStringList{QStringLiteral("prodcons"), QStringLiteral("--json")} + arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void helpListsTheCommand()
    {
        const Result r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("prodcons"));
        const Result help = runCli({QStringLiteral("prodcons"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char* option :
             {"--real", "--duration", "--producers", "--consumers", "--low", "--high", "--produce-batch",
              "--consume-batch", "--producer-pause", "--consumer-pause", "--capacity", "--produce-cost",
              "--consume-cost", "--json"}) {
            QVERIFY2(help.out.contains(option), option);
        }
    }

    // The issue's real-mode test: 2 s, 1 producer, 5 consumers.
    void realTwoSeconds()
    {
        const QStringList before = segments();
        const Result r =
            runCli({QStringLiteral("prodcons"), QStringLiteral("--real"), QStringLiteral("--duration"),
                    QStringLiteral("2"), QStringLiteral("--producers"), QStringLiteral("1"),
                    QStringLiteral("--consumers"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = jsonOf(r);
        checkShape(o, QStringLiteral("real"), 6);
        QVERIFY2(o.value(QLatin1String("conserved")).toBool(), r.out.constData());
        QVERIFY(o.value(QLatin1String("allReaped")).toBool());
        QVERIFY(o.value(QLatin1String("sharedMemoryRemoved")).toBool());
        QVERIFY(o.value(QLatin1String("produced")).toInteger() > 0);
        QCOMPARE(o.value(QLatin1String("produced")).toInteger(),
                 o.value(QLatin1String("consumed")).toInteger() +
                     o.value(QLatin1String("inQueue")).toInteger());
        QVERIFY(o.value(QLatin1String("durationSeconds")).toDouble() >= 1.9);

        // Real, distinct PIDs, and every one of them is gone now.
        QSet<qint64> pids;
        for (const QJsonValue& value : o.value(QLatin1String("processes")).toArray()) {
            const QJsonObject p = value.toObject();
            const qint64 pid = p.value(QLatin1String("pid")).toInteger();
            pids.insert(pid);
            QVERIFY2(!processExists(pid), qPrintable(QStringLiteral("PID %1 still exists").arg(pid)));
            QCOMPARE(p.value(QLatin1String("end")).toString(), QStringLiteral("exit code 0"));
        }
        QCOMPARE(pids.size(), 6);
        QVERIFY(!pids.contains(1));

        // No shared-memory segment left: neither this run's nor a new one.
        const QString segment = o.value(QLatin1String("sharedMemory")).toString();
        QVERIFY(segment.startsWith(QLatin1String("processlab-pc-")));
        QVERIFY(!QFile::exists(QStringLiteral("/dev/shm/") + segment));
        for (const QString& name : segments())
            QVERIFY2(before.contains(name), qPrintable(name));
        for (const QJsonValue& event : o.value(QLatin1String("events")).toArray())
            QVERIFY2(!event.toString().contains(QLatin1String("died")), qPrintable(event.toString()));
    }

    // Many items through the shared ring: unbounded (far past the first
    // page of the segment) and bounded (the ring wraps around many times).
    void realManyItems_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::newRow("unbounded") << 0;
        QTest::newRow("capacity 7") << 7;
    }
    void realManyItems()
    {
        QFETCH(int, capacity);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fast.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 0.1 ms of CPU per item: thousands of items in a second.
        file.write(
            QStringLiteral(R"({"format": "processlab-scenario", "version": 1, "policy": {"name": "fcfs"},
                      "producerConsumer": {"consumers": 3, "highThreshold": 5000, "produceBatch": 3000,
                                           "lowThreshold": 0, "consumeBatch": 50, "consumerPause": 0.01,
                                           "producerPause": 0.01, "capacity": %1, "secondsPerTick": 0.0001}})")
                .arg(capacity)
                .toUtf8());
        file.close();
        const Result r =
            runCli({QStringLiteral("prodcons"), path, QStringLiteral("--real"), QStringLiteral("--duration"),
                    QStringLiteral("1.5"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = jsonOf(r);
        checkShape(o, QStringLiteral("real"), 4);
        QVERIFY2(o.value(QLatin1String("produced")).toInteger() > 1000, r.out.left(300).constData());
        QVERIFY2(o.value(QLatin1String("conserved")).toBool(), r.out.left(600).constData());
        for (const QJsonValue& value : o.value(QLatin1String("processes")).toArray())
            QCOMPARE(value.toObject().value(QLatin1String("end")).toString(), QStringLiteral("exit code 0"));
        if (capacity > 0)
            QVERIFY(o.value(QLatin1String("maxQueue")).toInteger() <= capacity);
        QVERIFY(o.value(QLatin1String("sharedMemoryRemoved")).toBool());
    }

    void realText()
    {
        const Result r =
            runCli({QStringLiteral("prodcons"), QStringLiteral("--real"), QStringLiteral("--duration"),
                    QStringLiteral("0.6"), QStringLiteral("--consumers"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QLatin1String("real processes")));
        QVERIFY(text.contains(QLatin1String("Conservation: OK")));
        QVERIFY(text.contains(QLatin1String("All 3 child processes were reaped.")));
        QVERIFY(text.contains(QLatin1String("removed.")));
        QVERIFY(text.contains(QLatin1String("PID")));
    }

    // Killing a child mid-run: the parent notices, reports it with its PID
    // and signal, carries on, and still reaps everything and cleans up.
    void realKilledChildIsReported()
    {
        QProcess cli;
        cli.setProgram(QStringLiteral(PROCESSLAB_CLI));
        cli.setArguments({QStringLiteral("prodcons"), QStringLiteral("--real"), QStringLiteral("--duration"),
                          QStringLiteral("3"), QStringLiteral("--consumer-pause"), QStringLiteral("0.2"),
                          QStringLiteral("--json")});
        cli.start();
        QVERIFY(cli.waitForStarted());
        // Wait for its six workers.
        QList<qint64> children;
        QElapsedTimer clock;
        clock.start();
        while (children.size() < 6 && clock.elapsed() < 10000) {
            QTest::qWait(50);
            children = childrenOf(cli.processId());
        }
        QCOMPARE(children.size(), 6);
        qint64 victim = 0;
        for (qint64 pid : children) {
            if (commandLine(pid).contains(QLatin1String("--worker consumer")))
                victim = pid;
        }
        QVERIFY(victim > 0);
        QTest::qWait(800);
        QCOMPARE(kill(pid_t(victim), SIGKILL), 0);

        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        const QByteArray out = cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        checkShape(o, QStringLiteral("real"), 6);
        QVERIFY(o.value(QLatin1String("allReaped")).toBool());
        QVERIFY(o.value(QLatin1String("sharedMemoryRemoved")).toBool());
        const QJsonArray events = o.value(QLatin1String("events")).toArray();
        QString event;
        for (const QJsonValue& value : events) {
            if (value.toString().contains(QLatin1String("died")))
                event = value.toString();
        }
        QVERIFY2(!event.isEmpty(), out.constData());
        QVERIFY2(event.contains(QStringLiteral("(PID %1) died at").arg(victim)), qPrintable(event));
        QVERIFY2(event.contains(QLatin1String("signal 9")), qPrintable(event));
        bool found = false;
        for (const QJsonValue& value : o.value(QLatin1String("processes")).toArray()) {
            const QJsonObject p = value.toObject();
            if (p.value(QLatin1String("pid")).toInteger() == victim) {
                found = true;
                QVERIFY(p.value(QLatin1String("end")).toString().contains(QLatin1String("signal 9")));
            }
        }
        QVERIFY(found);
        for (qint64 pid : children)
            QVERIFY(!processExists(pid));
        QVERIFY(
            !QFile::exists(QStringLiteral("/dev/shm/") + o.value(QLatin1String("sharedMemory")).toString()));
    }

    // A crash: the children die with their parent (parent-death signal),
    // and the segment's name was already removed once they had attached.
    void realCrashLeavesNothing()
    {
        QProcess cli;
        cli.setProgram(QStringLiteral(PROCESSLAB_CLI));
        cli.setArguments({QStringLiteral("prodcons"), QStringLiteral("--real"), QStringLiteral("--duration"),
                          QStringLiteral("30")});
        cli.start();
        QVERIFY(cli.waitForStarted());
        const qint64 pid = cli.processId();
        QList<qint64> children;
        QElapsedTimer clock;
        clock.start();
        while (children.size() < 6 && clock.elapsed() < 10000) {
            QTest::qWait(50);
            children = childrenOf(pid);
        }
        QCOMPARE(children.size(), 6);
        auto segmentsOfCli = [pid] {
            QStringList mine;
            for (const QString& name : segments()) {
                if (name.startsWith(QStringLiteral("processlab-pc-%1-").arg(pid)))
                    mine << name;
            }
            return mine;
        };
        QTRY_VERIFY_WITH_TIMEOUT(segmentsOfCli().isEmpty(), 10000);
        QCOMPARE(kill(pid_t(pid), SIGKILL), 0); // the crash
        QVERIFY(cli.waitForFinished(10000));
        clock.restart();
        bool anyAlive = true;
        while (anyAlive && clock.elapsed() < 5000) {
            anyAlive = false;
            for (qint64 child : children)
                anyAlive = anyAlive ||
                           (processExists(child) && commandLine(child).contains(QLatin1String("--worker")));
            if (anyAlive)
                QTest::qWait(50);
        }
        QVERIFY(!anyAlive);
        QVERIFY(segmentsOfCli().isEmpty());
    }

    // A segment left by a run that crashed while starting (its owner is
    // gone) is removed by the next run; a live owner's segment is not.
    void realRunAfterACrashStartsClean()
    {
        // A PID that surely belongs to no process: one that just ended.
        QProcess gone;
        gone.start(QStringLiteral("true"), QStringList());
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 0;
        QVERIFY(deadPid == 0 || !processExists(deadPid));
        QProcess probe;
        probe.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(probe.waitForStarted());
        const QString stale =
            QStringLiteral("/dev/shm/processlab-pc-%1-1-deadbeef").arg(deadPid > 0 ? deadPid : 999999999);
        const QString live = QStringLiteral("/dev/shm/processlab-pc-%1-1-cafecafe").arg(probe.processId());
        for (const QString& path : {stale, live}) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
            file.write(QByteArray(64, 'x'));
        }

        const Result r =
            runCli({QStringLiteral("prodcons"), QStringLiteral("--real"), QStringLiteral("--duration"),
                    QStringLiteral("0.5"), QStringLiteral("--json")});
        probe.kill();
        probe.waitForFinished();
        const bool liveKept = QFile::exists(live);
        QFile::remove(live);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(liveKept);
        const QJsonObject o = jsonOf(r);
        QVERIFY(o.value(QLatin1String("conserved")).toBool());
        const QJsonArray events = o.value(QLatin1String("events")).toArray();
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.at(0).toString().contains(QLatin1String("stale shared-memory segment")),
                 qPrintable(events.at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestCliProdCons)
#include "tst_cliprodcons.moc"
