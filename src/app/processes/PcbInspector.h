#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace processlab {

class SimulationController;

// Every field of one process's PCB, including the saved registers; the
// fields that changed in the last update are highlighted.
class PcbInspector : public QWidget
{
    Q_OBJECT

public:
    explicit PcbInspector(SimulationController* controller, QWidget* parent = nullptr);

    int pid() const { return m_pid; }
    // Field labels (English source text) whose value changed in the last
    // update, for tests.
    QStringList changedFields() const;
    // The value shown for a field, by its English label ("CPU time").
    QString valueOf(const QString& englishLabel) const;

public slots:
    void setPid(int pid);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field
    {
        const char* label; // source text, context "PcbInspector"
        QTreeWidgetItem* item = nullptr;
        QString value;
    };
    void build();
    void refresh(bool highlightChanges);
    std::vector<QString> currentValues() const;
    void retranslate();

    SimulationController* m_controller;
    QLabel* m_header;
    QTreeWidget* m_tree;
    std::vector<Field> m_fields;
    std::vector<QTreeWidgetItem*> m_groups;
    std::vector<const char*> m_groupLabels;
    int m_pid = 0;
};

} // namespace processlab
