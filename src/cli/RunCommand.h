#pragma once

#include "CliCommand.h"

namespace processlab::cli {

// processlab-cli run FILE [--policy NAME] [--quantum N] [--cpus N]
//                         [--switch-cost N] [--json] [--gantt OUT]...
//                         [--lanes cpu|process] [--width PX] [--scale N]
//                         [--no-title] [--no-metrics] [--lang zh_CN|en]
class RunCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    QString argumentsSyntax() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context) const override;
};

} // namespace processlab::cli
