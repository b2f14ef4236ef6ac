#include "ProcessPanel.h"

#include "ProcessTableModel.h"
#include "SimulationController.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace processlab {

ProcessPanel::ProcessPanel(SimulationController* controller, const QList<QAction*>& actions, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new ProcessTableModel(controller, this)),
      m_toolBar(new QToolBar(this)), m_view(new QTableView(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("processPanel"));
    m_toolBar->setObjectName(QStringLiteral("processToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions(actions);

    m_view->setObjectName(QStringLiteral("processTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);

    m_error->setObjectName(QStringLiteral("processEditError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f3b7b0;"
                       " border-radius: 4px; padding: 4px 8px; }"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view);
    layout->addWidget(m_error);

    connect(m_model, &ProcessTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& message) { showError(message); });
    connect(controller, &SimulationController::scenarioChanged, this, [this] {
        m_error->hide();
        sizeColumns();
        updateMemoryColumn();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit currentPidChanged(ProcessTableModel::pidOf(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep a selection so the inspector always has something to show.
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, ProcessTableModel::Name));
    });
    sizeColumns();
    updateMemoryColumn();
}

void ProcessPanel::updateMemoryColumn()
{
    // Only where memory plays a part: a pool, or a process that needs some.
    const Scenario& scenario = m_controller->scenario();
    const bool used = scenario.memory > 0 || std::any_of(scenario.processes.begin(), scenario.processes.end(),
                                                         [](const ProcessSpec& p) { return p.memory > 0; });
    m_view->setColumnHidden(ProcessTableModel::Memory, !used);
}

void ProcessPanel::sizeColumns()
{
    // Fixed widths from the header texts: resizing to contents would read
    // every row, and a scenario can have 100,000.
    const QFontMetrics metrics(m_view->horizontalHeader()->font());
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int width = metrics.horizontalAdvance(title) + 28;
        if (column == ProcessTableModel::Bursts)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("CPU 10 (2 of 5)")) + 16);
        if (column == ProcessTableModel::Current) {
            // In the current language: the Chinese text is twice as wide as the English one.
            const QString sample = ProcessTableModel::operationPosition(QStringLiteral("CPU 10"), 2, 5);
            width = std::max(width, QFontMetrics(m_view->font()).horizontalAdvance(sample) + 16);
        }
        if (column == ProcessTableModel::State)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("Terminated")) + 40);
        if (column == ProcessTableModel::Name)
            width = std::max(width, 90);
        m_view->horizontalHeader()->resizeSection(column, width);
    }
}

int ProcessPanel::currentPid() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? ProcessTableModel::pidOf(current.row()) : 0;
}

std::vector<int> ProcessPanel::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    if (rows.empty() && m_view->currentIndex().isValid())
        rows.push_back(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ProcessPanel::selectPid(int pid)
{
    const int row = ProcessTableModel::rowOf(pid);
    if (row < 0 || row >= m_model->rowCount() || row == m_view->currentIndex().row())
        return;
    const QModelIndex index = m_model->index(row, ProcessTableModel::Name);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ProcessPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ProcessPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        sizeColumns();
    }
    QWidget::changeEvent(event);
}

bool ProcessPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The table keeps its arrow keys; the playback shortcuts on Left/Right
    // and Home apply everywhere else.
    if (watched == m_view && event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Home:
        case Qt::Key_End:
            if (key->modifiers() == Qt::NoModifier) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace processlab
