#pragma once

#include "RecoveryFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

class QWidget;

namespace processlab {

class SimulationController;
struct StepInfo;

// Nothing lost: while the open scenario has unsaved changes or manual moves,
// it is written to a recovery file in `directory` (the user's application
// data, or beside processlab.ini in portable mode) a second after each
// change, and at least every five seconds while changes keep coming. The
// file goes when the work is saved (and has no moves) and when the program
// exits normally. Each running instance has its own file, guarded by a lock
// file; a file whose owner died is an orphan, which the next start offers to
// restore.
class RecoveryManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 1000;
    static constexpr int kMaxDelayMs = 5000;
    // Tests set it to "restore" or "discard" to answer the question.
    static constexpr const char* kAnswerVariable = "PROCESSLAB_RECOVERY";

    RecoveryManager(SimulationController* controller, QWidget* dialogParent, const QString& directory,
                    QObject* parent = nullptr);
    // A normal exit: the file is removed (the user was asked about unsaved
    // changes before).
    ~RecoveryManager() override;

    QString directory() const { return m_directory; }
    // This instance's file (it exists only while there is something in it).
    QString filePath() const { return m_path; }
    // Recovery files left by instances that did not exit normally, newest
    // first.
    QStringList orphans() const;
    // Asks whether to restore the newest orphan (QMessageBox, or the
    // PROCESSLAB_RECOVERY variable); true when it was restored. The orphan
    // is removed either way (its work now lives in this instance's file).
    bool offerRestore();
    // Removes the lock files of instances that are gone and left no recovery
    // file (killed with nothing unsaved, power loss): they would pile up in
    // the folder, one per such start. Returns how many went.
    int removeStaleLocks() const;
    // Restores `path` into the controller; false and *error when it could
    // not be read. *warning: it was restored, but not exactly.
    bool restore(const QString& path, QString* error, QString* warning);

    // The manual moves of the current run, as they will be written.
    const std::vector<RecoveredMove>& moves() const { return m_moves; }
    // Whether there is anything to recover now.
    bool hasWork() const;
    // Writes (or removes) the file now instead of after the delay.
    bool writeNow();

signals:
    // The file was written (tests and the --test hooks wait for this).
    void written(const QString& path);

private:
    void onStateChanged(const StepInfo& info);
    void onScenarioChanged();
    void changed();
    void removeFile();
    RecoveryData capture() const;

    QPointer<SimulationController> m_controller;
    QPointer<QWidget> m_dialogParent;
    QString m_directory;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::vector<RecoveredMove> m_moves;
    int m_slices = 0; // the trace's slice count after the last update
    QTimer m_debounce;
    QElapsedTimer m_pendingSince;
    QByteArray m_lastWritten; // without the time stamp
    bool m_warnedWriteError = false;
};

} // namespace processlab
