#include "TextTable.h"

#include <algorithm>

namespace processlab::cli {

namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

TextTable::TextTable(QStringList header, std::vector<Align> align)
    : m_header(std::move(header)), m_align(std::move(align))
{
    m_align.resize(size_t(m_header.size()), Align::Right);
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells << QString();
    m_rows.push_back(std::move(cells));
}

void TextTable::addRule()
{
    m_rows.emplace_back();
}

QString TextTable::render() const
{
    const int columns = int(m_header.size());
    std::vector<int> widths(size_t(columns), 0);
    auto measure = [&](const QStringList& row) {
        for (int c = 0; c < columns && c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(row.at(c)));
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);

    auto line = [&](const QStringList& row) {
        QString text;
        for (int c = 0; c < columns; ++c) {
            const QString& cell = row.at(c);
            const QString pad(widths[size_t(c)] - displayWidth(cell), QLatin1Char(' '));
            if (c > 0)
                text += QLatin1String("  ");
            text += m_align[size_t(c)] == Align::Left ? cell + pad : pad + cell;
        }
        // No trailing blanks.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    int total = 0;
    for (int w : widths)
        total += w;
    total += 2 * std::max(0, columns - 1);
    const QString rule = QString(total, QLatin1Char('-')) + QLatin1Char('\n');

    QString out = line(m_header) + rule;
    for (const QStringList& row : m_rows)
        out += row.isEmpty() ? rule : line(row);
    return out;
}

} // namespace processlab::cli
