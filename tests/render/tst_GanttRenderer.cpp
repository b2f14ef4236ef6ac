#include "render/GanttRenderer.h"

#include "RenderTestScenarios.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace processlab;

namespace {

bool sameColor(QRgb a, QRgb b)
{
    return qRed(a) == qRed(b) && qGreen(a) == qGreen(b) && qBlue(a) == qBlue(b);
}

} // namespace

class GanttRendererTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

private slots:
    void initTestCase()
    {
        // ~10,000 slices on 4 CPUs.
        m_engine = RenderTestScenarios::run(RenderTestScenarios::many(1000, 4));
        QVERIFY(m_engine->finished());
        QVERIFY(m_engine->trace().slices.size() > 5000);
    }

    void drawsEveryBlockWiderThanAPixel_data()
    {
        QTest::addColumn<bool>("byProcess");
        QTest::addColumn<double>("from"); // fractions of the run
        QTest::addColumn<double>("to");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("vector"); // paint on QSvgGenerator (rectangles, no strip image)
        QTest::addRow("cpu zoomed out, svg") << false << 0.0 << 1.0 << 1920 << true;
        QTest::addRow("process middle third, svg") << true << 0.3331 << 0.6667 << 1920 << true;
        for (bool byProcess : {false, true}) {
            const char* mode = byProcess ? "process" : "cpu";
            QTest::addRow("%s zoomed out 1920", mode) << byProcess << 0.0 << 1.0 << 1920 << false;
            QTest::addRow("%s zoomed out 300", mode) << byProcess << 0.0 << 1.0 << 300 << false;
            QTest::addRow("%s middle third", mode) << byProcess << 0.3331 << 0.6667 << 1920 << false;
            QTest::addRow("%s a few ticks", mode) << byProcess << 0.50013 << 0.5013 << 1000 << false;
            QTest::addRow("%s beyond the end", mode) << byProcess << 0.9 << 1.3 << 800 << false;
        }
    }
    void drawsEveryBlockWiderThanAPixel()
    {
        QFETCH(bool, byProcess);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(int, width);
        QFETCH(bool, vector);
        const GanttData data =
            GanttData::fromEngine(*m_engine, byProcess ? GanttLaneMode::Process : GanttLaneMode::Cpu);
        const GanttRenderer renderer(data);
        GanttViewport vp;
        vp.startTime = from * double(data.endTime);
        vp.endTime = to * double(data.endTime);
        vp.recordDrawn = true;
        // Only the first 40 process lanes fit; the rest are culled.
        const int lanes = std::min(int(data.lanes.size()), 40);
        vp.area = QRectF(0, 0, width, renderer.lanesHeight(lanes) + renderer.axisHeight());
        QImage image(width, int(vp.area.height()), QImage::Format_RGB32);
        image.fill(Qt::white);
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(image.size());
        QPainter painter;
        QVERIFY(vector ? painter.begin(&generator) : painter.begin(&image));
        const GanttPaintStats stats = renderer.paintLanes(&painter, vp);
        painter.end();

        const double plotWidth = width - renderer.laneLabelWidth();
        const double k = plotWidth / (vp.endTime - vp.startTime);
        std::vector<GanttDrawnBlock> expected;
        long long visible = 0;
        for (int lane = 0; lane < lanes; ++lane) {
            const auto& blocks = data.lanes[size_t(lane)].blocks;
            for (size_t i = 0; i < blocks.size(); ++i) {
                const GanttBlock& b = blocks[i];
                if (double(b.end) <= vp.startTime || double(b.start) >= vp.endTime)
                    continue;
                ++visible;
                if (double(b.length()) * k >= 1.0)
                    expected.push_back(GanttDrawnBlock{lane, int(i)});
            }
        }
        std::vector<GanttDrawnBlock> drawn = stats.drawn;
        auto less = [](const GanttDrawnBlock& a, const GanttDrawnBlock& b) {
            return a.lane != b.lane ? a.lane < b.lane : a.block < b.block;
        };
        std::sort(drawn.begin(), drawn.end(), less);
        QCOMPARE(drawn.size(), expected.size());
        QVERIFY(drawn == expected);
        QCOMPARE(stats.drawnBlocks, (long long)expected.size());
        QCOMPARE(stats.visitedBlocks, visible);
        QCOMPARE(stats.drawnBlocks + stats.mergedBlocks, visible);
        // Merged shapes stay within a few per pixel column and lane.
        QVERIFY(stats.mergedRuns <= 3 * (long long)(plotWidth + 2) * lanes);
        if (from == 0.0 && to == 1.0 && width == 1920 && !byProcess)
            QVERIFY(stats.mergedBlocks > 0); // the merging path is exercised
    }

    // Zoomed out, CPU lanes leave no pixel column unpainted: sub-pixel
    // slices are merged, not dropped.
    void zoomedOutLanesHaveNoHoles()
    {
        const GanttData data = GanttData::fromEngine(*m_engine, GanttLaneMode::Cpu);
        GanttRenderOptions options;
        options.sliceLabels = false;
        const GanttRenderer renderer(data, options);
        GanttViewport vp;
        vp.startTime = 0;
        vp.endTime = double(data.endTime);
        vp.area = QRectF(0, 0, 1200, renderer.lanesHeight(int(data.lanes.size())) + renderer.axisHeight());
        QImage image(1200, int(vp.area.height()), QImage::Format_RGB32);
        const QRgb background = qRgb(1, 2, 3);
        image.fill(background);
        QPainter painter(&image);
        renderer.paintLanes(&painter, vp);
        painter.end();
        const int left = int(std::ceil(renderer.xAt(vp, 0)));
        const int right = int(std::floor(renderer.xAt(vp, double(data.endTime)))) - 1;
        const double laneTop = renderer.markerStripHeight();
        for (int lane = 0; lane < int(data.lanes.size()); ++lane) {
            const int y = int(laneTop + lane * (renderer.laneHeight() + renderer.laneSpacing()) + 3);
            for (int x = left; x < right; ++x) {
                const QRgb pixel = image.pixel(x, y);
                QVERIFY2(!sameColor(pixel, background) && !sameColor(pixel, qRgb(0xf5, 0xf6, 0xf8)),
                         qPrintable(QStringLiteral("hole at x=%1 lane %2").arg(x).arg(lane)));
            }
        }
    }

    void hitTestFindsDrawnBlocks()
    {
        const GanttData data = GanttData::fromEngine(*m_engine, GanttLaneMode::Cpu);
        const GanttRenderer renderer(data);
        GanttViewport vp;
        vp.startTime = double(data.endTime) * 0.25;
        vp.endTime = vp.startTime + 60;
        vp.recordDrawn = true;
        vp.area = QRectF(10, 20, 1500, renderer.lanesHeight(int(data.lanes.size())) + renderer.axisHeight());
        QImage image(1600, 400, QImage::Format_RGB32);
        QPainter painter(&image);
        const GanttPaintStats stats = renderer.paintLanes(&painter, vp);
        painter.end();
        QVERIFY(!stats.drawn.empty());
        for (const GanttDrawnBlock& d : stats.drawn) {
            const GanttBlock& b = data.lanes[size_t(d.lane)].blocks[size_t(d.block)];
            const double t =
                std::clamp((double(b.start) + double(b.end)) / 2, vp.startTime + 0.01, vp.endTime - 0.01);
            const double y = vp.area.top() + renderer.markerStripHeight() +
                             d.lane * (renderer.laneHeight() + renderer.laneSpacing()) +
                             renderer.laneHeight() / 2;
            const auto hit = renderer.blockAt(vp, QPointF(renderer.xAt(vp, t), y));
            QVERIFY(hit.has_value());
            QCOMPARE(hit->lane, d.lane);
            QCOMPARE(hit->block, d.block);
        }
        QVERIFY(!renderer.blockAt(vp, QPointF(vp.area.left() + 2, vp.area.top() + 50)).has_value()); // labels
        QCOMPARE(renderer.timeAt(vp, renderer.xAt(vp, 123.5)), 123.5);
    }

    void toolTips()
    {
        const auto engine = RenderTestScenarios::run(RenderTestScenarios::twoCpus());
        const GanttData data = GanttData::fromEngine(*engine, GanttLaneMode::Cpu);
        const GanttRenderer renderer(data);
        bool preempted = false;
        for (const GanttLane& lane : data.lanes) {
            for (const GanttBlock& b : lane.blocks) {
                const QString tip = renderer.toolTip(b);
                QVERIFY(tip.contains(QString::number(b.start)));
                QVERIFY(tip.contains(QString::number(b.end)));
                if (b.kind != GanttBlockKind::Idle)
                    QVERIFY(tip.contains(data.processName(b.pid)));
                if (b.kind == GanttBlockKind::Run && b.endReason == SliceEnd::Preempted && b.byPid > 0) {
                    QVERIFY(tip.contains(QStringLiteral("preempted by %1").arg(data.processName(b.byPid))));
                    preempted = true;
                }
            }
        }
        QVERIFY(preempted);

        // Names are never taken for placeholders.
        Scenario odd;
        odd.contextSwitch = 1;
        odd.policy.name = QStringLiteral("rr");
        odd.policy.quantum = 2;
        RenderTestScenarios::addProcess(odd, QStringLiteral("A%2"), 0, {3});
        RenderTestScenarios::addProcess(odd, QStringLiteral("B%1"), 0, {3});
        const auto oddEngine = RenderTestScenarios::run(odd);
        const GanttData oddData = GanttData::fromEngine(*oddEngine, GanttLaneMode::Cpu);
        const GanttRenderer oddRenderer(oddData);
        for (const GanttBlock& b : oddData.lanes[0].blocks) {
            const QString tip = oddRenderer.toolTip(b);
            QVERIFY2(tip.startsWith(oddData.processName(b.pid) + QLatin1Char(' ')) ||
                         tip.contains(QStringLiteral(" to %1 ").arg(oddData.processName(b.pid))),
                     qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("on CPU 0\n")), qPrintable(tip));
        }
    }

    // The picture's size follows the layout: the title, legend and table
    // each add height, and the lanes area grows with the lanes.
    void pictureLayout()
    {
        const auto engine = RenderTestScenarios::run(RenderTestScenarios::twoCpus());
        const GanttData data = GanttData::fromEngine(*engine, GanttLaneMode::Cpu);
        GanttRenderOptions bare;
        bare.includeTitle = false;
        bare.includeLegend = false;
        bare.includeMetrics = false;
        const double plain = GanttRenderer(data, bare).pictureSize(1000).height();
        QCOMPARE(plain, std::ceil(2 * GanttRenderer::kMargin + GanttRenderer(data, bare).lanesHeight(2) +
                                  GanttRenderer(data, bare).axisHeight()));
        const double full = GanttRenderer(data).pictureSize(1000).height();
        QVERIFY(full > plain + 200);
        // Painting the whole picture stays within it.
        const GanttRenderer renderer(data);
        QImage image(1000, int(full) + 40, QImage::Format_RGB32);
        image.fill(qRgb(1, 2, 3));
        QPainter painter(&image);
        renderer.paintPicture(&painter, QRectF(0, 0, 1000, full));
        painter.end();
        for (int x = 0; x < 1000; x += 7)
            QVERIFY(sameColor(image.pixel(x, int(full) + 5), qRgb(1, 2, 3)));
    }
};

QTEST_MAIN(GanttRendererTest)
#include "tst_GanttRenderer.moc"
