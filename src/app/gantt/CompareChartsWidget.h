#pragma once

#include "render/GanttData.h"
#include "render/GanttRenderer.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace processlab {

// Several Gantt charts stacked on one time axis: every chart shows the same
// time range at the same scale, so their slices line up. Each gets a
// heading; hovering shows the slice's tooltip.
class CompareChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CompareChartsWidget(QWidget* parent = nullptr);
    ~CompareChartsWidget() override;

    // The charts must outlive the widget's use of them (until the next setCharts).
    void setCharts(const std::vector<std::pair<QString, const GanttData*>>& charts);
    int chartCount() const { return int(m_sections.size()); }
    double endTime() const { return m_endTime; }
    // The viewport chart `index` is painted in.
    GanttViewport viewportOf(int index) const;
    const GanttRenderer& renderer(int index) const { return *m_sections[size_t(index)].renderer; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Section
    {
        QString heading;
        const GanttData* data = nullptr;
        std::unique_ptr<GanttRenderer> renderer;
        double top = 0;
        double height = 0;
    };
    double layoutHeight();

    std::vector<Section> m_sections;
    double m_endTime = 1;
    double m_height = 0;
};

} // namespace processlab
