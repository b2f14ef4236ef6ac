// Soak test (issue #8): long runs keep their memory flat and every invariant.
//
//   processlab-soak [--short] [--hours H] [--events N] [--history gui|off|both] [--limit-mib M]
//
// Plays the producer-consumer lab (the GUI's default: 1 producer, 5
// consumers, rr on 2 CPUs, 10 ms a tick) for H simulated hours (default 24)
// and a scheduler workload (64 processes looping over CPU, I/O and sleep,
// MLFQ with boosts on 4 CPUs, context switches) for N events (default
// 10,000,000). Each runs with step-back history on, as the GUI keeps it, and
// off, as the CLI runs, with the invariant checker on after every step.
// --short: 20 simulated minutes and 300,000 events, a few seconds in all.
//
// What "flat" means (docs/soak.md): the trace is the run's record (the Gantt
// chart, the state changes) and grows with it by design, and with history on
// the step log grows by one small entry a step; neither is a leak. So the
// test measures RSS (/proc/self/statm) after the first simulated minute (the
// first 1% of the events) and at the end, subtracts what the trace and the
// log added in between (their element counts times their sizes), and fails
// when the rest grew by more than --limit-mib (default 8). With history on,
// the engine also keeps up to 4096 checkpoints, one every K steps (about
// 256 MiB at most), and thins them once it has that many: the baseline is
// then taken a little after 4096 x K steps (2.1 million steps here) and the
// run goes on to at least twice that, so the scheduler runs past its 10
// million events with history on. A run too short for that (--short) only
// reports the history-on figures and checks them against trace + log +
// 256 MiB. Each run is a child process of
// its own, so one run's freed memory does not hide another's growth, and
// large blocks always come from mmap (mallopt), so RSS shows the memory in
// use rather than what the allocator keeps. Exit status 0 when everything
// held, 1 otherwise.
#include "core/Engine.h"
#include "core/InvariantChecker.h"
#include "core/ProducerConsumer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace processlab;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
// Engine::LoggedStep (kind, target, pid, cpu): what history adds per step.
constexpr double kLogEntryBytes = 12;
// The engine keeps at most this many checkpoints (Engine's constructor).
constexpr double kMaxCheckpoints = 4096;
constexpr double kCheckpointBudgetMiB = 256;

double rssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return double(fields.value(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / kMiB;
}

double traceMiB(const Engine& engine)
{
    const Trace& trace = engine.trace();
    return (double(trace.slices.size()) * sizeof(Slice) +
            double(trace.changes.size()) * sizeof(StateChange)) /
           kMiB;
}

double logMiB(const Engine& engine)
{
    return double(engine.stepCount()) * kLogEntryBytes / kMiB;
}

struct Options
{
    double hours = 24;
    qint64 events = 10000000;
    bool historyOn = true;
    bool historyOff = true;
    double limitMiB = 8;
    bool pastCheckpointCap = true; // with history, run until the checkpoints have been capped a while
};

Scenario producerConsumer()
{
    return ProducerConsumer::build({},
                                   ProducerConsumer::defaultBase(QStringLiteral("soak: producer-consumer")));
}

Scenario scheduler()
{
    QRandomGenerator rng(8);
    Scenario s;
    s.title = QStringLiteral("soak: scheduler");
    s.cpus = 4;
    s.contextSwitch = 1;
    s.policy.name = QStringLiteral("mlfq");
    s.policy.levels = {4, 8, 0};
    s.policy.boost = 200;
    for (int i = 0; i < 64; ++i) {
        ProcessSpec p;
        p.name = QStringLiteral("P%1").arg(i + 1);
        p.arrival = rng.bounded(100);
        p.priority = int(rng.bounded(5));
        auto ticks = [&rng](int max) { return Tick(1 + rng.bounded(max)); };
        p.program = {Operation::cpu(ticks(12)), Operation::io(ticks(30)), Operation::cpu(ticks(6)),
                     Operation::sleep(ticks(20)), Operation::make(OperationKind::Jump, 0, 0, 0)};
        s.processes.push_back(std::move(p));
    }
    return s;
}

struct Sample
{
    double rss = 0;
    double trace = 0;
    double log = 0;
};

Sample sample(const Engine& engine)
{
    return {rssMiB(), traceMiB(engine), logMiB(engine)};
}

// One run: steps until `done`, then the figures and the verdict.
bool soak(const char* workload, const Scenario& scenario, bool history, const Options& options,
          const std::function<bool(const Engine&)>& warm, const std::function<bool(const Engine&)>& done)
{
    Engine engine(scenario);
    engine.setHistoryEnabled(history);
    engine.setInvariantChecking(true);
    // With history, checkpoints grow until the engine's cap (docs/engine.md:
    // one every K = clamp(2 x processes, 512, 32768) steps); measure after.
    const quint64 interval = quint64(std::clamp(2 * int(scenario.processes.size()), 512, 32768));
    const quint64 capped = quint64(kMaxCheckpoints) * interval;
    const quint64 baseAfter = history ? capped + capped / 8 : 0;
    const quint64 runAtLeast = history && options.pastCheckpointCap ? 2 * capped : 0;

    QElapsedTimer clock;
    clock.start();
    const Sample start = sample(engine);
    Sample base;
    bool haveBase = false;
    double peak = start.rss;
    quint64 steps = 0;
    while (!done(engine) || steps < runAtLeast) {
        if (!engine.stepEvent())
            break;
        ++steps;
        if (!haveBase && warm(engine) && steps >= baseAfter) {
            base = sample(engine);
            haveBase = true;
        }
        if ((steps & 0xffff) == 0)
            peak = std::max(peak, rssMiB());
    }
    const Sample end = sample(engine);
    peak = std::max(peak, end.rss);
    const double seconds = double(clock.elapsed()) / 1000.0;

    bool ok = true;
    QStringList problems;
    if (!engine.invariantViolation().isEmpty()) {
        ok = false;
        problems << engine.invariantViolation().englishText();
    } else if (!done(engine)) {
        ok = false;
        problems << QStringLiteral("the run stopped early at t = %1").arg(engine.now());
    } else {
        const std::vector<Message> scratch = InvariantChecker::check(engine);
        for (const Message& m : scratch)
            problems << QStringLiteral("from scratch: ") + m.englishText();
        ok = scratch.empty();
    }

    QString memory;
    if (haveBase) {
        const double explained = (end.trace - base.trace) + (end.log - base.log);
        const double unexplained = (end.rss - base.rss) - explained;
        memory = QStringLiteral("RSS %6 MiB at the start, %1 MiB at the baseline, %2 MiB at the end; trace + "
                                "log grew %3 MiB in between, the rest %4 MiB (limit %5)")
                     .arg(base.rss, 0, 'f', 1)
                     .arg(end.rss, 0, 'f', 1)
                     .arg(explained, 0, 'f', 1)
                     .arg(unexplained, 0, 'f', 1)
                     .arg(options.limitMiB, 0, 'f', 0)
                     .arg(start.rss, 0, 'f', 1);
        if (unexplained > options.limitMiB) {
            ok = false;
            problems << QStringLiteral("memory is not flat");
        }
    } else {
        // Too short to fill the checkpoints: only the documented bound.
        const double bound = (end.trace - start.trace) + (end.log - start.log) + kCheckpointBudgetMiB;
        memory =
            QStringLiteral("RSS %1 MiB at the start, %2 MiB at the end (checkpoints not yet at their cap; "
                           "bound: trace + log + %3 MiB = %4 MiB of growth)")
                .arg(start.rss, 0, 'f', 1)
                .arg(end.rss, 0, 'f', 1)
                .arg(kCheckpointBudgetMiB, 0, 'f', 0)
                .arg(bound, 0, 'f', 1);
        if (end.rss - start.rss > bound) {
            ok = false;
            problems << QStringLiteral("memory grew past the checkpoint budget");
        }
    }
    std::printf("%-17s history %-3s %s  %.1f s, %llu events, %llu steps, t = %lld (%.2f h simulated), "
                "%zu slices, %zu changes\n    %s, peak %.1f MiB\n",
                workload, history ? "on" : "off", ok ? "OK  " : "FAIL", seconds,
                static_cast<unsigned long long>(engine.eventCount()), static_cast<unsigned long long>(steps),
                static_cast<long long>(engine.now()), double(engine.now()) * scenario.secondsPerTick / 3600.0,
                engine.trace().slices.size(), engine.trace().changes.size(), qPrintable(memory), peak);
    for (const QString& problem : problems)
        std::printf("    %s\n", qPrintable(problem));
    std::fflush(stdout);
    return ok;
}

bool parse(const QStringList& args, Options* options)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        const QString value = args.value(i + 1);
        bool ok = true;
        if (arg == QLatin1String("--short")) {
            options->hours = 20.0 / 60.0;
            options->events = 300000;
            options->pastCheckpointCap = false;
            continue;
        } else if (arg == QLatin1String("--hours")) {
            options->hours = value.toDouble(&ok);
        } else if (arg == QLatin1String("--events")) {
            options->events = value.toLongLong(&ok);
        } else if (arg == QLatin1String("--limit-mib")) {
            options->limitMiB = value.toDouble(&ok);
        } else if (arg == QLatin1String("--history")) {
            options->historyOn = value == QLatin1String("gui") || value == QLatin1String("both");
            options->historyOff = value == QLatin1String("off") || value == QLatin1String("both");
            ok = options->historyOn || options->historyOff;
        } else {
            ok = false;
        }
        if (!ok)
            return false;
        ++i;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(app.arguments(), &options)) {
        std::fprintf(stderr, "usage: processlab-soak [--short] [--hours H] [--events N] "
                             "[--history gui|off|both] [--limit-mib M]\n");
        return 2;
    }
    // Freed blocks of 1 MiB and more go back to the system at once; without
    // this glibc raises the threshold as the trace's vectors grow and keeps
    // their old buffers resident, which looks like growth.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    std::fflush(stdout);
    // Each run in a child process of its own.
    auto isolated = [](const std::function<bool()>& run) {
        const pid_t child = fork();
        if (child < 0)
            return run();
        if (child == 0) {
            const bool ok = run();
            std::fflush(stdout);
            _exit(ok ? 0 : 1);
        }
        int status = 0;
        if (waitpid(child, &status, 0) != child)
            return false;
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    };
    bool ok = true;
    const Scenario lab = producerConsumer();
    const Tick labEnd = Tick(options.hours * 3600.0 / lab.secondsPerTick);
    const Tick labMinute = Tick(60.0 / lab.secondsPerTick);
    const Scenario workload = scheduler();
    const quint64 events = quint64(options.events);
    for (const bool history : {true, false}) {
        if (history ? !options.historyOn : !options.historyOff)
            continue;
        ok = isolated([&] {
                 return soak(
                     "producer-consumer", lab, history, options,
                     [labMinute](const Engine& e) { return e.now() >= labMinute; },
                     [labEnd](const Engine& e) { return e.now() >= labEnd; });
             }) &&
             ok;
        ok = isolated([&] {
                 return soak(
                     "scheduler", workload, history, options,
                     [events](const Engine& e) { return e.eventCount() >= events / 100; },
                     [events](const Engine& e) { return e.eventCount() >= events; });
             }) &&
             ok;
    }
    std::printf("%s\n", ok ? "soak: OK" : "soak: FAILED");
    return ok ? 0 : 1;
}
