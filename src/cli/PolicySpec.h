#pragma once

#include "core/Scenario.h"

#include <QString>
#include <QStringList>

namespace processlab::cli {

// The command line's policy syntax: name[:param[:param...]].
//   rr:4 (or rr:q=4)                       quantum 4
//   priority:preemptive, :nonpreemptive, :higher-first, :lower-first
//   mlfq:8/16/0, :boost=N, :nonpreemptive
//   any policy: :expired-first (newBeforePreempted = false), :new-first
// Parameters not given keep the value of `base` (the scenario's policy).
class PolicySpec
{
public:
    // Throws CliError (bad input) naming `option` and the spec.
    static PolicyConfig parse(const QString& spec, const PolicyConfig& base, const QString& option);
    // Splits a comma-separated list; throws on an empty entry.
    static QStringList split(const QString& list, const QString& option);
    // The canonical spec of a config ("rr:4", "mlfq:8/16/0:boost=100").
    static QString format(const PolicyConfig& config);
};

} // namespace processlab::cli
