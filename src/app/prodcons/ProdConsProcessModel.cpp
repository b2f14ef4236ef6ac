#include "ProdConsProcessModel.h"

#include "Palette.h"

#include <QColor>

namespace processlab {

namespace {

QColor activityColor(ProducerConsumer::Activity activity)
{
    using A = ProducerConsumer::Activity;
    switch (activity) {
    case A::Producing:
    case A::Consuming:
    case A::Running:
        return palette::stateFill(ProcessState::Running);
    case A::Ready:
    case A::Checking:
        return palette::stateFill(ProcessState::Ready);
    case A::BlockedEmpty:
    case A::BlockedFull:
    case A::BlockedByHand:
    case A::Blocked:
        return QColor(0xFF, 0xCD, 0xD2);
    case A::Sleeping:
        return palette::stateFill(ProcessState::Blocked);
    case A::New:
        return palette::stateFill(ProcessState::New);
    case A::Terminated:
        return palette::stateFill(ProcessState::Terminated);
    }
    return {};
}

} // namespace

ProdConsProcessModel::ProdConsProcessModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProdConsProcessModel::setRows(std::vector<ProdConsRow> rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = std::move(rows[i]);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

void ProdConsProcessModel::setRealMode(bool real)
{
    if (real == m_real)
        return;
    m_real = real;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ProdConsProcessModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProdConsProcessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProdConsProcessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProdConsProcessModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ProdConsRow& row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case PidColumn:
            return row.pid > 0 ? QVariant(row.pid) : QVariant(QStringLiteral("\u2014"));
        case RoleColumn:
            return ProducerConsumer::roleName(row.role);
        case StateColumn:
            return ProducerConsumer::activityName(row.activity);
        case CountColumn:
            return row.count;
        case BlockedColumn:
            return row.blocked;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == StateColumn && !row.note.isEmpty())
            return tr("%1 \u2014 %2").arg(ProducerConsumer::activityName(row.activity), row.note);
        if (column == CountColumn) {
            return row.role == ProducerConsumer::Role::Producer ? tr("Items it put into the queue")
                                                                : tr("Items it took from the queue");
        }
        if (column == BlockedColumn)
            return tr("Times it had to wait in get() or put()");
        return {};
    case Qt::BackgroundRole:
        if (column == StateColumn)
            return activityColor(row.activity);
        if (column == NameColumn && !m_real && row.pid > 0)
            return palette::processColor(int(row.pid));
        return {};
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return palette::textOn(activityColor(row.activity));
        if (column == NameColumn && !m_real && row.pid > 0)
            return palette::textOn(palette::processColor(int(row.pid)));
        return {};
    case Qt::TextAlignmentRole:
        if (column == PidColumn || column == CountColumn || column == BlockedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ActivityRole:
        return ProducerConsumer::activityId(row.activity);
    default:
        return {};
    }
}

QVariant ProdConsProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Process");
    case PidColumn:
        return m_real ? tr("Real PID") : tr("PID");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case CountColumn:
        return tr("Own count");
    case BlockedColumn:
        return tr("Blocked");
    default:
        return {};
    }
}

} // namespace processlab
