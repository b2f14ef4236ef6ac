#pragma once

// The input format and the sandbox of fuzz_cli_args, shared with the
// regression test (tests/cli/tst_clifuzzregressions.cpp), which replays saved
// inputs through the real processlab-cli in the same sandbox.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <optional>

namespace processlab::fuzzing {

// Bounds on one input, so that no input is slow just for being long.
constexpr int kMaxArguments = 64;
constexpr qsizetype kMaxArgumentBytes = 1024;

// The arguments after the program name: the input split at every NUL and
// newline byte (one separator at the very end is ignored, so a seed file may
// end with a newline). Nothing when there are too many or too long ones.
inline std::optional<QStringList> splitArguments(const QByteArray& input)
{
    QByteArray text = input;
    if (text.endsWith('\n') || text.endsWith('\0'))
        text.chop(1);
    QStringList arguments;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != '\n' && text.at(i) != '\0')
            continue;
        if (i - start > kMaxArgumentBytes || arguments.size() >= kMaxArguments)
            return std::nullopt;
        // As QCoreApplication::arguments() decodes argv on Linux.
        arguments << QString::fromLocal8Bit(text.mid(start, i - start));
        start = i + 1;
    }
    if (input.isEmpty())
        arguments.clear(); // no arguments at all, not one empty one
    return arguments;
}

// The scenario files a fuzzed command line can name (by file name; commands
// run with the sandbox as the working directory): the shipped examples and
// fuzz/sandbox/, a program with every operation and a producer-consumer
// exercise.
inline QFileInfoList sandboxSources(const QString& sourceDir)
{
    const QStringList json{QStringLiteral("*.json")};
    return QDir(sourceDir + QStringLiteral("/resources/examples"))
               .entryInfoList(json, QDir::Files, QDir::Name) +
           QDir(sourceDir + QStringLiteral("/fuzz/sandbox")).entryInfoList(json, QDir::Files, QDir::Name);
}

// Copies the sandbox files into `dir`; their names, or nothing on failure.
inline std::optional<QStringList> fillSandbox(const QString& sourceDir, const QString& dir)
{
    QStringList names;
    for (const QFileInfo& source : sandboxSources(sourceDir)) {
        if (!QFile::copy(source.filePath(), dir + QLatin1Char('/') + source.fileName()))
            return std::nullopt;
        names << source.fileName();
    }
    if (names.isEmpty())
        return std::nullopt;
    return names;
}

// Removes what a command wrote into the sandbox (--gantt files, a save's
// temporary file), so every input starts from the same files.
inline void cleanSandbox(const QString& dir, const QStringList& keep)
{
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        if (keep.contains(entry.fileName()))
            continue;
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
}

} // namespace processlab::fuzzing
