#pragma once

#include "core/Lessons.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace processlab {

class SimulationController;
class SnippetView;

// The Lessons dock: one short page per concept of the course, in its order.
// Each page has an explanation, "Try it" buttons that load the lesson's
// scenario into the live views (one undoable edit), the Python snippet with
// the line each process is executing highlighted as the run moves, and a
// note on common mistakes. Built the first time the dock is shown.
class LessonsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonsPanel(SimulationController* controller, QWidget* parent = nullptr);

    lessons::Topic topic() const { return m_topic; }
    void setTopic(lessons::Topic topic);
    // Loads variant `variant` of the current topic; false when it is invalid.
    bool tryIt(int variant = 0);
    SnippetView* snippetView() const { return m_snippet; }
    // The "Try it" buttons of the current page.
    std::vector<QPushButton*> tryButtons() const { return m_tryButtons; }
    // The live values (globals, queues) shown under the snippet.
    QString liveText() const;

public slots:
    // The process selected in the main window (its line gets a frame).
    void setSelectedPid(int pid);

signals:
    // A lesson's scenario was loaded (the main window selects its first process).
    void scenarioLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildPage();
    void rebuildTryButtons();
    void refreshMarks();
    QString sliceCostTable() const;
    bool showsCurrentScenario() const;

    SimulationController* m_controller;
    lessons::Topic m_topic = lessons::Topic::Programs;
    int m_selectedPid = 0;
    int m_shownLine = 0; // the highlighted line last scrolled into view
    QComboBox* m_topics;
    QToolButton* m_previous;
    QToolButton* m_next;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_body;
    QWidget* m_tryBox;
    QVBoxLayout* m_tryLayout;
    std::vector<QPushButton*> m_tryButtons;
    QLabel* m_extra;
    QLabel* m_codeTitle;
    QScrollArea* m_codeScroll;
    SnippetView* m_snippet;
    QLabel* m_live;
    QLabel* m_mistakesTitle;
    QLabel* m_mistakes;
};

} // namespace processlab
