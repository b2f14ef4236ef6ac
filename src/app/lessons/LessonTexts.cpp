#include "LessonTexts.h"

namespace processlab {

using lessons::Topic;

QString LessonTexts::title(Topic topic)
{
    switch (topic) {
    case Topic::Programs:
        return tr("Programs and processes");
    case Topic::TimeSlicing:
        return tr("Time slices and time-sharing");
    case Topic::States:
        return tr("The five states and the PCB");
    case Topic::Creation:
        return tr("Creating processes: start, join, daemon");
    case Topic::Globals:
        return tr("Own globals, shared queue");
    case Topic::ProducerConsumer:
        return tr("Producer and consumers");
    case Topic::Gil:
        return tr("The GIL");
    }
    return {};
}

QString LessonTexts::body(Topic topic)
{
    switch (topic) {
    case Topic::Programs:
        return tr("<p>A <b>program</b> is a file: code on the disk that does nothing by itself. A "
                  "<b>process</b> is one run of a program: the operating system gives it a PID, memory and a "
                  "PCB, and it moves from state to state while it runs.</p>"
                  "<p>Start the same program three times and you get three processes with three PIDs. One "
                  "CPU runs only one of them at a time, yet all three make progress because the operating "
                  "system lets them take turns: that is <b>multitasking</b>. A single-tasking system such as "
                  "DOS ran one program until it ended.</p>");
    case Topic::TimeSlicing:
        return tr(
            "<p>The CPU divides its time into <b>time slices</b>. A process runs for at most one "
            "slice, then the next ready process gets the CPU. A <b>time-sharing system</b> serves many "
            "users this way, and each of them sees the computer answer as if it were theirs alone.</p>"
            "<p>Every switch costs time: the registers of one process are saved in its PCB and those of "
            "the next are loaded. Here a switch costs 1 tick. With short slices the CPU spends much of "
            "its time switching; that is why a slice is usually about 100 times as long as a switch. "
            "Try the three quanta and compare the hatched switch slices in the Gantt chart.</p>");
    case Topic::States:
        return tr(
            "<p>The operating system keeps a <b>process control block</b> (PCB) for every process: "
            "its PID, state, saved registers, priority and times. The PCB Inspector shows it.</p>"
            "<p>A process is in one of five states: <b>New</b> (its PCB is being filled in; it stays "
            "here while resources such as memory are short), <b>Ready</b> (in memory, waiting for a "
            "CPU), <b>Running</b> (a CPU executes its instructions), <b>Blocked</b> (waiting for I/O or "
            "input, needing no CPU) and <b>Terminated</b> (its PCB is removed).</p>"
            "<p>Here <b>you are the scheduler</b>: drag a process from Ready to a CPU and watch what "
            "<code>input()</code> does to it. Memory holds only two of the three processes, so the "
            "third waits in New.</p>");
    case Topic::Creation:
        return tr("<p>Running a Python script creates a process, the <b>main process</b>. It creates "
                  "<b>child processes</b> with <code>Process(target=function)</code>, or with a subclass of "
                  "<code>Process</code> that overrides <code>run(self)</code>. Nothing runs before "
                  "<code>start()</code>; then the child has its own PID (<code>os.getpid()</code>).</p>"
                  "<p><code>p1.join()</code> blocks the main process until p1 has terminated. A child with "
                  "<code>daemon=True</code> is a <b>daemon process</b>: it is terminated as soon as its "
                  "parent exits. With <code>daemon=False</code> (the default) the main process waits for it "
                  "at the end.</p>"
                  "<p>Watch main block on <code>join()</code> and p2 end together with main. The table's "
                  "Parent column and the dashed lines in the diagram link each child to its parent.</p>");
    case Topic::Globals:
        return tr(
            "<p>Every process has its own copy of the global variables. When p1 and p2 do "
            "<code>result += 1</code>, each changes only its own <code>result</code>: the main process "
            "still has 0. Select a process and the PCB Inspector shows its own <code>result</code> and "
            "<code>r</code>.</p>"
            "<p>To pass data between processes, use a <code>multiprocessing.Queue</code>. The main "
            "process puts 0; each child takes the number, adds 1 and puts it back, so main finally gets "
            "2. A child that calls <code>q.get()</code> on an empty queue is Blocked until the other "
            "one puts.</p>");
    case Topic::ProducerConsumer:
        return tr("<p>The course's exercise: a <b>producer</b> puts 200 items into a <b>queue</b> whenever "
                  "it holds fewer than 50, then pauses for 1 s; five <b>consumers</b> each take 20 items "
                  "whenever it holds more than 10, and otherwise pause for 2 s. The queue is all they "
                  "share.</p>"
                  "<p>The programs loop forever, so the run never ends: pause it when you have seen enough. "
                  "Watch consumers block on an empty queue: checking <code>qsize()</code> first does not "
                  "mean the items are still there when <code>get()</code> runs.</p>");
    case Topic::Gil:
        return tr("<p>CPython has a <b>global interpreter lock</b> (GIL): a thread must hold it to run "
                  "Python code, and each process has only one. So the threads of one Python process never "
                  "run Python code on two cores at the same moment, however many CPUs there are.</p>"
                  "<p>Here four threads count on four CPUs. With the GIL, a thread takes it, runs for a "
                  "while and hands it on; the others are Blocked, and the Gantt chart shows one thread at a "
                  "time. Without a GIL they run in parallel and finish four times sooner. Four "
                  "<b>processes</b> have four interpreters and four GILs, so they run in parallel too: for "
                  "CPU-bound Python code, use processes.</p>");
    }
    return {};
}

QString LessonTexts::mistakes(Topic topic)
{
    switch (topic) {
    case Topic::Programs:
        return tr("<ul><li>A missing <code>import os</code>: <code>os.getpid()</code> then fails with "
                  "<code>NameError: name 'os' is not defined</code>.</li>"
                  "<li>Thinking two runs of one program share their variables: each process has its own "
                  "memory.</li></ul>");
    case Topic::TimeSlicing:
        return tr("<ul><li>Thinking a shorter slice is always better: answers come sooner, but more of the "
                  "CPU goes to switching.</li>"
                  "<li>Counting switch time as work: a context switch moves no process forward.</li></ul>");
    case Topic::States:
        return tr("<ul><li>When its I/O ends, a blocked process does not go straight back to Running: it "
                  "goes to Ready and waits for a CPU again.</li>"
                  "<li><code>if __name__ = '__main__':</code> with a single <code>=</code> is a syntax "
                  "error: compare with <code>==</code>.</li></ul>");
    case Topic::Creation:
        return tr(
            "<ul><li><code>def run():</code> without <code>self</code>: the child fails with "
            "<code>TypeError: run() takes 0 positional arguments but 1 was given</code>.</li>"
            "<li><code>join()</code> on a process that was never started raises "
            "<code>AssertionError: can only join a started process</code>: call <code>start()</code> "
            "first.</li>"
            "<li><code>if __name__ = '__main__':</code> (a single <code>=</code>) or a full-width colon "
            "<code>\uff1a</code> at the end of the line is a syntax error.</li>"
            "<li>A missing <code>import os</code> before <code>os.getpid()</code>.</li></ul>");
    case Topic::Globals:
        return tr("<ul><li>Expecting a child's <code>result += 1</code> to change the parent's "
                  "<code>result</code>: pass values through a Queue instead.</li>"
                  "<li><code>p1.join()</code> without <code>p1.start()</code> first: join() raises "
                  "<code>AssertionError</code>, and nothing would have run anyway.</li>"
                  "<li><code>args=(q)</code> without the comma: <code>(q)</code> is not a tuple; write "
                  "<code>args=(q,)</code>.</li></ul>");
    case Topic::ProducerConsumer:
        return tr("<ul><li>A <code>Process</code> subclass with its own <code>__init__</code> must call "
                  "<code>super().__init__()</code>, or <code>start()</code> fails.</li>"
                  "<li>A plain list instead of a Queue: each process would fill its own copy.</li>"
                  "<li><code>def run():</code> without <code>self</code>.</li></ul>");
    case Topic::Gil:
        return tr("<ul><li>Expecting threads to speed up CPU-bound Python code: they take turns holding "
                  "the GIL. Threads still help while they wait for I/O, which releases the GIL.</li>"
                  "<li>Starting processes outside <code>if __name__ == '__main__':</code>: on Windows and "
                  "macOS every child would start them again.</li></ul>");
    }
    return {};
}

} // namespace processlab
