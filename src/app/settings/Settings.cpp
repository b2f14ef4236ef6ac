#include "Settings.h"

#include "SimulationController.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace processlab {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastPolicy = QStringLiteral("simulation/lastPolicy");
const QString kSpeed = QStringLiteral("simulation/speed");
const QString kRecent = QStringLiteral("files/recent");
const QString kLanguage = QStringLiteral("ui/language");
const QString kVersionKey = QStringLiteral("settings/version");
const QString kPresentationScale = QStringLiteral("presentation/scale");
const QString kPresentationState = QStringLiteral("presentation/state");

// QSettings reads almost anything as INI without complaint: a file with NUL
// bytes, text that is not UTF-8, or a file of which nothing could be read is
// damaged too (a crash while writing, a disk error, an editor accident).
bool isDamagedFile(const QSettings& settings)
{
    QFile file(settings.fileName());
    if (!QFileInfo(file).isFile() || !file.open(QIODevice::ReadOnly))
        return false; // the registry, or nothing written yet
    const QByteArray raw = file.read(qint64(4) * 1024 * 1024);
    if (raw.contains('\0'))
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(raw);
    if (utf8.hasError())
        return true;
    return !text.trimmed().isEmpty() && settings.allKeys().isEmpty();
}

QString& applicationDirectoryOverride()
{
    static QString directory;
    return directory;
}
} // namespace

Settings::Settings() : m_portableFile(portableIniPath()), m_settings(openStore(m_portableFile))
{
    checkStore();
}

QString Settings::portableIniPath()
{
    QString directory = applicationDirectoryOverride();
    if (directory.isEmpty() && QCoreApplication::instance())
        directory = QCoreApplication::applicationDirPath();
    if (directory.isEmpty())
        return {};
    const QFileInfo ini(QDir(directory).filePath(QStringLiteral("processlab.ini")));
    return ini.isFile() ? ini.absoluteFilePath() : QString();
}

QString Settings::dataDirectory()
{
    const QString ini = portableIniPath();
    if (!ini.isEmpty())
        return QFileInfo(ini).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Settings::examplesDirectory()
{
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QDir program(QCoreApplication::applicationDirPath());
        candidates << program.filePath(QStringLiteral("../share/processlab/examples"))
                   << program.filePath(QStringLiteral("examples"));
    }
    candidates +=
        QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("processlab/examples"),
                                  QStandardPaths::LocateDirectory);
    for (const QString& candidate : std::as_const(candidates)) {
        const QDir dir(candidate);
        if (dir.exists() && !dir.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty())
            return dir.canonicalPath();
    }
    return {};
}

void Settings::setApplicationDirectoryForTesting(const QString& directory)
{
    applicationDirectoryOverride() = directory;
}

QSettings Settings::openStore(const QString& portableFile)
{
    if (!portableFile.isEmpty())
        return QSettings(portableFile, QSettings::IniFormat);
    return QSettings();
}

QString Settings::location() const
{
    return QDir::toNativeSeparators(m_settings.fileName());
}

void Settings::checkStore()
{
    // A store another version wrote, or one that cannot be parsed, is
    // replaced by the defaults; the old file is kept beside it for a look.
    bool ok = m_settings.status() == QSettings::NoError && !isDamagedFile(m_settings);
    QString why;
    if (!ok) {
        why = tr("The settings in %1 could not be read.").arg(location());
    } else if (m_settings.contains(kVersionKey)) {
        bool isNumber = false;
        const int version = m_settings.value(kVersionKey).toInt(&isNumber);
        if (!isNumber) {
            ok = false;
            why = tr("The settings in %1 could not be read.").arg(location());
        } else if (version != kVersion) {
            ok = false;
            why = tr("The settings in %1 were written by another version of ProcessLab.").arg(location());
        }
    }
    // No version key: a fresh store, or one written before the key existed
    // (the keys are the same); either way it is adopted as it is.
    if (!ok) {
        const QString file = m_settings.fileName();
        const QString backup = file + QStringLiteral(".old");
        if (QFileInfo(file).isFile()) {
            QFile::remove(backup);
            QFile::copy(file, backup);
        }
        m_settings.clear();
        m_notice = why + QLatin1Char(' ') + tr("ProcessLab started with the default settings.");
    }
    if (!ok || !m_settings.contains(kVersionKey)) {
        m_settings.setValue(kVersionKey, kVersion);
        m_settings.sync();
    }
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

QString Settings::lastPolicy() const
{
    return m_settings.value(kLastPolicy, QStringLiteral("rr")).toString();
}

void Settings::setLastPolicy(const QString& id)
{
    m_settings.setValue(kLastPolicy, id);
}

double Settings::speed() const
{
    bool ok = false;
    const double value = m_settings.value(kSpeed, kDefaultSpeed).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return kDefaultSpeed;
    return std::clamp(value, SimulationController::kMinSpeed, SimulationController::kMaxSpeed);
}

void Settings::setSpeed(double ticksPerSecond)
{
    m_settings.setValue(kSpeed, ticksPerSecond);
}

QStringList Settings::recentFiles() const
{
    QStringList files = m_settings.value(kRecent).toStringList();
    files.removeDuplicates();
    files.removeAll(QString());
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    return files;
}

void Settings::setRecentFiles(const QStringList& files)
{
    m_settings.setValue(kRecent, files);
}

void Settings::addRecentFile(const QString& file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    setRecentFiles(files);
}

void Settings::removeRecentFile(const QString& file)
{
    QStringList files = recentFiles();
    files.removeAll(file);
    setRecentFiles(files);
}

double Settings::presentationScale() const
{
    bool ok = false;
    const double value = m_settings.value(kPresentationScale, kDefaultPresentationScale).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return kDefaultPresentationScale;
    return std::clamp(value, kMinPresentationScale, kMaxPresentationScale);
}

void Settings::setPresentationScale(double scale)
{
    m_settings.setValue(kPresentationScale, std::clamp(scale, kMinPresentationScale, kMaxPresentationScale));
}

QByteArray Settings::presentationState() const
{
    return m_settings.value(kPresentationState).toByteArray();
}

void Settings::setPresentationState(const QByteArray& state)
{
    m_settings.setValue(kPresentationState, state);
}

QString Settings::language() const
{
    const QString language = m_settings.value(kLanguage).toString();
    return Translations::available().contains(language) ? language : QString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

} // namespace processlab
