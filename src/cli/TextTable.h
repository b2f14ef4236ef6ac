#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace processlab::cli {

// A plain-text table with aligned columns. Widths count East Asian wide
// characters as two columns, so Chinese headers line up in a terminal.
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    explicit TextTable(QStringList header, std::vector<Align> align = {});
    void addRow(QStringList cells);
    // A separator line (dashes) before the next row.
    void addRule();
    QString render() const;

    static int displayWidth(const QString& text);

private:
    QStringList m_header;
    std::vector<Align> m_align;
    std::vector<QStringList> m_rows; // an empty row is a rule
};

} // namespace processlab::cli
