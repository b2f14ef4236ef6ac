#include "Lessons.h"

#include "Engine.h"
#include "Metrics.h"
#include "ProducerConsumer.h"

#include <QCoreApplication>

namespace processlab::lessons {

namespace {

using K = OperationKind;

// One line of a snippet: the code, and at most one translatable text that
// replaces "%1" in it (a comment or a printed message). The code itself is
// never translated, so every language has the same lines.
struct SnippetLine
{
    const char* code;
    const char* text = nullptr; // context "LessonSnippet"
};

// Builds a program whose operations remember their snippet line.
class ProgramBuilder
{
public:
    int here() const { return int(m_program.size()); }
    ProgramBuilder& cpu(Tick ticks, int line) { return add(Operation::cpu(ticks), line); }
    ProgramBuilder& io(Tick ticks, int line) { return add(Operation::io(ticks), line); }
    ProgramBuilder& sleep(Tick ticks, int line) { return add(Operation::sleep(ticks), line); }
    ProgramBuilder& op(OperationKind kind, int target, qint64 value, int jump, int line)
    {
        return add(Operation::make(kind, target, value, jump), line);
    }
    Program take() { return std::move(m_program); }

private:
    ProgramBuilder& add(Operation op, int line)
    {
        op.line = line;
        m_program.push_back(op);
        return *this;
    }
    Program m_program;
};

ProcessSpec process(const QString& name, Program program, Tick arrival = 0)
{
    ProcessSpec spec;
    spec.name = name;
    spec.arrival = arrival;
    spec.program = std::move(program);
    return spec;
}

ProcessSpec child(const QString& name, Program program, int parentPid, bool daemon = false)
{
    ProcessSpec spec = process(name, std::move(program));
    spec.spawned = true;
    spec.daemon = daemon;
    spec.group = parentPid;
    return spec;
}

Scenario base(Topic topic, const char* title)
{
    Scenario scenario;
    scenario.title = QCoreApplication::translate("Lessons", title);
    scenario.extra.insert(lessonKey(), topicId(topic));
    return scenario;
}

// --- snippets -----------------------------------------------------------------

const std::vector<SnippetLine>& programsSnippet()
{
    static const std::vector<SnippetLine> lines = {
        {"# %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "work.py: one program; every run of it is a new process")},
        {"import os"},
        {"import time"},
        {""},
        {"def main():"},
        {"    print(f'%1')", QT_TRANSLATE_NOOP("LessonSnippet", "process {os.getpid()} starts")},
        {"    for i in range(3):"},
        {"        total = sum(range(10**6))  # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "computing: needs the CPU")},
        {"        time.sleep(0.5)  # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "waiting: the CPU is free for others")},
        {"    print(f'%1')", QT_TRANSLATE_NOOP("LessonSnippet", "process {os.getpid()} ends")},
        {""},
        {"if __name__ == '__main__':"},
        {"    main()"},
    };
    return lines;
}

const std::vector<SnippetLine>& timeSlicingSnippet()
{
    static const std::vector<SnippetLine> lines = {
        {"# %1", QT_TRANSLATE_NOOP("LessonSnippet", "three users run this program at the same time")},
        {"import os"},
        {""},
        {"def work():"},
        {"    total = 0"},
        {"    for i in range(10**7):"},
        {"        total += i * i  # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "only computing: always needs the CPU")},
        {"    print(f'%1')", QT_TRANSLATE_NOOP("LessonSnippet", "process {os.getpid()}: {total}")},
        {""},
        {"if __name__ == '__main__':"},
        {"    work()"},
    };
    return lines;
}

const std::vector<SnippetLine>& statesSnippet()
{
    static const std::vector<SnippetLine> lines = {
        {"import os"},
        {""},
        {"def main():"},
        {"    print(f'PID = {os.getpid()}')  # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "Running: needs the CPU")},
        {"    name = input()  # %1", QT_TRANSLATE_NOOP("LessonSnippet", "Blocked: waits for the keyboard")},
        {"    total = sum(range(10**6))  # %1", QT_TRANSLATE_NOOP("LessonSnippet", "Running again")},
        {"    print(name, total)"},
        {""},
        {"if __name__ == '__main__':"},
        {"    main()"},
    };
    return lines;
}

const std::vector<SnippetLine>& creationSnippet()
{
    static const std::vector<SnippetLine> lines = {
        {"import os"},
        {"import time"},
        {"from multiprocessing import Process"},
        {""},
        {"class Worker(Process):"},
        {"    def run(self):  # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "start() calls run() in the new process")},
        {"        print(f'%1')", QT_TRANSLATE_NOOP("LessonSnippet", "child {os.getpid()} starts")},
        {"        total = sum(range(10**6))"},
        {""},
        {"def watch():"},
        {"    while True:"},
        {"        print('%1')", QT_TRANSLATE_NOOP("LessonSnippet", "daemon still running")},
        {"        time.sleep(1)"},
        {""},
        {"if __name__ == '__main__':"},
        {"    print(f'%1')", QT_TRANSLATE_NOOP("LessonSnippet", "main process {os.getpid()}")},
        {"    p1 = Worker()"},
        {"    p2 = Process(target=watch, daemon=True)"},
        {"    p1.start()"},
        {"    p2.start()"},
        {"    p1.join()  # %1", QT_TRANSLATE_NOOP("LessonSnippet", "main blocks until p1 has terminated")},
        {"    print('%1')", QT_TRANSLATE_NOOP("LessonSnippet", "main process ends")},
        {"    # %1", QT_TRANSLATE_NOOP("LessonSnippet", "p2 is a daemon: it is terminated when main exits")},
    };
    return lines;
}

const std::vector<SnippetLine>& globalsSnippet()
{
    static const std::vector<SnippetLine> lines = {
        {"import os"},
        {"from multiprocessing import Process, Queue"},
        {""},
        {"result = 0"},
        {""},
        {"def work(q):"},
        {"    global result"},
        {"    result += 1  # %1", QT_TRANSLATE_NOOP("LessonSnippet", "changes only this process's own copy")},
        {"    r = q.get()  # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "takes the value the other process put")},
        {"    r += 1"},
        {"    q.put(r)  # %1", QT_TRANSLATE_NOOP("LessonSnippet", "hands it on through the queue")},
        {"    print(f'{os.getpid()}: result={result}, r={r}')"},
        {""},
        {"if __name__ == '__main__':"},
        {"    q = Queue()"},
        {"    q.put(0)"},
        {"    p1 = Process(target=work, args=(q,))"},
        {"    p2 = Process(target=work, args=(q,))"},
        {"    p1.start()"},
        {"    p2.start()"},
        {"    p1.join()"},
        {"    p2.join()"},
        {"    print(result, q.get())  # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "prints 0 2: main's result is still 0")},
    };
    return lines;
}

const std::vector<SnippetLine>& gilSnippet()
{
    static const std::vector<SnippetLine> lines = {
        {"import threading"},
        {"from multiprocessing import Process"},
        {""},
        {"def count(n):"},
        {"    while n > 0:  # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "a thread must hold the GIL to run Python code")},
        {"        n -= 1"},
        {""},
        {"if __name__ == '__main__':"},
        {"    # %1", QT_TRANSLATE_NOOP("LessonSnippet", "4 threads of one process share one GIL:")},
        {"    ts = [threading.Thread(target=count, args=(10**6,)) for _ in range(4)]"},
        {"    # %1",
         QT_TRANSLATE_NOOP("LessonSnippet", "4 processes: each has its own interpreter and GIL:")},
        {"    # ts = [Process(target=count, args=(10**6,)) for _ in range(4)]"},
        {"    for t in ts:"},
        {"        t.start()"},
        {"    for t in ts:"},
        {"        t.join()"},
    };
    return lines;
}

const std::vector<SnippetLine>& snippetLines(Topic topic)
{
    switch (topic) {
    case Topic::Programs:
        return programsSnippet();
    case Topic::TimeSlicing:
        return timeSlicingSnippet();
    case Topic::States:
        return statesSnippet();
    case Topic::Creation:
        return creationSnippet();
    case Topic::Globals:
        return globalsSnippet();
    case Topic::ProducerConsumer: // generated: see snippet()
    case Topic::Gil:
        return gilSnippet();
    }
    return programsSnippet();
}

// --- scenarios ----------------------------------------------------------------

// Three runs of work.py take turns on one CPU.
std::vector<Variant> programsVariants()
{
    Scenario s = base(Topic::Programs, QT_TRANSLATE_NOOP("Lessons", "Lesson: one program, three processes"));
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = 2;
    for (int i = 0; i < 3; ++i) {
        ProgramBuilder b;
        b.cpu(1, 6);
        b.op(K::Repeat, 0, 3, 0, 7);
        const int body = b.here();
        b.cpu(3, 8).sleep(4, 9);
        b.op(K::Loop, 0, 0, body, 7);
        b.cpu(1, 10);
        s.processes.push_back(process(QStringLiteral("work%1").arg(i + 1), b.take(), i));
    }
    return {{QT_TRANSLATE_NOOP("Lessons", "Try it: three runs of work.py"), s, 0}};
}

Scenario timeSlicingScenario(Tick quantum)
{
    Scenario s = base(Topic::TimeSlicing, QT_TRANSLATE_NOOP("Lessons", "Lesson: time slices"));
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = quantum;
    s.contextSwitch = 1;
    for (int i = 0; i < 3; ++i) {
        ProgramBuilder b;
        // Only computing: the whole run is on the loop's line.
        b.cpu(24, 7);
        s.processes.push_back(process(QStringLiteral("user%1").arg(i + 1), b.take()));
    }
    return s;
}

std::vector<Variant> timeSlicingVariants()
{
    return {
        {QT_TRANSLATE_NOOP("Lessons", "Try it: quantum 1"), timeSlicingScenario(1), 0},
        {QT_TRANSLATE_NOOP("Lessons", "Try it: quantum 4"), timeSlicingScenario(4), 0},
        {QT_TRANSLATE_NOOP("Lessons", "Try it: quantum 20"), timeSlicingScenario(20), 0},
    };
}

// Manual scheduling: the student is the scheduler. Memory for two of the
// three, so the third waits in New (创建状态) until one terminates.
std::vector<Variant> statesVariants()
{
    Scenario s = base(Topic::States, QT_TRANSLATE_NOOP("Lessons", "Lesson: you are the scheduler"));
    s.policy.name = QStringLiteral("manual");
    s.memory = 100;
    for (int i = 0; i < 3; ++i) {
        ProgramBuilder b;
        // CPU, I/O, CPU: a program of bursts (a file can hold it too).
        b.cpu(1, 4).io(4, 5).cpu(4, 6);
        ProcessSpec spec = process(QStringLiteral("p%1").arg(i + 1), b.take(), i);
        spec.memory = 40;
        s.processes.push_back(spec);
    }
    return {{QT_TRANSLATE_NOOP("Lessons", "Try it: schedule by hand"), s, 0}};
}

// main (pid 1) starts p1 (pid 2) and the daemon p2 (pid 3), joins p1 and
// exits, which terminates p2.
std::vector<Variant> creationVariants()
{
    Scenario s = base(Topic::Creation, QT_TRANSLATE_NOOP("Lessons", "Lesson: start, join and daemon"));
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = 2;
    s.cpus = 2;
    ProgramBuilder main;
    main.cpu(1, 16).cpu(1, 17).cpu(1, 18);
    main.op(K::Spawn, 2, 0, 0, 19).op(K::Spawn, 3, 0, 0, 20);
    main.op(K::Join, 2, 0, 0, 21);
    main.cpu(1, 22);
    s.processes.push_back(process(QStringLiteral("main"), main.take()));

    ProgramBuilder worker;
    worker.cpu(7, 8);
    s.processes.push_back(child(QStringLiteral("p1"), worker.take(), 1));

    ProgramBuilder watch;
    watch.cpu(1, 12).sleep(3, 13).op(K::Jump, 0, 0, 0, 11);
    s.processes.push_back(child(QStringLiteral("p2"), watch.take(), 1, true));
    return {{QT_TRANSLATE_NOOP("Lessons", "Try it: main, p1 and the daemon p2"), s, 0}};
}

// Globals: index 0 = result, 1 = r. Queue 0 = q.
std::vector<Variant> globalsVariants()
{
    Scenario s = base(Topic::Globals, QT_TRANSLATE_NOOP("Lessons", "Lesson: own globals, shared queue"));
    s.policy.name = QStringLiteral("rr");
    s.policy.quantum = 2;
    s.cpus = 2;
    s.globalNames = {QStringLiteral("result"), QStringLiteral("r")};
    s.queues.push_back(QueueSpec{QStringLiteral("q"), 0});

    ProgramBuilder main;
    main.cpu(1, 15);
    main.op(K::PutGlobal, 0, 1, 0, 16).cpu(1, 16);
    main.cpu(1, 17).cpu(1, 18);
    main.op(K::Spawn, 2, 0, 0, 19).op(K::Spawn, 3, 0, 0, 20);
    main.op(K::Join, 2, 0, 0, 21).op(K::Join, 3, 0, 0, 22);
    main.op(K::GetGlobal, 0, 1, 0, 23).cpu(1, 23);
    s.processes.push_back(process(QStringLiteral("main"), main.take()));

    for (int i = 0; i < 2; ++i) {
        ProgramBuilder work;
        work.op(K::AddGlobal, 0, 1, 0, 8).cpu(1, 8);
        work.op(K::GetGlobal, 0, 1, 0, 9).cpu(1, 9);
        work.op(K::AddGlobal, 1, 1, 0, 10).cpu(1, 10);
        work.op(K::PutGlobal, 0, 1, 0, 11).cpu(1, 11);
        work.cpu(1, 12);
        s.processes.push_back(child(QStringLiteral("p%1").arg(i + 1), work.take(), 1));
    }
    return {{QT_TRANSLATE_NOOP("Lessons", "Try it: result and the queue"), s, 0}};
}

// The course's exercise, as the producer-consumer editor builds it (issue
// #5): one producer, five consumers, one queue; the programs loop forever.
std::vector<Variant> producerConsumerVariants()
{
    const ProducerConsumerConfig config;
    Scenario s = ProducerConsumer::build(config, ProducerConsumer::defaultBase(QCoreApplication::translate(
                                                     "Lessons", "Lesson: producer and consumers")));
    s.extra.insert(lessonKey(), topicId(Topic::ProducerConsumer));
    return {{QT_TRANSLATE_NOOP("Lessons", "Try it: 1 producer, 5 consumers"), s, 1500}};
}

// Four threads of one process on four CPUs: each round takes the GIL, runs
// 4 ticks of bytecode and gives it back (the switch interval).
Scenario gilScenario(bool threads, bool gil)
{
    Scenario s =
        base(Topic::Gil, threads ? (gil ? QT_TRANSLATE_NOOP("Lessons", "Lesson: 4 threads with the GIL")
                                        : QT_TRANSLATE_NOOP("Lessons", "Lesson: 4 threads without a GIL"))
                                 : QT_TRANSLATE_NOOP("Lessons", "Lesson: 4 processes, 4 GILs"));
    s.policy.name = QStringLiteral("fcfs");
    s.cpus = 4;
    constexpr int kRounds = 5;
    for (int i = 0; i < 4; ++i) {
        const int lock = threads ? 0 : i;
        if (gil && (!threads || i == 0))
            s.locks << (threads ? QStringLiteral("GIL") : QStringLiteral("GIL-P%1").arg(i + 1));
        ProgramBuilder b;
        b.op(K::Repeat, 0, kRounds, 0, 5);
        const int top = b.here();
        if (gil)
            b.op(K::Acquire, lock, 0, 0, 5);
        b.cpu(4, 6);
        if (gil)
            b.op(K::Release, lock, 0, 0, 5);
        b.op(K::Loop, 0, 0, top, 5);
        ProcessSpec spec = process(
            QStringLiteral("%1%2").arg(threads ? QLatin1Char('T') : QLatin1Char('P')).arg(i + 1), b.take());
        if (threads)
            spec.group = 1; // threads of the process whose main thread is T1
        s.processes.push_back(spec);
    }
    return s;
}

std::vector<Variant> gilVariants()
{
    return {
        {QT_TRANSLATE_NOOP("Lessons", "Try it: 4 threads, GIL on"), gilScenario(true, true), 0},
        {QT_TRANSLATE_NOOP("Lessons", "Try it: 4 threads, no GIL"), gilScenario(true, false), 0},
        {QT_TRANSLATE_NOOP("Lessons", "Try it: 4 processes"), gilScenario(false, true), 0},
    };
}

} // namespace

std::vector<Topic> topics()
{
    return {Topic::Programs, Topic::TimeSlicing,      Topic::States, Topic::Creation,
            Topic::Globals,  Topic::ProducerConsumer, Topic::Gil};
}

QString topicId(Topic topic)
{
    switch (topic) {
    case Topic::Programs:
        return QStringLiteral("programs");
    case Topic::TimeSlicing:
        return QStringLiteral("time-slicing");
    case Topic::States:
        return QStringLiteral("states");
    case Topic::Creation:
        return QStringLiteral("creation");
    case Topic::Globals:
        return QStringLiteral("globals");
    case Topic::ProducerConsumer:
        return QStringLiteral("producer-consumer");
    case Topic::Gil:
        return QStringLiteral("gil");
    }
    return {};
}

std::optional<Topic> topicFromId(const QString& id)
{
    for (Topic topic : topics()) {
        if (topicId(topic) == id)
            return topic;
    }
    return std::nullopt;
}

std::optional<Topic> topicOf(const Scenario& scenario)
{
    return topicFromId(scenario.extra.value(lessonKey()).toString());
}

std::vector<Variant> variants(Topic topic)
{
    switch (topic) {
    case Topic::Programs:
        return programsVariants();
    case Topic::TimeSlicing:
        return timeSlicingVariants();
    case Topic::States:
        return statesVariants();
    case Topic::Creation:
        return creationVariants();
    case Topic::Globals:
        return globalsVariants();
    case Topic::ProducerConsumer:
        return producerConsumerVariants();
    case Topic::Gil:
        return gilVariants();
    }
    return {};
}

Scenario scenario(Topic topic, int variant)
{
    std::vector<Variant> all = variants(topic);
    if (variant < 0 || size_t(variant) >= all.size())
        variant = 0;
    return all[size_t(variant)].scenario;
}

QString variantLabel(const Variant& variant)
{
    return QCoreApplication::translate("Lessons", variant.label);
}

QStringList snippet(Topic topic)
{
    if (topic == Topic::ProducerConsumer) {
        QStringList lines = ProducerConsumer::pythonSource(ProducerConsumerConfig()).split(QLatin1Char('\n'));
        while (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        return lines;
    }
    QStringList out;
    for (const SnippetLine& line : snippetLines(topic)) {
        QString code = QString::fromUtf8(line.code);
        if (line.text)
            code.replace(QLatin1String("%1"), QCoreApplication::translate("LessonSnippet", line.text));
        out << code;
    }
    return out;
}

int snippetLineCount(Topic topic)
{
    if (topic == Topic::ProducerConsumer)
        return int(snippet(topic).size());
    return int(snippetLines(topic).size());
}

int currentLine(const Engine& engine, int pid)
{
    if (pid < 1 || pid > engine.processCount())
        return 0;
    const Pcb& pcb = engine.pcb(pid);
    if (pcb.state == ProcessState::Terminated || pcb.state == ProcessState::New)
        return 0;
    const Program& program = engine.spec(pid).program;
    if (pcb.opIndex < 0 || size_t(pcb.opIndex) >= program.size())
        return 0;
    return program[size_t(pcb.opIndex)].line;
}

bool runToEndOrLimit(Engine& engine, Tick timeLimit)
{
    while (!engine.finished()) {
        if (timeLimit > 0) {
            const std::optional<Tick> next = engine.nextEventTime();
            if (!next)
                return false;
            if (*next > timeLimit)
                return true;
        }
        if (!engine.stepEvent())
            return false;
    }
    return true;
}

double SliceCost::overhead() const
{
    const Tick total = switchTicks + runTicks;
    return total > 0 ? double(switchTicks) / double(total) : 0.0;
}

std::vector<SliceCost> timeSliceCosts()
{
    std::vector<SliceCost> out;
    for (const Variant& variant : timeSlicingVariants()) {
        Engine engine(variant.scenario);
        engine.setHistoryEnabled(false);
        engine.run();
        const Metrics metrics = Metrics::of(engine);
        SliceCost cost;
        cost.quantum = variant.scenario.policy.quantum;
        cost.switchCost = variant.scenario.contextSwitch;
        cost.switches = engine.state().contextSwitches;
        for (const CpuState& cpu : engine.cpus()) {
            cost.switchTicks += cpu.switchTime;
            cost.runTicks += cpu.busyTime;
        }
        cost.makespan = metrics.makespan;
        cost.averageWaiting = metrics.averages.waiting;
        cost.averageResponse = metrics.averages.response;
        out.push_back(cost);
    }
    return out;
}

} // namespace processlab::lessons
