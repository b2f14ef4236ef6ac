#pragma once

#include "core/Scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace processlab {

// The outcome of reading a scenario: the scenario, or the first problem with
// the file name and the field path where it is.
struct ScenarioLoad
{
    std::optional<Scenario> scenario;
    QString file;            // the path or name it was read from
    ScenarioProblem problem; // set when !scenario

    bool ok() const { return scenario.has_value(); }
    // "examples/rr.json: processes[2].bursts[1]: must be a whole number of ticks >= 1"
    QString errorText() const;
};

// The scenario file format (JSON, UTF-8, "format": "processlab-scenario",
// "version": 1), used by the GUI and the CLI alike.
//
// Required: "format", "version", "policy" with its "name", "processes"
// (unless "producerConsumer" generates them), and each process's "name" and
// "bursts" or "program". Everything else is optional, with the
// defaults of Scenario / PolicyConfig / ProcessSpec ("cpus" 1,
// "contextSwitch" 0, "memory" 0 = unlimited, "arrival" 0, "priority" 0, ...).
// The policy's "preemptive" key is PolicyConfig::mlfqPreemptive when the
// policy is "mlfq" and PolicyConfig::preemptive otherwise.
//
// A process gives either "bursts" (CPU, I/O, CPU, ...) or a "program" of
// operations ({"op": "cpu", "ticks": 3}, {"op": "put", "queue": "q"}, ...;
// docs/prodcons.md lists them) that name the top level's "queues",
// "locks" and "globals" and other processes by name; "spawned", "daemon"
// and "group" (a process name) are optional. A program that is exactly the
// burst form, with no lesson lines, is written as "bursts".
//
// A "producerConsumer" section (ProducerConsumerConfig) generates the
// processes, the queue and "secondsPerTick"; serialize() leaves out what the
// section generates and writes whatever differs, so edits survive.
//
// Unknown keys of the top level, the policy and each process are kept in the
// `extra` maps and written back by serialize(), so load -> save -> load gives
// an equal Scenario. Reading stops at the first problem (type, missing
// field, limit, then Scenario::validate()) and returns nothing else.
class ScenarioFile
{
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024; // larger files are refused unread
    static QString formatId() { return QStringLiteral("processlab-scenario"); }

    static ScenarioLoad load(const QString& path);
    static ScenarioLoad parse(const QByteArray& json, const QString& sourceName);
    // UTF-8 JSON, one process per line; fields at their default are left out
    // unless the policy uses them.
    static QByteArray serialize(const Scenario& scenario);
    // Atomic (QSaveFile): on failure the old file is untouched and *error
    // says why, naming the path.
    static bool save(const Scenario& scenario, const QString& path, QString* error);
};

} // namespace processlab
