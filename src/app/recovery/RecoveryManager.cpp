#include "RecoveryManager.h"

#include "SimulationController.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

#include <algorithm>

namespace processlab {

namespace {
const QString kPrefix = QStringLiteral("recovery-");

QString lockPathFor(const QString& recoveryFile)
{
    QString path = recoveryFile;
    path.chop(int(qstrlen(".json")));
    return path + QStringLiteral(".lock");
}
} // namespace

RecoveryManager::RecoveryManager(SimulationController* controller, QWidget* dialogParent,
                                 const QString& directory, QObject* parent)
    : QObject(parent), m_controller(controller), m_dialogParent(dialogParent), m_directory(directory)
{
    // Where the folder cannot be made, writeNow() reports the failed write.
    (void)QDir().mkpath(m_directory);
    m_path = QDir(m_directory)
                 .filePath(kPrefix + QString::number(QCoreApplication::applicationPid()) +
                           QStringLiteral(".json"));
    // The lock says "my owner is alive"; once the process is gone, QLockFile
    // sees the lock as stale and the file as an orphan.
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    m_lock->setStaleLockTime(0);
    // It fails only in a folder we cannot write to, where no recovery file
    // can be written either (writeNow() says so): nothing to do here.
    (void)m_lock->tryLock(0);

    m_slices = int(controller->engine().trace().slices.size());
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RecoveryManager::writeNow);
    connect(controller, &SimulationController::stateChanged, this, &RecoveryManager::onStateChanged);
    connect(controller, &SimulationController::scenarioChanged, this, &RecoveryManager::onScenarioChanged);
    connect(controller, &SimulationController::documentChanged, this, &RecoveryManager::changed);
}

RecoveryManager::~RecoveryManager()
{
    removeFile();
    if (m_lock)
        m_lock->unlock();
}

QStringList RecoveryManager::orphans() const
{
    const QDir dir(m_directory);
    QFileInfoList candidates =
        dir.entryInfoList({kPrefix + QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed);
    std::reverse(candidates.begin(), candidates.end()); // newest first
    QStringList out;
    for (const QFileInfo& info : candidates) {
        if (info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
            continue;
        QLockFile lock(lockPathFor(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its instance is still running
        lock.unlock();
        out << info.absoluteFilePath();
    }
    return out;
}

int RecoveryManager::removeStaleLocks() const
{
    const QDir dir(m_directory);
    const QString ownLock = QFileInfo(lockPathFor(m_path)).fileName();
    int removed = 0;
    for (const QString& name : dir.entryList({kPrefix + QStringLiteral("*.lock")}, QDir::Files)) {
        QString recoveryName = name;
        recoveryName.chop(int(qstrlen(".lock")));
        if (name == ownLock || dir.exists(recoveryName + QStringLiteral(".json")))
            continue; // ours, or an orphan's (offerRestore() deals with it)
        QLockFile lock(dir.filePath(name));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) { // its owner is gone: the lock is ours now
            lock.unlock();     // and the file goes with it
            ++removed;
        }
    }
    return removed;
}

bool RecoveryManager::offerRestore()
{
    const QStringList files = orphans();
    if (files.isEmpty() || !m_controller)
        return false;
    const QString& path = files.front();
    QString error;
    const std::optional<RecoveryData> data = RecoveryFile::load(path, &error);
    if (!data) {
        // Unreadable: nothing to offer; keep it aside for a look.
        QFile::remove(path + QStringLiteral(".damaged"));
        QFile::rename(path, path + QStringLiteral(".damaged"));
        m_controller->reportMessage(tr("A recovery file could not be read: %1").arg(error),
                                    MessageKind::Warning);
        return false;
    }

    bool accept = false;
    const QByteArray answer = qgetenv(kAnswerVariable).trimmed().toLower();
    if (answer == "restore" || answer == "discard") {
        accept = answer == "restore";
    } else {
        const QString name = data->displayName.isEmpty() ? data->scenario.title : data->displayName;
        QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Work?"),
                        tr("ProcessLab did not close normally last time. Your work on \u201c%1\u201d can be "
                           "restored.")
                            .arg(name),
                        QMessageBox::NoButton, m_dialogParent);
        QString details = tr("Saved automatically at %1.")
                              .arg(QLocale().toString(data->savedAt.toLocalTime(), QLocale::ShortFormat));
        if (!data->moves.empty())
            details += QLatin1Char(' ') +
                       tr("It includes %n manual move(s), at t = %1.", nullptr, int(data->moves.size()))
                           .arg(data->time);
        box.setInformativeText(details);
        QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restore);
        box.exec();
        accept = box.clickedButton() == restore;
    }
    bool restored = false;
    if (accept) {
        QString warning;
        restored = restore(path, &error, &warning);
        if (!restored)
            m_controller->reportMessage(tr("The work could not be restored: %1").arg(error),
                                        MessageKind::Warning);
        else if (!warning.isEmpty())
            m_controller->reportMessage(warning, MessageKind::Warning);
        else
            m_controller->reportMessage(tr("Restored the unsaved work."));
    }
    // Its work now lives in this instance's file (or was declined).
    if (!restored || writeNow()) {
        QFile::remove(path);
        QFile::remove(lockPathFor(path));
    }
    return restored;
}

bool RecoveryManager::restore(const QString& path, QString* error, QString* warning)
{
    const std::optional<RecoveryData> data = RecoveryFile::load(path, error);
    if (!data || !m_controller)
        return false;
    if (!RecoveryFile::restore(m_controller, *data, warning)) {
        if (error)
            *error = warning && !warning->isEmpty() ? *warning : tr("The scenario in it is not valid.");
        return false;
    }
    return true;
}

// --- tracking -----------------------------------------------------------------

void RecoveryManager::onScenarioChanged()
{
    m_moves.clear();
    m_slices = int(m_controller->engine().trace().slices.size());
    changed();
}

void RecoveryManager::onStateChanged(const StepInfo& info)
{
    const Trace& trace = m_controller->engine().trace();
    const std::vector<StateChange>& changes = trace.changes;
    // Step back and undo shrink the trace: the moves whose changes are gone
    // are gone.
    while (!m_moves.empty() && int(changes.size()) <= m_moves.back().changesBefore)
        m_moves.pop_back();
    if (!info.backward) {
        // A manual move is one update whose changes are flagged manual; the
        // first one of the process itself (not the one it displaced) says
        // where it went.
        for (int i = std::max(0, info.changesFrom); i < info.changesTo && size_t(i) < changes.size(); ++i) {
            const StateChange& change = changes[size_t(i)];
            if (!change.manual || change.byPid != 0)
                continue;
            if (!m_moves.empty() && m_moves.back().changesBefore >= info.changesFrom)
                break; // the same update, told twice
            RecoveredMove move;
            move.time = change.time;
            move.pid = change.pid;
            move.target = change.to;
            move.cpu = change.to == ProcessState::Running ? change.cpu : -1;
            move.changesBefore = info.changesFrom;
            move.slicesBefore = m_slices;
            m_moves.push_back(move);
            break;
        }
    }
    m_slices = int(trace.slices.size());
    changed();
}

bool RecoveryManager::hasWork() const
{
    return m_controller && (m_controller->isModified() || !m_moves.empty());
}

void RecoveryManager::changed()
{
    if (!hasWork()) {
        // Saved (or undone back to the file): nothing to recover.
        m_debounce.stop();
        m_pendingSince.invalidate();
        removeFile();
        return;
    }
    if (!m_pendingSince.isValid())
        m_pendingSince.start();
    if (m_pendingSince.elapsed() >= kMaxDelayMs)
        writeNow();
    else
        m_debounce.start();
}

RecoveryData RecoveryManager::capture() const
{
    RecoveryData data;
    const SimulationController& c = *m_controller;
    data.scenario = c.scenario();
    data.filePath = c.filePath();
    data.displayName = c.displayName();
    data.modified = c.isModified();
    data.moves = m_moves;
    data.time = c.engine().now();
    data.changeCount = int(c.engine().trace().changes.size());
    data.sliceCount = int(c.engine().trace().slices.size());
    data.traceDigest = RecoveryFile::digest(c.engine().trace());
    data.savedAt = QDateTime::currentDateTimeUtc();
    return data;
}

bool RecoveryManager::writeNow()
{
    m_debounce.stop();
    m_pendingSince.invalidate();
    if (!hasWork()) {
        removeFile();
        return true;
    }
    const RecoveryData data = capture();
    const QByteArray content = RecoveryFile::serialize(data, false);
    if (content == m_lastWritten && QFileInfo::exists(m_path))
        return true;
    (void)QDir().mkpath(m_directory); // a failure shows as the failed open below
    QSaveFile file(m_path);
    const QByteArray bytes = RecoveryFile::serialize(data);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() ||
        !file.commit()) {
        if (!m_warnedWriteError) {
            // Once: the lecture goes on, but the lecturer should know.
            m_warnedWriteError = true;
            m_controller->reportMessage(
                tr("Cannot write the recovery file %1: %2. Save your work now and then.")
                    .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                MessageKind::Warning);
        }
        return false;
    }
    m_warnedWriteError = false;
    m_lastWritten = content;
    emit written(m_path);
    return true;
}

void RecoveryManager::removeFile()
{
    m_lastWritten.clear();
    if (QFileInfo::exists(m_path))
        QFile::remove(m_path);
}

} // namespace processlab
