#pragma once

#include "core/ProcessState.h"

#include <QCoreApplication>
#include <QObject>
#include <QPoint>
#include <QString>

#include <functional>

class QAction;
class QHeaderView;
class QWidget;

namespace processlab {

class StateDiagramView;

// What's This texts for the five states and the metrics, and the small
// event filter that shows them (Help ▸ What's This, Shift+F1, then a click
// on a state of the diagram or on a column header).
class HelpTexts
{
    Q_DECLARE_TR_FUNCTIONS(processlab::HelpTexts)

public:
    static QString state(ProcessState state);
    // ProcessTableModel::Column
    static QString processColumn(int column);
    // CompareDialog::Column
    static QString compareColumn(int column);

    // Shows state() for the node under the mouse.
    static void installOn(StateDiagramView* view);
    // Shows `text(section)` for the header section under the mouse.
    static void installOn(QHeaderView* header, std::function<QString(int)> text);

    // Actions on tool bars show their shortcut in the tooltip: "Step Back
    // (Left, PageUp)". Actions whose tooltip was set on purpose keep it;
    // call again after a language change.
    static void addShortcutsToToolTips(const QList<QAction*>& actions);
    // "Ctrl+Z, Ctrl+Y" in the platform's notation.
    static QString shortcutText(const QAction* action);
    // The action's text without the accelerator: "&Undo" -> "Undo",
    // "撤销(&U)" -> "撤销", "Open…" stays.
    static QString plainText(const QString& text);
};

// Answers QEvent::QueryWhatsThis / QEvent::WhatsThis on `widget` from a
// function of the position (empty: nothing to say there).
class WhatsThisFilter : public QObject
{
    Q_OBJECT

public:
    WhatsThisFilter(QWidget* widget, std::function<QString(const QPoint&)> textAt);
    QString textAt(const QPoint& pos) const { return m_textAt(pos); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<QString(const QPoint&)> m_textAt;
};

} // namespace processlab
