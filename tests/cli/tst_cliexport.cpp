// processlab-cli run FILE --gantt OUT: runs the built binary and checks the
// files it writes (CSV, PNG, SVG, PDF), the export options and exit codes.
// GUI-less: the PNG size is read from the IHDR chunk, SVG with
// QXmlStreamReader.
#include "CliRunner.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

namespace {

using clitest::Result;
using clitest::runCli;

QString example(const QString& name)
{
    return QStringLiteral(PROCESSLAB_SOURCE_DIR "/resources/examples/") + name;
}

QString describe(const Result& r)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(r.code)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Width and height from the PNG header: signature (8), chunk length (4),
// "IHDR" (4), width (4), height (4). {-1, -1} when it is not a PNG.
QSize pngHeaderSize(const QByteArray& png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {-1, -1};
    const auto* bytes = reinterpret_cast<const uchar*>(png.constData());
    return {int(qFromBigEndian<quint32>(bytes + 16)), int(qFromBigEndian<quint32>(bytes + 20))};
}

QJsonObject runJson(const QString& file)
{
    const Result r = runCli({QStringLiteral("run"), file, QStringLiteral("--json")});
    if (r.code != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object();
}

QStringList allExamples()
{
    return {QStringLiteral("context-switch.json"),    QStringLiteral("fcfs-convoy.json"),
            QStringLiteral("io-bursts.json"),         QStringLiteral("mlfq.json"),
            QStringLiteral("priority-textbook.json"), QStringLiteral("rr-quantum4.json"),
            QStringLiteral("srtf-arrivals.json"),     QStringLiteral("two-cpus.json")};
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvEqualsJsonSlices_data();
    void csvEqualsJsonSlices();
    void severalFiles();
    void pngSize_data();
    void pngSize();
    void noTitleNoMetrics();
    void svg_data();
    void svg();
    void pdf();
    void chinese();
    void badSuffix_data();
    void badSuffix();
    void unwritable_data();
    void unwritable();
    void badValues_data();
    void badValues();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestCliExport::init()
{
    QVERIFY(m_dir.isValid());
    // A fresh directory per test: no file left over from another one.
    for (const QFileInfo& info : QDir(m_dir.path()).entryInfoList(QDir::Files))
        QVERIFY(QFile::remove(info.filePath()));
}

void TestCliExport::csvEqualsJsonSlices_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& name : allExamples())
        QTest::newRow(qPrintable(name)) << example(name);
}

void TestCliExport::csvEqualsJsonSlices()
{
    QFETCH(QString, file);
    const QString out = path(QStringLiteral("chart.csv"));
    const Result r = runCli({QStringLiteral("run"), file, QStringLiteral("--gantt"), out});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));

    const QJsonArray slices = runJson(file).value(QStringLiteral("slices")).toArray();
    QVERIFY(!slices.isEmpty());

    const QStringList lines = QString::fromUtf8(readAll(out)).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("cpu,process,start,end,kind"));
    QStringList rows;
    for (int i = 1; i < lines.size() && !lines.at(i).isEmpty(); ++i)
        rows << lines.at(i);
    QCOMPARE(rows.size(), slices.size());
    for (int i = 0; i < slices.size(); ++i) {
        const QJsonObject s = slices.at(i).toObject();
        const QString expected = QStringLiteral("%1,%2,%3,%4,%5")
                                     .arg(s.value(QStringLiteral("cpu")).toInt())
                                     .arg(s.value(QStringLiteral("name")).toString())
                                     .arg(s.value(QStringLiteral("start")).toInteger())
                                     .arg(s.value(QStringLiteral("end")).toInteger())
                                     .arg(s.value(QStringLiteral("kind")).toString());
        QCOMPARE(rows.at(i), expected);
    }
}

void TestCliExport::severalFiles()
{
    const QString file = example(QStringLiteral("io-bursts.json"));
    const Result plain = runCli({QStringLiteral("run"), file});
    QCOMPARE(plain.code, 0);

    const QStringList outs{path(QStringLiteral("a.png")), path(QStringLiteral("b.svg")),
                           path(QStringLiteral("c.pdf")), path(QStringLiteral("d.csv"))};
    QStringList arguments{QStringLiteral("run"), file};
    for (const QString& out : outs)
        arguments << QStringLiteral("--gantt") << out;
    const Result r = runCli(arguments);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    // The report is still printed; the files are extra.
    QCOMPARE(r.out, plain.out);
    for (const QString& out : outs) {
        QVERIFY2(QFileInfo(out).isFile(), qPrintable(out));
        QVERIFY2(QFileInfo(out).size() > 0, qPrintable(out));
    }
}

void TestCliExport::pngSize_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("width");
    QTest::newRow("default") << QStringList() << 1280;
    QTest::newRow("width 800") << QStringList{QStringLiteral("--width"), QStringLiteral("800")} << 800;
    QTest::newRow("scale 2") << QStringList{QStringLiteral("--scale"), QStringLiteral("2")} << 2560;
    QTest::newRow("width wins") << QStringList{QStringLiteral("--scale"), QStringLiteral("3"),
                                               QStringLiteral("--width"), QStringLiteral("1000")}
                                << 1000;
}

void TestCliExport::pngSize()
{
    QFETCH(QStringList, options);
    QFETCH(int, width);
    const QString out = path(QStringLiteral("chart.png"));
    const Result r = runCli(QStringList{QStringLiteral("run"), example(QStringLiteral("mlfq.json")),
                                        QStringLiteral("--gantt"), out} +
                            options);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QSize size = pngHeaderSize(readAll(out));
    QCOMPARE(size.width(), width);
    QVERIFY(size.height() > 0);
}

void TestCliExport::noTitleNoMetrics()
{
    const QString file = example(QStringLiteral("mlfq.json"));
    int heights[3] = {};
    const QStringList variants[3] = {
        {}, {QStringLiteral("--no-title")}, {QStringLiteral("--no-title"), QStringLiteral("--no-metrics")}};
    for (int i = 0; i < 3; ++i) {
        const QString out = path(QStringLiteral("chart%1.png").arg(i));
        const Result r =
            runCli(QStringList{QStringLiteral("run"), file, QStringLiteral("--gantt"), out} + variants[i]);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        heights[i] = pngHeaderSize(readAll(out)).height();
        QVERIFY(heights[i] > 0);
    }
    QVERIFY2(heights[1] < heights[0], qPrintable(QStringLiteral("%1 %2").arg(heights[0]).arg(heights[1])));
    QVERIFY2(heights[2] < heights[1], qPrintable(QStringLiteral("%1 %2").arg(heights[1]).arg(heights[2])));
}

void TestCliExport::svg_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lanes");
    QTest::newRow("mlfq cpu") << example(QStringLiteral("mlfq.json")) << QStringLiteral("cpu");
    QTest::newRow("mlfq process") << example(QStringLiteral("mlfq.json")) << QStringLiteral("process");
    QTest::newRow("two-cpus process")
        << example(QStringLiteral("two-cpus.json")) << QStringLiteral("process");
}

void TestCliExport::svg()
{
    QFETCH(QString, file);
    QFETCH(QString, lanes);
    const QString out = path(QStringLiteral("chart.svg"));
    const Result r = runCli({QStringLiteral("run"), file, QStringLiteral("--gantt"), out,
                             QStringLiteral("--lanes"), lanes, QStringLiteral("--no-metrics")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QByteArray svg = readAll(out);

    QXmlStreamReader xml(svg);
    QString text;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            sawSvg = true;
        if (xml.isCharacters())
            text += xml.text().toString() + QLatin1Char('\n');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvg);

    // Every process is named in the chart (metrics table left out).
    const QJsonArray processes = runJson(file).value(QStringLiteral("processes")).toArray();
    QVERIFY(!processes.isEmpty());
    for (const QJsonValue& p : processes) {
        const QString name = p.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(text.contains(name), qPrintable(name));
    }
}

void TestCliExport::pdf()
{
    const QString out = path(QStringLiteral("chart.pdf"));
    const Result r = runCli(
        {QStringLiteral("run"), example(QStringLiteral("rr-quantum4.json")), QStringLiteral("--gantt"), out});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(readAll(out).startsWith("%PDF"));
}

void TestCliExport::chinese()
{
    const QString file = example(QStringLiteral("fcfs-convoy.json"));
    const QString zh = path(QStringLiteral("zh.svg"));
    const QString en = path(QStringLiteral("en.svg"));
    Result r = runCli({QStringLiteral("run"), file, QStringLiteral("--gantt"), zh, QStringLiteral("--lang"),
                       QStringLiteral("zh_CN")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    // The report is translated too.
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("场景")), r.out.constData());
    r = runCli({QStringLiteral("run"), file, QStringLiteral("--gantt"), en, QStringLiteral("--lang"),
                QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));

    // "Times in ticks" is 时间均以时间单位计.
    const QString time = QStringLiteral("时间");
    QVERIFY(QString::fromUtf8(readAll(zh)).contains(time));
    QVERIFY(!QString::fromUtf8(readAll(en)).contains(time));

    // --lang is global: the CLI's own messages are translated as well.
    r = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("bogus")});
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("未知命令")), r.err.constData());
    r = runCli({QStringLiteral("validate"), file, QStringLiteral("--lang=zh_CN")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
}

void TestCliExport::badSuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("txt") << QStringLiteral("chart.txt");
    QTest::newRow("none") << QStringLiteral("chart");
    QTest::newRow("jpg") << QStringLiteral("chart.jpg");
}

void TestCliExport::badSuffix()
{
    QFETCH(QString, name);
    const QString out = path(name);
    const QString good = path(QStringLiteral("good.csv"));
    const Result r = runCli({QStringLiteral("run"), example(QStringLiteral("mlfq.json")),
                             QStringLiteral("--gantt"), good, QStringLiteral("--gantt"), out});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("--gantt"), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(out), r.err.constData());
    // Checked before anything is written.
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(good));
}

void TestCliExport::unwritable_data()
{
    QTest::addColumn<QString>("out");
    QTest::newRow("no such directory") << QStringLiteral("/proc/nonexistent/x.png");
    QTest::newRow("under a file csv") << QStringLiteral("%1/file/x.csv");
    QTest::newRow("under a file svg") << QStringLiteral("%1/file/x.svg");
    QTest::newRow("under a file pdf") << QStringLiteral("%1/file/x.pdf");
}

void TestCliExport::unwritable()
{
    QFETCH(QString, out);
    if (out.contains(QLatin1String("%1"))) {
        QFile file(path(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        out = out.arg(m_dir.path());
    }
    const Result r =
        runCli({QStringLiteral("run"), example(QStringLiteral("mlfq.json")), QStringLiteral("--gantt"), out});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(out), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliExport::badValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named");
    const QString lanes = QStringLiteral("--lanes");
    const QString width = QStringLiteral("--width");
    const QString scale = QStringLiteral("--scale");
    const QString lang = QStringLiteral("--lang");
    QTest::newRow("lanes") << QStringList{lanes, QStringLiteral("pid")} << lanes;
    QTest::newRow("lanes empty") << QStringList{lanes, QString()} << lanes;
    QTest::newRow("width 0") << QStringList{width, QStringLiteral("0")} << width;
    QTest::newRow("width negative") << QStringList{width, QStringLiteral("-5")} << width;
    QTest::newRow("width text") << QStringList{width, QStringLiteral("wide")} << width;
    QTest::newRow("width fraction") << QStringList{width, QStringLiteral("800.5")} << width;
    QTest::newRow("width huge") << QStringList{width, QStringLiteral("100000")} << width;
    QTest::newRow("scale 0") << QStringList{scale, QStringLiteral("0")} << scale;
    QTest::newRow("scale negative") << QStringList{scale, QStringLiteral("-2")} << scale;
    QTest::newRow("scale text") << QStringList{scale, QStringLiteral("big")} << scale;
    QTest::newRow("scale nan") << QStringList{scale, QStringLiteral("nan")} << scale;
    QTest::newRow("scale huge") << QStringList{scale, QStringLiteral("100")} << scale;
    QTest::newRow("lang") << QStringList{lang, QStringLiteral("fr")} << lang;
}

void TestCliExport::badValues()
{
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    const QString out = path(QStringLiteral("chart.png"));
    const Result r = runCli(QStringList{QStringLiteral("run"), example(QStringLiteral("mlfq.json")),
                                        QStringLiteral("--gantt"), out} +
                            options);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
