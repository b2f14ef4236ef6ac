// Gantt rendering benchmark (issue #4). A benchmark, not a test: the figures
// go to docs/benchmarks-render.md.
//
//  1. A full repaint of a 1,000,000-slice run, zoomed out, into a 1920 px
//     wide QImage (GanttRenderer::paintLanes: culling and per-pixel-column
//     merging), plus zoomed-in and scrolled views. Target: < 16 ms.
//  2. Exporting a 10,000-slice run to SVG and PDF (and PNG, CSV), in memory
//     and to a file. Target: < 1 s. The A4 PDF pages are about 2 px per tick
//     and "SVG (wide)" 3 px per tick, so there every slice is drawn on its own.
//
// Times are the median of several runs on one thread.
//
//   QT_QPA_PLATFORM=offscreen build/bench/processlab-bench-render [runs] [outdir]
#include "render/GanttExporter.h"
#include "render/GanttRenderer.h"

#include "core/Engine.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace processlab;

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsOf(const std::function<void()>& work)
{
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Timing
{
    double median = 0;
    double best = 0;
};

Timing timingOf(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(millisecondsOf(work));
    return {median(times), *std::min_element(times.begin(), times.end())};
}

double medianOf(int runs, const std::function<void()>& work)
{
    return timingOf(runs, work).median;
}

// RR q=2 with a switch cost: every dispatch makes a switch slice and a run
// slice. `cpuPerProcess` ticks of CPU each, in bursts separated by I/O.
Scenario workload(int processes, int cpus, Tick cpuPerProcess)
{
    QRandomGenerator rng(4);
    Scenario s;
    s.title = QStringLiteral("render benchmark");
    s.cpus = cpus;
    s.contextSwitch = 1;
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = 2;
    Tick arrival = 0;
    for (int i = 0; i < processes; ++i) {
        arrival += rng.bounded(3);
        std::vector<Tick> bursts;
        Tick left = cpuPerProcess;
        while (left > 0) {
            if (!bursts.empty())
                bursts.push_back(1 + rng.bounded(10));
            const Tick burst = std::min<Tick>(left, 1 + rng.bounded(int(cpuPerProcess / 2 + 1)));
            bursts.push_back(burst);
            left -= burst;
        }
        ProcessSpec p;
        p.name = QStringLiteral("P%1").arg(i + 1);
        p.arrival = arrival;
        p.program = programFromBursts(bursts);
        s.processes.push_back(std::move(p));
    }
    return s;
}

std::unique_ptr<Engine> simulate(const Scenario& scenario)
{
    auto engine = std::make_unique<Engine>(scenario);
    engine->setHistoryEnabled(false);
    engine->run();
    return engine;
}

void repaintBenchmark(int runs, const QString& outDir)
{
    std::unique_ptr<Engine> engine;
    const double simulateMs = millisecondsOf([&] { engine = simulate(workload(2000, 4, 500)); });
    GanttData data;
    const double buildMs = millisecondsOf([&] { data = GanttData::fromEngine(*engine, GanttLaneMode::Cpu); });
    std::printf("repaint: %zu slices (%zu blocks incl. idle) on %d CPUs, %lld ticks\n", data.slices.size(),
                data.blockCount(), data.cpus, (long long)data.endTime);
    std::printf("  simulate %.0f ms, build GanttData %.1f ms (not part of a repaint)\n", simulateMs, buildMs);

    const GanttRenderer renderer(data);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    struct View
    {
        const char* name;
        double from; // fractions of the run
        double to;
    };
    const View views[] = {
        {"zoomed out (whole run)", 0.0, 1.0},
        {"10% of the run", 0.45, 0.55},
        {"0.1% of the run", 0.5, 0.501},
        {"200 ticks", 0.5, 0.5 + 200.0 / double(data.endTime)},
    };
    for (const View& view : views) {
        GanttViewport vp;
        vp.startTime = view.from * double(data.endTime);
        vp.endTime = view.to * double(data.endTime);
        vp.area = QRectF(0, 0, 1920, renderer.lanesHeight(int(data.lanes.size())) + renderer.axisHeight());
        GanttPaintStats stats;
        const Timing t = timingOf(runs, [&] {
            image.fill(Qt::white);
            QPainter painter(&image);
            stats = renderer.paintLanes(&painter, vp);
        });
        std::printf(
            "  %-24s %6.2f ms median, %6.2f ms best  (visited %lld, drawn %lld, merged %lld into %lld "
            "columns)\n",
            view.name, t.median, t.best, stats.visitedBlocks, stats.drawnBlocks, stats.mergedBlocks,
            stats.mergedRuns);
        if (!outDir.isEmpty() && view.from == 0.0)
            image.save(QDir(outDir).filePath(QStringLiteral("bench-zoomed-out.png")));
    }

    // Scrolling: 60 frames panning a 2% window across the run.
    GanttViewport vp;
    vp.area = QRectF(0, 0, 1920, renderer.lanesHeight(int(data.lanes.size())) + renderer.axisHeight());
    std::vector<double> frames;
    for (int f = 0; f < 60; ++f) {
        vp.startTime = double(data.endTime) * 0.0163 * f;
        vp.endTime = vp.startTime + double(data.endTime) * 0.02;
        frames.push_back(millisecondsOf([&] {
            image.fill(Qt::white);
            QPainter painter(&image);
            renderer.paintLanes(&painter, vp);
        }));
    }
    std::printf("  %-24s %8.2f ms median, %.2f ms worst of 60 frames\n", "scrolling a 2% window",
                median(frames), *std::max_element(frames.begin(), frames.end()));
}

void exportBenchmark(int runs, const QString& outDir)
{
    const auto engine = simulate(workload(250, 2, 40));
    const GanttData cpu = GanttData::fromEngine(*engine, GanttLaneMode::Cpu);
    std::printf("export: %zu slices, %d processes, %d CPUs, %lld ticks\n", cpu.slices.size(),
                engine->processCount(), cpu.cpus, (long long)cpu.endTime);
    const GanttExporter exporter(cpu);
    GanttExportOptions options;
    struct Format
    {
        const char* name;
        GanttExportFormat format;
        const char* file;
    };
    const Format formats[] = {
        {"SVG", GanttExportFormat::Svg, "bench.svg"},
        {"PDF (A4 pages)", GanttExportFormat::Pdf, "bench.pdf"},
        {"PNG 1x", GanttExportFormat::Png, "bench.png"},
        {"CSV", GanttExportFormat::Csv, "bench.csv"},
    };
    const QString dir = outDir.isEmpty() ? QDir::tempPath() : outDir;
    for (const Format& f : formats) {
        QByteArray bytes;
        const double inMemory = medianOf(runs, [&] { bytes = exporter.render(f.format, options); });
        const QString path = QDir(dir).filePath(QString::fromLatin1(f.file));
        QString error;
        const double toFile = medianOf(runs, [&] {
            if (!GanttExporter::exportTo(*engine, path, options, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
        });
        std::printf("  %-16s %8.1f ms in memory, %8.1f ms to a file from the engine (%lld KiB", f.name,
                    inMemory, toFile, (long long)(bytes.size() / 1024));
        if (f.format == GanttExportFormat::Pdf)
            std::printf(", %d pages", exporter.pdfPageCount(options));
        std::printf(")\n");
    }
    // Wide enough that every slice is at least a pixel wide: nothing merged.
    GanttExportOptions wide;
    wide.layoutWidth = int(cpu.endTime) * 3 + 200;
    QByteArray wideSvg;
    const double wideMs = medianOf(std::max(3, runs), [&] { wideSvg = exporter.toSvg(wide); });
    std::printf("  %-16s %8.1f ms in memory (%d px wide, every slice drawn, %lld KiB)\n", "SVG (wide)",
                wideMs, wide.layoutWidth, (long long)(wideSvg.size() / 1024));
    options.pdfSinglePage = true;
    const double single = medianOf(runs, [&] { exporter.toPdf(options); });
    std::printf("  %-16s %8.1f ms in memory\n", "PDF (one page)", single);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    const QString outDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    std::printf("processlab-bench-render: median of %d runs, one thread\n", runs);
    repaintBenchmark(runs, outDir);
    exportBenchmark(std::max(3, runs / 3), outDir);
    return 0;
}
