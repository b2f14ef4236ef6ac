#pragma once

#include "CliCommand.h"

namespace processlab::cli {

// processlab-cli compare FILE [--policies fcfs,sjf,rr:4,...] [--cpus N]
//                             [--switch-cost N] [--json]
class CompareCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    QString argumentsSyntax() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context) const override;

    // The list compared when --policies is not given.
    static QString defaultPolicies() { return QStringLiteral("fcfs,sjf,srtf,priority,rr,hrrn,mlfq"); }
};

} // namespace processlab::cli
