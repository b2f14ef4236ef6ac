#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QStringList>

#include <vector>

class QAction;
class QMainWindow;
class QToolBar;
class QWidget;

namespace processlab {

class Settings;

// Presentation mode for the lecture room (F5, View ▸ Presentation): full
// screen, text and icons scaled 1.5-3× (Ctrl+= / Ctrl+-, remembered), a
// high-contrast palette for washed-out projectors, only the playback tool
// bar, and B (or .) blanks the screen to black. Esc or F5 leaves and puts the
// window back exactly as it was. The clicker keys (PageDown/PageUp,
// Right/Left) are the playback actions' own shortcuts; they keep working
// because every menu action is added to the window while the menu bar is
// hidden. The dock layout while presenting is remembered separately.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    static constexpr double kScaleStep = 0.25;

    struct Parts
    {
        QMainWindow* window = nullptr;
        // The one tool bar left while presenting; the presentation actions
        // are appended to it.
        QToolBar* playbackToolBar = nullptr;
        // Object names of the docks shown by default while presenting (the
        // lecturer's own choice is remembered after the first time).
        QStringList defaultDocks;
        // Gets the keyboard focus on entering (the diagram).
        QWidget* focusWidget = nullptr;
    };

    PresentationMode(const Parts& parts, Settings* settings, QObject* parent = nullptr);
    ~PresentationMode() override;

    // View ▸ Presentation: checkable, F5, objectName "actionPresentation".
    QAction* toggleAction() const { return m_toggle; }
    QAction* largerAction() const { return m_larger; }
    QAction* smallerAction() const { return m_smaller; }
    QAction* blankAction() const { return m_blank; }
    QAction* leaveAction() const { return m_leave; }

    bool isActive() const { return m_active; }
    bool isBlank() const;
    double scale() const { return m_scale; }
    // The high-contrast palette used while presenting.
    static QPalette highContrastPalette();

    void retranslate();

public slots:
    void setActive(bool active);
    void enter() { setActive(true); }
    void leave() { setActive(false); }
    // Clamped to 1.5-3 and remembered; applied at once while presenting.
    void setScale(double scale);
    void larger() { setScale(m_scale + kScaleStep); }
    void smaller() { setScale(m_scale - kScaleStep); }
    void setBlank(bool blank);
    void toggleBlank() { setBlank(!isBlank()); }

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Saved
    {
        QByteArray state;
        Qt::WindowStates windowState;
        bool menuBarVisible = true;
        bool ownFont = false;
        QFont font;
        bool ownPalette = false;
        QPalette palette;
        QSize iconSize;
    };
    struct SavedRows
    {
        QPointer<QWidget> header; // a QHeaderView
        int defaultSize = 0;
    };

    void applyScale();
    void restoreRows();
    void updateActions();
    QList<QAction*> menuActions() const;

    Parts m_parts;
    Settings* m_settings;
    QAction* m_toggle;
    QAction* m_larger;
    QAction* m_smaller;
    QAction* m_blank;
    QAction* m_leave;
    QAction* m_separator = nullptr;
    QWidget* m_blankScreen = nullptr;
    bool m_active = false;
    double m_scale;
    Saved m_saved;
    std::vector<SavedRows> m_rows;
    QList<QAction*> m_addedActions;
};

} // namespace processlab
