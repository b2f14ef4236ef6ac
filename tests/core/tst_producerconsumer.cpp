// The producer-consumer exercise on the simulation engine (issue #5): the
// generated programs, parameter checks, and the properties the lab shows —
// bounded queue, no take from an empty queue, the check-then-get race,
// conservation at every step, exact step back.

#include "core/Engine.h"
#include "core/ProducerConsumer.h"
#include "core/Scenario.h"

#include <QTest>

#include <algorithm>

using namespace processlab;

namespace {

Scenario exercise(const ProducerConsumerConfig& config = {})
{
    return ProducerConsumer::build(config, ProducerConsumer::defaultBase(QStringLiteral("PC")));
}

qint64 queueLength(const Engine& engine)
{
    return qint64(engine.queues().at(0).items.size());
}

// The invariants that must hold after every step of any run.
void checkInvariants(const Engine& engine)
{
    const QueueState& q = engine.queues().at(0);
    QVERIFY2(q.conserved(), qPrintable(QStringLiteral("not conserved at t = %1").arg(engine.now())));
    qint64 produced = 0;
    qint64 consumed = 0;
    for (const Pcb& p : engine.pcbs()) {
        produced += p.produced;
        consumed += p.consumed;
    }
    QCOMPARE(produced, q.produced);
    QCOMPARE(consumed, q.consumed);
    QVERIFY(q.consumed <= q.produced);
    // A consumer waits only while there is nothing to take.
    QVERIFY(q.getters.empty() || q.items.empty());
    for (int pid : q.getters) {
        const Pcb& p = engine.pcb(pid);
        QCOMPARE(p.state, ProcessState::Blocked);
        QCOMPARE(p.wait, Pcb::Wait::QueueEmpty);
    }
    // Items leave in the order they came (FIFO), numbered without gaps.
    for (size_t i = 1; i < q.items.size(); ++i)
        QCOMPARE(q.items[i].seq, q.items[i - 1].seq + 1);
    if (!q.items.empty()) {
        QCOMPARE(q.items.front().seq, q.consumed + 1);
        QCOMPARE(q.items.back().seq, q.produced);
    }
}

} // namespace

class TestProducerConsumer : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheExercise()
    {
        const ProducerConsumerConfig config;
        QCOMPARE(config.producers, 1);
        QCOMPARE(config.consumers, 5);
        const Scenario s = exercise(config);
        QVERIFY(!s.validate());
        QCOMPARE(int(s.processes.size()), 6);
        QCOMPARE(s.processes[0].name, QStringLiteral("Producer 1"));
        QCOMPARE(s.processes[1].name, QStringLiteral("Consumer 1"));
        QCOMPARE(s.processes[5].name, QStringLiteral("Consumer 5"));
        QCOMPARE(int(s.queues.size()), 1);
        QCOMPARE(s.queues[0].capacity, 0);
        QCOMPARE(s.secondsPerTick, 0.01);
        QVERIFY(s.producerConsumer && *s.producerConsumer == config);
        QCOMPARE(s.policy.name, QStringLiteral("rr"));
        QCOMPARE(s.cpus, 2);

        // 1 s and 2 s at 10 ms per tick.
        QCOMPARE(config.producerPauseTicks(), Tick(100));
        QCOMPARE(config.consumerPauseTicks(), Tick(200));
        const Program& producer = s.processes[0].program;
        QCOMPARE(producer[ProducerConsumer::ProducerCheck].kind, OperationKind::JumpIfLess);
        QCOMPARE(producer[ProducerConsumer::ProducerCheck].value, qint64(50));
        QCOMPARE(producer[ProducerConsumer::ProducerRepeat].value, qint64(200));
        QCOMPARE(producer[ProducerConsumer::ProducerSleep].length, Tick(100));
        const Program& consumer = s.processes[1].program;
        QCOMPARE(consumer[ProducerConsumer::ConsumerCheck].kind, OperationKind::JumpIfGreater);
        QCOMPARE(consumer[ProducerConsumer::ConsumerCheck].value, qint64(10));
        QCOMPARE(consumer[ProducerConsumer::ConsumerRepeat].value, qint64(20));
        QCOMPARE(consumer[ProducerConsumer::ConsumerSleep].length, Tick(200));

        for (int i = 0; i < 6; ++i) {
            QCOMPARE(ProducerConsumer::role(s, i),
                     i == 0 ? ProducerConsumer::Role::Producer : ProducerConsumer::Role::Consumer);
        }
        QVERIFY(ProducerConsumer::isGenerated(s));

        // The Python the operations point at.
        const QStringList python = ProducerConsumer::pythonSource(config).split(QLatin1Char('\n'));
        QVERIFY(
            python.at(producer[ProducerConsumer::ProducerCheck].line - 1).contains(QLatin1String("< 50")));
        QVERIFY(python.at(producer[ProducerConsumer::ProducerPut].line - 1).contains(QLatin1String("q.put")));
        QVERIFY(python.at(producer[ProducerConsumer::ProducerSleep].line - 1)
                    .contains(QLatin1String("sleep(1)")));
        QVERIFY(python.at(consumer[ProducerConsumer::ConsumerGet].line - 1).contains(QLatin1String("q.get")));
        QVERIFY(python.at(consumer[ProducerConsumer::ConsumerSleep].line - 1)
                    .contains(QLatin1String("sleep(2)")));
    }

    void moreProcessesAndCapacity()
    {
        ProducerConsumerConfig config;
        config.producers = 3;
        config.consumers = 16;
        config.capacity = 30;
        const Scenario s = exercise(config);
        QVERIFY(!s.validate());
        QCOMPARE(int(s.processes.size()), 19);
        QCOMPARE(s.processes[2].name, QStringLiteral("Producer 3"));
        QCOMPARE(s.processes[18].name, QStringLiteral("Consumer 16"));
        QCOMPARE(s.queues[0].capacity, 30);
        QCOMPARE(ProducerConsumer::role(s, 2), ProducerConsumer::Role::Producer);
        QCOMPARE(ProducerConsumer::role(s, 3), ProducerConsumer::Role::Consumer);

        // put() blocks while the queue is full: never more than 30 items.
        Engine engine(s);
        engine.setHistoryEnabled(false);
        bool sawFullQueueWait = false;
        while (engine.now() < 3000) {
            QVERIFY(engine.stepEvent());
            QVERIFY(queueLength(engine) <= 30);
            for (const Pcb& p : engine.pcbs())
                sawFullQueueWait = sawFullQueueWait || p.wait == Pcb::Wait::QueueFull;
            checkInvariants(engine);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(sawFullQueueWait);
    }

    void validateNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("path");
        QTest::newRow("no consumers") << "consumers=0"
                                      << "producerConsumer.consumers";
        QTest::newRow("17 consumers") << "consumers=17"
                                      << "producerConsumer.consumers";
        QTest::newRow("no producers") << "producers=0"
                                      << "producerConsumer.producers";
        QTest::newRow("9 producers") << "producers=9"
                                     << "producerConsumer.producers";
        QTest::newRow("negative pause") << "producerPause=-1"
                                        << "producerConsumer.producerPause";
        QTest::newRow("negative consumer pause") << "consumerPause=-0.5"
                                                 << "producerConsumer.consumerPause";
        QTest::newRow("zero batch") << "consumeBatch=0"
                                    << "producerConsumer.consumeBatch";
        QTest::newRow("negative threshold") << "lowThreshold=-1"
                                            << "producerConsumer.lowThreshold";
        QTest::newRow("negative capacity") << "capacity=-1"
                                           << "producerConsumer.capacity";
        QTest::newRow("zero cost") << "produceCost=0"
                                   << "producerConsumer.produceCost";
        QTest::newRow("zero time scale") << "secondsPerTick=0"
                                         << "producerConsumer.secondsPerTick";
        QTest::newRow("pause too long in ticks") << "secondsPerTick=0.000001;producerPause=3600"
                                                 << "producerConsumer.producerPause";
    }
    void validateNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, path);
        ProducerConsumerConfig config;
        QVERIFY(!config.validate());
        for (const QString& assignment : field.split(QLatin1Char(';'))) {
            const QString key = assignment.section(QLatin1Char('='), 0, 0);
            const double value = assignment.section(QLatin1Char('='), 1).toDouble();
            if (key == QLatin1String("consumers"))
                config.consumers = int(value);
            else if (key == QLatin1String("producers"))
                config.producers = int(value);
            else if (key == QLatin1String("producerPause"))
                config.producerPause = value;
            else if (key == QLatin1String("consumerPause"))
                config.consumerPause = value;
            else if (key == QLatin1String("consumeBatch"))
                config.consumeBatch = int(value);
            else if (key == QLatin1String("lowThreshold"))
                config.lowThreshold = int(value);
            else if (key == QLatin1String("capacity"))
                config.capacity = int(value);
            else if (key == QLatin1String("produceCost"))
                config.produceCost = Tick(value);
            else if (key == QLatin1String("secondsPerTick"))
                config.secondsPerTick = value;
        }
        const auto problem = config.validate();
        QVERIFY(problem);
        QCOMPARE(problem->path, path);
        QVERIFY(problem->text().startsWith(path + QLatin1String(": ")));
    }

    void shortPausesLastOneTick()
    {
        ProducerConsumerConfig config;
        config.producerPause = 0;
        config.consumerPause = 0.001;
        QVERIFY(!config.validate());
        QCOMPARE(config.producerPauseTicks(), Tick(1));
        QCOMPARE(config.consumerPauseTicks(), Tick(1));
        config.secondsPerTick = 0.5;
        config.consumerPause = 2.6; // 5.2 ticks
        QCOMPARE(config.consumerPauseTicks(), Tick(5));
    }

    // The exercise's numbers: a producer only starts a round below 50 and
    // adds 200, so the queue never exceeds 49 + 200 = 249; a get never
    // takes from an empty queue; conservation holds after every step.
    void defaultsStayBoundedAndConserved_data()
    {
        QTest::addColumn<int>("cpus");
        QTest::addColumn<QString>("policy");
        QTest::newRow("rr 2 CPUs") << 2 << "rr";
        QTest::newRow("rr 1 CPU") << 1 << "rr";
        QTest::newRow("fcfs 1 CPU") << 1 << "fcfs";
        QTest::newRow("srtf 4 CPUs") << 4 << "srtf";
    }
    void defaultsStayBoundedAndConserved()
    {
        QFETCH(int, cpus);
        QFETCH(QString, policy);
        Scenario base = ProducerConsumer::defaultBase(QStringLiteral("PC"));
        base.cpus = cpus;
        base.policy.name = policy;
        const Scenario s = ProducerConsumer::build({}, base);
        Engine engine(s);
        engine.setHistoryEnabled(false);
        qint64 maxSeen = 0;
        // 120 simulated seconds.
        while (engine.now() < 12000) {
            QVERIFY(engine.stepEvent());
            maxSeen = std::max(maxSeen, queueLength(engine));
            QVERIFY2(
                queueLength(engine) <= 249,
                qPrintable(QStringLiteral("%1 items at t = %2").arg(queueLength(engine)).arg(engine.now())));
            checkInvariants(engine);
            if (QTest::currentTestFailed())
                return;
        }
        const QueueState& q = engine.queues()[0];
        QVERIFY(q.maxLength <= 249);
        QVERIFY(q.maxLength >= maxSeen); // it also counts peaks inside one instant
        QVERIFY(q.produced >= 200);      // it really ran
        QVERIFY(q.consumed > 0);
        for (int pid = 2; pid <= 6; ++pid)
            QCOMPARE(engine.pcb(pid).produced, qint64(0));
        QCOMPARE(engine.pcb(1).consumed, qint64(0));
    }

    // The check and the gets are separate steps: a consumer that saw more
    // than `low` items can find the queue empty part-way through its batch,
    // and is then Blocked until a put hands it an item.
    void checkThenGetRaceBlocksOnEmptyQueue()
    {
        ProducerConsumerConfig config;
        config.consumers = 2;
        config.produceBatch = 15; // 15 > low: a consumer starts a batch of 20 and runs dry
        const Scenario s = exercise(config);
        Engine engine(s);
        engine.setHistoryEnabled(false);
        bool blockedAfterCheck = false;
        while (engine.now() < 2000 && !blockedAfterCheck) {
            QVERIFY(engine.stepEvent());
            checkInvariants(engine);
            for (int pid = 2; pid <= 3; ++pid) {
                const Pcb& p = engine.pcb(pid);
                if (p.state == ProcessState::Blocked && p.wait == Pcb::Wait::QueueEmpty) {
                    // It is inside its batch: past the size check, at a get.
                    QCOMPARE(p.opIndex, int(ProducerConsumer::ConsumerGet));
                    QVERIFY(p.blockedCount > 0);
                    QCOMPARE(queueLength(engine), qint64(0));
                    blockedAfterCheck = true;
                }
            }
        }
        QVERIFY(blockedAfterCheck);

        // The next put goes straight to it: it is Ready with its get done.
        int waiter = 0;
        for (int pid = 2; pid <= 3 && waiter == 0; ++pid) {
            if (engine.pcb(pid).wait == Pcb::Wait::QueueEmpty)
                waiter = pid;
        }
        const qint64 consumedBefore = engine.pcb(waiter).consumed;
        while (engine.pcb(waiter).state == ProcessState::Blocked)
            QVERIFY(engine.stepEvent());
        QCOMPARE(engine.pcb(waiter).consumed, consumedBefore + 1);
        QVERIFY(engine.pcb(waiter).opIndex != int(ProducerConsumer::ConsumerGet));
        checkInvariants(engine);
    }

    // Sleeping: a consumer that finds too few items pauses consumerPause.
    void consumersSleepWhenTheQueueIsShort()
    {
        const Scenario s = exercise();
        Engine engine(s);
        engine.setHistoryEnabled(false);
        // At t = 0 the queue is empty: every consumer checks and sleeps 2 s.
        while (engine.now() < 1)
            QVERIFY(engine.stepEvent());
        int sleeping = 0;
        for (int pid = 2; pid <= 6; ++pid) {
            const Pcb& p = engine.pcb(pid);
            if (p.state == ProcessState::Blocked && p.wait == Pcb::Wait::Timed) {
                QCOMPARE(p.opIndex, int(ProducerConsumer::ConsumerSleep));
                ++sleeping;
            }
        }
        QVERIFY(sleeping >= 3);
    }

    // Step back restores the queue (items with their numbers, waiters,
    // counters) and every PCB exactly.
    void stepBackRestoresTheQueueExactly()
    {
        ProducerConsumerConfig config;
        config.produceBatch = 30;
        config.capacity = 40;
        const Scenario s = exercise(config);
        Engine engine(s);
        std::vector<EngineState> states;
        states.push_back(engine.state());
        for (int i = 0; i < 1500; ++i) {
            if (i % 3 == 0)
                QVERIFY(engine.stepTick());
            else
                QVERIFY(engine.stepEvent());
            states.push_back(engine.state());
        }
        QVERIFY(engine.queues()[0].produced > 0);
        for (size_t i = states.size() - 1; i > 0; --i) {
            QVERIFY(engine.stepBack());
            const EngineState& expected = states[i - 1];
            QVERIFY2(engine.queues()[0] == expected.queues[0],
                     qPrintable(QStringLiteral("queue differs after stepping back to step %1").arg(i - 1)));
            QVERIFY(engine.state() == expected);
            QVERIFY(engine.queues()[0].conserved());
        }
        QCOMPARE(engine.now(), Tick(0));
        QVERIFY(engine.queues()[0].items.empty());
    }

    // Drag the producer to Blocked by hand: the consumers starve (block on
    // the empty queue or sleep), nothing is produced until it is released.
    void blockingTheProducerByHandStarvesTheConsumers()
    {
        const Scenario s = exercise();
        Engine engine(s);
        while (engine.pcb(1).state != ProcessState::Running)
            QVERIFY(engine.stepEvent());
        QVERIFY(engine.requestTransition(1, ProcessState::Blocked));
        const qint64 produced = engine.queues()[0].produced;
        while (engine.now() < 1000)
            QVERIFY(engine.stepEvent());
        const qint64 consumed = engine.queues()[0].consumed;
        QCOMPARE(consumed, produced); // they ate everything there was
        while (engine.now() < 2000)
            QVERIFY(engine.stepEvent());
        QCOMPARE(engine.queues()[0].produced, produced);
        QCOMPARE(engine.queues()[0].consumed, consumed);
        QCOMPARE(queueLength(engine), qint64(0));
        QCOMPARE(engine.pcb(1).state, ProcessState::Blocked);
        checkInvariants(engine);
        QVERIFY(engine.requestTransition(1, ProcessState::Ready));
        while (engine.now() < 2400)
            QVERIFY(engine.stepEvent());
        QVERIFY(engine.queues()[0].produced > produced);
        checkInvariants(engine);
    }
};

QTEST_GUILESS_MAIN(TestProducerConsumer)
#include "tst_producerconsumer.moc"
