#pragma once

// Shared by the GUI tests (not a test itself: no tst_ prefix).

#include "SimulationController.h"
#include "UserPrompts.h"
#include "core/Scenario.h"
#include "scenario/ScenarioProperties.h"
#include "scenario/WorkloadGenerator.h"

#include <QGlyphRun>
#include <QGraphicsView>
#include <QRawFont>
#include <QStringList>
#include <QTest>
#include <QTextLayout>

#include <deque>
#include <functional>

namespace processlab::testing {

// P1: CPU 5, I/O 3, CPU 2 at 0; P2: CPU 4 at 0; P3: CPU 3, I/O 2, CPU 3 at 1.
// Round robin, quantum 2, one CPU.
inline Scenario threeProcesses()
{
    Scenario scenario;
    scenario.title = QStringLiteral("Three processes");
    scenario.policy.name = QStringLiteral("rr");
    scenario.policy.quantum = 2;
    const struct
    {
        const char* name;
        Tick arrival;
        std::vector<Tick> bursts;
    } processes[] = {
        {"P1", 0, {5, 3, 2}},
        {"P2", 0, {4}},
        {"P3", 1, {3, 2, 3}},
    };
    for (const auto& p : processes) {
        ProcessSpec spec;
        spec.name = QString::fromLatin1(p.name);
        spec.arrival = p.arrival;
        spec.program = programFromBursts(p.bursts);
        scenario.processes.push_back(spec);
    }
    return scenario;
}

// Answers the main window's questions from queues, records its errors.
class ScriptedPrompts : public UserPrompts
{
public:
    std::deque<QString> openNames;
    std::deque<QString> saveNames;
    std::deque<SaveChoice> saveChoices;
    std::deque<bool> discardMoves;
    QStringList errors;
    int saveQuestions = 0;

    QString openFileName(QWidget*, const QString&) override { return take(openNames, QString()); }
    QString saveFileName(QWidget*, const QString&) override { return take(saveNames, QString()); }
    SaveChoice askSaveChanges(QWidget*, const QString&) override
    {
        ++saveQuestions;
        return take(saveChoices, SaveChoice::Cancel);
    }
    bool confirmDiscardMoves(QWidget*) override { return take(discardMoves, false); }
    void showError(QWidget*, const QString&, const QString& text) override { errors << text; }
    bool editWorkload(QWidget*, WorkloadParameters*) override { return true; }
    // Each answer edits the properties as the user would; none left: Cancel.
    std::deque<std::function<void(ScenarioProperties*)>> propertyEdits;
    bool editProperties(QWidget*, ScenarioProperties* properties) override
    {
        if (propertyEdits.empty())
            return false;
        const auto edit = propertyEdits.front();
        propertyEdits.pop_front();
        edit(properties);
        return true;
    }

private:
    template<typename T> static T take(std::deque<T>& queue, T fallback)
    {
        if (queue.empty())
            return fallback;
        T value = queue.front();
        queue.pop_front();
        return value;
    }
};

// A drag with real mouse events on the view's viewport: press, several
// moves, release (Qt 6.4 has no QTest::mouseDrag).
inline void dragOnView(QGraphicsView* view, const QPointF& fromScene, const QPointF& toScene)
{
    QWidget* viewport = view->viewport();
    const QPoint from = view->mapFromScene(fromScene);
    const QPoint to = view->mapFromScene(toScene);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    const int steps = 8;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / steps);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

// Whether `text` has any CJK ideograph (a text shown in Chinese).
inline bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

// The family the text "就绪" is drawn with in `font` (what the glyph runs use,
// fallback included).
inline QString chineseDrawnWith(const QFont& font)
{
    QTextLayout layout(QStringLiteral("\u5c31\u7eea"), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    return runs.isEmpty() ? QString() : runs.first().rawFont().familyName();
}

} // namespace processlab::testing
