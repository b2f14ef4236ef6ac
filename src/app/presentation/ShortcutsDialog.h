#pragma once

#include <QDialog>
#include <QString>

#include <vector>

class QMainWindow;
class QTreeWidget;

namespace processlab {

// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its
// actions when the dialog opens (so the list is never out of date), grouped
// by menu; actions outside the menus (presentation, Gantt chart) by their
// "shortcutGroup" property or their tool bar.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;
        QString command;
        QString keys;
    };

    explicit ShortcutsDialog(QMainWindow* window);

    // The window's shortcuts in the order the dialog lists them.
    static std::vector<Entry> collect(const QMainWindow* window);
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
};

} // namespace processlab
