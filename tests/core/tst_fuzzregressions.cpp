// Replays fuzz_scenario_loader's inputs in the normal build (issue #8,
// docs/fuzzing.md): its seed corpus, so the harness keeps working, and every
// input that once crashed it or broke a promise, with the outcome it must
// have now. Each input goes through exactly the fuzz target's checks
// (fuzz/ScenarioFuzzing.h): load, and when it loads, validate, save/load
// round trip and a bounded engine run.
#include "../../fuzz/ScenarioFuzzing.h"

#include "../ExpectationsFile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace processlab;

namespace {

const QString kSeeds = QStringLiteral(PROCESSLAB_SOURCE_DIR "/fuzz/corpus/fuzz_scenario_loader");
const QString kRegressions = QStringLiteral(PROCESSLAB_SOURCE_DIR "/tests/data/fuzz-regressions/scenario");
// Its expected.tsv: "file<TAB>loads" or "file<TAB>refused: words of the message".

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void seeds_data();
    void seeds();
    void regressions_data();
    void regressions();
};

void TestFuzzRegressions::seeds_data()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList files = QDir(kSeeds).entryInfoList(QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 5, qPrintable(kSeeds));
    for (const QFileInfo& file : files)
        QTest::newRow(qPrintable(file.fileName())) << file.filePath();
}

// Seeds named invalid-* are refused with a message; the others load and run.
void TestFuzzRegressions::seeds()
{
    QFETCH(QString, path);
    const fuzzing::ScenarioOutcome outcome = fuzzing::loadAndRun(readAll(path));
    QVERIFY2(outcome.broken.isEmpty(), qPrintable(outcome.broken));
    if (QFileInfo(path).fileName().startsWith(QLatin1String("invalid-"))) {
        QVERIFY(!outcome.loaded);
        QVERIFY(!outcome.error.isEmpty());
    } else {
        QVERIFY2(outcome.loaded, qPrintable(outcome.error));
    }
}

void TestFuzzRegressions::regressions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QString error;
    const QHash<QString, QString> expected = readExpectationsFile(kRegressions, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QFileInfoList files = QDir(kRegressions).entryInfoList(QDir::Files, QDir::Name);
    int inputs = 0;
    for (const QFileInfo& file : files) {
        if (file.fileName() == QLatin1String("expected.tsv"))
            continue;
        ++inputs;
        QVERIFY2(expected.contains(file.fileName()),
                 qPrintable(file.fileName() + QStringLiteral(" has no line in expected.tsv")));
        QTest::newRow(qPrintable(file.fileName())) << file.filePath() << expected.value(file.fileName());
    }
    QCOMPARE(inputs, expected.size()); // no line without its file
    if (inputs == 0)
        QTest::newRow("none yet") << QString() << QString();
}

void TestFuzzRegressions::regressions()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    if (path.isEmpty())
        QSKIP("no regression inputs yet");
    const fuzzing::ScenarioOutcome outcome = fuzzing::loadAndRun(readAll(path));
    QVERIFY2(outcome.broken.isEmpty(), qPrintable(outcome.broken));
    if (expected == QLatin1String("loads")) {
        QVERIFY2(outcome.loaded, qPrintable(outcome.error));
    } else {
        const QString prefix = QStringLiteral("refused: ");
        QVERIFY2(expected.startsWith(prefix), qPrintable(expected));
        QVERIFY(!outcome.loaded);
        QVERIFY2(outcome.error.contains(expected.mid(prefix.size())), qPrintable(outcome.error));
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
