#pragma once

#include "core/Engine.h"
#include "core/Scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace processlab {

class SimulationController;

// One manual move (a drag and drop) of the run: replayed at `time`, once
// the trace has as many state changes and slices as it had before the move
// (that says whether the events of that instant had been handled).
struct RecoveredMove
{
    Tick time = 0;
    int pid = 0;
    ProcessState target = ProcessState::Ready;
    int cpu = -1;
    int changesBefore = 0;
    int slicesBefore = 0;
    bool operator==(const RecoveredMove& o) const;
};

// What a recovery file holds: the open scenario, where it came from, the
// manual moves of the run and where the run was, so that after a crash the
// lecturer gets back exactly what was on the screen.
struct RecoveryData
{
    Scenario scenario;
    QString filePath;    // the document's file; empty when untitled
    QString displayName; // "io-bursts.json", "CPU and I/O bursts (example)"
    bool modified = false;
    std::vector<RecoveredMove> moves;
    Tick time = 0;       // the run's clock
    int changeCount = 0; // trace length, to check the replay
    int sliceCount = 0;
    QByteArray traceDigest; // of the trace's state changes, ditto
    QDateTime savedAt;
};

// Reads, writes and replays recovery files (JSON, "format":
// "processlab-recovery", "version": 1, the scenario inside in the scenario
// file format).
class RecoveryFile
{
    Q_DECLARE_TR_FUNCTIONS(processlab::RecoveryFile)

public:
    static constexpr int kVersion = 1;

    // Without "savedAt" when `withTime` is false (to compare contents).
    static QByteArray serialize(const RecoveryData& data, bool withTime = true);
    static std::optional<RecoveryData> parse(const QByteArray& json, QString* error);
    static std::optional<RecoveryData> load(const QString& path, QString* error);

    // The digest of the trace's state changes: equal traces, equal digests.
    static QByteArray digest(const Trace& trace);

    // Opens `data` in the controller: the file it came from (when it still
    // loads) with the recovered scenario on top, marked modified; then the
    // manual moves at their times and the clock where it was. false when the
    // scenario itself is unusable. When the moves cannot be replayed exactly
    // (*warning says so), the run is reset to t = 0 and the scenario stays.
    static bool restore(SimulationController* controller, const RecoveryData& data, QString* warning);
};

} // namespace processlab
