#pragma once

#include <QCommandLineOption>

namespace processlab::cli {

// The options of processlab-cli, defined once and shared by the commands that
// accept them (so `run` and `compare` spell --cpus the same way).
class CliOptions
{
public:
    static QCommandLineOption help();
    static QCommandLineOption version();
    static QCommandLineOption json();
    static QCommandLineOption policy();
    static QCommandLineOption policies();
    static QCommandLineOption quantum();
    static QCommandLineOption cpus();
    static QCommandLineOption switchCost();
};

} // namespace processlab::cli
