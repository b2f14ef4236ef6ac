#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace processlab {

// A legend of its own, for charts side by side that share their entries
// (the compare dialog's bar charts): a swatch and a label each, in centred
// rows that wrap to the width it has.
class ChartLegendWidget : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString label;
        QColor color;
    };

    explicit ChartLegendWidget(QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    const QList<Entry>& entries() const { return m_entries; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Entry> m_entries;
};

} // namespace processlab
