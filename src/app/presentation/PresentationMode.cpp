#include "PresentationMode.h"

#include "SvgIconEngine.h"
#include "settings/Settings.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace processlab {

PresentationMode::PresentationMode(const Parts& parts, Settings* settings, QObject* parent)
    : QObject(parent), m_parts(parts), m_settings(settings), m_toggle(new QAction(parts.window)),
      m_larger(new QAction(parts.window)), m_smaller(new QAction(parts.window)),
      m_blank(new QAction(parts.window)), m_leave(new QAction(parts.window)),
      m_scale(settings->presentationScale())
{
    m_toggle->setObjectName(QStringLiteral("actionPresentation"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F5));
    m_toggle->setIcon(SvgIconEngine::icon(QStringLiteral(":/icons/presentation.svg")));
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);

    m_larger->setObjectName(QStringLiteral("actionPresentationLarger"));
    m_larger->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_larger->setIcon(SvgIconEngine::icon(QStringLiteral(":/icons/text-larger.svg")));
    connect(m_larger, &QAction::triggered, this, &PresentationMode::larger);

    m_smaller->setObjectName(QStringLiteral("actionPresentationSmaller"));
    m_smaller->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_smaller->setIcon(SvgIconEngine::icon(QStringLiteral(":/icons/text-smaller.svg")));
    connect(m_smaller, &QAction::triggered, this, &PresentationMode::smaller);

    // B, as in PowerPoint; many clickers send "." for their blank button.
    m_blank->setObjectName(QStringLiteral("actionPresentationBlank"));
    m_blank->setShortcuts({QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)});
    m_blank->setIcon(SvgIconEngine::icon(QStringLiteral(":/icons/blank.svg")));
    connect(m_blank, &QAction::triggered, this, &PresentationMode::toggleBlank);

    m_leave->setObjectName(QStringLiteral("actionPresentationLeave"));
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_leave, &QAction::triggered, this, &PresentationMode::leave);

    // Invisible actions have no shortcuts: the keys above (B, Esc, ...) only
    // mean something while presenting.
    for (QAction* action : {m_larger, m_smaller, m_blank, m_leave}) {
        action->setVisible(false);
        parts.window->addAction(action);
    }
    if (m_parts.playbackToolBar) {
        m_separator = m_parts.playbackToolBar->addSeparator();
        m_parts.playbackToolBar->addAction(m_toggle);
        m_parts.playbackToolBar->addAction(m_smaller);
        m_parts.playbackToolBar->addAction(m_larger);
        m_parts.playbackToolBar->addAction(m_blank);
    }
    retranslate();
    updateActions();
}

PresentationMode::~PresentationMode() = default;

bool PresentationMode::isBlank() const
{
    return m_blankScreen && m_blankScreen->isVisible();
}

void PresentationMode::retranslate()
{
    m_toggle->setText(tr("&Presentation"));
    m_toggle->setStatusTip(
        tr("Full screen, large high-contrast text, only the playback controls (F5; Esc leaves)"));
    m_larger->setText(tr("Larger Text"));
    m_smaller->setText(tr("Smaller Text"));
    m_blank->setText(tr("Blank Screen"));
    m_blank->setStatusTip(tr("Black out the screen; any key brings it back"));
    m_leave->setText(tr("Leave Presentation"));
    for (QAction* action : {m_larger, m_smaller, m_blank, m_leave})
        action->setProperty("shortcutGroup", tr("Presentation"));
    updateActions();
}

void PresentationMode::updateActions()
{
    for (QAction* action : {m_larger, m_smaller, m_blank, m_leave})
        action->setVisible(m_active);
    m_larger->setEnabled(m_scale < Settings::kMaxPresentationScale - 1e-9);
    m_smaller->setEnabled(m_scale > Settings::kMinPresentationScale + 1e-9);
    const QString percent = QString::number(std::lround(m_scale * 100));
    m_larger->setToolTip(tr("Larger text (%1 %, Ctrl+=)").arg(percent));
    m_smaller->setToolTip(tr("Smaller text (%1 %, Ctrl+-)").arg(percent));
    m_blank->setToolTip(tr("Black out the screen (B); any key brings it back"));
    m_toggle->setToolTip(m_active ? tr("Leave presentation mode (Esc or F5)") : tr("Presentation mode (F5)"));
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(m_active);
}

QPalette PresentationMode::highContrastPalette()
{
    // Black on white with dark, saturated accents: what survives a washed-out
    // projector. Light greys (placeholders, frames) become dark greys.
    QPalette p;
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, black);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
        p.setColor(group, QPalette::Text, black);
        p.setColor(group, QPalette::BrightText, white);
        p.setColor(group, QPalette::Button, QColor(0xf2, 0xf2, 0xf2));
        p.setColor(group, QPalette::ButtonText, black);
        p.setColor(group, QPalette::Highlight, QColor(0x00, 0x2f, 0x9e));
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
        p.setColor(group, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xd8));
        p.setColor(group, QPalette::ToolTipText, black);
        p.setColor(group, QPalette::Link, QColor(0x00, 0x00, 0xc0));
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xd0, 0xd0, 0xd0));
        p.setColor(group, QPalette::Mid, QColor(0x50, 0x50, 0x50));
        p.setColor(group, QPalette::Dark, QColor(0x30, 0x30, 0x30));
        p.setColor(group, QPalette::Shadow, black);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, white);
    p.setColor(QPalette::Disabled, QPalette::Base, white);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0xf2, 0xf2, 0xf2));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, white);
    return p;
}

QList<QAction*> PresentationMode::menuActions() const
{
    QList<QAction*> out;
    QMenuBar* bar = m_parts.window->menuBar();
    std::vector<QMenu*> menus;
    for (QAction* action : bar->actions()) {
        if (action->menu())
            menus.push_back(action->menu());
    }
    while (!menus.empty()) {
        QMenu* menu = menus.back();
        menus.pop_back();
        for (QAction* action : menu->actions()) {
            if (action->menu())
                menus.push_back(action->menu());
            else if (!action->isSeparator() && !action->shortcuts().isEmpty())
                out << action;
        }
    }
    return out;
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active) {
        updateActions();
        return;
    }
    QMainWindow* w = m_parts.window;
    QToolBar* playback = m_parts.playbackToolBar;
    if (active) {
        m_saved.state = w->saveState();
        m_saved.windowState = w->windowState();
        m_saved.menuBarVisible = w->menuWidget() && !w->menuWidget()->isHidden();
        m_saved.ownFont = w->testAttribute(Qt::WA_SetFont);
        m_saved.font = w->font();
        m_saved.ownPalette = w->testAttribute(Qt::WA_SetPalette);
        m_saved.palette = w->palette();
        m_saved.iconSize = playback ? playback->iconSize() : QSize();
        m_active = true;

        // The menu bar goes; its actions' shortcuts (Ctrl+Z, ...) must not.
        m_addedActions.clear();
        const QList<QAction*> own = w->actions();
        for (QAction* action : menuActions()) {
            if (!own.contains(action))
                m_addedActions << action;
        }
        w->addActions(m_addedActions);

        const QByteArray layout = m_settings->presentationState();
        if (layout.isEmpty() || !w->restoreState(layout)) {
            for (QDockWidget* dock : w->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly))
                dock->setVisible(m_parts.defaultDocks.contains(dock->objectName()));
        }
        for (QToolBar* bar : w->findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
            bar->setVisible(bar == playback);
        if (w->menuWidget())
            w->menuWidget()->hide();
        w->setPalette(highContrastPalette());
        applyScale();
        w->setWindowState((m_saved.windowState & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
        if (m_parts.focusWidget)
            m_parts.focusWidget->setFocus();
    } else {
        setBlank(false);
        m_settings->setPresentationState(w->saveState());
        m_active = false;
        restoreRows();
        w->setFont(m_saved.ownFont ? m_saved.font : QFont());
        w->setPalette(m_saved.ownPalette ? m_saved.palette : QPalette());
        if (playback && m_saved.iconSize.isValid())
            playback->setIconSize(m_saved.iconSize);
        for (QAction* action : std::as_const(m_addedActions))
            w->removeAction(action);
        m_addedActions.clear();
        if (w->menuWidget())
            w->menuWidget()->setVisible(m_saved.menuBarVisible);
        w->restoreState(m_saved.state);
        w->setWindowState(m_saved.windowState);
    }
    updateActions();
    emit activeChanged(m_active);
}

void PresentationMode::setScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    // Steps of a quarter, within the range.
    scale = std::round(scale / kScaleStep) * kScaleStep;
    m_scale = std::clamp(scale, Settings::kMinPresentationScale, Settings::kMaxPresentationScale);
    m_settings->setPresentationScale(m_scale);
    if (m_active)
        applyScale();
    updateActions();
}

void PresentationMode::applyScale()
{
    QMainWindow* w = m_parts.window;
    const auto scaled = [this](QFont font, double factor) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(m_saved.font.pointSizeF() * factor);
        else if (font.pixelSize() > 0)
            font.setPixelSize(int(std::lround(m_saved.font.pixelSize() * factor)));
        return font;
    };
    const QFont font = scaled(m_saved.font, m_scale);
    w->setFont(font);
    if (m_parts.playbackToolBar && m_saved.iconSize.isValid())
        m_parts.playbackToolBar->setIconSize(m_saved.iconSize * m_scale);

    // Table rows grow with their text.
    const int rowHeight = QFontMetrics(font).height() + 8;
    for (QTableView* table : w->findChildren<QTableView*>()) {
        QHeaderView* header = table->verticalHeader();
        auto saved = std::find_if(m_rows.begin(), m_rows.end(),
                                  [header](const SavedRows& rows) { return rows.header == header; });
        if (saved == m_rows.end()) {
            m_rows.push_back({header, header->defaultSectionSize()});
            saved = m_rows.end() - 1;
        }
        header->setDefaultSectionSize(std::max(saved->defaultSize, rowHeight));
    }
}

void PresentationMode::restoreRows()
{
    for (const SavedRows& rows : m_rows) {
        if (auto* header = qobject_cast<QHeaderView*>(rows.header.data()))
            header->setDefaultSectionSize(rows.defaultSize);
    }
    m_rows.clear();
}

void PresentationMode::setBlank(bool blank)
{
    if (blank == isBlank() || (blank && !m_active))
        return;
    QMainWindow* w = m_parts.window;
    if (!m_blankScreen) {
        m_blankScreen = new QWidget(w);
        m_blankScreen->setObjectName(QStringLiteral("presentationBlankScreen"));
        QPalette black;
        black.setColor(QPalette::Window, Qt::black);
        m_blankScreen->setPalette(black);
        m_blankScreen->setAutoFillBackground(true);
        m_blankScreen->setCursor(Qt::BlankCursor);
        m_blankScreen->setFocusPolicy(Qt::StrongFocus);
        m_blankScreen->installEventFilter(this);
        m_blankScreen->hide();
        w->installEventFilter(this);
    }
    if (blank) {
        m_blankScreen->setGeometry(w->rect());
        m_blankScreen->raise();
        m_blankScreen->show();
        m_blankScreen->setFocus();
    } else {
        m_blankScreen->hide();
        if (m_parts.focusWidget)
            m_parts.focusWidget->setFocus();
    }
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_blankScreen) {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
            // Every key is for the black screen: no step happens unseen.
            event->accept();
            return true;
        case QEvent::KeyPress: {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() != Qt::Key_Shift && key->key() != Qt::Key_Control && key->key() != Qt::Key_Alt &&
                key->key() != Qt::Key_Meta)
                setBlank(false);
            return true;
        }
        case QEvent::MouseButtonPress:
            setBlank(false);
            return true;
        default:
            break;
        }
    } else if (watched == m_parts.window && event->type() == QEvent::Resize && isBlank()) {
        m_blankScreen->setGeometry(m_parts.window->rect());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace processlab
