#pragma once

#include "GanttData.h"
#include "GanttExportOptions.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace processlab {

class Engine;

// Writes a Gantt chart to a file chosen by its suffix: .png, .svg, .pdf or
// .csv. The GUI and the CLI both come here, so their files are identical.
//
// Writing is atomic (QSaveFile; the picture is rendered in memory first):
// on failure no file is left behind (an existing one is untouched) and
// *error names the path and the reason.
//
// PNG, SVG and PDF paint with QPainter, which needs a QGuiApplication; a
// command-line program must create one (with QT_QPA_PLATFORM=offscreen when
// there is no display). CSV needs no GUI.
class GanttExporter
{
public:
    explicit GanttExporter(const GanttData& data);

    bool exportFile(const QString& path, const GanttExportOptions& options, QString* error = nullptr) const;

    // The file contents, without writing anything (empty + *error on failure).
    QByteArray render(GanttExportFormat format, const GanttExportOptions& options,
                      QString* error = nullptr) const;
    QByteArray toCsv(const GanttExportOptions& options = {}) const;
    QByteArray toSvg(const GanttExportOptions& options) const;
    QByteArray toPdf(const GanttExportOptions& options, QString* error = nullptr) const;
    QByteArray toPng(const GanttExportOptions& options, QString* error = nullptr) const;
    // The PNG picture as an image (Edit > Copy chart). Null + *error when too large.
    QImage toImage(const GanttExportOptions& options, QString* error = nullptr) const;
    // Pages toPdf() writes (for tests and progress).
    int pdfPageCount(const GanttExportOptions& options) const;

    static GanttExportFormat formatOf(const QString& path);
    // Builds the chart of `engine` (options.lanes picks the lanes) and writes it.
    static bool exportTo(const Engine& engine, const QString& path, const GanttExportOptions& options,
                         QString* error);
    static bool exportTo(const GanttData& data, const QString& path, const GanttExportOptions& options,
                         QString* error);

private:
    struct PdfPlan;
    PdfPlan planPdf(const GanttExportOptions& options) const;

    const GanttData* m_data;
};

} // namespace processlab
