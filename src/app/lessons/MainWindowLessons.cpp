// MainWindow, part three: the Lessons dock, the exercise dialog and the
// run-time language switch (View ▸ Language).

#include "app/MainWindow.h"

#include "SimulationController.h"
#include "exercise/ExerciseDialog.h"
#include "i18n/Translations.h"
#include "lessons/LessonsPanel.h"
#include "processes/ProcessPanel.h"

#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace processlab {

void MainWindow::createLearningPanels()
{
    // The dock exists from the start (its place is restored with the
    // window's state); its contents are built the first time it is shown.
    m_lessonsDock = new QDockWidget(this);
    m_lessonsDock->setObjectName(QStringLiteral("lessonsDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonsDock);
    // A lesson page is tall: the left column runs down to the bottom edge.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_lessonsDock->hide();
    connect(m_lessonsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureLessonsPanel();
    });

    m_actionLessons = new QAction(this);
    m_actionLessons->setObjectName(QStringLiteral("actionLessons"));
    m_actionLessons->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_actionLessons, &QAction::triggered, this, &MainWindow::showLessons);
    m_actionExercise = new QAction(this);
    m_actionExercise->setObjectName(QStringLiteral("actionExercise"));
    connect(m_actionExercise, &QAction::triggered, this, &MainWindow::showExercise);
    QAction* first = m_ui->menuHelp->actions().value(0, nullptr);
    m_ui->menuHelp->insertAction(first, m_actionLessons);
    m_ui->menuHelp->insertAction(first, m_actionExercise);
    m_ui->menuHelp->insertSeparator(first);

    m_menuLanguage = new QMenu(this);
    m_menuLanguage->setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    // Each language is named in itself, so it can be found whatever is shown.
    m_actionLanguageChinese = new QAction(QStringLiteral("\u4e2d\u6587"), this); // 中文
    m_actionLanguageChinese->setObjectName(QStringLiteral("actionLanguageChinese"));
    m_actionLanguageEnglish = new QAction(QStringLiteral("English"), this);
    m_actionLanguageEnglish->setObjectName(QStringLiteral("actionLanguageEnglish"));
    for (QAction* action : {m_actionLanguageChinese, m_actionLanguageEnglish}) {
        action->setCheckable(true);
        group->addAction(action);
        m_menuLanguage->addAction(action);
    }
    connect(m_actionLanguageChinese, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(m_actionLanguageEnglish, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    // After the other docks' entries.
    const QList<QAction*> viewActions = m_ui->menuView->actions();
    const qsizetype gantt = viewActions.indexOf(m_ganttDock->toggleViewAction());
    m_ui->menuView->insertAction(viewActions.value(gantt + 1, nullptr), m_lessonsDock->toggleViewAction());
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(m_menuLanguage);
}

void MainWindow::ensureLessonsPanel()
{
    if (m_lessons)
        return;
    ensurePanels(); // it follows the table's selection
    m_lessons = new LessonsPanel(m_controller, m_lessonsDock);
    m_lessons->setSelectedPid(m_processes->currentPid());
    m_lessonsDock->setWidget(m_lessons);
    connect(m_processes, &ProcessPanel::currentPidChanged, m_lessons, &LessonsPanel::setSelectedPid);
    connect(m_lessons, &LessonsPanel::scenarioLoaded, this, [this] { selectProcess(1); });
}

void MainWindow::showLessons()
{
    const bool first = !m_lessons;
    m_lessonsDock->show();
    m_lessonsDock->raise();
    ensureLessonsPanel();
    if (first && !m_lessonsDock->isFloating())
        resizeDocks({m_lessonsDock}, {std::max(460, width() / 4)}, Qt::Horizontal);
}

void MainWindow::showExercise()
{
    if (!m_exercise)
        m_exercise = new ExerciseDialog(m_controller, this);
    m_exercise->show();
    m_exercise->raise();
    m_exercise->activateWindow();
}

void MainWindow::setLanguage(const QString& language)
{
    if (!Translations::install(language))
        return;
    m_settings.setLanguage(language);
    // Every window gets a LanguageChange event and rebuilds its texts; the
    // simulation is untouched.
    retranslateLearning();
    statusBar()->showMessage(tr("Switched to English."), 8000);
}

void MainWindow::retranslateLearning()
{
    m_lessonsDock->setWindowTitle(tr("Lessons"));
    m_actionLessons->setText(tr("&Lessons"));
    m_actionLessons->setStatusTip(tr("Short lessons with scenarios to try, one per concept of the course"));
    m_actionExercise->setText(tr("&Exercise: Predict, Then Reveal\u2026"));
    m_actionExercise->setStatusTip(
        tr("Work out finish and waiting times for a random workload, then check them"));
    m_menuLanguage->setTitle(tr("&Language"));
    const bool chinese = Translations::current() == QLatin1String("zh_CN");
    m_actionLanguageChinese->setChecked(chinese);
    m_actionLanguageEnglish->setChecked(!chinese);
}

} // namespace processlab
