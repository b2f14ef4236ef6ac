#include "render/GanttExporter.h"
#include "render/GanttRenderer.h"

#include "ChineseTestTranslator.h"
#include "RenderTestScenarios.h"

#include "core/Metrics.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace processlab;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The text of every <text> element (QSvgGenerator writes one per script
// run: "Round robin — " and "时间片轮转" apart), and whether the document is
// well formed.
QStringList svgTexts(const QByteArray& svg, QString* error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return texts;
}

bool isA4Landscape(const QByteArray& pdf)
{
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 842(\\.0+)? 595(\\.0+)?\\]"));
    return box.match(QString::fromLatin1(pdf)).hasMatch();
}

int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    auto it = page.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// Splits one CSV line (RFC 4180 quoting).
QStringList csvFields(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class GanttExporterTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_rr;
    std::unique_ptr<Engine> m_two;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rr = RenderTestScenarios::run(RenderTestScenarios::roundRobin());
        m_two = RenderTestScenarios::run(RenderTestScenarios::twoCpus());
        QVERIFY(m_rr->finished());
        QVERIFY(m_two->finished());
    }

    void formatBySuffix()
    {
        QCOMPARE(GanttExporter::formatOf(QStringLiteral("a/b.PNG")), GanttExportFormat::Png);
        QCOMPARE(GanttExporter::formatOf(QStringLiteral("x.svg")), GanttExportFormat::Svg);
        QCOMPARE(GanttExporter::formatOf(QStringLiteral("x.pdf")), GanttExportFormat::Pdf);
        QCOMPARE(GanttExporter::formatOf(QStringLiteral("x.csv")), GanttExportFormat::Csv);
        QCOMPARE(GanttExporter::formatOf(QStringLiteral("x.jpg")), GanttExportFormat::Unknown);
        QCOMPARE(GanttExporter::formatOf(QStringLiteral("png")), GanttExportFormat::Unknown);
        QString error;
        QVERIFY(!GanttExporter::exportTo(*m_rr, path(QStringLiteral("chart.jpg")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("chart.jpg")));
        QVERIFY(!QFile::exists(path(QStringLiteral("chart.jpg"))));
    }

    // Every slice of the engine, in order, exactly; then the metrics.
    void csvEqualsTheSlices_data()
    {
        QTest::addColumn<bool>("twoCpus");
        QTest::newRow("rr") << false;
        QTest::newRow("two cpus, quoted names") << true;
    }
    void csvEqualsTheSlices()
    {
        QFETCH(bool, twoCpus);
        const Engine& engine = twoCpus ? *m_two : *m_rr;
        const QString file = path(QStringLiteral("slices.csv"));
        QString error;
        QVERIFY2(GanttExporter::exportTo(engine, file, {}, &error), qPrintable(error));
        const QStringList lines = QString::fromUtf8(readAll(file)).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("cpu,process,start,end,kind"));
        const std::vector<Slice>& slices = engine.trace().slices;
        for (size_t i = 0; i < slices.size(); ++i) {
            const QStringList f = csvFields(lines.value(int(i + 1)));
            QCOMPARE(f.size(), 5);
            QCOMPARE(f[0].toInt(), slices[i].cpu);
            QCOMPARE(f[1], engine.spec(slices[i].pid).name);
            QCOMPARE(f[2].toLongLong(), slices[i].start);
            QCOMPARE(f[3].toLongLong(), slices[i].end);
            QCOMPARE(f[4],
                     slices[i].kind == SliceKind::Run ? QStringLiteral("run") : QStringLiteral("switch"));
        }
        int at = int(slices.size()) + 1;
        QCOMPARE(lines.value(at++), QString());
        QCOMPARE(lines.value(at++),
                 QStringLiteral("process,arrival,finish,turnaround,waiting,response,cpuTime,ioTime"));
        const Metrics metrics = Metrics::of(engine);
        for (const ProcessMetrics& p : metrics.processes) {
            const QStringList f = csvFields(lines.value(at++));
            QCOMPARE(f.size(), 8);
            QCOMPARE(f[0], p.name);
            QCOMPARE(f[1].toLongLong(), p.arrival);
            QCOMPARE(f[2].toLongLong(), p.finish);
            QCOMPARE(f[3].toLongLong(), p.turnaround);
            QCOMPARE(f[4].toLongLong(), p.waiting);
            QCOMPARE(f[5].toLongLong(), p.response);
            QCOMPARE(f[6].toLongLong(), p.cpuTime);
            QCOMPARE(f[7].toLongLong(), p.ioTime);
        }
        const QStringList average = csvFields(lines.value(at++));
        QCOMPARE(average.value(0), QStringLiteral("average"));
        QCOMPARE(average.value(3).toDouble(), metrics.averages.turnaround);
        QCOMPARE(average.value(4).toDouble(), metrics.averages.waiting);
        QCOMPARE(average.value(5).toDouble(), metrics.averages.response);
        QVERIFY(lines.contains(QStringLiteral("makespan,%1").arg(metrics.makespan)));
        QVERIFY(lines.contains(QStringLiteral("contextSwitches,%1").arg(metrics.contextSwitches)));
    }

    void svgIsXmlWithNamesAndAxis()
    {
        const QString file = path(QStringLiteral("chart.svg"));
        QString error;
        QVERIFY2(GanttExporter::exportTo(*m_two, file, {}, &error), qPrintable(error));
        const QByteArray svg = readAll(file);
        QVERIFY(svg.startsWith("<?xml"));
        QString xmlError;
        const QStringList texts = svgTexts(svg, &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        for (const ProcessSpec& p : m_two->scenario().processes)
            QVERIFY2(texts.contains(p.name), qPrintable(p.name));
        for (const char* label : {"Time", "CPU 0", "CPU 1", "0", "10", "20", "30", "Turnaround", "Average"})
            QVERIFY2(texts.contains(QLatin1String(label)), label);
        QVERIFY(texts.contains(QStringLiteral("Two CPUs, SRTF \u2014 SRTF")));
        QVERIFY(svg.contains("font-family=\"Noto Sans CJK SC\""));

        // Process lanes name the states in the legend.
        GanttExportOptions byProcess;
        byProcess.lanes = GanttLaneMode::Process;
        QVERIFY(GanttExporter::exportTo(*m_two, file, byProcess, &error));
        const QStringList processTexts = svgTexts(readAll(file), &xmlError);
        QVERIFY(xmlError.isEmpty());
        for (const char* label : {"Running", "Ready", "Blocked", "Time"})
            QVERIFY2(processTexts.contains(QLatin1String(label)), label);
    }

    void titleAndMetricsAreOptional()
    {
        GanttExportOptions options;
        options.includeTitle = false;
        options.includeMetrics = false;
        const GanttData data = GanttData::fromEngine(*m_rr, GanttLaneMode::Cpu);
        QString xmlError;
        const QStringList texts = svgTexts(GanttExporter(data).toSvg(options), &xmlError);
        QVERIFY(xmlError.isEmpty());
        QVERIFY(!texts.contains(QStringLiteral("Round robin with I/O \u2014 RR q=4")));
        QVERIFY(!texts.contains(QStringLiteral("Turnaround")));
        QVERIFY(texts.contains(QStringLiteral("P1")));
        const QStringList full = svgTexts(GanttExporter(data).toSvg({}), &xmlError);
        QVERIFY(full.contains(QStringLiteral("Round robin with I/O \u2014 RR q=4")));
        QVERIFY(full.contains(QStringLiteral("Turnaround")));
    }

    void svgIsDeterministic()
    {
        const QString a = path(QStringLiteral("a.svg"));
        const QString b = path(QStringLiteral("b.svg"));
        QString error;
        QVERIFY(GanttExporter::exportTo(*m_two, a, {}, &error));
        // A second engine from the same scenario, exported again.
        const auto again = RenderTestScenarios::run(RenderTestScenarios::twoCpus());
        QVERIFY(GanttExporter::exportTo(*again, b, {}, &error));
        const QByteArray first = readAll(a);
        QVERIFY(!first.isEmpty());
        QCOMPARE(readAll(b), first);
        const GanttData data = GanttData::fromEngine(*m_two, GanttLaneMode::Process);
        QCOMPARE(GanttExporter(data).toSvg({}), GanttExporter(data).toSvg({}));
    }

    void pngHasTheRequestedSize()
    {
        const QString file = path(QStringLiteral("chart.png"));
        QString error;
        GanttExportOptions options;
        QVERIFY2(GanttExporter::exportTo(*m_rr, file, options, &error), qPrintable(error));
        const QImage one(file);
        QCOMPARE(one.width(), 1280);
        QVERIFY(one.height() > 200);

        options.scale = 2;
        QVERIFY(GanttExporter::exportTo(*m_rr, file, options, &error));
        const QImage two(file);
        QCOMPARE(two.size(), one.size() * 2);
        QCOMPARE(two.dotsPerMeterX(), 2 * 3780);

        options.scale = 3;
        QVERIFY(GanttExporter::exportTo(*m_rr, file, options, &error));
        QCOMPARE(QImage(file).size(), one.size() * 3);

        options.scale = 1;
        options.width = 1000;
        QVERIFY(GanttExporter::exportTo(*m_rr, file, options, &error));
        const GanttData data = GanttData::fromEngine(*m_rr, GanttLaneMode::Cpu);
        const QImage narrow(file);
        QCOMPARE(narrow.width(), 1000);
        QCOMPARE(double(narrow.height()), GanttRenderer(data).pictureSize(1000).height());

        options.scale = 2;
        options.width = 1921; // odd: the layout is 960.5 logical pixels wide
        QVERIFY(GanttExporter::exportTo(*m_rr, file, options, &error));
        QCOMPARE(QImage(file).width(), 1921);
    }

    void pdfPagesAndFonts()
    {
        const QString file = path(QStringLiteral("chart.pdf"));
        QString error;
        const GanttData data = GanttData::fromEngine(*m_rr, GanttLaneMode::Cpu);

        // Small enough for one A4 page, table included.
        GanttExportOptions options;
        QVERIFY2(GanttExporter::exportTo(data, file, options, &error), qPrintable(error));
        QByteArray pdf = readAll(file);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPages(pdf), 1);
        QCOMPARE(GanttExporter(data).pdfPageCount(options), 1);
        QVERIFY(pdf.contains("/FontFile2")); // fonts embedded
        QVERIFY(pdf.contains("NotoSansCJK"));
        QVERIFY(isA4Landscape(pdf));

        // Split along time: 37 ticks at 10 per page.
        options.includeMetrics = false;
        options.pdfTicksPerPage = 10;
        QVERIFY(GanttExporter::exportTo(data, file, options, &error));
        pdf = readAll(file);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPages(pdf), 4);

        options.includeMetrics = true;
        QVERIFY(GanttExporter::exportTo(data, file, options, &error));
        QCOMPARE(pdfPages(readAll(file)), GanttExporter(data).pdfPageCount(options));
        QVERIFY(GanttExporter(data).pdfPageCount(options) >= 4);

        // One long page.
        options.pdfSinglePage = true;
        QVERIFY(GanttExporter::exportTo(data, file, options, &error));
        pdf = readAll(file);
        QCOMPARE(pdfPages(pdf), 1);
        QVERIFY(!isA4Landscape(pdf));
    }

    // Many processes: lanes split over pages, the table continues on pages
    // of its own, and the page count is what pdfPageCount() says.
    void pdfSplitsLanesAndTable()
    {
        const auto engine = RenderTestScenarios::run(RenderTestScenarios::many(60, 2));
        const GanttData data = GanttData::fromEngine(*engine, GanttLaneMode::Process);
        GanttExportOptions options;
        options.lanes = GanttLaneMode::Process;
        options.pdfTicksPerPage = data.endTime; // one time range
        const int pages = GanttExporter(data).pdfPageCount(options);
        QVERIFY(pages >= 5);
        const QByteArray pdf = GanttExporter(data).toPdf(options);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPages(pdf), pages);
    }

    void chineseLabels()
    {
        ChineseTestTranslator zh;
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const QString svgFile = path(QStringLiteral("zh.svg"));
        const QString pngFile = path(QStringLiteral("zh.png"));
        const QString pdfFile = path(QStringLiteral("zh.pdf"));
        QString error;
        const bool svgOk = GanttExporter::exportTo(*m_rr, svgFile, {}, &error);
        const bool pngOk = GanttExporter::exportTo(*m_rr, pngFile, {}, &error);
        const bool pdfOk = GanttExporter::exportTo(*m_rr, pdfFile, {}, &error);
        GanttExportOptions byProcess;
        byProcess.lanes = GanttLaneMode::Process;
        const GanttData processData = GanttData::fromEngine(*m_two, GanttLaneMode::Process);
        const QByteArray processSvg = GanttExporter(processData).toSvg(byProcess);
        QCoreApplication::removeTranslator(&zh);
        QVERIFY(svgOk && pngOk && pdfOk);

        QString xmlError;
        const QStringList texts = svgTexts(readAll(svgFile), &xmlError);
        QVERIFY(xmlError.isEmpty());
        for (const char* label :
             {"时间", "周转时间", "等待时间", "响应时间", "平均", "上下文切换", "到达", "完成"})
            QVERIFY2(texts.contains(QString::fromUtf8(label)), label);
        QVERIFY(texts.contains(QStringLiteral("Round robin with I/O \u2014")));
        QVERIFY(texts.contains(QStringLiteral("时间片轮转")));
        QVERIFY(!texts.contains(QStringLiteral("Time")));
        const QStringList processTexts = svgTexts(processSvg, &xmlError);
        for (const char* label : {"执行", "就绪", "阻塞", "编辑器"})
            QVERIFY2(processTexts.contains(QString::fromUtf8(label)), label);
        QVERIFY(!QImage(pngFile).isNull());
        QVERIFY(readAll(pdfFile).contains("NotoSansCJK"));
    }

    void unwritablePathFailsCleanly()
    {
        const QString missingDir = path(QStringLiteral("no/such/dir/chart.svg"));
        for (const char* suffix : {"png", "svg", "pdf", "csv"}) {
            const QString file = path(QStringLiteral("missing/chart.%1").arg(QLatin1String(suffix)));
            QString error;
            QVERIFY(!GanttExporter::exportTo(*m_rr, file, {}, &error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
            QVERIFY(!QFile::exists(file));
        }
        QString error;
        QVERIFY(!GanttExporter::exportTo(*m_rr, missingDir, {}, &error));
        // A directory in the way.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("taken.png")));
        QVERIFY(!GanttExporter::exportTo(*m_rr, path(QStringLiteral("taken.png")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("taken.png")));
    }

    // A failed export leaves an existing file as it was, and no temporary.
    void failureKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("old.png"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old contents");
        }
        GanttExportOptions huge;
        huge.width = 200000; // too large for a PNG
        QString error;
        QVERIFY(!GanttExporter::exportTo(*m_rr, file, huge, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QCOMPARE(readAll(file), QByteArray("old contents"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("old.png")});
        // And a successful one replaces it.
        QVERIFY(GanttExporter::exportTo(*m_rr, file, {}, &error));
        QVERIFY(readAll(file).startsWith("\x89PNG"));
    }

    // An unfinished run exports what happened so far.
    void unfinishedRun()
    {
        Engine engine(RenderTestScenarios::twoCpus());
        for (int i = 0; i < 6; ++i)
            engine.stepEvent();
        QVERIFY(!engine.finished());
        GanttExportOptions options;
        options.cursorTime = engine.now();
        QString error;
        for (const char* suffix : {"png", "svg", "pdf", "csv"}) {
            const QString file = path(QStringLiteral("partial.%1").arg(QLatin1String(suffix)));
            QVERIFY2(GanttExporter::exportTo(engine, file, options, &error), qPrintable(error));
        }
        QString xmlError;
        const QStringList texts = svgTexts(readAll(path(QStringLiteral("partial.svg"))), &xmlError);
        QVERIFY(xmlError.isEmpty());
        QVERIFY(texts.contains(QStringLiteral("t = %1").arg(engine.now())));
    }
};

QTEST_MAIN(GanttExporterTest)
#include "tst_GanttExporter.moc"
