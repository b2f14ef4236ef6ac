#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace processlab {

// A Python snippet with line numbers and light syntax colouring. Marked
// lines show where processes are: a band in the process's colour for a
// running one, a frame for the selected one, and the processes' names at the
// end of the line. Drawn with "Noto Sans Mono CJK SC", so Chinese comments
// get Simplified Chinese glyphs.
class SnippetView : public QWidget
{
    Q_OBJECT

public:
    struct Mark
    {
        int line = 0; // 1-based
        int pid = 0;
        QString name;
        QColor color;
        bool running = false;
        bool selected = false;
    };

    explicit SnippetView(QWidget* parent = nullptr);

    void setLines(const QStringList& lines);
    const QStringList& lines() const { return m_lines; }
    void setMarks(std::vector<Mark> marks);
    const std::vector<Mark>& marks() const { return m_marks; }
    // The line marked for `pid`, 0 when none.
    int markedLine(int pid) const;
    // The line the selected process is at, else the first running one's; 0 when none.
    int highlightedLine() const;
    // Where line `line` (1-based) is drawn, in this widget's coordinates.
    QRect lineRect(int line) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QFont codeFont() const;
    int lineHeight() const;
    int gutterWidth() const;

    QStringList m_lines;
    std::vector<Mark> m_marks;
};

} // namespace processlab
