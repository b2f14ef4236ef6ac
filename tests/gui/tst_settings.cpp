// Settings: the portable INI beside the executable, the version key, and
// settings that are corrupt or from another version (reset with a notice,
// never a crash).

#include "MainWindow.h"
#include "settings/Settings.h"

#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace processlab;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QString writeIni(const QByteArray& content)
    {
        const QString path = m_dir->filePath(QStringLiteral("processlab.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            return {};
        return path;
    }
    QByteArray readIni() const
    {
        QFile file(m_dir->filePath(QStringLiteral("processlab.ini")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcessLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Settings::setApplicationDirectoryForTesting(m_dir->path());
    }

    void cleanup()
    {
        Settings::setApplicationDirectoryForTesting(QString());
        m_dir.reset();
    }

    void notPortableWithoutIni()
    {
        QVERIFY(Settings::portableIniPath().isEmpty());
        QCOMPARE(Settings::dataDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        const Settings settings;
        QVERIFY(!settings.isPortable());
        QVERIFY(!settings.location().contains(m_dir->path()));
    }

    void portableIniBesideTheProgram()
    {
        // An empty processlab.ini is enough to switch portable mode on.
        const QString ini = writeIni(QByteArray());
        QVERIFY(!ini.isEmpty());
        QCOMPARE(Settings::portableIniPath(), ini);
        QCOMPARE(Settings::dataDirectory(), m_dir->path());
        {
            Settings settings;
            QVERIFY(settings.isPortable());
            QVERIFY(settings.notice().isEmpty());
            settings.setSpeed(7.5);
            settings.setPresentationScale(2.25);
            settings.addRecentFile(m_dir->filePath(QStringLiteral("a.json")));
        }
        const QByteArray text = readIni();
        QVERIFY2(text.contains("speed=7.5"), text.constData());
        QVERIFY(text.contains("scale=2.25"));
        QVERIFY(text.contains("version=1"));
        const Settings again;
        QCOMPARE(again.speed(), 7.5);
        QCOMPARE(again.presentationScale(), 2.25);
        QCOMPARE(again.recentFiles().size(), 1);
    }

    void corruptSettingsAreReset()
    {
        writeIni("\x01\x02\xff garbage [[[\n===\n[simulation]\nspeed=9\n");
        const Settings settings;
        QVERIFY(!settings.notice().isEmpty());
        QVERIFY(settings.notice().contains(QLatin1String("could not be read")));
        QCOMPARE(settings.speed(), Settings::kDefaultSpeed);
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("processlab.ini.old"))));
        QVERIFY(readIni().contains("version=1"));
        // The next start finds clean settings.
        const Settings next;
        QVERIFY(next.notice().isEmpty());
    }

    void settingsOfAnotherVersionAreReset()
    {
        writeIni("[settings]\nversion=99\n[simulation]\nspeed=50\n");
        const Settings settings;
        QVERIFY(settings.notice().contains(QLatin1String("another version")));
        QCOMPARE(settings.speed(), Settings::kDefaultSpeed);
        QVERIFY(readIni().contains("version=1"));
    }

    void versionThatIsNotANumber()
    {
        writeIni("[settings]\nversion=banana\n[simulation]\nspeed=50\n");
        const Settings settings;
        QVERIFY(!settings.notice().isEmpty());
        QCOMPARE(settings.speed(), Settings::kDefaultSpeed);
    }

    void settingsWithoutVersionAreAdopted()
    {
        // Written before the version key existed: the same keys, kept.
        writeIni("[simulation]\nspeed=50\n");
        const Settings settings;
        QVERIFY(settings.notice().isEmpty());
        QCOMPARE(settings.speed(), 50.0);
        QVERIFY(readIni().contains("version=1"));
    }

    void nonsenseValuesFallBackToDefaults()
    {
        writeIni("[settings]\nversion=1\n[simulation]\nspeed=nan\n[presentation]\nscale=abc\n"
                 "[window]\ngeometry=12345\n");
        Settings settings;
        QVERIFY(settings.notice().isEmpty());
        QCOMPARE(settings.speed(), Settings::kDefaultSpeed);
        QCOMPARE(settings.presentationScale(), Settings::kDefaultPresentationScale);
        settings.setPresentationScale(10);
        QCOMPARE(settings.presentationScale(), Settings::kMaxPresentationScale);
        settings.setPresentationScale(0.5);
        QCOMPARE(settings.presentationScale(), Settings::kMinPresentationScale);
    }

    void mainWindowShowsTheNoticeAndRuns()
    {
        writeIni("\xff\xfe\x00garbage\n[[[\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMessageBox* notice = nullptr;
        QTRY_VERIFY((notice = window.findChild<QMessageBox*>(QStringLiteral("settingsResetNotice"))) &&
                    notice->isVisible());
        QVERIFY(!notice->isModal());
        QVERIFY(window.openDefaultExample());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
