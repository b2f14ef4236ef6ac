#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace processlab::cli {

// What a command gets to run: the parsed command line and the buffers it
// writes to. stdout is written only after the command returned successfully,
// so a failing command leaves stdout empty.
struct CliContext
{
    const QCommandLineParser& parser;
    QStringList arguments; // positional arguments after the command name
    QString out;           // for stdout
    QString err;           // notes for stderr (also written on success)
};

// One subcommand of processlab-cli (run, compare, validate, later prodcons).
// CliApp owns the list of commands; a new command is a new subclass added
// there, with its own options.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for the command list in --help (translated).
    virtual QString summary() const = 0;
    // The positional arguments after the command, for the usage line ("FILE").
    virtual QString argumentsSyntax() const = 0;
    // Longer help for `processlab-cli COMMAND --help` (translated).
    virtual QString description() const { return summary(); }
    // The options this command accepts (besides --help).
    virtual QList<QCommandLineOption> options() const = 0;
    // Min and max number of positional arguments.
    virtual int minArguments() const { return 1; }
    virtual int maxArguments() const { return 1; }

    // Throws CliError on bad input; returns the exit code otherwise.
    virtual int run(CliContext& context) const = 0;
};

} // namespace processlab::cli
