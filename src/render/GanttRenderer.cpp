#include "GanttRenderer.h"

#include "GanttStyle.h"
#include "TimeAxis.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace processlab {

namespace {

constexpr double kLegendSwatchWidth = 22;
constexpr double kLegendSwatchHeight = 14;
constexpr double kLegendSpacing = 18;
constexpr double kAxisGap = 4; // between the last lane and the axis line
constexpr double kMajorTick = 6;
constexpr double kMinorTick = 3;
constexpr double kTableGap = 20; // above the metrics table
constexpr double kCellPadding = 8;
constexpr int kLegendProcessLimit = 24;
constexpr int kMaxMeasuredLabels = 5000;

const QColor kText(0x222222);
const QColor kMutedText(0x5f6670);
const QColor kLaneBackground(0xf5f6f8);
const QColor kGrid(0xe3e6ea);
const QColor kAxis(0x444444);
const QColor kCursor(0xd62728);
const QColor kTableStripe(0xf3f5f8);
const QColor kHighlightOuter(0x111111);
const QColor kHighlightInner(0xffffff);

QString tickText(Tick t)
{
    return QString::number(t);
}

QString optionalTick(Tick t)
{
    return t < 0 ? QStringLiteral("\u2014") : QString::number(t);
}

QString fixed2(double v)
{
    return QString::number(v, 'f', 2);
}

// Baseline that centres capital letters (and CJK ideographs, near enough)
// vertically on `centerY`.
double centredBaseline(const QFontMetricsF& fm, double centerY)
{
    return centerY + fm.capHeight() / 2.0;
}

void drawText(QPainter* painter, const QFont& font, const QColor& color, double x, double baseline,
              const QString& text)
{
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(QPointF(x, baseline), text);
}

// Adjacent shapes of one colour become one fillRect call.
class RectBatch
{
public:
    explicit RectBatch(QPainter* painter) : m_painter(painter) {}
    ~RectBatch() { flush(); }
    RectBatch(const RectBatch&) = delete;
    RectBatch& operator=(const RectBatch&) = delete;

    // Returns true when a new shape was started (for counting).
    void add(double x0, double x1, double top, double height, QRgb color)
    {
        if (m_open && color == m_color && x0 <= m_x1 + 0.01 && top == m_top) {
            m_x1 = std::max(m_x1, x1);
            return;
        }
        flush();
        m_open = true;
        m_x0 = x0;
        m_x1 = x1;
        m_top = top;
        m_height = height;
        m_color = color;
    }
    void flush()
    {
        if (!m_open)
            return;
        m_open = false;
        m_painter->fillRect(QRectF(m_x0, m_top, std::max(1.0, m_x1 - m_x0), m_height), QColor(m_color));
    }

private:
    QPainter* m_painter;
    bool m_open = false;
    double m_x0 = 0;
    double m_x1 = 0;
    double m_top = 0;
    double m_height = 0;
    QRgb m_color = 0;
};

} // namespace

struct GanttRenderer::LegendItem
{
    enum class Type : quint8
    {
        Swatch,
        Arrival,
        Finish,
        Cursor,
        Text
    };
    Type type = Type::Swatch;
    QColor fill;
    GanttPattern pattern = GanttPattern::None;
    bool dense = false; // the context switch's tight hatching
    bool border = true;
    QString text;
};

struct GanttRenderer::Column
{
    QString header;
    bool numeric = true;
    std::vector<QString> cells; // one per shown process row
    QString average;
    double width = 0;
};

struct GanttRenderer::LaneGeometry
{
    QRectF area;
    QRectF plot; // x: the time range; y: lanes (from the marker strip to the axis)
    double labelWidth = 0;
    double t0 = 0;
    double t1 = 1;
    double k = 1; // pixels per tick
    int first = 0;
    int count = 0;
    double scrollY = 0;
    double lanesTop = 0; // top of the first lane, scrolled
    double axisTop = 0;
    bool axis = true;
    bool laneLabels = true;
    double overhang = 0; // room right of the plot for the last axis label

    double laneTop(int lane) const { return lanesTop + (lane - first) * (kLaneHeight + kLaneGap); }
    double x(double t) const { return plot.left() + (t - t0) * k; }
    bool laneVisible(int lane) const
    {
        if (lane < first || lane >= first + count)
            return false;
        const double top = laneTop(lane);
        return top < axisTop && top + kLaneHeight > area.top();
    }
};

GanttRenderer::GanttRenderer(const GanttData& data, const GanttRenderOptions& options)
    : m_data(&data), m_options(options), m_titleFont(GanttStyle::font(22, true)),
      m_subtitleFont(GanttStyle::font(14)), m_font(GanttStyle::font(13)),
      m_boldFont(GanttStyle::font(13, true)), m_smallFont(GanttStyle::font(11))
{
    const QFontMetricsF fm(m_font);
    double widest = 0;
    const int lanes = std::min(int(m_data->lanes.size()), kMaxMeasuredLabels);
    for (int i = 0; i < lanes; ++i)
        widest = std::max(widest, fm.horizontalAdvance(laneLabel(i)));
    m_laneLabelWidth = std::clamp(std::ceil(widest) + 2 * kCellPadding, 48.0, 180.0);
    m_nameWidths.assign(m_data->processes.size(), -1.0);
}

// --- texts -------------------------------------------------------------------

QString GanttRenderer::titleText() const
{
    QString title =
        m_data->title.isEmpty() ? QCoreApplication::translate("GanttRenderer", "Gantt chart") : m_data->title;
    if (m_data->policyLabel.isEmpty())
        return title;
    return QCoreApplication::translate("GanttRenderer", "%1 \u2014 %2").arg(title, m_data->policyLabel);
}

QString GanttRenderer::subtitleText() const
{
    QStringList parts;
    parts << QCoreApplication::translate("GanttRenderer", "CPUs: %1").arg(m_data->cpus);
    parts << QCoreApplication::translate("GanttRenderer", "Context switch: %1").arg(m_data->contextSwitch);
    if (m_data->memory > 0)
        parts << QCoreApplication::translate("GanttRenderer", "Memory pool: %1").arg(m_data->memory);
    if (!m_data->finished)
        parts
            << QCoreApplication::translate("GanttRenderer", "Time now: %1 (still running)").arg(m_data->now);
    parts << QCoreApplication::translate("GanttRenderer", "Times in ticks");
    return parts.join(QStringLiteral("   \u00b7   "));
}

QString GanttRenderer::laneLabel(int lane) const
{
    const GanttLane& l = m_data->lanes[size_t(lane)];
    if (m_data->mode == GanttLaneMode::Cpu)
        return QCoreApplication::translate("GanttRenderer", "CPU %1").arg(l.cpu);
    return m_data->processName(l.pid);
}

QString GanttRenderer::toolTip(const GanttBlock& block) const
{
    const QString name = m_data->processName(block.pid);
    // Computed apart from the translate() call: lupdate 6.4 never finishes
    // parsing template arguments inside one.
    const int ticks = int(std::min<Tick>(block.length(), std::numeric_limits<int>::max()));
    QString span = QCoreApplication::translate("GanttRenderer", "%1 \u2013 %2 (%n tick(s))", nullptr, ticks)
                       .arg(QString::number(block.start), QString::number(block.end));
    switch (block.kind) {
    case GanttBlockKind::Run: {
        QString ended;
        if (block.endReason == SliceEnd::Preempted && block.byPid > 0)
            ended = QCoreApplication::translate("GanttRenderer", "preempted by %1")
                        .arg(m_data->processName(block.byPid));
        else
            ended = sliceEndName(block.endReason);
        // One-pass arg(): a "%1" in a process name stays as it is.
        return QCoreApplication::translate("GanttRenderer", "%1 runs on CPU %2\n%3\nEnded: %4")
            .arg(name, QString::number(block.cpu), span, ended);
    }
    case GanttBlockKind::Switch:
        return QCoreApplication::translate("GanttRenderer", "Context switch to %1 on CPU %2\n%3")
            .arg(name, QString::number(block.cpu), span);
    case GanttBlockKind::Idle:
        return QCoreApplication::translate("GanttRenderer", "CPU %1 idle\n%2")
            .arg(QString::number(block.cpu), span);
    case GanttBlockKind::Ready:
        return QCoreApplication::translate("GanttRenderer", "%1 ready, waiting for a CPU\n%2")
            .arg(name, span);
    case GanttBlockKind::Blocked:
        return QCoreApplication::translate("GanttRenderer", "%1 blocked (I/O or event)\n%2").arg(name, span);
    case GanttBlockKind::Waiting:
        return QCoreApplication::translate("GanttRenderer", "%1 waiting for memory\n%2").arg(name, span);
    }
    return span;
}

double GanttRenderer::nameWidth(int pid) const
{
    if (pid < 1 || size_t(pid) > m_nameWidths.size())
        return 0;
    double& w = m_nameWidths[size_t(pid - 1)];
    if (w < 0)
        w = QFontMetricsF(m_font).horizontalAdvance(m_data->processes[size_t(pid - 1)].name);
    return w;
}

// --- layout ------------------------------------------------------------------

double GanttRenderer::markerStripHeight() const
{
    // CPU lanes: arrival triangles with names above the lanes; process
    // lanes: just room for the triangle above the first lane.
    if (m_data->mode == GanttLaneMode::Cpu)
        return 2 * std::ceil(QFontMetricsF(m_smallFont).height()) + 10;
    return kLaneGap;
}

double GanttRenderer::axisHeight() const
{
    return kAxisGap + kMajorTick + 4 + std::ceil(QFontMetricsF(m_font).height());
}

double GanttRenderer::lanesHeight(int laneCount) const
{
    if (laneCount <= 0)
        return markerStripHeight();
    return markerStripHeight() + laneCount * kLaneHeight + (laneCount - 1) * kLaneGap;
}

double GanttRenderer::footerHeight() const
{
    return std::ceil(QFontMetricsF(m_smallFont).height());
}

bool GanttRenderer::hasMetricsTable() const
{
    return m_options.includeMetrics && m_data->hasMetrics;
}

int GanttRenderer::metricsRowCount() const
{
    if (!m_data->hasMetrics)
        return 0;
    const int n = int(m_data->metrics.processes.size());
    return m_options.metricsRowLimit < 0 ? n : std::min(n, m_options.metricsRowLimit);
}

std::vector<GanttRenderer::LegendItem> GanttRenderer::legendItems() const
{
    std::vector<LegendItem> items;
    bool kinds[6] = {};
    for (const GanttLane& lane : m_data->lanes) {
        for (const GanttBlock& b : lane.blocks)
            kinds[int(b.kind)] = true;
    }
    auto swatch = [&](GanttBlockKind kind, const QString& text) {
        LegendItem item;
        item.fill = GanttStyle::kindColor(kind);
        item.pattern = GanttStyle::kindPattern(kind);
        item.border = true;
        item.dense = kind == GanttBlockKind::Switch;
        item.text = text;
        items.push_back(item);
    };
    if (m_data->mode == GanttLaneMode::Cpu) {
        const int n = int(m_data->processes.size());
        for (int i = 0; i < std::min(n, kLegendProcessLimit); ++i) {
            LegendItem item;
            item.fill = GanttStyle::processColor(i + 1);
            item.pattern = GanttStyle::processPattern(i + 1);
            item.text = m_data->processes[size_t(i)].name;
            items.push_back(item);
        }
        if (n > kLegendProcessLimit) {
            LegendItem item;
            item.type = LegendItem::Type::Text;
            item.text = QCoreApplication::translate("GanttRenderer", "and %n more process(es)", nullptr,
                                                    int(n - kLegendProcessLimit));
            items.push_back(item);
        }
    } else {
        swatch(GanttBlockKind::Run, QCoreApplication::translate("GanttRenderer", "Running"));
        swatch(GanttBlockKind::Ready, QCoreApplication::translate("GanttRenderer", "Ready"));
        if (kinds[int(GanttBlockKind::Blocked)])
            swatch(GanttBlockKind::Blocked, QCoreApplication::translate("GanttRenderer", "Blocked"));
        if (kinds[int(GanttBlockKind::Waiting)])
            swatch(GanttBlockKind::Waiting,
                   QCoreApplication::translate("GanttRenderer", "Waiting for memory"));
    }
    if (kinds[int(GanttBlockKind::Switch)])
        swatch(GanttBlockKind::Switch, QCoreApplication::translate("GanttRenderer", "Context switch"));
    if (m_data->mode == GanttLaneMode::Cpu && kinds[int(GanttBlockKind::Idle)])
        swatch(GanttBlockKind::Idle, QCoreApplication::translate("GanttRenderer", "Idle"));
    LegendItem arrival;
    arrival.type = LegendItem::Type::Arrival;
    arrival.text = QCoreApplication::translate("GanttRenderer", "Arrival");
    items.push_back(arrival);
    LegendItem finish;
    finish.type = LegendItem::Type::Finish;
    finish.text = QCoreApplication::translate("GanttRenderer", "Finish");
    items.push_back(finish);
    if (m_options.cursorTime >= 0) {
        LegendItem cursor;
        cursor.type = LegendItem::Type::Cursor;
        cursor.text = QCoreApplication::translate("GanttRenderer", "Current time");
        items.push_back(cursor);
    }
    return items;
}

double GanttRenderer::legendHeight(double width) const
{
    return paintLegend(nullptr, 0, 0, width, false);
}

double GanttRenderer::headerHeight(double width) const
{
    return paintHeader(nullptr, 0, 0, width);
}

std::vector<GanttRenderer::Column> GanttRenderer::metricsColumns() const
{
    const Metrics& m = m_data->metrics;
    const int rows = metricsRowCount();
    bool anyIo = false;
    for (const ProcessMetrics& p : m.processes)
        anyIo = anyIo || p.ioTime > 0;

    std::vector<Column> columns;
    auto add = [&](const QString& header, bool numeric, auto cell, const QString& average = QString()) {
        Column c;
        c.header = header;
        c.numeric = numeric;
        c.average = average;
        c.cells.reserve(size_t(rows));
        for (int i = 0; i < rows; ++i)
            c.cells.push_back(cell(m.processes[size_t(i)]));
        columns.push_back(std::move(c));
    };
    add(
        QCoreApplication::translate("GanttRenderer", "Process"), false,
        [](const ProcessMetrics& p) { return p.name; },
        QCoreApplication::translate("GanttRenderer", "Average"));
    add(QCoreApplication::translate("GanttRenderer", "Arrival"), true,
        [](const ProcessMetrics& p) { return tickText(p.arrival); });
    add(QCoreApplication::translate("GanttRenderer", "CPU time"), true,
        [](const ProcessMetrics& p) { return tickText(p.cpuTime); });
    if (anyIo)
        add(QCoreApplication::translate("GanttRenderer", "I/O time"), true,
            [](const ProcessMetrics& p) { return tickText(p.ioTime); });
    add(QCoreApplication::translate("GanttRenderer", "Finish"), true,
        [](const ProcessMetrics& p) { return optionalTick(p.finish); });
    add(
        QCoreApplication::translate("GanttRenderer", "Turnaround"), true,
        [](const ProcessMetrics& p) { return optionalTick(p.turnaround); }, fixed2(m.averages.turnaround));
    add(
        QCoreApplication::translate("GanttRenderer", "Waiting"), true,
        [](const ProcessMetrics& p) { return optionalTick(p.waiting); }, fixed2(m.averages.waiting));
    add(
        QCoreApplication::translate("GanttRenderer", "Response"), true,
        [](const ProcessMetrics& p) { return optionalTick(p.response); }, fixed2(m.averages.response));

    const QFontMetricsF fm(m_font);
    const QFontMetricsF bfm(m_boldFont);
    for (size_t ci = 0; ci < columns.size(); ++ci) {
        Column& c = columns[ci];
        double w = std::max(bfm.horizontalAdvance(c.header), bfm.horizontalAdvance(c.average));
        for (const QString& cell : c.cells)
            w = std::max(w, fm.horizontalAdvance(cell));
        if (ci == 0)
            w = std::min(w + (m_data->mode == GanttLaneMode::Cpu ? kLegendSwatchHeight : 0),
                         220.0); // colour chip
        c.width = std::ceil(w) + 2 * kCellPadding;
    }
    return columns;
}

double GanttRenderer::metricsHeight(int rows, bool summary, double width) const
{
    return paintMetrics(nullptr, 0, 0, width, [&] {
        GanttPage page;
        page.metrics = true;
        page.metricsRowCount = rows;
        page.metricsSummary = summary;
        return page;
    }());
}

double GanttRenderer::pageHeight(double width, const GanttPage& page) const
{
    const double inner = width - 2 * kMargin;
    double h = 2 * kMargin;
    if (page.header)
        h += headerHeight(inner);
    if (page.lanes) {
        const int total = int(m_data->lanes.size());
        const int first = std::clamp(page.firstLane, 0, total);
        const int count = page.laneCount < 0 ? total - first : std::min(page.laneCount, total - first);
        h += lanesHeight(count) + axisHeight();
    }
    if (page.metrics && hasMetricsTable())
        h += paintMetrics(nullptr, 0, 0, inner, page);
    return std::ceil(h);
}

GanttPage GanttRenderer::wholePage() const
{
    GanttPage page;
    page.startTime = double(m_data->startTime);
    page.endTime = double(std::max(m_data->endTime, m_data->startTime + 1));
    page.metrics = hasMetricsTable();
    return page;
}

QSizeF GanttRenderer::pictureSize(double width) const
{
    return QSizeF(width, pageHeight(width, wholePage()));
}

void GanttRenderer::paintPicture(QPainter* painter, const QRectF& rect) const
{
    painter->fillRect(rect, Qt::white);
    paintPage(painter, rect, wholePage());
}

void GanttRenderer::paintPage(QPainter* painter, const QRectF& rect, const GanttPage& page) const
{
    painter->save();
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const double x = rect.left() + kMargin;
    const double width = rect.width() - 2 * kMargin;
    double y = rect.top() + kMargin;
    if (page.header)
        y += paintHeader(painter, x, y, width);
    if (page.lanes) {
        const int total = int(m_data->lanes.size());
        const int first = std::clamp(page.firstLane, 0, total);
        const int count = page.laneCount < 0 ? total - first : std::min(page.laneCount, total - first);
        const double plotWidth = page.plotWidth > 0 ? page.plotWidth : width - m_laneLabelWidth;
        GanttViewport vp;
        vp.startTime = page.startTime;
        vp.endTime = page.endTime;
        vp.firstLane = first;
        vp.laneCount = count;
        vp.area =
            QRectF(x, y, m_laneLabelWidth + std::max(1.0, plotWidth), lanesHeight(count) + axisHeight());
        vp.rightOverhang = rect.right() - vp.area.right() - 4; // into the margin
        paintLanes(painter, vp);
        y += vp.area.height();
    }
    if (page.metrics && hasMetricsTable())
        paintMetrics(painter, x, y, width, page); // the last part: its height is not needed
    paintFooter(painter, rect, page);
    painter->restore();
}

void GanttRenderer::paintFooter(QPainter* painter, const QRectF& rect, const GanttPage& page) const
{
    if (page.pageCount <= 1)
        return;
    const QString text = QCoreApplication::translate("GanttRenderer", "Page %1 of %2")
                             .arg(page.pageNumber)
                             .arg(page.pageCount);
    const QFontMetricsF fm(m_smallFont);
    drawText(painter, m_smallFont, kMutedText, rect.right() - kMargin - fm.horizontalAdvance(text),
             rect.bottom() - kMargin / 2 - fm.descent(), text);
}

double GanttRenderer::paintHeader(QPainter* painter, double x, double y, double width) const
{
    double h = 0;
    if (m_options.includeTitle) {
        const QFontMetricsF tfm(m_titleFont);
        const QFontMetricsF sfm(m_subtitleFont);
        if (painter) {
            drawText(painter, m_titleFont, kText, x, y + tfm.ascent(),
                     tfm.elidedText(titleText(), Qt::ElideRight, width));
            drawText(painter, m_subtitleFont, kMutedText, x, y + tfm.height() + 2 + sfm.ascent(),
                     sfm.elidedText(subtitleText(), Qt::ElideRight, width));
        }
        h += std::ceil(tfm.height() + 2 + sfm.height());
    }
    if (m_options.includeLegend) {
        if (h > 0)
            h += 10;
        h += paintLegend(painter, x, y + h, width, painter != nullptr);
    }
    if (h > 0)
        h += 12;
    return h;
}

double GanttRenderer::paintLegend(QPainter* painter, double x, double y, double width, bool paint) const
{
    const std::vector<LegendItem> items = legendItems();
    const QFontMetricsF fm(m_font);
    const double rowHeight = std::ceil(std::max(fm.height(), kLegendSwatchHeight) + 4);
    double cx = 0;
    int rows = items.empty() ? 0 : 1;
    if (paint)
        painter->setRenderHint(QPainter::Antialiasing, true);
    for (const LegendItem& item : items) {
        const double textWidth = fm.horizontalAdvance(item.text);
        const double swatch = item.type == LegendItem::Type::Text ? 0 : kLegendSwatchWidth + 6;
        const double itemWidth = swatch + textWidth;
        if (cx > 0 && cx + itemWidth > width) {
            cx = 0;
            ++rows;
        }
        if (paint) {
            const double top = y + (rows - 1) * rowHeight;
            const double mid = top + rowHeight / 2;
            const QRectF box(x + cx, mid - kLegendSwatchHeight / 2, kLegendSwatchWidth, kLegendSwatchHeight);
            switch (item.type) {
            case LegendItem::Type::Swatch:
                painter->fillRect(box, item.fill);
                GanttStyle::paintPattern(painter, box, item.pattern, GanttStyle::strokeOn(item.fill),
                                         item.dense ? 3.5 : 5.0);
                if (item.border) {
                    painter->setPen(QPen(GanttStyle::strokeOn(item.fill), 1));
                    painter->setBrush(Qt::NoBrush);
                    painter->drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
                }
                break;
            case LegendItem::Type::Arrival: {
                const double cxm = box.center().x();
                QPolygonF tri;
                tri << QPointF(cxm - 5, box.top()) << QPointF(cxm + 5, box.top())
                    << QPointF(cxm, box.bottom());
                painter->setPen(QPen(kText, 1));
                painter->setBrush(QColor(0x555555));
                painter->drawPolygon(tri);
                break;
            }
            case LegendItem::Type::Finish: {
                const double cxm = box.center().x();
                painter->fillRect(QRectF(cxm - 1, box.top(), 2, box.height()), kText);
                painter->fillRect(QRectF(cxm - 1, box.top(), 7, 5), kText);
                break;
            }
            case LegendItem::Type::Cursor:
                painter->fillRect(QRectF(box.center().x() - 1, box.top() - 1, 2, box.height() + 2), kCursor);
                break;
            case LegendItem::Type::Text:
                break;
            }
            drawText(painter, m_font, kText, x + cx + swatch, centredBaseline(fm, mid), item.text);
        }
        cx += itemWidth + kLegendSpacing;
    }
    return rows * rowHeight;
}

double GanttRenderer::paintMetrics(QPainter* painter, double x, double y, double width,
                                   const GanttPage& page) const
{
    if (!m_data->hasMetrics)
        return 0;
    const Metrics& m = m_data->metrics;
    const QFontMetricsF fm(m_font);
    const double rowHeight = std::ceil(fm.height() + 6);
    const int shown = metricsRowCount();
    const int first = std::clamp(page.firstMetricsRow, 0, shown);
    const int count =
        page.metricsRowCount < 0 ? shown - first : std::min(page.metricsRowCount, shown - first);
    const int hidden = int(m.processes.size()) - shown;

    QStringList summary;
    summary << QCoreApplication::translate("GanttRenderer", "Makespan: %1").arg(m.makespan);
    summary << QCoreApplication::translate("GanttRenderer", "CPU utilisation: %1%")
                   .arg(QString::number(m.cpuUtilization * 100.0, 'f', 2));
    summary << QCoreApplication::translate("GanttRenderer", "Context switches: %1").arg(m.contextSwitches);
    summary << QCoreApplication::translate("GanttRenderer", "Throughput: %1 per tick")
                   .arg(QString::number(m.throughput, 'g', 4));
    summary << QCoreApplication::translate("GanttRenderer", "Finished: %1 of %2")
                   .arg(m.finished)
                   .arg(m.processes.size());

    // Summary items flow like the legend.
    auto summaryRows = [&](double w, std::vector<std::pair<double, int>>* where) {
        double cx = 0;
        int rows = 1;
        for (const QString& item : summary) {
            const double iw = fm.horizontalAdvance(item);
            if (cx > 0 && cx + iw > w) {
                cx = 0;
                ++rows;
            }
            if (where)
                where->push_back({cx, rows - 1});
            cx += iw + 2 * kLegendSpacing;
        }
        return rows;
    };

    double h = kTableGap + rowHeight * (1 + count);
    if (page.metricsSummary)
        h += rowHeight * (hidden > 0 ? 2 : 1) + 6 + summaryRows(width > 0 ? width : 1e9, nullptr) * rowHeight;
    if (!painter)
        return h;

    const std::vector<Column> columns = metricsColumns();
    double tableWidth = 0;
    for (const Column& c : columns)
        tableWidth += c.width;
    double top = y + kTableGap;
    painter->setRenderHint(QPainter::Antialiasing, false);

    auto drawRow = [&](double rowTop, const QFont& font, auto cellText, int pid) {
        const QFontMetricsF rfm(font);
        const double baseline = centredBaseline(rfm, rowTop + rowHeight / 2);
        double cx = x;
        for (size_t ci = 0; ci < columns.size(); ++ci) {
            const Column& c = columns[ci];
            QString text = cellText(c);
            double tx = cx + kCellPadding;
            if (ci == 0 && pid > 0 && m_data->mode == GanttLaneMode::Cpu) { // the chart's colours
                const QRectF chip(tx, rowTop + (rowHeight - 10) / 2, 10, 10);
                painter->fillRect(chip, GanttStyle::processColor(pid));
                painter->setPen(GanttStyle::strokeOn(GanttStyle::processColor(pid)));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(chip.adjusted(0.5, 0.5, -0.5, -0.5));
                tx += kLegendSwatchHeight;
            }
            const double avail = c.width - (tx - cx) - kCellPadding;
            if (rfm.horizontalAdvance(text) > avail)
                text = rfm.elidedText(text, Qt::ElideRight, avail);
            if (c.numeric)
                tx = cx + c.width - kCellPadding - rfm.horizontalAdvance(text);
            drawText(painter, font, kText, tx, baseline, text);
            cx += c.width;
        }
    };

    // Header.
    drawRow(
        top, m_boldFont, [](const Column& c) { return c.header; }, 0);
    painter->fillRect(QRectF(x, top + rowHeight - 1, tableWidth, 1.5), kAxis);
    top += rowHeight;
    for (int i = first; i < first + count; ++i) {
        if ((i - first) % 2 == 1)
            painter->fillRect(QRectF(x, top, tableWidth, rowHeight), kTableStripe);
        drawRow(
            top, m_font, [i](const Column& c) { return c.cells[size_t(i)]; }, m.processes[size_t(i)].pid);
        top += rowHeight;
    }
    if (page.metricsSummary) {
        if (hidden > 0) {
            drawText(painter, m_font, kMutedText, x + kCellPadding, centredBaseline(fm, top + rowHeight / 2),
                     QCoreApplication::translate(
                         "GanttRenderer",
                         "\u2026 and %n more process(es) (all of them are in the CSV export)", nullptr,
                         int(hidden)));
            top += rowHeight;
        }
        painter->fillRect(QRectF(x, top, tableWidth, 1), kAxis);
        drawRow(
            top, m_boldFont, [](const Column& c) { return c.average; }, 0);
        top += rowHeight + 6;
        std::vector<std::pair<double, int>> where;
        summaryRows(width, &where);
        for (qsizetype i = 0; i < summary.size(); ++i) {
            const std::pair<double, int>& at = where[size_t(i)];
            drawText(painter, m_font, kText, x + at.first,
                     centredBaseline(fm, top + at.second * rowHeight + rowHeight / 2), summary[i]);
        }
    }
    return h;
}

// --- lanes -------------------------------------------------------------------

GanttRenderer::LaneGeometry GanttRenderer::geometry(const GanttViewport& vp) const
{
    LaneGeometry g;
    g.area = vp.area;
    g.axis = vp.axis;
    g.laneLabels = vp.laneLabels;
    g.overhang = std::max(0.0, vp.rightOverhang);
    g.labelWidth = vp.laneLabels ? m_laneLabelWidth : 0;
    const int total = int(m_data->lanes.size());
    g.first = std::clamp(vp.firstLane, 0, total);
    g.count = vp.laneCount < 0 ? total - g.first : std::min(vp.laneCount, total - g.first);
    g.scrollY = vp.scrollY;
    g.axisTop = vp.axis ? vp.area.bottom() - axisHeight() : vp.area.bottom();
    g.plot = QRectF(vp.area.left() + g.labelWidth, vp.area.top(),
                    std::max(1.0, vp.area.width() - g.labelWidth), std::max(0.0, g.axisTop - vp.area.top()));
    g.t0 = vp.startTime;
    g.t1 = vp.endTime > vp.startTime ? vp.endTime : vp.startTime + 1;
    g.k = g.plot.width() / (g.t1 - g.t0);
    g.lanesTop = vp.area.top() + markerStripHeight() - vp.scrollY;
    return g;
}

double GanttRenderer::timeAt(const GanttViewport& viewport, double x) const
{
    const LaneGeometry g = geometry(viewport);
    return g.t0 + (x - g.plot.left()) / g.k;
}

double GanttRenderer::xAt(const GanttViewport& viewport, double time) const
{
    return geometry(viewport).x(time);
}

std::optional<GanttDrawnBlock> GanttRenderer::blockAt(const GanttViewport& viewport, const QPointF& pos) const
{
    const LaneGeometry g = geometry(viewport);
    if (pos.x() < g.plot.left() || pos.x() > g.plot.right() || pos.y() >= g.axisTop)
        return std::nullopt;
    const double rel = pos.y() - g.lanesTop;
    if (rel < 0)
        return std::nullopt;
    const int lane = g.first + int(rel / (kLaneHeight + kLaneGap));
    if (lane >= g.first + g.count || rel - (lane - g.first) * (kLaneHeight + kLaneGap) > kLaneHeight)
        return std::nullopt;
    const double t = g.t0 + (pos.x() - g.plot.left()) / g.k;
    const size_t i = m_data->firstBlockEndingAfter(lane, t);
    const std::vector<GanttBlock>& blocks = m_data->lanes[size_t(lane)].blocks;
    if (i >= blocks.size() || double(blocks[i].start) > t)
        return std::nullopt;
    return GanttDrawnBlock{lane, int(i)};
}

GanttPaintStats GanttRenderer::paintLanes(QPainter* painter, const GanttViewport& viewport) const
{
    GanttPaintStats stats;
    const LaneGeometry g = geometry(viewport);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    // Vertical grid lines at the major ticks, behind the lanes.
    const Tick major = majorStep(g);
    const double lanesBottom = std::min(g.axisTop, g.laneTop(g.first + g.count) - kLaneGap);
    {
        RectBatch batch(painter);
        for (Tick t : TimeAxis::ticks(g.t0, g.t1, major)) {
            const double x = std::round(g.x(double(t)));
            batch.add(x, x + 1, g.area.top(), std::max(0.0, lanesBottom - g.area.top()), kGrid.rgb());
        }
    }

    const bool clip = viewport.scrollY != 0 || g.laneTop(g.first + g.count) - kLaneGap > g.axisTop;
    if (clip)
        painter->setClipRect(QRectF(g.area.left(), g.area.top(), g.area.width(), g.axisTop - g.area.top()));
    // The highlighted process's own lane (lanes per process) has its name in bold.
    QFont boldFont = m_font;
    boldFont.setBold(true);
    const QFontMetricsF fm(m_font);
    const QFontMetricsF boldFm(boldFont);
    for (int lane = g.first; lane < g.first + g.count; ++lane) {
        if (!g.laneVisible(lane))
            continue;
        const double top = g.laneTop(lane);
        if (g.laneLabels) {
            const bool highlighted = m_options.highlightPid > 0 && m_data->mode == GanttLaneMode::Process &&
                                     m_data->lanes[size_t(lane)].pid == m_options.highlightPid;
            const QFont& font = highlighted ? boldFont : m_font;
            const QFontMetricsF& metrics = highlighted ? boldFm : fm;
            const QString label =
                metrics.elidedText(laneLabel(lane), Qt::ElideRight, g.labelWidth - 2 * kCellPadding + 4);
            drawText(painter, font, kText, g.plot.left() - kCellPadding - metrics.horizontalAdvance(label),
                     centredBaseline(metrics, top + kLaneHeight / 2), label);
        }
        painter->fillRect(QRectF(g.plot.left(), top, g.plot.width(), kLaneHeight), kLaneBackground);
        paintLaneBlocks(painter, lane, top, g, stats, viewport.recordDrawn);
    }
    paintMarkers(painter, g);
    if (clip)
        painter->setClipping(false);
    if (g.axis)
        paintAxis(painter, g);
    paintCursor(painter, g);
    painter->restore();
    return stats;
}

void GanttRenderer::paintLaneBlocks(QPainter* painter, int lane, double top, const LaneGeometry& g,
                                    GanttPaintStats& stats, bool record) const
{
    const std::vector<GanttBlock>& blocks = m_data->lanes[size_t(lane)].blocks;
    const size_t n = blocks.size();
    const double left = g.plot.left();
    const double t0 = g.t0;
    const double t1 = g.t1;
    const double k = g.k;
    const GanttLaneMode mode = m_data->mode;

    // Blocks narrower than a pixel are merged per pixel column. A column
    // takes the colour of the block under its centre (or of its first block
    // when the centre falls in a gap); then every block that ends inside the
    // column is skipped with a binary search, so a zoomed-out repaint costs
    // O(columns × log n), not O(blocks). Skipped blocks are all narrower than
    // a pixel: they start after the column's first block, which is at least
    // a tick long. Blocks a pixel wide or more are drawn one by one, after
    // the merged columns.
    //
    // On raster devices (widgets, QImage) the merged columns go into a strip
    // one pixel high that is drawn stretched to the lane: one call instead
    // of thousands. Vector devices (SVG, PDF) get rectangles, neighbours of
    // one colour joined.
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    const int columns = int(std::ceil(g.plot.width()));
    QImage strip;
    QRgb* stripPixels = nullptr;
    std::optional<RectBatch> batch;
    if (raster) {
        strip = QImage(columns, 1, QImage::Format_ARGB32_Premultiplied);
        strip.fill(Qt::transparent);
        stripPixels = reinterpret_cast<QRgb*>(strip.scanLine(0));
    } else {
        batch.emplace(painter);
    }
    bool anyMerged = false;
    std::vector<size_t> wide;

    auto endingAfter = [&](size_t from, double t) {
        const auto it =
            std::upper_bound(blocks.begin() + std::ptrdiff_t(from), blocks.end(), t,
                             [](double time, const GanttBlock& b) { return time < double(b.end); });
        return size_t(it - blocks.begin());
    };
    long long lastColumn = std::numeric_limits<long long>::min();
    size_t i = m_data->firstBlockEndingAfter(lane, t0);
    while (i < n) {
        const GanttBlock& b = blocks[i];
        if (double(b.start) >= t1)
            break;
        if (double(b.end - b.start) * k >= 1.0) {
            wide.push_back(i);
            ++i;
            continue;
        }
        const double x0 = left + (double(b.start) - t0) * k;
        const long long column = std::max(lastColumn + 1, (long long)std::floor(x0 - left));
        lastColumn = column;
        const double columnEnd = t0 + double(column + 1) / k;
        const double centre = t0 + (double(column) + 0.5) / k;
        const size_t under = endingAfter(i, centre);
        const GanttBlock& shown = under < n && double(blocks[under].start) <= centre ? blocks[under] : b;
        if (column >= 0 && column < columns) {
            const QRgb color = GanttStyle::fillOf(shown, mode).rgb();
            if (raster) {
                stripPixels[column] = color;
            } else {
                const double cx = left + double(column);
                batch->add(cx, std::min(cx + 1, g.plot.right()), top, kLaneHeight, color);
            }
            anyMerged = true;
        }
        ++stats.mergedRuns;
        // Blocks ending inside the column are done; the one reaching past it
        // (if narrow) paints the next column.
        const size_t next = std::max(i + 1, endingAfter(i, columnEnd));
        stats.visitedBlocks += (long long)(next - i);
        stats.mergedBlocks += (long long)(next - i);
        i = next;
    }
    if (raster && anyMerged)
        painter->drawImage(QRectF(left, top, columns, kLaneHeight), strip);
    batch.reset(); // flushes

    for (size_t w : wide) {
        const GanttBlock& b = blocks[w];
        const double x0 = left + (double(b.start) - t0) * k;
        paintBlock(painter, b, w + 1 < n ? &blocks[w + 1] : nullptr, x0, x0 + double(b.end - b.start) * k,
                   top, g, stats);
        ++stats.visitedBlocks;
        ++stats.drawnBlocks;
        if (record)
            stats.drawn.push_back(GanttDrawnBlock{lane, int(w)});
    }
}

void GanttRenderer::paintBlock(QPainter* painter, const GanttBlock& b, const GanttBlock* next, double x0,
                               double x1, double top, const LaneGeometry& g, GanttPaintStats& stats) const
{
    const double cx0 = std::max(x0, g.plot.left());
    const double cx1 = std::min(x1, g.plot.right());
    if (cx1 <= cx0)
        return;
    const GanttLaneMode mode = m_data->mode;
    const QRectF r(cx0, top, cx1 - cx0, kLaneHeight);
    const QColor fill = GanttStyle::fillOf(b, mode);
    const QColor stroke = GanttStyle::strokeOn(fill);
    painter->fillRect(r, fill);
    const GanttPattern pattern = GanttStyle::patternOf(b, mode);
    if (pattern != GanttPattern::None && r.width() >= 3)
        GanttStyle::paintPattern(painter, r, pattern, stroke, GanttStyle::patternSpacing(b.kind));
    if (b.kind != GanttBlockKind::Idle && r.width() >= 3) {
        painter->setPen(QPen(stroke, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    if (m_options.highlightPid > 0 && b.pid == m_options.highlightPid && b.kind != GanttBlockKind::Idle) {
        // The selected process: a dark frame with a light one inside, seen
        // on every fill (as its token is ringed in the state diagram).
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(kHighlightOuter, 2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
        if (r.width() >= 6) {
            painter->setPen(QPen(kHighlightInner, 1));
            painter->drawRect(r.adjusted(2.5, 2.5, -2.5, -2.5));
        }
        ++stats.highlighted;
    }
    if (!m_options.sliceLabels || r.width() < 12)
        return;

    QString name;
    double nameW = 0;
    QColor textColor = GanttStyle::textOn(fill);
    const QFontMetricsF fm(m_font);
    switch (b.kind) {
    case GanttBlockKind::Run:
        if (mode == GanttLaneMode::Cpu) {
            name = m_data->processName(b.pid);
            nameW = nameWidth(b.pid);
        } else if (m_data->cpus > 1) {
            name = QCoreApplication::translate("GanttRenderer", "CPU %1").arg(b.cpu);
            nameW = fm.horizontalAdvance(name);
            if (nameW > r.width() - 6)
                name.clear(); // no "CP…"
        }
        break;
    case GanttBlockKind::Idle:
        name = QCoreApplication::translate("GanttRenderer", "idle");
        nameW = fm.horizontalAdvance(name);
        textColor = kMutedText;
        break;
    case GanttBlockKind::Switch:
    case GanttBlockKind::Ready:
    case GanttBlockKind::Blocked:
    case GanttBlockKind::Waiting:
        return;
    }

    const double avail = r.width() - 6;
    if (nameW > avail && !name.isEmpty()) {
        name = fm.elidedText(name, Qt::ElideRight, avail);
        if (name.size() <= 1)
            name.clear();
        nameW = fm.horizontalAdvance(name);
    }

    // Start and end times in the lower corners when there is room. The end
    // is left to the next slice when that one starts right there.
    QString startText;
    QString endText;
    double startW = 0;
    double endW = 0;
    if (b.kind == GanttBlockKind::Run) {
        const QFontMetricsF sfm(m_smallFont);
        const bool nextShowsIt =
            mode == GanttLaneMode::Cpu && next && next->start == b.end && next->kind == GanttBlockKind::Run;
        if (x0 >= g.plot.left() - 0.01) {
            startText = tickText(b.start);
            startW = sfm.horizontalAdvance(startText);
        }
        if (!nextShowsIt && x1 <= g.plot.right() + 0.01) {
            endText = tickText(b.end);
            endW = sfm.horizontalAdvance(endText);
        }
        if (startW + endW + (endW > 0 && startW > 0 ? 6 : 0) > avail) {
            startText.clear();
            endText.clear();
        }
    }
    const bool times = !startText.isEmpty() || !endText.isEmpty();
    if (name.isEmpty() && !times)
        return;

    const bool backing = GanttStyle::patternOf(b, mode) != GanttPattern::None;
    painter->setRenderHint(QPainter::Antialiasing, true);
    auto pill = [&](double x, double baseline, double w, const QFontMetricsF& m) {
        if (backing) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(
                QRectF(x - 2, baseline - m.ascent() + 1, w + 4, m.ascent() + m.descent() - 2), 2, 2);
        }
    };
    const double mid = top + kLaneHeight / 2;
    if (!name.isEmpty()) {
        const double baseline = centredBaseline(fm, times ? top + 14 : mid);
        const double nx = r.center().x() - nameW / 2;
        pill(nx, baseline, nameW, fm);
        drawText(painter, m_font, textColor, nx, baseline, name);
        ++stats.labels;
    }
    if (times) {
        const QFontMetricsF sfm(m_smallFont);
        const double baseline = top + kLaneHeight - 5;
        const QColor timeColor = textColor;
        if (!startText.isEmpty()) {
            pill(cx0 + 3, baseline, startW, sfm);
            drawText(painter, m_smallFont, timeColor, cx0 + 3, baseline, startText);
        }
        if (!endText.isEmpty()) {
            pill(cx1 - 3 - endW, baseline, endW, sfm);
            drawText(painter, m_smallFont, timeColor, cx1 - 3 - endW, baseline, endText);
        }
        ++stats.labels;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
}

void GanttRenderer::paintMarkers(QPainter* painter, const LaneGeometry& g) const
{
    const std::vector<GanttMarker>& markers = m_data->markers;
    auto it = std::lower_bound(markers.begin(), markers.end(), g.t0,
                               [](const GanttMarker& m, double t) { return double(m.time) < t; });
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF sfm(m_smallFont);
    const bool cpuMode = m_data->mode == GanttLaneMode::Cpu;
    const double stripBottom = g.lanesTop;
    double lastArrivalX = -1e300;
    double labelEnd[2] = {-1e300, -1e300}; // two rows of arrival names
    std::vector<double> lastFinishX(m_data->lanes.size(), -1e300);
    const bool stripVisible = g.scrollY == 0;
    // Zoomed out, markers closer than this are left out (they would cover
    // the lanes); zoomed in, every distinct instant gets its marker.
    const double spacing = g.k >= 2 ? 1.0 : 8.0;

    auto triangle = [&](double x, double bottom, const QColor& fill) {
        QPolygonF tri;
        tri << QPointF(x - 5, bottom - 8) << QPointF(x + 5, bottom - 8) << QPointF(x, bottom - 1);
        painter->setPen(QPen(kText, 1));
        painter->setBrush(fill);
        painter->drawPolygon(tri);
    };

    while (it != markers.end() && double(it->time) <= g.t1) {
        const GanttMarker& m = *it;
        const double x = g.x(double(m.time));
        if (m.kind == GanttMarkerKind::Arrival) {
            if (cpuMode) {
                // Arrivals at one instant share a triangle and a label.
                QStringList names;
                auto last = it;
                for (; last != markers.end() && last->time == m.time; ++last) {
                    if (last->kind == GanttMarkerKind::Arrival)
                        names << m_data->processName(last->pid);
                }
                if (stripVisible && x - lastArrivalX >= spacing) {
                    triangle(x, stripBottom - 2, GanttStyle::processColor(m.pid));
                    lastArrivalX = x;
                    QString label = names.size() > 3 ? names.mid(0, 3).join(QStringLiteral(", ")) +
                                                           QStringLiteral(", \u2026")
                                                     : names.join(QStringLiteral(", "));
                    const double w = sfm.horizontalAdvance(label);
                    double lx = std::max(x - w / 2, g.plot.left() - g.labelWidth / 2);
                    lx = std::min(lx, g.plot.right() + g.overhang - w);
                    for (int row = 0; row < 2 && m_options.sliceLabels; ++row) {
                        if (lx > labelEnd[row] + 6) {
                            const double baseline =
                                stripBottom - 11 - sfm.descent() - row * std::ceil(sfm.height());
                            drawText(painter, m_smallFont, kText, lx, baseline, label);
                            labelEnd[row] = lx + w;
                            break;
                        }
                    }
                }
                // Skip the finish markers of this instant too: handled below.
                for (auto f = it; f != last; ++f) {
                    if (f->kind == GanttMarkerKind::Finish) {
                        const int lane = f->lane;
                        if (lane >= 0 && g.laneVisible(lane) && x - lastFinishX[size_t(lane)] >= spacing) {
                            const double top = g.laneTop(lane);
                            painter->fillRect(QRectF(x - 1, top - 4, 2, kLaneHeight + 4), kText);
                            painter->fillRect(QRectF(x - 1, top - 4, 7, 5), kText);
                            lastFinishX[size_t(lane)] = x;
                        }
                    }
                }
                it = last;
                continue;
            }
            const int lane = m.lane;
            if (lane >= 0 && g.laneVisible(lane)) {
                const double top = g.laneTop(lane);
                triangle(x, top, QColor(0x555555));
            }
        } else {
            const int lane = m.lane;
            if (lane >= 0 && g.laneVisible(lane) && x - lastFinishX[size_t(lane)] >= spacing) {
                const double top = g.laneTop(lane);
                painter->fillRect(QRectF(x - 1, top - 4, 2, kLaneHeight + 4), kText);
                painter->fillRect(QRectF(x - 1, top - 4, 7, 5), kText);
                lastFinishX[size_t(lane)] = x;
            }
        }
        ++it;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
}

Tick GanttRenderer::majorStep(const LaneGeometry& g) const
{
    // Labels of the widest time in view, with a gap, never closer than 40 px.
    const Tick widest = Tick(std::ceil(std::max(std::abs(g.t0), std::abs(g.t1))));
    const double spacing = std::max(40.0, QFontMetricsF(m_font).horizontalAdvance(tickText(widest)) + 16);
    return TimeAxis::majorStep(g.k, spacing);
}

void GanttRenderer::paintAxis(QPainter* painter, const LaneGeometry& g) const
{
    const QFontMetricsF fm(m_font);
    const double y = g.axisTop + kAxisGap;
    const double baseline = y + kMajorTick + 3 + fm.ascent();
    painter->fillRect(QRectF(g.plot.left(), y, g.plot.width(), 1), kAxis);

    const Tick major = majorStep(g);
    const Tick minor = TimeAxis::minorStep(major, g.k, 6);
    if (minor > 0 && (g.t1 - g.t0) / double(minor) < 20000) {
        RectBatch batch(painter);
        for (Tick t : TimeAxis::ticks(g.t0, g.t1, minor)) {
            if (t % major != 0)
                batch.add(std::round(g.x(double(t))), std::round(g.x(double(t))) + 1, y, kMinorTick,
                          kAxis.rgb());
        }
    }
    // The end of the run gets a label too; it replaces a major label that
    // would collide with it.
    const Tick end = m_data->endTime;
    const bool showEnd = double(end) >= g.t0 && double(end) <= g.t1 && end % major != 0;
    const double endX = g.x(double(end));
    const double endW = fm.horizontalAdvance(tickText(end));
    const std::vector<Tick> ticks = TimeAxis::ticks(g.t0, g.t1, major);
    for (Tick t : ticks) {
        const double x = std::round(g.x(double(t)));
        painter->fillRect(QRectF(x, y, 1, kMajorTick), kAxis);
        const QString text = tickText(t);
        const double w = fm.horizontalAdvance(text);
        if (showEnd && std::abs(x - endX) < (w + endW) / 2 + 8)
            continue;
        double tx = x - w / 2;
        tx = std::clamp(tx, g.area.left(), g.plot.right() + g.overhang - w);
        drawText(painter, m_font, kText, tx, baseline, text);
    }
    if (showEnd) {
        const double x = std::round(endX);
        painter->fillRect(QRectF(x, y, 1, kMajorTick), kAxis);
        const double tx = std::min(x - endW / 2, g.plot.right() + g.overhang - endW);
        drawText(painter, m_boldFont, kText, tx, baseline, tickText(end));
    }
    if (g.laneLabels) {
        const QString caption = QCoreApplication::translate("GanttRenderer", "Time");
        drawText(painter, m_font, kMutedText,
                 g.plot.left() - kCellPadding - fm.horizontalAdvance(caption) - 4, baseline, caption);
    }
}

void GanttRenderer::paintCursor(QPainter* painter, const LaneGeometry& g) const
{
    const Tick t = m_options.cursorTime;
    if (t < 0 || double(t) < g.t0 || double(t) > g.t1)
        return;
    const double x = g.x(double(t));
    const double bottom = g.axis ? g.axisTop + kAxisGap + kMajorTick : g.axisTop;
    painter->fillRect(QRectF(x - 1, g.area.top(), 2, bottom - g.area.top()), kCursor);
    const QFontMetricsF sfm(m_smallFont);
    const QString text = QCoreApplication::translate("GanttRenderer", "t = %1").arg(t);
    const double w = sfm.horizontalAdvance(text) + 8;
    const double h = sfm.height();
    const double left = x + 3 + w > g.plot.right() ? x - 3 - w : x + 3;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kCursor);
    painter->drawRoundedRect(QRectF(left, g.area.top(), w, h), 3, 3);
    drawText(painter, m_smallFont, Qt::white, left + 4, g.area.top() + sfm.ascent(), text);
    painter->setRenderHint(QPainter::Antialiasing, false);
}

} // namespace processlab
