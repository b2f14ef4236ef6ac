#pragma once

#include "Scenario.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace processlab {

class Engine;

// The prepared scenarios and Python snippets of the guided lessons (issue #6),
// one topic per concept of the course, in the course's order. Each scenario's
// operations carry the line of the snippet they stand for (Operation::line),
// so a view can highlight the line a process is "executing". The texts around
// them (titles, explanations, common mistakes) live in the GUI.
namespace lessons {

enum class Topic : quint8
{
    Programs,         // programs vs processes, multitasking
    TimeSlicing,      // CPU time slices, time-sharing, switch overhead
    States,           // the five states and the PCB (manual scheduling)
    Creation,         // Process(target=...), subclassing, start(), join(), daemon
    Globals,          // each process's own globals vs a shared Queue
    ProducerConsumer, // the course's exercise
    Gil,              // the global interpreter lock
};
constexpr int kTopicCount = 7;

// Scenario::extra[kLessonKey] holds topicId() of the lesson a scenario came
// from (kept when it is saved and opened again).
inline QString lessonKey()
{
    return QStringLiteral("lesson");
}

std::vector<Topic> topics();
// Stable ids: "programs", "time-slicing", "states", "creation", "globals",
// "producer-consumer", "gil".
QString topicId(Topic topic);
std::optional<Topic> topicFromId(const QString& id);
// The lesson a scenario belongs to, from its extra map.
std::optional<Topic> topicOf(const Scenario& scenario);

struct Variant
{
    const char* label = nullptr; // source text, context "Lessons" (a "Try it" button)
    Scenario scenario;
    // > 0: the programs loop forever (producer-consumer); tests and the
    // overhead table run to this time instead of to the end.
    Tick timeLimit = 0;
};

// The prepared scenarios of a topic (at least one), in display order.
std::vector<Variant> variants(Topic topic);
Scenario scenario(Topic topic, int variant = 0);
// The variant label, translated.
QString variantLabel(const Variant& variant);

// The snippet, translated (comments and printed texts), one string per line:
// line n of the snippet is element n - 1. The line count and the code are
// the same in every language.
QStringList snippet(Topic topic);
int snippetLineCount(Topic topic);

// The snippet line process `pid` is at: the line of its current operation
// while it has one (Ready, Running, Blocked), 0 when none (not started,
// terminated, or an operation without a line).
int currentLine(const Engine& engine, int pid);

// Runs `engine` to its end, or to `timeLimit` (> 0) for programs that loop
// forever. false when it stopped before either (waiting for a manual move).
bool runToEndOrLimit(Engine& engine, Tick timeLimit);

// Time slicing: the cost of switching for each quantum of the lesson.
struct SliceCost
{
    Tick quantum = 0;
    Tick switchCost = 0;
    quint64 switches = 0;
    Tick switchTicks = 0; // CPU time spent switching
    Tick runTicks = 0;    // CPU time spent running processes
    Tick makespan = 0;
    double averageWaiting = 0;
    double averageResponse = 0;
    // switchTicks / (switchTicks + runTicks)
    double overhead() const;
};
std::vector<SliceCost> timeSliceCosts();

} // namespace lessons
} // namespace processlab
