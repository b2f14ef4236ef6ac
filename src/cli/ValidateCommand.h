#pragma once

#include "CliCommand.h"

namespace processlab::cli {

// processlab-cli validate FILE
class ValidateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override { return {}; }
    int run(CliContext& context) const override;
};

} // namespace processlab::cli
