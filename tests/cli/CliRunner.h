#pragma once

// Runs the built processlab-cli (PROCESSLAB_CLI) and collects what it did;
// shared by the CLI tests.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clitest {

struct Result
{
    int code = -1; // -1: it crashed or did not finish
    QByteArray out;
    QByteArray err;
};

inline Result runCli(const QStringList& arguments, const QString& stdoutFile = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(PROCESSLAB_CLI));
    process.setArguments(arguments);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start();
    Result r;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.code = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace clitest
