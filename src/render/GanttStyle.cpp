#include "GanttStyle.h"

#include <QLineF>
#include <QPainter>
#include <QVarLengthArray>

#include <cmath>

namespace processlab {

namespace {

// Tableau 10 order reshuffled so neighbours differ in lightness too.
const QRgb kPalette[GanttStyle::kPaletteSize] = {
    0x4e79a7, // blue
    0xf28e2b, // orange
    0x59a14f, // green
    0xedc948, // yellow
    0xb07aa1, // purple
    0x76b7b2, // teal
    0xe15759, // red
    0xff9da7, // pink
    0x9c755f, // brown
    0xbab0ac, // grey
};

const GanttPattern kProcessPatterns[GanttStyle::kPatternCount] = {
    GanttPattern::None,       GanttPattern::ForwardDiagonal,
    GanttPattern::Horizontal, GanttPattern::BackwardDiagonal,
    GanttPattern::Vertical,   GanttPattern::DiagonalCross,
    GanttPattern::Grid,
};

// Lines x + y = c (slope -1 in screen coordinates: "/") or x - y = c ("\").
void diagonal(QVarLengthArray<QLineF, 64>& lines, const QRectF& r, double spacing, bool forward)
{
    const double l = r.left(), t = r.top(), rr = r.right(), b = r.bottom();
    if (forward) {
        double c = std::ceil((l + t) / spacing) * spacing;
        for (; c < rr + b; c += spacing) {
            const double x1 = std::max(l, c - b);
            const double x2 = std::min(rr, c - t);
            if (x2 > x1)
                lines.append(QLineF(x1, c - x1, x2, c - x2));
        }
    } else {
        double c = std::ceil((l - b) / spacing) * spacing;
        for (; c < rr - t; c += spacing) {
            const double x1 = std::max(l, c + t);
            const double x2 = std::min(rr, c + b);
            if (x2 > x1)
                lines.append(QLineF(x1, x1 - c, x2, x2 - c));
        }
    }
}

void straight(QVarLengthArray<QLineF, 64>& lines, const QRectF& r, double spacing, bool horizontal)
{
    if (horizontal) {
        for (double y = std::ceil(r.top() / spacing) * spacing; y < r.bottom(); y += spacing) {
            if (y > r.top())
                lines.append(QLineF(r.left(), y, r.right(), y));
        }
    } else {
        for (double x = std::ceil(r.left() / spacing) * spacing; x < r.right(); x += spacing) {
            if (x > r.left())
                lines.append(QLineF(x, r.top(), x, r.bottom()));
        }
    }
}

} // namespace

QColor GanttStyle::processColor(int pid)
{
    const int index = std::max(0, pid - 1);
    QColor color(kPalette[index % kPaletteSize]);
    switch ((index / kPaletteSize) % 3) {
    case 1:
        return color.darker(125);
    case 2:
        return color.lighter(120);
    default:
        return color;
    }
}

GanttPattern GanttStyle::processPattern(int pid)
{
    return kProcessPatterns[std::max(0, pid - 1) % kPatternCount];
}

QColor GanttStyle::kindColor(GanttBlockKind kind)
{
    switch (kind) {
    case GanttBlockKind::Run:
        return QColor(0x3b8f4f); // running: green
    case GanttBlockKind::Switch:
        return QColor(0xa4aab2);
    case GanttBlockKind::Idle:
        return QColor(0xe8eaee);
    case GanttBlockKind::Ready:
        return QColor(0xf5c04a); // ready: amber
    case GanttBlockKind::Blocked:
        return QColor(0x8fb3de); // blocked: light blue
    case GanttBlockKind::Waiting:
        return QColor(0xf3f3f3);
    }
    return QColor(Qt::gray);
}

GanttPattern GanttStyle::kindPattern(GanttBlockKind kind)
{
    switch (kind) {
    case GanttBlockKind::Switch:
        return GanttPattern::BackwardDiagonal;
    case GanttBlockKind::Ready:
        return GanttPattern::ForwardDiagonal;
    case GanttBlockKind::Blocked:
        return GanttPattern::Horizontal;
    case GanttBlockKind::Waiting:
        return GanttPattern::Vertical;
    case GanttBlockKind::Run:
    case GanttBlockKind::Idle:
        break;
    }
    return GanttPattern::None;
}

QColor GanttStyle::fillOf(const GanttBlock& block, GanttLaneMode mode)
{
    if (mode == GanttLaneMode::Cpu && block.kind == GanttBlockKind::Run)
        return processColor(block.pid);
    return kindColor(block.kind);
}

GanttPattern GanttStyle::patternOf(const GanttBlock& block, GanttLaneMode mode)
{
    if (mode == GanttLaneMode::Cpu && block.kind == GanttBlockKind::Run)
        return processPattern(block.pid);
    return kindPattern(block.kind);
}

QColor GanttStyle::textOn(const QColor& fill)
{
    // Relative luminance (sRGB, linearised) against the two candidates.
    auto channel = [](int c) {
        const double v = c / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double lum =
        0.2126 * channel(fill.red()) + 0.7152 * channel(fill.green()) + 0.0722 * channel(fill.blue());
    const double contrastBlack = (lum + 0.05) / 0.05;
    const double contrastWhite = 1.05 / (lum + 0.05);
    return contrastBlack >= contrastWhite ? QColor(0x111111) : QColor(Qt::white);
}

QColor GanttStyle::strokeOn(const QColor& fill)
{
    return fill.lightness() > 200 ? fill.darker(135) : fill.darker(150);
}

void GanttStyle::paintPattern(QPainter* painter, const QRectF& rect, GanttPattern pattern,
                              const QColor& color, double spacing)
{
    if (pattern == GanttPattern::None || rect.width() <= 0 || rect.height() <= 0)
        return;
    QVarLengthArray<QLineF, 64> lines;
    switch (pattern) {
    case GanttPattern::None:
        break;
    case GanttPattern::ForwardDiagonal:
        diagonal(lines, rect, spacing, true);
        break;
    case GanttPattern::BackwardDiagonal:
        diagonal(lines, rect, spacing, false);
        break;
    case GanttPattern::Horizontal:
        straight(lines, rect, spacing, true);
        break;
    case GanttPattern::Vertical:
        straight(lines, rect, spacing, false);
        break;
    case GanttPattern::DiagonalCross:
        diagonal(lines, rect, spacing * 1.5, true);
        diagonal(lines, rect, spacing * 1.5, false);
        break;
    case GanttPattern::Grid:
        straight(lines, rect, spacing, true);
        straight(lines, rect, spacing, false);
        break;
    }
    if (lines.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(color, 1.0, Qt::SolidLine, Qt::FlatCap));
    painter->drawLines(lines.constData(), int(lines.size()));
    painter->restore();
}

QString GanttStyle::fontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

QFont GanttStyle::font(int pixelSize, bool bold)
{
    QFont f(fontFamily());
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

} // namespace processlab
