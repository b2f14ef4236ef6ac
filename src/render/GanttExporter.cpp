#include "GanttExporter.h"

#include "GanttRenderer.h"
#include "TimeAxis.h"

#include "core/Engine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace processlab {

namespace {

constexpr int kPdfResolution = 1200;
constexpr double kPdfMaxPageWidth = 19200; // logical pixels: 200 inches, the PDF page size limit
constexpr double kPdfMaxPageHeight = 19200;
constexpr int kPdfMaxTimePages = 500;         // with pdfTicksPerPage
constexpr int kPdfMaxAutoTimePages = 20;      // chosen automatically: longer runs get denser pages
constexpr qint64 kMaxImagePixels = 268435456; // 2^28 pixels = 1 GiB of RGB32
constexpr int kMaxImageSide = 32767;

QString quoted(const QString& path)
{
    return QStringLiteral("\u201c%1\u201d").arg(QDir::toNativeSeparators(path));
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

GanttRenderOptions renderOptions(const GanttExportOptions& options)
{
    GanttRenderOptions r;
    r.includeTitle = options.includeTitle;
    r.includeLegend = options.includeLegend;
    r.includeMetrics = options.includeMetrics;
    r.cursorTime = options.cursorTime;
    r.metricsRowLimit = options.metricsRowLimit;
    return r;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(escaped);
}

QString csvNumber(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest); // round-trips exactly
}

// The largest nice step (1, 2 or 5 × 10^k) that is <= x (and >= 1).
Tick niceFloor(Tick x)
{
    Tick best = 1;
    for (Tick power = 1; power <= x; power *= 10) {
        for (Tick factor : {Tick(1), Tick(2), Tick(5)}) {
            if (factor * power <= x)
                best = factor * power;
        }
        if (power > x / 10)
            break;
    }
    return best;
}

// Pixels per tick that give a typical run slice room for its label (CPU
// lanes name the process; process lanes only show times).
double comfortablePxPerTick(const GanttData& data)
{
    const double room = data.mode == GanttLaneMode::Cpu ? 56.0 : 40.0;
    std::vector<Tick> lengths;
    lengths.reserve(data.slices.size());
    for (const Slice& s : data.slices) {
        if (s.kind == SliceKind::Run && s.end > s.start)
            lengths.push_back(s.end - s.start);
    }
    Tick median = 1;
    if (!lengths.empty()) {
        auto mid = lengths.begin() + std::ptrdiff_t(lengths.size() / 2);
        std::nth_element(lengths.begin(), mid, lengths.end());
        median = std::max<Tick>(1, *mid);
    }
    return room / double(median);
}

} // namespace

struct GanttExporter::PdfPlan
{
    QSizeF pageSize; // logical pixels
    bool a4 = true;
    std::vector<GanttPage> pages;
};

GanttExporter::GanttExporter(const GanttData& data) : m_data(&data) {}

GanttExportFormat GanttExporter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return GanttExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return GanttExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return GanttExportFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return GanttExportFormat::Csv;
    return GanttExportFormat::Unknown;
}

QByteArray GanttExporter::toCsv(const GanttExportOptions& options) const
{
    QString out;
    out.reserve(int(m_data->slices.size()) * 24 + 256);
    out += QStringLiteral("cpu,process,start,end,kind\n");
    for (const Slice& s : m_data->slices) {
        out += QString::number(s.cpu);
        out += QLatin1Char(',');
        out += csvField(m_data->processName(s.pid));
        out += QLatin1Char(',');
        out += QString::number(s.start);
        out += QLatin1Char(',');
        out += QString::number(s.end);
        out += QLatin1Char(',');
        out += sliceKindId(s.kind);
        out += QLatin1Char('\n');
    }
    if (m_data->hasMetrics) {
        const Metrics& m = m_data->metrics;
        out += QStringLiteral("\nprocess,arrival,finish,turnaround,waiting,response,cpuTime,ioTime\n");
        for (const ProcessMetrics& p : m.processes) {
            out += QStringList{csvField(p.name),           QString::number(p.arrival),
                               QString::number(p.finish),  QString::number(p.turnaround),
                               QString::number(p.waiting), QString::number(p.response),
                               QString::number(p.cpuTime), QString::number(p.ioTime)}
                       .join(QLatin1Char(','));
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("average,,,%1,%2,%3,,\n")
                   .arg(csvNumber(m.averages.turnaround), csvNumber(m.averages.waiting),
                        csvNumber(m.averages.response));
        out += QStringLiteral("\nmetric,value\n");
        out += QStringLiteral("policy,%1\n").arg(csvField(m_data->policyLabel));
        out += QStringLiteral("makespan,%1\n").arg(m.makespan);
        out += QStringLiteral("cpuUtilization,%1\n").arg(csvNumber(m.cpuUtilization));
        out += QStringLiteral("throughput,%1\n").arg(csvNumber(m.throughput));
        out += QStringLiteral("contextSwitches,%1\n").arg(m.contextSwitches);
        out += QStringLiteral("finished,%1\n").arg(m.finished);
    }
    QByteArray bytes = out.toUtf8();
    if (options.csvByteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QImage GanttExporter::toImage(const GanttExportOptions& options, QString* error) const
{
    const GanttRenderer renderer(*m_data, renderOptions(options));
    const double scale = std::clamp(options.scale > 0 ? options.scale : 1.0, 0.25, 8.0);
    const int pixelWidth =
        options.width > 0 ? options.width : int(std::ceil(std::max(1, options.layoutWidth) * scale));
    const double logicalWidth = pixelWidth / scale;
    const double logicalHeight = renderer.pictureSize(logicalWidth).height();
    const double pixelHeightF = std::ceil(logicalHeight * scale);
    if (pixelWidth > kMaxImageSide || pixelHeightF > kMaxImageSide ||
        double(pixelWidth) * pixelHeightF > double(kMaxImagePixels)) {
        setError(error, QCoreApplication::translate(
                            "GanttExporter", "The picture would be %1 \u00d7 %2 pixels, too large for PNG; "
                                             "export SVG or PDF, or choose a smaller width or scale")
                            .arg(pixelWidth)
                            .arg(qint64(pixelHeightF)));
        return {};
    }
    QImage image(pixelWidth, int(pixelHeightF), QImage::Format_RGB32);
    if (image.isNull()) {
        setError(error,
                 QCoreApplication::translate("GanttExporter", "Not enough memory for a %1 \u00d7 %2 picture")
                     .arg(pixelWidth)
                     .arg(qint64(pixelHeightF)));
        return {};
    }
    image.fill(Qt::white);
    image.setDevicePixelRatio(scale);
    // So slide programs place a 2× picture at the size of the 1× one.
    image.setDotsPerMeterX(int(std::lround(3780 * scale)));
    image.setDotsPerMeterY(int(std::lround(3780 * scale)));
    QPainter painter(&image);
    renderer.paintPicture(&painter, QRectF(0, 0, logicalWidth, image.height() / scale));
    painter.end();
    return image;
}

QByteArray GanttExporter::toPng(const GanttExportOptions& options, QString* error) const
{
    const QImage image = toImage(options, error);
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        setError(error, QCoreApplication::translate("GanttExporter", "Could not encode the PNG picture"));
        return {};
    }
    return bytes;
}

QByteArray GanttExporter::toSvg(const GanttExportOptions& options) const
{
    const GanttRenderer renderer(*m_data, renderOptions(options));
    const double width = std::max(1, options.layoutWidth);
    const double height = renderer.pictureSize(width).height();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(int(width), int(height)));
    generator.setViewBox(QRectF(0, 0, width, height));
    generator.setResolution(96);
    generator.setTitle(renderer.titleText());
    generator.setDescription(QStringLiteral("ProcessLab Gantt chart"));
    QPainter painter(&generator);
    renderer.paintPicture(&painter, QRectF(0, 0, width, height));
    painter.end();
    return bytes;
}

GanttExporter::PdfPlan GanttExporter::planPdf(const GanttExportOptions& options) const
{
    const GanttRenderer renderer(*m_data, renderOptions(options));
    PdfPlan plan;
    const double margin = GanttRenderer::kMargin;
    const double labelWidth = renderer.laneLabelWidth();
    const Tick start = m_data->startTime;
    const Tick total = std::max<Tick>(1, m_data->endTime - start);
    const QSizeF a4 = QPageSize(QPageSize::A4).sizePixels(96).transposed(); // landscape
    const double footer = renderer.footerHeight() + 4;

    if (options.pdfSinglePage) {
        const double minPlot = a4.width() - 2 * margin - labelWidth;
        const double plot = std::clamp(double(total) * comfortablePxPerTick(*m_data), minPlot,
                                       kPdfMaxPageWidth - 2 * margin - labelWidth);
        GanttPage page = renderer.wholePage();
        page.plotWidth = 0; // fill the page
        const double width = plot + labelWidth + 2 * margin;
        plan.pageSize = QSizeF(width, std::min(kPdfMaxPageHeight, double(renderer.pageHeight(width, page))));
        plan.a4 = false;
        plan.pages.push_back(page);
        return plan;
    }

    plan.pageSize = a4;
    const double content = a4.width() - 2 * margin;
    const double plot = content - labelWidth;
    Tick perPage = options.pdfTicksPerPage;
    if (perPage <= 0) {
        const Tick fit = Tick(std::floor(plot / comfortablePxPerTick(*m_data)));
        perPage = fit >= total ? total : niceFloor(std::max<Tick>(1, fit));
    }
    const Tick maxPages = options.pdfTicksPerPage > 0 ? kPdfMaxTimePages : kPdfMaxAutoTimePages;
    while ((total + perPage - 1) / perPage > maxPages)
        perPage = TimeAxis::niceStep(double(perPage) + 1);
    const Tick timePages = (total + perPage - 1) / perPage;
    const double pxPerTick = timePages == 1 ? plot / double(total) : plot / double(perPage);

    const int laneTotal = int(m_data->lanes.size());
    const double header = renderer.headerHeight(content);
    const double lanesRoom =
        a4.height() - 2 * margin - footer - header - renderer.axisHeight() - renderer.markerStripHeight();
    const int lanesPerPage = std::max(1, int(std::floor((lanesRoom + renderer.laneSpacing()) /
                                                        (renderer.laneHeight() + renderer.laneSpacing()))));
    const int lanePages = std::max(1, (laneTotal + lanesPerPage - 1) / lanesPerPage);

    for (Tick tp = 0; tp < timePages; ++tp) {
        for (int lp = 0; lp < lanePages; ++lp) {
            GanttPage page;
            page.startTime = double(start + tp * perPage);
            page.endTime = double(std::min(start + (tp + 1) * perPage, start + total));
            page.plotWidth = timePages == 1 ? 0 : (page.endTime - page.startTime) * pxPerTick;
            page.firstLane = lp * lanesPerPage;
            page.laneCount = lanesPerPage;
            plan.pages.push_back(page);
        }
    }

    if (renderer.hasMetricsTable()) {
        const int rows = renderer.metricsRowCount();
        const double base = renderer.metricsHeight(0, false, content);
        const double rowHeight = renderer.metricsHeight(1, false, content) - base;
        const double summary = renderer.metricsHeight(0, true, content) - base;
        const double pageRoom = a4.height() - 2 * margin - footer;
        double room = pageRoom - (renderer.pageHeight(a4.width(), plan.pages.back()) - 2 * margin);
        GanttPage* page = &plan.pages.back();
        int first = 0;
        bool fresh = false;
        while (true) {
            const int remaining = rows - first;
            if (base + remaining * rowHeight + summary <= room || (fresh && remaining == 0)) {
                page->metrics = true;
                page->firstMetricsRow = first;
                page->metricsRowCount = remaining;
                page->metricsSummary = true;
                break;
            }
            int fit = int(std::floor((room - base) / rowHeight));
            if (fresh)
                fit = std::max(fit, 1);
            fit = std::min(fit, remaining);
            if (fit > 0) {
                page->metrics = true;
                page->firstMetricsRow = first;
                page->metricsRowCount = fit;
                page->metricsSummary = false;
                first += fit;
            }
            GanttPage next;
            next.header = false;
            next.lanes = false;
            plan.pages.push_back(next);
            page = &plan.pages.back();
            room = pageRoom;
            fresh = true;
        }
    }
    const int count = int(plan.pages.size());
    for (int i = 0; i < count; ++i) {
        plan.pages[size_t(i)].pageNumber = i + 1;
        plan.pages[size_t(i)].pageCount = count;
    }
    return plan;
}

int GanttExporter::pdfPageCount(const GanttExportOptions& options) const
{
    return int(planPdf(options).pages.size());
}

QByteArray GanttExporter::toPdf(const GanttExportOptions& options, QString* error) const
{
    const GanttRenderer renderer(*m_data, renderOptions(options));
    const PdfPlan plan = planPdf(options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("ProcessLab"));
    writer.setTitle(renderer.titleText());
    const QPageSize pageSize =
        plan.a4 ? QPageSize(QPageSize::A4)
                : QPageSize(QSizeF(plan.pageSize.width() * 0.75, plan.pageSize.height() * 0.75),
                            QPageSize::Point, QString(), QPageSize::ExactMatch);
    const QPageLayout layout(pageSize, plan.a4 ? QPageLayout::Landscape : QPageLayout::Portrait,
                             QMarginsF(0, 0, 0, 0));
    if (!writer.setPageLayout(layout)) {
        setError(error, QCoreApplication::translate("GanttExporter", "The PDF page size is not supported"));
        return {};
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        setError(error, QCoreApplication::translate("GanttExporter", "Could not start the PDF document"));
        return {};
    }
    const double scale = double(writer.resolution()) / 96.0;
    const QRectF pageRect(0, 0, writer.width() / scale, writer.height() / scale);
    for (size_t i = 0; i < plan.pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.resetTransform();
        painter.scale(scale, scale);
        renderer.paintPage(&painter, pageRect, plan.pages[i]);
    }
    painter.end();
    return bytes;
}

QByteArray GanttExporter::render(GanttExportFormat format, const GanttExportOptions& options,
                                 QString* error) const
{
    switch (format) {
    case GanttExportFormat::Png:
        return toPng(options, error);
    case GanttExportFormat::Svg:
        return toSvg(options);
    case GanttExportFormat::Pdf:
        return toPdf(options, error);
    case GanttExportFormat::Csv:
        return toCsv(options);
    case GanttExportFormat::Unknown:
        break;
    }
    setError(error, QCoreApplication::translate("GanttExporter", "Unknown export format"));
    return {};
}

bool GanttExporter::exportFile(const QString& path, const GanttExportOptions& options, QString* error) const
{
    const GanttExportFormat format = formatOf(path);
    if (format == GanttExportFormat::Unknown) {
        setError(error,
                 QCoreApplication::translate(
                     "GanttExporter", "Cannot export to %1: unknown file type (use .png, .svg, .pdf or .csv)")
                     .arg(quoted(path)));
        return false;
    }
    // Fail early (before rendering) when the file cannot be created.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, QCoreApplication::translate("GanttExporter", "Cannot write %1: %2")
                            .arg(quoted(path), file.errorString()));
        return false;
    }
    QString renderError;
    const QByteArray bytes = render(format, options, &renderError);
    if (bytes.isEmpty()) {
        file.cancelWriting();
        setError(error, QCoreApplication::translate("GanttExporter", "Cannot export %1: %2")
                            .arg(quoted(path),
                                 renderError.isEmpty()
                                     ? QCoreApplication::translate("GanttExporter", "nothing was rendered")
                                     : renderError));
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        setError(
            error,
            QCoreApplication::translate("GanttExporter", "Cannot write %1: %2").arg(quoted(path), reason));
        return false;
    }
    if (!file.commit()) {
        setError(error, QCoreApplication::translate("GanttExporter", "Cannot write %1: %2")
                            .arg(quoted(path), file.errorString()));
        return false;
    }
    return true;
}

bool GanttExporter::exportTo(const GanttData& data, const QString& path, const GanttExportOptions& options,
                             QString* error)
{
    return GanttExporter(data).exportFile(path, options, error);
}

bool GanttExporter::exportTo(const Engine& engine, const QString& path, const GanttExportOptions& options,
                             QString* error)
{
    const GanttData data = GanttData::fromEngine(engine, options.lanes);
    return exportTo(data, path, options, error);
}

} // namespace processlab
