// MainWindow, part two: files (new, open, save, examples, recent files,
// dropped files) and unsaved changes.

#include "MainWindow.h"

#include "SimulationController.h"
#include "UserPrompts.h"
#include "core/io/ScenarioFile.h"
#include "presentation/PresentationMode.h"
#include "scenario/ExampleTitles.h"

#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>

namespace processlab {

namespace {
// A failed save changes nothing: say so, and what to do.
QString saveFailedText(const QString& error)
{
    return error + QStringLiteral("\n\n") +
           MainWindow::tr("Nothing was lost: the scenario is still open here and the file on disk was not "
                          "changed. Use File \u25b8 Save As to save it somewhere else, for example in your "
                          "Documents folder or on a USB stick.");
}
} // namespace

// --- files ------------------------------------------------------------------

QStringList MainWindow::exampleFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

void MainWindow::buildExamplesMenu()
{
    // Filled when the File menu opens: reading every example's title is not
    // needed for the first frame (nor again after each language change).
    m_ui->menuExamples->clear();
    m_ui->menuExamples->setProperty("processlab_filled", false);
    m_ui->menuExamples->setEnabled(!exampleFiles().isEmpty());
    connect(m_ui->menuFile, &QMenu::aboutToShow, this, &MainWindow::fillExamplesMenu, Qt::UniqueConnection);
}

void MainWindow::fillExamplesMenu()
{
    if (m_ui->menuExamples->property("processlab_filled").toBool())
        return;
    m_ui->menuExamples->setProperty("processlab_filled", true);
    m_ui->menuExamples->clear();
    const QStringList files = exampleFiles();
    for (const QString& file : files) {
        const ScenarioLoad load = ScenarioFile::load(file);
        const QString base = QFileInfo(file).fileName();
        const QString title =
            load.ok() && !load.scenario->title.isEmpty() ? exampleTitle(load.scenario->title) : base;
        QAction* action = m_ui->menuExamples->addAction(title);
        action->setObjectName(QStringLiteral("example_") + QFileInfo(file).completeBaseName());
        action->setStatusTip(base);
        connect(action, &QAction::triggered, this, [this, file] { openExample(file); });
    }
    // The same files as installed for users to copy and change.
    const QString installed = Settings::examplesDirectory();
    if (!installed.isEmpty()) {
        m_ui->menuExamples->addSeparator();
        QAction* folder = m_ui->menuExamples->addAction(tr("Open an Example &File…"));
        folder->setObjectName(QStringLiteral("actionOpenExampleFile"));
        folder->setStatusTip(QDir::toNativeSeparators(installed));
        connect(folder, &QAction::triggered, this, [this, installed] {
            const QString path = m_prompts->openFileName(this, installed);
            if (!path.isEmpty())
                openPath(path);
        });
    }
    m_ui->menuExamples->setEnabled(!files.isEmpty());
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files[i];
        QAction* action = m_ui->menuRecent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QFileInfo(file).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openPath(file); });
    }
    if (!files.isEmpty()) {
        m_ui->menuRecent->addSeparator();
        QAction* clear = m_ui->menuRecent->addAction(tr("&Clear Recent Files"));
        connect(clear, &QAction::triggered, this, [this] {
            m_settings.setRecentFiles({});
            rebuildRecentMenu();
        });
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
}

bool MainWindow::maybeSave()
{
    if (!m_controller->isModified())
        return true;
    m_controller->pause();
    switch (m_prompts->askSaveChanges(this, m_controller->displayName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::newScenario()
{
    if (!maybeSave())
        return;
    m_controller->newScenario(m_settings.lastPolicy());
    selectProcess(1);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    QString directory = QFileInfo(m_controller->filePath()).absolutePath();
    if (m_controller->filePath().isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts->openFileName(this, directory);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_controller->openFile(path, &error)) {
        m_prompts->showError(this, tr("Could Not Open the Scenario"), error);
        return;
    }
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    selectProcess(1);
}

bool MainWindow::openPath(const QString& path)
{
    if (!maybeSave())
        return false;
    QString error;
    if (!m_controller->openFile(path, &error)) {
        m_prompts->showError(this, tr("Could Not Open the Scenario"), error);
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
            rebuildRecentMenu();
        }
        return false;
    }
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    selectProcess(1);
    return true;
}

bool MainWindow::openExample(const QString& resourcePath)
{
    if (!maybeSave())
        return false;
    QString error;
    if (!m_controller->openExample(resourcePath, &error)) {
        m_prompts->showError(this, tr("Could Not Open the Example"), error);
        return false;
    }
    selectProcess(1);
    return true;
}

bool MainWindow::openDefaultExample()
{
    const QStringList files = exampleFiles();
    if (files.isEmpty())
        return false;
    for (const char* preferred : {"io-bursts.json", "rr-quantum4.json"}) {
        for (const QString& file : files) {
            if (file.endsWith(QLatin1String(preferred)))
                return openExample(file);
        }
    }
    return openExample(files.front());
}

bool MainWindow::save()
{
    if (m_controller->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_controller->save(&error)) {
        m_prompts->showError(this, tr("Could Not Save the Scenario"), saveFailedText(error));
        return false;
    }
    m_settings.addRecentFile(m_controller->filePath());
    rebuildRecentMenu();
    return true;
}

bool MainWindow::saveAs()
{
    QString suggested = m_controller->filePath();
    if (suggested.isEmpty()) {
        QString base = m_controller->scenario().title.trimmed();
        if (base.isEmpty())
            base = tr("scenario");
        base.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(base + QStringLiteral(".json"));
    }
    QString path = m_prompts->saveFileName(this, suggested);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!m_controller->saveAs(path, &error)) {
        m_prompts->showError(this, tr("Could Not Save the Scenario"), saveFailedText(error));
        return false;
    }
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    return true;
}

QString MainWindow::jsonFileIn(const QMimeData* mime) const
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!jsonFileIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = jsonFileIn(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop: a dialog may come up.
    QMetaObject::invokeMethod(
        this, [this, path] { openPath(path); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_controller->pause();
    m_presentation->leave(); // the normal layout is the one remembered
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSpeed(m_controller->speed());
    event->accept();
}

} // namespace processlab
