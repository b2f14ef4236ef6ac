#include "ExportGanttDialog.h"

#include "core/Engine.h"
#include "render/GanttExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace processlab {

ExportGanttDialog::ExportGanttDialog(const Engine& engine, GanttLaneMode lanes, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_pathLabel(new QLabel(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_lanesLabel(new QLabel(this)), m_lanes(new QComboBox(this)),
      m_scaleLabel(new QLabel(this)), m_scale(new QComboBox(this)), m_pdfLabel(new QLabel(this)),
      m_pdfLayout(new QComboBox(this)), m_title(new QCheckBox(this)), m_legend(new QCheckBox(this)),
      m_metrics(new QCheckBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportGanttDialog"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_lanes->setObjectName(QStringLiteral("exportLanesCombo"));
    m_scale->setObjectName(QStringLiteral("exportScaleCombo"));
    m_pdfLayout->setObjectName(QStringLiteral("exportPdfLayoutCombo"));
    m_title->setObjectName(QStringLiteral("exportTitleCheck"));
    m_legend->setObjectName(QStringLiteral("exportLegendCheck"));
    m_metrics->setObjectName(QStringLiteral("exportMetricsCheck"));
    m_buttons->setObjectName(QStringLiteral("exportButtons"));

    for (int i = 0; i < 2; ++i)
        m_lanes->addItem(QString());
    m_lanes->setCurrentIndex(lanes == GanttLaneMode::Process ? 1 : 0);
    for (int s = 1; s <= 3; ++s)
        m_scale->addItem(QString(), s);
    m_scale->setCurrentIndex(1);
    for (int i = 0; i < 2; ++i)
        m_pdfLayout->addItem(QString());
    for (QCheckBox* box : {m_title, m_legend, m_metrics})
        box->setChecked(true);
    m_path->setMinimumWidth(360);
    m_path->setClearButtonEnabled(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_lanesLabel, m_lanes);
    form->addRow(m_scaleLabel, m_scale);
    form->addRow(m_pdfLabel, m_pdfLayout);
    form->addRow(QString(), m_title);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_metrics);
    form->addRow(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportGanttDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportGanttDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportGanttDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportGanttDialog::reject);
    retranslate();
    updateEnabled();
}

QString ExportGanttDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportGanttDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

GanttExportOptions ExportGanttDialog::options() const
{
    GanttExportOptions options;
    options.lanes = m_lanes->currentIndex() == 1 ? GanttLaneMode::Process : GanttLaneMode::Cpu;
    options.scale = m_scale->currentData().toDouble();
    options.includeTitle = m_title->isChecked();
    options.includeLegend = m_legend->isChecked();
    options.includeMetrics = m_metrics->isChecked();
    options.pdfSinglePage = m_pdfLayout->currentIndex() == 1;
    if (!m_engine.finished())
        options.cursorTime = m_engine.now();
    return options;
}

bool ExportGanttDialog::exportNow(QString* error) const
{
    if (GanttExporter::formatOf(path()) == GanttExportFormat::Unknown) {
        if (error)
            *error = tr("Choose a file ending in .png, .svg, .pdf or .csv.");
        return false;
    }
    return GanttExporter::exportTo(m_engine, path(), options(), error);
}

void ExportGanttDialog::accept()
{
    QString error;
    if (!exportNow(&error)) {
        // The dialog stays open with everything as it was.
        QMessageBox::warning(this, tr("Export Gantt Chart"), error);
        return;
    }
    QDialog::accept();
}

void ExportGanttDialog::browse()
{
    const QString filters = QStringList{tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                                        tr("PDF document (*.pdf)"), tr("CSV table (*.csv)")}
                                .join(QStringLiteral(";;"));
    QString selected;
    const QString suffix = QFileInfo(path()).suffix().toLower();
    for (const QString& filter : filters.split(QStringLiteral(";;")))
        if (filter.contains(QStringLiteral("*.") + suffix))
            selected = filter;
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Gantt Chart"), path(), filters, &selected);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty()) {
        // Take the suffix of the chosen filter: "PNG image (*.png)" -> ".png".
        const qsizetype star = selected.indexOf(QStringLiteral("*."));
        if (star >= 0)
            chosen += selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportGanttDialog::updateEnabled()
{
    const GanttExportFormat format = GanttExporter::formatOf(path());
    m_scale->setEnabled(format == GanttExportFormat::Png || format == GanttExportFormat::Unknown);
    m_pdfLayout->setEnabled(format == GanttExportFormat::Pdf || format == GanttExportFormat::Unknown);
    const bool picture = format != GanttExportFormat::Csv;
    for (QCheckBox* box : {m_title, m_legend, m_metrics})
        box->setEnabled(picture);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

void ExportGanttDialog::retranslate()
{
    setWindowTitle(tr("Export Gantt Chart"));
    m_pathLabel->setText(tr("&File:"));
    m_pathLabel->setBuddy(m_path);
    m_path->setPlaceholderText(tr("chart.png, chart.svg, chart.pdf or chart.csv"));
    m_browse->setText(tr("&Browse…"));
    m_lanesLabel->setText(tr("&Lanes:"));
    m_lanesLabel->setBuddy(m_lanes);
    m_lanes->setItemText(0, tr("One per CPU"));
    m_lanes->setItemText(1, tr("One per process"));
    m_scaleLabel->setText(tr("PNG &scale:"));
    m_scaleLabel->setBuddy(m_scale);
    for (int i = 0; i < m_scale->count(); ++i)
        m_scale->setItemText(i, tr("%1× (%2 px wide)").arg(i + 1).arg(1280 * (i + 1)));
    m_pdfLabel->setText(tr("PDF &pages:"));
    m_pdfLabel->setBuddy(m_pdfLayout);
    m_pdfLayout->setItemText(0, tr("A4 landscape pages"));
    m_pdfLayout->setItemText(1, tr("One long page"));
    m_title->setText(tr("Include the &title"));
    m_legend->setText(tr("Include the le&gend"));
    m_metrics->setText(tr("Include the &metrics table"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
}

void ExportGanttDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace processlab
