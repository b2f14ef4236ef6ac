#pragma once

#include "render/GanttExportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace processlab {

class Engine;

// File ▸ Export Gantt…: a file (PNG, SVG, PDF or CSV by its suffix) and a
// few options. Export writes through GanttExporter; on failure the
// exporter's message is shown and the dialog stays open with its choices.
class ExportGanttDialog : public QDialog
{
    Q_OBJECT

public:
    ExportGanttDialog(const Engine& engine, GanttLaneMode lanes, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    GanttExportOptions options() const;
    // Writes the file; false and *error on failure (nothing is written).
    bool exportNow(QString* error) const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslate();
    void updateEnabled();

    const Engine& m_engine;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_lanesLabel;
    QComboBox* m_lanes;
    QLabel* m_scaleLabel;
    QComboBox* m_scale;
    QLabel* m_pdfLabel;
    QComboBox* m_pdfLayout;
    QCheckBox* m_title;
    QCheckBox* m_legend;
    QCheckBox* m_metrics;
    QDialogButtonBox* m_buttons;
};

} // namespace processlab
