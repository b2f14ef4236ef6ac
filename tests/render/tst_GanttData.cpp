#include "render/GanttData.h"

#include "RenderTestScenarios.h"

#include "core/Metrics.h"

#include <QtTest>

using namespace processlab;

class GanttDataTest : public QObject
{
    Q_OBJECT

private:
    static Scenario scenario(const QString& name)
    {
        if (name == QLatin1String("rr"))
            return RenderTestScenarios::roundRobin();
        if (name == QLatin1String("two-cpus"))
            return RenderTestScenarios::twoCpus();
        return RenderTestScenarios::many(40, 3);
    }

    static void addRows()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("rr") << QStringLiteral("rr");
        QTest::newRow("two-cpus") << QStringLiteral("two-cpus");
        QTest::newRow("many") << QStringLiteral("many");
    }

private slots:
    // CPU lanes cover [0, end] without gaps or overlaps; their run and
    // switch blocks are exactly the trace's slices.
    void cpuLanesTileTheTimeline_data() { addRows(); }
    void cpuLanesTileTheTimeline()
    {
        QFETCH(QString, name);
        const auto engine = RenderTestScenarios::run(scenario(name));
        QVERIFY(engine->finished());
        const GanttData data = GanttData::fromEngine(*engine, GanttLaneMode::Cpu);
        QCOMPARE(int(data.lanes.size()), engine->scenario().cpus);
        QCOMPARE(data.endTime, Metrics::of(*engine).processes.empty() ? 0 : engine->now());
        size_t slices = 0;
        for (size_t lane = 0; lane < data.lanes.size(); ++lane) {
            Tick at = 0;
            for (const GanttBlock& b : data.lanes[lane].blocks) {
                QCOMPARE(b.start, at);
                QVERIFY(b.end > b.start);
                QCOMPARE(b.cpu, int(lane));
                at = b.end;
                if (b.kind == GanttBlockKind::Idle) {
                    QCOMPARE(b.sliceIndex, -1);
                    continue;
                }
                ++slices;
                const Slice& s = engine->trace().slices[size_t(b.sliceIndex)];
                QCOMPARE(s.cpu, int(lane));
                QCOMPARE(s.pid, b.pid);
                QCOMPARE(s.start, b.start);
                QCOMPARE(s.end, b.end);
                QCOMPARE(b.kind == GanttBlockKind::Switch, s.kind == SliceKind::Switch);
            }
            QCOMPARE(at, data.endTime);
        }
        // Zero-length slices (dispatched and preempted at one instant) are
        // not drawn.
        const auto nonEmpty = std::count_if(engine->trace().slices.begin(), engine->trace().slices.end(),
                                            [](const Slice& s) { return s.end > s.start; });
        QCOMPARE(slices, size_t(nonEmpty));
        QCOMPARE(data.slices, engine->trace().slices);
    }

    // Process lanes: Running = CPU time, Blocked = I/O time, and Ready +
    // switches + waiting for memory = the waiting time of the metrics.
    void processLanesMatchMetrics_data() { addRows(); }
    void processLanesMatchMetrics()
    {
        QFETCH(QString, name);
        const auto engine = RenderTestScenarios::run(scenario(name));
        const GanttData data = GanttData::fromEngine(*engine, GanttLaneMode::Process);
        const Metrics metrics = Metrics::of(*engine);
        QCOMPARE(data.lanes.size(), size_t(engine->processCount()));
        for (size_t i = 0; i < data.lanes.size(); ++i) {
            const GanttLane& lane = data.lanes[i];
            const ProcessMetrics& pm = metrics.processes[i];
            QCOMPARE(lane.pid, int(i + 1));
            Tick run = 0, io = 0, waiting = 0, at = -1;
            for (const GanttBlock& b : lane.blocks) {
                QVERIFY2(b.start >= at, "blocks overlap");
                at = b.end;
                QCOMPARE(b.pid, lane.pid);
                switch (b.kind) {
                case GanttBlockKind::Run:
                    run += b.length();
                    break;
                case GanttBlockKind::Blocked:
                    io += b.length();
                    break;
                case GanttBlockKind::Ready:
                case GanttBlockKind::Switch:
                case GanttBlockKind::Waiting:
                    waiting += b.length();
                    break;
                case GanttBlockKind::Idle:
                    QFAIL("idle block in a process lane");
                }
            }
            QCOMPARE(run, pm.cpuTime);
            QCOMPARE(io, pm.ioTime);
            QCOMPARE(waiting, pm.waiting);
            QCOMPARE(lane.blocks.front().start, pm.arrival);
            QCOMPARE(lane.blocks.back().end, pm.finish);
            QCOMPARE(data.processes[i].finish, pm.finish);
        }
    }

    void markers()
    {
        const auto engine = RenderTestScenarios::run(RenderTestScenarios::twoCpus());
        const GanttData data = GanttData::fromEngine(*engine, GanttLaneMode::Cpu);
        int arrivals = 0, finishes = 0;
        Tick last = -1;
        for (const GanttMarker& m : data.markers) {
            QVERIFY(m.time >= last);
            last = m.time;
            if (m.kind == GanttMarkerKind::Arrival) {
                ++arrivals;
                QCOMPARE(m.time, engine->spec(m.pid).arrival);
            } else {
                ++finishes;
                QCOMPARE(m.time, engine->pcb(m.pid).finish);
                QVERIFY(m.lane >= 0 && m.lane < 2);
            }
        }
        QCOMPARE(arrivals, 6);
        QCOMPARE(finishes, 6);
    }

    // A run stopped half-way: open slices end at "now", nothing beyond it.
    void unfinishedRun()
    {
        Engine engine(RenderTestScenarios::roundRobin());
        for (int i = 0; i < 5; ++i)
            engine.stepEvent();
        QVERIFY(!engine.finished());
        const GanttData data = GanttData::fromEngine(engine, GanttLaneMode::Cpu);
        QCOMPARE(data.endTime, engine.now());
        QVERIFY(!data.finished);
        for (const GanttLane& lane : data.lanes) {
            for (const GanttBlock& b : lane.blocks)
                QVERIFY(b.end <= engine.now());
        }
        const GanttData byProcess = GanttData::fromEngine(engine, GanttLaneMode::Process);
        for (const GanttLane& lane : byProcess.lanes) {
            for (const GanttBlock& b : lane.blocks)
                QVERIFY(b.end <= engine.now());
        }
        for (const GanttMarker& m : data.markers)
            QVERIFY(m.time <= engine.now());
    }

    void firstBlockEndingAfter()
    {
        const auto engine = RenderTestScenarios::run(RenderTestScenarios::roundRobin());
        const GanttData data = GanttData::fromEngine(*engine, GanttLaneMode::Cpu);
        const auto& blocks = data.lanes[0].blocks;
        for (double t : {-1.0, 0.0, 0.5, 4.0, 4.5, 20.0, 36.9, 37.0, 100.0}) {
            const size_t i = data.firstBlockEndingAfter(0, t);
            for (size_t j = 0; j < i; ++j)
                QVERIFY(double(blocks[j].end) <= t);
            if (i < blocks.size())
                QVERIFY(double(blocks[i].end) > t);
        }
    }
};

QTEST_APPLESS_MAIN(GanttDataTest)
#include "tst_GanttData.moc"
