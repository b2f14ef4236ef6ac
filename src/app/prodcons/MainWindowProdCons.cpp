// MainWindow, the producer-consumer lab (issue #5): its dock, its entry in
// the View menu, and showing it when a producer-consumer scenario opens.

#include "MainWindow.h"

#include "SimulationController.h"
#include "prodcons/ProdConsPanel.h"

#include "ui_MainWindow.h"

#include <QDockWidget>
#include <QMenu>
#include <QTimer>

#include <algorithm>

namespace processlab {

void MainWindow::createProdConsPanel()
{
    // The dock exists from the start (its place is restored with the
    // window's state); the panel, with its chart, is built the
    // first time the dock is shown: it was a tenth of every start-up.
    m_prodConsDock = new QDockWidget(this);
    m_prodConsDock->setObjectName(QStringLiteral("prodConsDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_prodConsDock);
    tabifyDockWidget(m_inspectorDock, m_prodConsDock);
    m_inspectorDock->raise();
    m_prodConsDock->hide();
    connect(m_prodConsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureProdConsPanel();
    });

    m_actionProdCons = new QAction(this);
    m_actionProdCons->setObjectName(QStringLiteral("actionProducerConsumer"));
    connect(m_actionProdCons, &QAction::triggered, this, &MainWindow::showProdCons);
    const QList<QAction*> viewActions = m_ui->menuView->actions();
    const qsizetype compare = viewActions.indexOf(m_actionComparePolicies);
    m_ui->menuView->insertAction(viewActions.value(compare + 1, nullptr), m_actionProdCons);
    m_ui->menuView->insertAction(m_actionProdCons, m_prodConsDock->toggleViewAction());

    // A producer-consumer scenario (opened, loaded, undone to) shows the lab.
    connect(m_controller, &SimulationController::scenarioChanged, this, [this] {
        if (m_controller->scenario().producerConsumer && !m_prodConsDock->isVisible())
            raiseProdConsDock();
    });
}

void MainWindow::ensureProdConsPanel()
{
    if (m_prodCons)
        return;
    m_prodCons = new ProdConsPanel(m_controller, m_prodConsDock);
    m_prodConsDock->setWidget(m_prodCons);
}

void MainWindow::raiseProdConsDock()
{
    ensureProdConsPanel();
    m_prodConsDock->show();
    m_prodConsDock->raise();
    // Room for the gauge, the list and the chart, once the dock is laid out.
    QTimer::singleShot(0, this, [this] {
        if (!m_prodConsDock->isFloating() && m_prodConsDock->width() < 520)
            resizeDocks({m_prodConsDock}, {std::max(520, width() * 21 / 50)}, Qt::Horizontal);
    });
}

void MainWindow::showProdCons()
{
    raiseProdConsDock();
    if (!m_prodCons->hasExercise())
        m_prodCons->loadExercise();
}

void MainWindow::retranslateProdCons()
{
    m_prodConsDock->setWindowTitle(tr("Producer-Consumer"));
    m_actionProdCons->setText(tr("&Producer-Consumer Exercise"));
    m_actionProdCons->setToolTip(tr("Show the producer-consumer lab and load the exercise"));
}

} // namespace processlab
