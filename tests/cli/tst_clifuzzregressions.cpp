// Replays fuzz_cli_args's inputs through the real processlab-cli (issue #8,
// docs/fuzzing.md): its seed corpus, so the harness keeps working, and every
// command line that once crashed it, with the exit code it must have now.
// The CLI runs in a sandbox directory holding the same files as the fuzz
// target's (fuzz/CliFuzzing.h).
#include "../../fuzz/CliFuzzing.h"
#include "CliRunner.h"

#include "../ExpectationsFile.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace processlab;

namespace {

const QString kSeeds = QStringLiteral(PROCESSLAB_SOURCE_DIR "/fuzz/corpus/fuzz_cli_args");
const QString kRegressions = QStringLiteral(PROCESSLAB_SOURCE_DIR "/tests/data/fuzz-regressions/cli");

// The seeds' exit codes with the real CLI (which paints PNG charts; the fuzz
// target refuses them with 1, having no QGuiApplication).
const QHash<QString, int> kSeedCodes{
    {QStringLiteral("compare"), 0},
    {QStringLiteral("help-run"), 0},
    {QStringLiteral("prodcons-file"), 0},
    {QStringLiteral("prodcons-options"), 0},
    {QStringLiteral("run-gantt-csv"), 0},
    {QStringLiteral("run-gantt-png"), 0},
    {QStringLiteral("run-policy-json"), 0},
    {QStringLiteral("run-program-zh"), 0},
    {QStringLiteral("validate"), 0},
    {QStringLiteral("version"), 0},
    {QStringLiteral("validate-nul-separated"), 2},
};

// expected.tsv: "file<TAB>exit code".
QHash<QString, int> readExpectations(const QString& dir, QString* error)
{
    QHash<QString, int> expected;
    const QHash<QString, QString> lines = readExpectationsFile(dir, error);
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        bool ok = false;
        const int code = it.value().trimmed().toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("not \"file<TAB>code\": ") + it.key() + QLatin1Char('\t') + it.value();
            return {};
        }
        expected.insert(it.key(), code);
    }
    return expected;
}

} // namespace

class TestCliFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void commandLines_data();
    void commandLines();

private:
    QTemporaryDir m_sandbox;
    QStringList m_files;
};

void TestCliFuzzRegressions::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    const auto files = fuzzing::fillSandbox(QStringLiteral(PROCESSLAB_SOURCE_DIR), m_sandbox.path());
    QVERIFY(files);
    m_files = *files;
    // processlab-cli inherits it: file names in the inputs are relative to it.
    QVERIFY(QDir::setCurrent(m_sandbox.path()));
}

void TestCliFuzzRegressions::cleanup()
{
    fuzzing::cleanSandbox(m_sandbox.path(), m_files);
}

void TestCliFuzzRegressions::commandLines_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expected");
    const QFileInfoList seeds = QDir(kSeeds).entryInfoList(QDir::Files, QDir::Name);
    QVERIFY2(seeds.size() >= 5, qPrintable(kSeeds));
    for (const QFileInfo& file : seeds) {
        QVERIFY2(
            kSeedCodes.contains(file.fileName()),
            qPrintable(file.fileName() + QStringLiteral(": a new seed needs its exit code in kSeedCodes")));
        QTest::newRow(qPrintable(QStringLiteral("seed/") + file.fileName()))
            << file.filePath() << kSeedCodes.value(file.fileName());
    }

    QString error;
    const QHash<QString, int> expected = readExpectations(kRegressions, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QFileInfoList regressions = QDir(kRegressions).entryInfoList(QDir::Files, QDir::Name);
    int inputs = 0;
    for (const QFileInfo& file : regressions) {
        if (file.fileName() == QLatin1String("expected.tsv"))
            continue;
        ++inputs;
        QVERIFY2(expected.contains(file.fileName()),
                 qPrintable(file.fileName() + QStringLiteral(" has no line in expected.tsv")));
        QTest::newRow(qPrintable(QStringLiteral("regression/") + file.fileName()))
            << file.filePath() << expected.value(file.fileName());
    }
    QCOMPARE(inputs, expected.size()); // no line without its file
}

void TestCliFuzzRegressions::commandLines()
{
    QFETCH(QString, path);
    QFETCH(int, expected);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto arguments = fuzzing::splitArguments(file.readAll());
    QVERIFY2(arguments, "longer than the fuzz target accepts");
    // The fuzz target never runs these (real processes, files outside its
    // sandbox); a saved input must not need them either.
    for (const QString& argument : *arguments) {
        QVERIFY2(!argument.contains(QLatin1String("real")), qPrintable(argument));
        QVERIFY2(!argument.startsWith(QLatin1Char('/')), qPrintable(argument));
    }
    const clitest::Result r = clitest::runCli(*arguments);
    QVERIFY2(r.code != -1, "crashed or did not finish");
    QVERIFY2(r.code == expected, qPrintable(QStringLiteral("exit code %1, expected %2; stderr:\n%3")
                                                .arg(r.code)
                                                .arg(expected)
                                                .arg(QString::fromUtf8(r.err))));
}

QTEST_GUILESS_MAIN(TestCliFuzzRegressions)
#include "tst_clifuzzregressions.moc"
