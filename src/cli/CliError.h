#pragma once

#include <QString>

namespace processlab::cli {

// Exit codes of processlab-cli.
enum ExitCode : int
{
    ExitOk = 0,
    ExitInternal = 1, // a bug or a resource failure
    ExitBadInput = 2, // bad usage, bad file, bad option value
};

// Thrown by a command to stop with an exit code and a message for stderr;
// nothing has been written to stdout at that point.
class CliError
{
public:
    CliError(int exitCode, QString message, bool usageHint = false)
        : m_exitCode(exitCode), m_message(std::move(message)), m_usageHint(usageHint)
    {}
    static CliError usage(QString message) { return CliError(ExitBadInput, std::move(message), true); }
    static CliError badInput(QString message) { return CliError(ExitBadInput, std::move(message)); }
    static CliError internal(QString message) { return CliError(ExitInternal, std::move(message)); }

    int exitCode() const { return m_exitCode; }
    const QString& message() const { return m_message; }
    // Append "Try 'processlab-cli --help'".
    bool usageHint() const { return m_usageHint; }

private:
    int m_exitCode;
    QString m_message;
    bool m_usageHint;
};

} // namespace processlab::cli
