#include "GanttPanel.h"

#include "ExportGanttDialog.h"
#include "GanttView.h"
#include "SimulationController.h"
#include "render/GanttExporter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QMessageBox>
#include <QRegularExpression>
#include <QToolBar>
#include <QVBoxLayout>

namespace processlab {

GanttPanel::GanttPanel(SimulationController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_view(new GanttView(this)), m_toolBar(new QToolBar(this)),
      m_laneGroup(new QActionGroup(this)), m_cpuLanes(new QAction(this)), m_processLanes(new QAction(this)),
      m_zoomIn(new QAction(this)), m_zoomOut(new QAction(this)), m_fit(new QAction(this)),
      m_export(new QAction(this)), m_copy(new QAction(this))
{
    setObjectName(QStringLiteral("ganttPanel"));
    m_toolBar->setObjectName(QStringLiteral("ganttToolBar"));
    m_cpuLanes->setObjectName(QStringLiteral("ganttCpuLanesAction"));
    m_processLanes->setObjectName(QStringLiteral("ganttProcessLanesAction"));
    m_zoomIn->setObjectName(QStringLiteral("ganttZoomInAction"));
    m_zoomOut->setObjectName(QStringLiteral("ganttZoomOutAction"));
    m_fit->setObjectName(QStringLiteral("ganttFitAction"));
    m_export->setObjectName(QStringLiteral("ganttExportAction"));
    m_copy->setObjectName(QStringLiteral("ganttCopyAction"));

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    for (QAction* lanes : {m_cpuLanes, m_processLanes}) {
        lanes->setCheckable(true);
        m_laneGroup->addAction(lanes);
    }
    m_cpuLanes->setChecked(true);
    m_toolBar->addActions({m_cpuLanes, m_processLanes});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_zoomOut, m_zoomIn, m_fit});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_export, m_copy});
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    for (QAction* zoom : {m_zoomIn, m_zoomOut})
        zoom->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // The view's context menu.
    m_view->addActions({m_export, m_copy});
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({separator, m_zoomIn, m_zoomOut, m_fit});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    connect(m_cpuLanes, &QAction::triggered, this, [this] { m_view->setLaneMode(GanttLaneMode::Cpu); });
    connect(m_processLanes, &QAction::triggered, this,
            [this] { m_view->setLaneMode(GanttLaneMode::Process); });
    connect(m_view, &GanttView::laneModeChanged, this, [this](GanttLaneMode mode) {
        (mode == GanttLaneMode::Cpu ? m_cpuLanes : m_processLanes)->setChecked(true);
    });
    connect(m_zoomIn, &QAction::triggered, m_view, &GanttView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &GanttView::zoomOut);
    connect(m_fit, &QAction::triggered, m_view, &GanttView::fitToWindow);
    connect(m_view, &GanttView::zoomChanged, this, [this] { m_fit->setEnabled(!m_view->isFitToWindow()); });
    connect(m_export, &QAction::triggered, this, &GanttPanel::exportChart);
    connect(m_copy, &QAction::triggered, this, &GanttPanel::copyChart);
    connect(m_view, &GanttView::processClicked, this, &GanttPanel::processClicked);

    m_fit->setEnabled(false);
    m_view->setController(controller);
    retranslate();
}

void GanttPanel::setSelectedPid(int pid)
{
    m_view->setHighlightedPid(pid);
}

void GanttPanel::exportChart()
{
    ExportGanttDialog dialog(m_controller->engine(), m_view->laneMode(), this);
    if (m_lastExportPath.isEmpty()) {
        QString base = m_controller->displayName();
        base.replace(QRegularExpression(QStringLiteral("\\.json$")), QString());
        m_lastExportPath = QDir::home().filePath(base + QStringLiteral("-gantt.png"));
    }
    dialog.setPath(m_lastExportPath);
    if (dialog.exec() == QDialog::Accepted) {
        m_lastExportPath = dialog.path();
        m_controller->reportMessage(
            tr("Gantt chart exported to %1").arg(QDir::toNativeSeparators(dialog.path())));
    }
}

bool GanttPanel::copyChart()
{
    const GanttData data = GanttData::fromEngine(m_controller->engine(), m_view->laneMode());
    GanttExportOptions options;
    options.scale = 2.0; // crisp on slides; the image's DPI places it at the 1× size
    if (!data.finished)
        options.cursorTime = data.now;
    QString error;
    const QImage image = GanttExporter(data).toImage(options, &error);
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Copy Chart"), error);
        return false;
    }
    QApplication::clipboard()->setImage(image);
    m_controller->reportMessage(
        tr("Gantt chart copied (%1 × %2 pixels)").arg(image.width()).arg(image.height()));
    return true;
}

void GanttPanel::retranslate()
{
    m_toolBar->setWindowTitle(tr("Gantt chart"));
    m_cpuLanes->setText(tr("CPUs"));
    m_cpuLanes->setToolTip(tr("One lane per CPU: which process ran when"));
    m_processLanes->setText(tr("Processes"));
    m_processLanes->setToolTip(tr("One lane per process: running, ready and blocked"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setIconText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setIconText(QStringLiteral("\u2212"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_fit->setText(tr("Fit to window"));
    m_fit->setIconText(tr("Fit"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the chart as PNG, SVG, PDF or CSV"));
    m_copy->setText(tr("Copy chart"));
    m_copy->setToolTip(tr("Copy the chart as an image, to paste into slides"));
}

void GanttPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace processlab
