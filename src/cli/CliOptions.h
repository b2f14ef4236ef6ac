#pragma once

#include <QCommandLineOption>

namespace processlab::cli {

// The options of processlab-cli, defined once and shared by the commands that
// accept them (so `run` and `compare` spell --cpus the same way).
class CliOptions
{
public:
    // Limits of --width and --scale.
    static constexpr int kMinWidth = 16;
    static constexpr int kMaxWidth = 32767;
    static constexpr double kMinScale = 0.25;
    static constexpr double kMaxScale = 8.0;

    static QCommandLineOption help();
    static QCommandLineOption version();
    static QCommandLineOption json();
    static QCommandLineOption policy();
    static QCommandLineOption policies();
    static QCommandLineOption quantum();
    static QCommandLineOption cpus();
    static QCommandLineOption switchCost();
    static QCommandLineOption lang();
    static QCommandLineOption gantt();
    static QCommandLineOption lanes();
    static QCommandLineOption width();
    static QCommandLineOption scale();
    static QCommandLineOption noTitle();
    static QCommandLineOption noMetrics();
};

} // namespace processlab::cli
