#pragma once

#include "CliCommand.h"

namespace processlab::cli {

// processlab-cli prodcons [FILE] [--real] [--duration SECONDS] [--producers N]
//     [--consumers N] [--low N] [--high N] [--produce-batch N] [--consume-batch N]
//     [--producer-pause S] [--consumer-pause S] [--capacity N] [--produce-cost T]
//     [--consume-cost T] [--policy SPEC] [--quantum N] [--cpus N] [--json]
// The producer-consumer exercise, simulated (simulated seconds) or with
// real processes (wall seconds). FILE, when given, supplies the base
// scenario and its producerConsumer section; the options override them.
class ProdConsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("prodcons"); }
    QString summary() const override;
    QString argumentsSyntax() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int minArguments() const override { return 0; }
    int maxArguments() const override { return 1; }
    int run(CliContext& context) const override;

    static constexpr double kDefaultDuration = 10.0;
    static constexpr double kMaxDuration = 86400.0;
    static constexpr double kSampleSeconds = 0.1; // queue-length samples
};

} // namespace processlab::cli
