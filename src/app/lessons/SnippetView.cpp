#include "SnippetView.h"

#include "Palette.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace processlab {

namespace {
constexpr int kTopMargin = 6;
constexpr int kTextGap = 10;
constexpr int kChipGap = 6;

enum class Part : quint8
{
    Code,
    Keyword,
    String,
    Comment,
    Number
};

struct Piece
{
    QString text;
    Part part;
};

// Splits a line of Python into coloured pieces: comments, strings, keywords,
// numbers and the rest. Good enough for the lessons' snippets.
std::vector<Piece> highlight(const QString& line)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(?:and|as|class|def|elif|else|for|from|global|if|import|in|is|not|or|pass|"
                       "return|while|with|True|False|None|self)\\b|\\b\\d+\\b"));
    std::vector<Piece> pieces;
    const auto addCode = [&pieces](const QString& code) {
        qsizetype at = 0;
        auto it = words.globalMatch(code);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedStart() > at)
                pieces.push_back({code.mid(at, match.capturedStart() - at), Part::Code});
            const bool number = match.captured().front().isDigit();
            pieces.push_back({match.captured(), number ? Part::Number : Part::Keyword});
            at = match.capturedEnd();
        }
        if (at < code.size())
            pieces.push_back({code.mid(at), Part::Code});
    };

    QString code;
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('#')) {
            addCode(code);
            code.clear();
            pieces.push_back({line.mid(i), Part::Comment});
            return pieces;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            addCode(code);
            code.clear();
            qsizetype end = line.indexOf(c, i + 1);
            end = end < 0 ? line.size() : end + 1;
            // An f-string's prefix belongs to the string.
            pieces.push_back({line.mid(i, end - i), Part::String});
            i = end;
            continue;
        }
        code += c;
        ++i;
    }
    addCode(code);
    // "f" right before a string: colour it with the string.
    for (size_t k = 0; k + 1 < pieces.size(); ++k) {
        Piece& p = pieces[k];
        if (pieces[k + 1].part == Part::String && p.part == Part::Code && p.text.endsWith(QLatin1Char('f'))) {
            const qsizetype n = p.text.size();
            if (n == 1 || !p.text.at(n - 2).isLetterOrNumber()) {
                p.text.chop(1);
                pieces[k + 1].text.prepend(QLatin1Char('f'));
            }
        }
    }
    return pieces;
}

QColor colorOf(Part part)
{
    switch (part) {
    case Part::Keyword:
        return QColor(0x1f, 0x4e, 0xb4);
    case Part::String:
        return QColor(0x1c, 0x7c, 0x3a);
    case Part::Comment:
        return QColor(0x7a, 0x7f, 0x86);
    case Part::Number:
        return QColor(0xa3, 0x4a, 0x00);
    case Part::Code:
        break;
    }
    return QColor(0x20, 0x24, 0x28);
}
} // namespace

SnippetView::SnippetView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lessonSnippet"));
    setFont(codeFont());
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
}

QFont SnippetView::codeFont() const
{
    QFont font(QStringLiteral("Noto Sans Mono CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("DejaVu Sans Mono"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("monospace")});
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(std::max(9.0, QWidget::font().pointSizeF()));
    return font;
}

int SnippetView::lineHeight() const
{
    return QFontMetrics(font()).height() + 4;
}

int SnippetView::gutterWidth() const
{
    return QFontMetrics(font()).horizontalAdvance(QStringLiteral("00")) + 14;
}

void SnippetView::setLines(const QStringList& lines)
{
    m_lines = lines;
    updateGeometry();
    update();
}

void SnippetView::setMarks(std::vector<Mark> marks)
{
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
        return a.line != b.line ? a.line < b.line : a.pid < b.pid;
    });
    m_marks = std::move(marks);
    update();
}

int SnippetView::markedLine(int pid) const
{
    for (const Mark& mark : m_marks) {
        if (mark.pid == pid)
            return mark.line;
    }
    return 0;
}

int SnippetView::highlightedLine() const
{
    for (const Mark& mark : m_marks) {
        if (mark.selected)
            return mark.line;
    }
    for (const Mark& mark : m_marks) {
        if (mark.running)
            return mark.line;
    }
    return 0;
}

QRect SnippetView::lineRect(int line) const
{
    return QRect(0, kTopMargin + (line - 1) * lineHeight(), width(), lineHeight());
}

QSize SnippetView::sizeHint() const
{
    const QFontMetrics metrics(font());
    int width = 0;
    for (const QString& line : m_lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    // Room for two name chips after the longest line.
    width += gutterWidth() + kTextGap + 2 * (metrics.horizontalAdvance(QStringLiteral("consumer5")) + 14);
    return QSize(width, 2 * kTopMargin + int(m_lines.size()) * lineHeight());
}

QSize SnippetView::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void SnippetView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void SnippetView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0xfa, 0xfa, 0xf8));
    const QFontMetrics metrics(font());
    const int h = lineHeight();
    const int gutter = gutterWidth();
    painter.fillRect(QRect(0, 0, gutter, height()), QColor(0xef, 0xef, 0xec));

    QFont bold = font();
    bold.setBold(true);
    QFont chipFont = palette::diagramFont(std::max(7.0, font().pointSizeF() - 1), true);
    const QFontMetrics chipMetrics(chipFont);

    for (int i = 0; i < m_lines.size(); ++i) {
        const int lineNo = i + 1;
        const QRect row(0, kTopMargin + i * h, width(), h);
        std::vector<const Mark*> here;
        for (const Mark& mark : m_marks) {
            if (mark.line == lineNo)
                here.push_back(&mark);
        }
        const Mark* running = nullptr;
        const Mark* selected = nullptr;
        for (const Mark* mark : here) {
            if (mark->running && !running)
                running = mark;
            if (mark->selected)
                selected = mark;
        }
        if (running || selected) {
            QColor band = (running ? running : selected)->color;
            band.setAlpha(running ? 70 : 30);
            painter.fillRect(row.adjusted(gutter, 0, 0, 0), band);
        }
        if (selected) {
            painter.setPen(QPen(QColor(0x22, 0x22, 0x22), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(row.adjusted(gutter, 0, 0, 0)).adjusted(1, 1, -1, -1));
        }

        // Line number; an arrow where a process is.
        painter.setFont(here.empty() ? font() : bold);
        painter.setPen(here.empty() ? QColor(0x9a, 0x9e, 0xa3) : QColor(0x20, 0x24, 0x28));
        painter.drawText(QRect(0, row.top(), gutter - 6, h), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(lineNo));

        painter.setFont(font());
        int x = gutter + kTextGap;
        for (const Piece& piece : highlight(m_lines.at(i))) {
            painter.setPen(colorOf(piece.part));
            painter.setFont(piece.part == Part::Keyword ? bold : font());
            painter.drawText(QPoint(x, row.top() + 2 + metrics.ascent()), piece.text);
            x += QFontMetrics(painter.font()).horizontalAdvance(piece.text);
        }

        // The names of the processes at this line.
        x += 2 * kChipGap;
        painter.setFont(chipFont);
        for (const Mark* mark : here) {
            const int w = chipMetrics.horizontalAdvance(mark->name) + 12;
            const QRectF chip(x, row.top() + 2, w, h - 4);
            painter.setPen(QPen(mark->color.darker(140), mark->selected ? 2 : 1));
            QColor fill = mark->color;
            if (!mark->running)
                fill = fill.lighter(150);
            painter.setBrush(fill);
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
            painter.setPen(palette::textOn(fill));
            painter.drawText(chip, Qt::AlignCenter, mark->name);
            x += w + kChipGap;
        }
    }
}

} // namespace processlab
