#pragma once

#include <QRect>
#include <QString>
#include <QWidget>

#include <vector>

namespace processlab {

class SimulationController;

// The queues as the scheduler sees them: the ready queue in dispatch order
// (head first), the blocked processes by wake-up time, and the arrived
// processes waiting in New for memory.
class QueueStrip : public QWidget
{
    Q_OBJECT

public:
    explicit QueueStrip(SimulationController* controller, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Process names in queue order, for tests.
    QStringList readyNames() const;
    QStringList blockedNames() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Chip
    {
        int pid = 0;
        QString text;
        QString toolTip;
    };
    struct Row
    {
        QString title;
        std::vector<Chip> chips;
        QString empty;
    };
    void reload();
    void paintRow(QPainter& painter, const Row& row, const QRect& rect);

    SimulationController* m_controller;
    std::vector<Row> m_rows;
    std::vector<std::pair<QRect, QString>> m_tips;
};

} // namespace processlab
