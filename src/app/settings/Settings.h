#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace processlab {

// The one place that knows the QSettings keys and their defaults. Every
// setting the GUI remembers has a typed getter and setter here.
//
// Portable mode: when a file processlab.ini sits next to the executable, the
// settings live in it (INI format) instead of the user profile. Settings that
// cannot be read, or that another version of ProcessLab wrote, are reset to
// the defaults on construction and notice() says so (never a crash).
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(processlab::Settings)

public:
    static constexpr int kMaxRecentFiles = 8;
    static constexpr double kDefaultSpeed = 2.0; // ticks per second
    // The layout of the keys below; bump it when they change incompatibly.
    static constexpr int kVersion = 1;
    static constexpr double kMinPresentationScale = 1.5;
    static constexpr double kMaxPresentationScale = 3.0;
    static constexpr double kDefaultPresentationScale = 1.5;

    Settings();

    // "<exe dir>/processlab.ini" when it exists (portable mode), else empty.
    static QString portableIniPath();
    // Where files the program keeps for itself go (the recovery files): the
    // executable's folder in portable mode, else the user's application data.
    static QString dataDirectory();
    // The installed example scenarios (share/processlab/examples beside the
    // program's folder, or in the system's data folders); empty when none.
    static QString examplesDirectory();
    // Tests: look for processlab.ini in `directory` instead of the
    // executable's folder (empty: back to the executable's folder).
    static void setApplicationDirectoryForTesting(const QString& directory);

    bool isPortable() const { return !m_portableFile.isEmpty(); }
    // The INI file or the native store's location, for messages.
    QString location() const;
    // Empty, or what was wrong with the stored settings and that they were
    // reset to the defaults (shown once by the main window).
    QString notice() const { return m_notice; }

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

    // View ▸ Language: "zh_CN" or "en"; empty when never chosen (the system
    // locale decides then) or when the stored value is not a known language.
    QString language() const;
    void setLanguage(const QString& language);

    // Presentation mode: the text scale (clamped to 1.5-3) and the layout of
    // the docks while presenting (QMainWindow::saveState()).
    double presentationScale() const;
    void setPresentationScale(double scale);
    QByteArray presentationState() const;
    void setPresentationState(const QByteArray& state);

private:
    static QSettings openStore(const QString& portableFile);
    void checkStore();

    QString m_portableFile;
    mutable QSettings m_settings;
    QString m_notice;
};

} // namespace processlab
