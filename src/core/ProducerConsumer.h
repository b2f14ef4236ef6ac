#pragma once

#include "Operation.h"
#include "Pcb.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace processlab {

struct Scenario;
struct ScenarioProblem;

// The course's producer-consumer exercise, as parameters (issue #5). The
// defaults are the exercise's numbers: one producer that, while the queue
// holds fewer than 50 items, produces 200 and then pauses 1 s each round;
// five consumers that, while it holds more than 10, take 20 items, and
// otherwise pause 2 s. Saved in a scenario file's "producerConsumer" section.
struct ProducerConsumerConfig
{
    static constexpr int kMaxProducers = 8;
    static constexpr int kMaxConsumers = 16;
    static constexpr qint64 kMaxCount = 1000000; // thresholds, batches, capacity, costs
    static constexpr double kMaxPauseSeconds = 3600;
    static constexpr double kMinSecondsPerTick = 1e-6;
    static constexpr double kMaxSecondsPerTick = 60;

    int producers = 1;
    int consumers = 5;
    int lowThreshold = 10;  // a consumer takes a batch while the queue holds more than this
    int highThreshold = 50; // a producer produces a batch while it holds fewer than this
    int produceBatch = 200;
    int consumeBatch = 20;
    double producerPause = 1.0; // seconds, after every round
    double consumerPause = 2.0; // seconds, when the queue is too short
    int capacity = 0;           // 0 = unbounded; put() blocks while the queue is full
    Tick produceCost = 1;       // CPU ticks per item produced
    Tick consumeCost = 1;       // CPU ticks per item consumed
    double secondsPerTick = 0.01;
    QVariantMap extra; // keys of the file section we do not know, kept for round trips

    bool operator==(const ProducerConsumerConfig& o) const;
    bool operator!=(const ProducerConsumerConfig& o) const { return !(*this == o); }

    // The first parameter out of range, with its path ("producerConsumer.consumers").
    std::optional<ScenarioProblem> validate() const;

    // A pause in ticks: rounded, at least one tick (a process that never
    // waits would spin forever at no cost).
    Tick pauseTicks(double seconds) const;
    Tick producerPauseTicks() const { return pauseTicks(producerPause); }
    Tick consumerPauseTicks() const { return pauseTicks(consumerPause); }
};

// Builds the exercise as ordinary processes of the engine.
class ProducerConsumer
{
public:
    enum class Role : quint8
    {
        Other,
        Producer,
        Consumer
    };
    // What a process of the exercise is doing, for the gauge's list, the CLI
    // and the real mode alike.
    enum class Activity : quint8
    {
        New,
        Ready,        // waiting for a CPU
        Running,      // a process that is neither producer nor consumer
        Checking,     // looking at the queue size (real mode: between steps)
        Producing,    // on a CPU making an item
        Consuming,    // on a CPU using an item
        BlockedEmpty, // get() on an empty queue
        BlockedFull,  // put() on a full queue
        Sleeping,     // the exercise's pause
        BlockedByHand,
        Blocked, // another wait (I/O, lock, join)
        Terminated,
    };

    // Operation indices of the generated programs (docs/prodcons.md).
    enum ProducerOp : int
    {
        ProducerCheck = 0, // JumpIfLess(queue, high) -> ProducerRepeat
        ProducerSkip,      // Jump -> ProducerSleep
        ProducerRepeat,    // counter 0 = produceBatch
        ProducerWork,      // Cpu(produceCost)
        ProducerPut,       // Put(queue)
        ProducerLoop,      // Loop(counter 0) -> ProducerWork
        ProducerSleep,     // Sleep(producerPause)
        ProducerAgain,     // Jump -> ProducerCheck
    };
    enum ConsumerOp : int
    {
        ConsumerCheck = 0, // JumpIfGreater(queue, low) -> ConsumerRepeat
        ConsumerSleep,     // Sleep(consumerPause)
        ConsumerSkip,      // Jump -> ConsumerCheck
        ConsumerRepeat,    // counter 0 = consumeBatch
        ConsumerGet,       // Get(queue)
        ConsumerWork,      // Cpu(consumeCost)
        ConsumerLoop,      // Loop(counter 0) -> ConsumerGet
        ConsumerAgain,     // Jump -> ConsumerCheck
    };

    // `base` gives the title, policy, CPUs, context switch and memory; the
    // processes ("Producer 1", ..., "Consumer 1", ...), the one queue "q"
    // and the time scale come from `config`, which the scenario keeps in
    // Scenario::producerConsumer. `config` must be valid.
    static Scenario build(const ProducerConsumerConfig& config, const Scenario& base);
    // The base the CLI uses and the GUI starts from: round robin with a
    // 4-tick slice on two CPUs.
    static Scenario defaultBase(const QString& title);

    static Program producerProgram(const ProducerConsumerConfig& config, int queue = 0);
    static Program consumerProgram(const ProducerConsumerConfig& config, int queue = 0);
    // The exercise in Python, with the configured numbers; the generated
    // operations' `line` fields point into it (1-based).
    static QString pythonSource(const ProducerConsumerConfig& config);

    // The role of process `index` (0-based) of `scenario`: from its
    // producerConsumer section when it has one, otherwise from what the
    // program does with queues (puts: producer; gets: consumer).
    static Role role(const Scenario& scenario, int index);
    static Activity activity(Role role, const Pcb& pcb);
    static QString activityId(Activity activity);   // "blocked-empty", for files and JSON
    static QString activityName(Activity activity); // translated
    static QString roleId(Role role);               // "producer", "consumer", "other"
    static QString roleName(Role role);             // translated

    // The scenario's processes are exactly what its section generates.
    static bool isGenerated(const Scenario& scenario);
};

} // namespace processlab
