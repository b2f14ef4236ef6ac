#include "ShortcutsDialog.h"

#include "HelpTexts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace processlab {

namespace {

void collectMenu(const QMenu* menu, const QString& group, QSet<const QAction*>* seen,
                 std::vector<ShortcutsDialog::Entry>* out)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), group, seen, out);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen->contains(action))
            continue;
        seen->insert(action);
        out->push_back({group, HelpTexts::plainText(action->text()), HelpTexts::shortcutText(action)});
    }
}

// Where an action outside the menus belongs: its declared group, the dock it
// lives in, or its tool bar.
QString groupOf(const QAction* action)
{
    QString declared = action->property("shortcutGroup").toString();
    if (!declared.isEmpty())
        return declared;
    for (QObject* object : action->associatedObjects()) {
        for (auto* widget = qobject_cast<QWidget*>(object); widget; widget = widget->parentWidget()) {
            if (auto* dock = qobject_cast<QDockWidget*>(widget))
                return HelpTexts::plainText(dock->windowTitle());
            if (auto* bar = qobject_cast<QToolBar*>(widget); bar && bar->parentWidget() == widget->window())
                return HelpTexts::plainText(bar->windowTitle());
        }
    }
    return ShortcutsDialog::tr("Other");
}

} // namespace

std::vector<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QMainWindow* window)
{
    std::vector<Entry> out;
    QSet<const QAction*> seen;
    if (const QMenuBar* bar = window->menuBar()) {
        for (const QAction* top : bar->actions()) {
            if (top->menu())
                collectMenu(top->menu(), HelpTexts::plainText(top->text()), &seen, &out);
        }
    }
    std::vector<Entry> others;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        others.push_back(
            {groupOf(action), HelpTexts::plainText(action->text()), HelpTexts::shortcutText(action)});
    }
    // Groups in order of first appearance.
    QStringList groups;
    for (const Entry& entry : others) {
        if (!groups.contains(entry.group))
            groups << entry.group;
    }
    for (const QString& group : groups) {
        for (const Entry& entry : others) {
            if (entry.group == group)
                out.push_back(entry);
        }
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow* window) : QDialog(window), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* intro = new QLabel(tr("A presentation clicker sends PageDown and PageUp: they step forward and "
                                "back, like Right and Left. Drag a process token to another state to "
                                "move it by hand."),
                             this);
    intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    QTreeWidgetItem* groupItem = nullptr;
    QString group;
    for (const Entry& entry : collect(window)) {
        if (!groupItem || entry.group != group) {
            group = entry.group;
            groupItem = new QTreeWidgetItem(m_tree, {group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(groupItem, {entry.command, entry.keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 70, metrics.height() * 34);
}

} // namespace processlab
