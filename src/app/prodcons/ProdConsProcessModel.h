#pragma once

#include "core/ProducerConsumer.h"

#include <QAbstractTableModel>

#include <vector>

namespace processlab {

// One process of the lab's list (simulated or real).
struct ProdConsRow
{
    QString name;
    ProducerConsumer::Role role = ProducerConsumer::Role::Other;
    qint64 pid = 0; // simulated pid, or the real one
    ProducerConsumer::Activity activity = ProducerConsumer::Activity::New;
    qint64 count = 0;   // items it produced (producer) or consumed (consumer)
    qint64 blocked = 0; // times it blocked on the queue
    QString note;       // real mode: how it ended

    bool operator==(const ProdConsRow& o) const
    {
        return name == o.name && role == o.role && pid == o.pid && activity == o.activity &&
               count == o.count && blocked == o.blocked && note == o.note;
    }
};

// The producers and consumers with what each is doing and its own count.
class ProdConsProcessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PidColumn,
        RoleColumn,
        StateColumn,
        CountColumn,
        BlockedColumn,
        ColumnCount
    };
    // The activity id ("blocked-empty") under this role, for tests and styling.
    static constexpr int ActivityRole = Qt::UserRole + 1;

    explicit ProdConsProcessModel(QObject* parent = nullptr);

    // Same rows: only changed cells are reported; otherwise a reset.
    void setRows(std::vector<ProdConsRow> rows);
    const std::vector<ProdConsRow>& rows() const { return m_rows; }
    void setRealMode(bool real);
    bool realMode() const { return m_real; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Refresh the texts after a language change.
    void retranslate();

private:
    std::vector<ProdConsRow> m_rows;
    bool m_real = false;
};

} // namespace processlab
