#pragma once

// What fuzz_scenario_loader does with one input. Shared with the regression
// test (tests/core/tst_fuzzregressions.cpp), so a saved crash input replays
// exactly the checks that found it, in the normal build.
#include "core/Engine.h"
#include "core/Metrics.h"
#include "core/io/ScenarioFile.h"

#include <QByteArray>
#include <QString>

namespace processlab::fuzzing {

// Event steps given to the engine for a scenario that loaded: far enough into
// any scenario a small input can describe, and few enough for a fast fuzzer
// (scenarios whose programs loop forever are stopped here).
constexpr qint64 kEngineSteps = 10000;

struct ScenarioOutcome
{
    bool loaded = false;
    QString error;  // the loader's message when it refused the input
    QString broken; // not empty: a promise of ScenarioFile or the engine was broken
};

// Loads `bytes` as a scenario file. When they load, the scenario must be one
// Scenario::validate() accepts (the engine's precondition), must come back
// equal and byte-identical through save and load (ScenarioFile.h promises
// round trips), and must run kEngineSteps event steps with every invariant
// of InvariantChecker holding; Metrics are computed as every front end does
// after a run. Crashes and sanitizer reports happen inside; broken promises
// are returned.
inline ScenarioOutcome loadAndRun(const QByteArray& bytes)
{
    ScenarioOutcome outcome;
    const ScenarioLoad load = ScenarioFile::parse(bytes, QStringLiteral("fuzz.json"));
    if (!load.ok()) {
        outcome.error = load.errorText();
        if (load.problem.text().isEmpty())
            outcome.broken = QStringLiteral("refused without saying why");
        return outcome;
    }
    outcome.loaded = true;
    const Scenario& scenario = *load.scenario;
    if (const auto problem = scenario.validate()) {
        outcome.broken = QStringLiteral("loaded, but validate() says: ") + problem->text();
        return outcome;
    }

    const QByteArray saved = ScenarioFile::serialize(scenario);
    const ScenarioLoad again = ScenarioFile::parse(saved, QStringLiteral("saved.json"));
    if (!again.ok()) {
        outcome.broken = QStringLiteral("saved, but the saved file is refused: ") + again.errorText() +
                         QLatin1Char('\n') + QString::fromUtf8(saved);
        return outcome;
    }
    if (!(*again.scenario == scenario) || ScenarioFile::serialize(*again.scenario) != saved) {
        outcome.broken =
            QStringLiteral("not the same after saving and loading again:\n") + QString::fromUtf8(saved);
        return outcome;
    }

    Engine engine(scenario);
    // On in debug builds anyway; here in every build, so the regression test
    // checks in Release what the fuzzer checked.
    engine.setInvariantChecking(true);
    engine.run(kEngineSteps);
    if (engine.invariantViolation()) {
        outcome.broken =
            QStringLiteral("the engine broke an invariant:\n") + engine.invariantViolation().englishText();
        return outcome;
    }
    const Metrics metrics = Metrics::of(engine);
    if (metrics.processes.size() != scenario.processes.size())
        outcome.broken = QStringLiteral("metrics for %1 of %2 processes")
                             .arg(metrics.processes.size())
                             .arg(scenario.processes.size());
    return outcome;
}

} // namespace processlab::fuzzing
