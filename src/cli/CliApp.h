#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace processlab::cli {

// processlab-cli: finds the command, parses its options, runs it, and maps
// the outcome to an exit code (0 ok, 2 bad input or usage, 1 internal).
// stdout gets the command's output only on success; errors go to stderr.
class CliApp
{
public:
    CliApp();
    ~CliApp();

    // `arguments` includes the program name, as QCoreApplication::arguments().
    int exec(const QStringList& arguments);

    QString helpText() const;
    QString commandHelp(const CliCommand& command) const;
    static QString versionText();

private:
    const CliCommand* find(const QString& name) const;
    int dispatch(const QStringList& arguments, QString* out, QString* err);
    // Options every command accepts (--help; later --lang).
    static QList<QCommandLineOption> globalOptions();

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace processlab::cli
