#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace processlab {

// The one place that knows the QSettings keys and their defaults. Every
// setting the GUI remembers has a typed getter and setter here.
class Settings
{
public:
    static constexpr int kMaxRecentFiles = 8;
    static constexpr double kDefaultSpeed = 2.0; // ticks per second

    Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // The policy id chosen last in the policy bar; File > New starts with it.
    QString lastPolicy() const;
    void setLastPolicy(const QString& id);

    // Playback speed in ticks per second, clamped to the slider's range.
    double speed() const;
    void setSpeed(double ticksPerSecond);

    // Most recent first, at most kMaxRecentFiles, no duplicates.
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    void addRecentFile(const QString& file);
    void removeRecentFile(const QString& file);

private:
    mutable QSettings m_settings;
};

} // namespace processlab
