#pragma once

#include <QWidget>

namespace processlab {

// A large dial of the queue length, for the back row of a lecture hall:
// coloured bands below the low threshold (consumers sleep), between the
// thresholds (both sides work) and above the high one (the producer does
// not start a round), the thresholds marked and labelled, a needle, the
// length in big digits, and the produced / consumed / in-queue counters.
class QueueGauge : public QWidget
{
    Q_OBJECT

public:
    explicit QueueGauge(QWidget* parent = nullptr);

    void setThresholds(qint64 low, qint64 high);
    // The end of the scale; rounded up to a readable number.
    void setScaleMaximum(qint64 maximum);
    void setValue(qint64 length);
    void setCounters(qint64 produced, qint64 consumed, qint64 inQueue);
    // A line under the counters ("real processes", "t = 12.3 s").
    void setCaption(const QString& caption);

    qint64 value() const { return m_value; }
    qint64 scaleMaximum() const { return m_maximum; }
    qint64 lowThreshold() const { return m_low; }
    qint64 highThreshold() const { return m_high; }
    qint64 produced() const { return m_produced; }
    qint64 consumed() const { return m_consumed; }
    qint64 inQueue() const { return m_inQueue; }
    int paintCount() const { return m_paints; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    static qint64 niceMaximum(qint64 value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateToolTip();

    qint64 m_low = 10;
    qint64 m_high = 50;
    qint64 m_maximum = 250;
    qint64 m_value = 0;
    qint64 m_produced = 0;
    qint64 m_consumed = 0;
    qint64 m_inQueue = 0;
    QString m_caption;
    int m_paints = 0;
};

} // namespace processlab
