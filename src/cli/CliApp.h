#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <functional>
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

    // Sees each command with its parsed command line just before it runs;
    // false skips the run (exit code 0, no output). Unset in processlab-cli:
    // the fuzz target (fuzz/fuzz_cli_args.cpp) uses it to keep runs inside
    // its sandbox, after all the option checks that precede a run.
    using RunGuard = std::function<bool(const CliCommand& command, const CliContext& context)>;
    void setRunGuard(RunGuard guard) { m_runGuard = std::move(guard); }

private:
    const CliCommand* find(const QString& name) const;
    int dispatch(const QStringList& arguments, QString* out, QString* err);
    // Options every command accepts (--help; later --lang).
    static QList<QCommandLineOption> globalOptions();

    std::vector<std::unique_ptr<CliCommand>> m_commands;
    RunGuard m_runGuard;
};

} // namespace processlab::cli
