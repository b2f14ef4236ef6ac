#include "Settings.h"

#include "SimulationController.h"

#include <QFileInfo>

#include <algorithm>

namespace processlab {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastPolicy = QStringLiteral("simulation/lastPolicy");
const QString kSpeed = QStringLiteral("simulation/speed");
const QString kRecent = QStringLiteral("files/recent");
} // namespace

Settings::Settings() = default;

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
    if (!ok)
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

} // namespace processlab
