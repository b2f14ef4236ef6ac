<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BurstText</name>
    <message numerus="yes">
        <location filename="../src/app/processes/BurstText.cpp" line="+14"/>
        <source>program of %n step(s)</source>
        <translation>
            <numerusform>%n 步的程序</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>processes[%1].bursts[%2]: “%3” is not a whole number of ticks</source>
        <translation>processes[%1].bursts[%2]：“%3”不是整数个时间单位</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I/O %1</source>
        <translation>I/O %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="+139"/>
        <source>Usage: %1 COMMAND FILE [options]</source>
        <translation>用法：%1 COMMAND FILE [选项]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProcessLab without a window: simulates how an operating system schedules processes.</source>
        <translation>无窗口的进程实验室：模拟操作系统如何调度进程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“%1 COMMAND --help”可查看某个命令的选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit status: 0 success, 2 bad input or usage, 1 internal failure.</source>
        <translation>退出状态：0 表示成功，2 表示输入或用法有误，1 表示内部故障。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1 %2 %3 [options]</source>
        <translation>用法：%1 %2 %3 [选项]</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>运行“%1 --help”获取更多信息。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>internal error: out of memory</source>
        <translation>内部错误：内存不足</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write the output: %1</source>
        <translation>无法写出输出：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--lang: unknown language “%1” (use %2)</source>
        <translation>--lang：未知的语言“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing command (run, compare or validate)</source>
        <translation>缺少命令（run、compare 或 validate）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the %1 command has no option %2</source>
        <translation>%1 命令没有 %2 选项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: missing %2</source>
        <translation>%1：缺少 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1：多余的参数“%2”</translation>
    </message>
    <message>
        <location filename="../src/cli/CliOptions.cpp" line="+10"/>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print one JSON object instead of tables.</source>
        <translation>输出一个 JSON 对象，而不是表格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this policy instead of the file&apos;s (same syntax as --policies, e.g. rr:2).</source>
        <translation>使用此调度策略代替文件中的策略（语法与 --policies 相同，例如 rr:2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma-separated policies to compare, each name[:param...]: fcfs, sjf, srtf, hrrn, rr:4, priority[:preemptive][:higher-first], mlfq[:8/16/0][:boost=N][:nonpreemptive]. Parameters not given come from the file. Default: all automatic policies.</source>
        <translation>要比较的调度策略，用逗号分隔，每项形如 name[:param...]：fcfs、sjf、srtf、hrrn、rr:4、priority[:preemptive][:higher-first]、mlfq[:8/16/0][:boost=N][:nonpreemptive]。未给出的参数取自文件。默认：所有自动调度策略。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round-robin time slice in ticks (1 or more).</source>
        <translation>时间片轮转的时间片长度，以时间单位计（不小于 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+45"/>
        <location filename="../src/cli/ProdConsCommand.cpp" line="+482"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Number of CPUs (1 to 64).</source>
        <translation>CPU 数量（1 到 64）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context-switch cost in ticks (0 or more).</source>
        <translation>上下文切换开销，以时间单位计（不小于 0）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the messages and exported charts: zh_CN or en.</source>
        <translation>消息和导出图表所用的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also write the Gantt chart to OUT, a .png, .svg, .pdf or .csv file (may be given several times).</source>
        <translation>同时把甘特图写入 OUT，可以是 .png、.svg、.pdf 或 .csv 文件（可多次指定）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported chart lanes: cpu (who ran when, the default) or process (running, ready and blocked per process).</source>
        <translation>导出图表的分行方式：cpu（按 CPU 分行，显示哪个进程在何时执行；默认）或 process（按进程分行，显示每个进程的执行、就绪和阻塞）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG width in pixels (%1 to %2).</source>
        <translation>PNG 图片宽度，以像素计（%1 到 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG pixels per point, e.g. 2 or 3 for slides (%1 to %2; default 1).</source>
        <translation>PNG 每点的像素数，例如用于幻灯片时取 2 或 3（%1 到 %2；默认 1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave the title out of exported charts.</source>
        <translation>导出的图表不含标题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave the metrics table out of exported charts.</source>
        <translation>导出的图表不含指标表格。</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="+20"/>
        <source>Run a scenario under several policies and compare the averages.</source>
        <translation>用多种调度策略运行同一场景，并比较各项平均值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/cli/RunCommand.cpp" line="+129"/>
        <location filename="../src/cli/ValidateCommand.cpp" line="+18"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulates the scenario FILE once per policy and prints one row per policy: average turnaround, waiting and response time, makespan, CPU utilisation, throughput and context switches. Without --policies it compares %1.</source>
        <translation>对场景文件 FILE 按每种调度策略各模拟一次，每种策略输出一行：平均周转时间、平均等待时间、平均响应时间、总时长、CPU 利用率、吞吐量和上下文切换次数。未指定 --policies 时比较 %1。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 “%2”: the manual policy cannot be simulated without a person</source>
        <translation>%1 “%2”：手动调度策略需要有人操作，无法自动模拟</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Policy</source>
        <translation>调度策略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg turnaround</source>
        <translation>平均周转时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg waiting</source>
        <translation>平均等待时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg response</source>
        <translation>平均响应时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Makespan</source>
        <translation>总时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU util.</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switches</source>
        <translation>切换次数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario: %1 (%2); CPUs: %3; context switch (ticks): %4</source>
        <translation>场景：%1（%2）；CPU 数：%3；上下文切换（时间单位）：%4</translation>
    </message>
    <message>
        <location filename="../src/cli/PolicySpec.cpp" line="+15"/>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 “%2”: empty policy in the list</source>
        <translation>%1 “%2”：列表中有空的调度策略</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown policy; expected one of: %1</source>
        <translation>未知的调度策略；应为以下之一：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the quantum must be a whole number of ticks from 1 to %1, not “%2”</source>
        <translation>时间片必须是 1 到 %1 之间的整数个时间单位，而不是“%2”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the boost period must be a whole number of ticks from 0 to %1, not “%2”</source>
        <translation>提升周期必须是 0 到 %1 之间的整数个时间单位，而不是“%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the MLFQ levels must be time slices separated by &apos;/&apos;, such as 8/16/0, not “%1”</source>
        <translation>MLFQ 各级必须是用“/”分隔的时间片，例如 8/16/0，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown parameter “%1” for %2</source>
        <translation>%2 的未知参数“%1”</translation>
    </message>
    <message>
        <location filename="../src/cli/RunCommand.cpp" line="-86"/>
        <source>--gantt: cannot tell the file type of %1 (use .png, .svg, .pdf or .csv)</source>
        <translation>--gantt：无法判断 %1 的文件类型（请使用 .png、.svg、.pdf 或 .csv）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>internal error: no GUI application to paint %1</source>
        <translation>内部错误：没有可用于绘制 %1 的 GUI 应用程序</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--lanes: expected cpu or process, not %1</source>
        <translation>--lanes：应为 cpu 或 process，而不是 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--width: expected a whole number of pixels from %1 to %2, not %3</source>
        <translation>--width：应为 %1 到 %2 之间的整数像素值，而不是 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--scale: expected a number from %1 to %2, not %3</source>
        <translation>--scale：应为 %1 到 %2 之间的数，而不是 %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulate a scenario to the end; print the metrics and a Gantt chart.</source>
        <translation>将场景模拟到结束；输出各项指标和甘特图。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulates the scenario FILE to the end and prints, per process, finish, turnaround, waiting and response time, CPU and I/O time; the averages, makespan, CPU utilisation, throughput and context switches; and a text Gantt chart per CPU. The options override the file&apos;s settings. With --gantt it also writes the chart to files (PNG, SVG, PDF or CSV, chosen by the suffix), with a title and the metrics table unless --no-title or --no-metrics.</source>
        <translation>将场景文件 FILE 模拟到结束，并输出：每个进程的完成时间、周转时间、等待时间、响应时间、CPU 时间和 I/O 时间；各项平均值、总时长、CPU 利用率、吞吐量和上下文切换次数；以及每个 CPU 的文本甘特图。选项会覆盖文件中的设置。使用 --gantt 时还会把甘特图写入文件（PNG、SVG、PDF 或 CSV，由文件后缀决定）；除非指定 --no-title 或 --no-metrics，图中包含标题和指标表格。</translation>
    </message>
    <message>
        <location filename="../src/cli/RunReport.cpp" line="+20"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Scenario: %1 (%2)</source>
        <translation>场景：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy: %1; CPUs: %2; context switch (ticks): %3</source>
        <translation>调度策略：%1；CPU 数：%2；上下文切换（时间单位）：%3</translation>
    </message>
    <message>
        <location filename="../src/cli/ProdConsCommand.cpp" line="-430"/>
        <source>--%1 must be a number of seconds from %2 to %3, not %4</source>
        <translation>--%1 必须是 %2 到 %3 之间的秒数，而不是 %4</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>cannot start the real run: %1</source>
        <translation>无法启动真实进程运行：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Interrupted: stopped early.</source>
        <translation>已中断：提前停止。</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n 个生产者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n consumer(s)</source>
        <translation>
            <numerusform>%n 个消费者</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Producer-consumer with real processes: %1 s of wall time, %2</source>
        <translation>生产者消费者（真实进程）：实际时间 %1 秒，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Producer-consumer, simulated: %1 s (%2 ticks of %3 ms), %4, %5 on %n CPU(s)</source>
        <translation>
            <numerusform>生产者消费者（模拟）：%1 秒（%2 个时间单位，每个 %3 毫秒），%4，在 %n 个 CPU 上按%5调度</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Produced %1, consumed %2, in the queue %3, longest queue %4</source>
        <translation>已生产 %1，已消费 %2，队列中 %3，队列最长时 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>produced %1 = consumed %2 + left %3; sequence numbers 1…%4 add up to %5 = consumed %6 + left %7</source>
        <translation>生产 %1 = 消费 %2 + 剩余 %3；序号 1…%4 之和 %5 = 已消费 %6 + 剩余 %7</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conservation: OK, nothing lost or duplicated: %1</source>
        <translation>守恒检查：通过，没有数据丢失或重复：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservation: FAILED: %1</source>
        <translation>守恒检查：失败：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All %1 child processes were reaped.</source>
        <translation>全部 %1 个子进程均已回收。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every child process could be reaped (%1).</source>
        <translation>未能回收全部子进程（共 %1 个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared memory %1 removed.</source>
        <translation>共享内存 %1 已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared memory %1 could NOT be removed.</source>
        <translation>无法删除共享内存 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/cli/RunReport.cpp" line="+6"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid</source>
        <translation>模拟 PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced</source>
        <translation>生产数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed</source>
        <translation>消费数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>阻塞次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queue length every %1 s:</source>
        <translation>每 %1 秒的队列长度：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run the producer-consumer exercise, simulated or with real processes.</source>
        <translation>运行生产者消费者练习：模拟运行，或使用真实进程运行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs the producer-consumer exercise: one producer that produces 200 items whenever the queue holds fewer than 50, then sleeps 1 s; five consumers that take 20 items while it holds more than 10, else sleep 2 s. Prints the counters, each process&apos;s own counts, the queue length over time and the proof that no item was lost or duplicated. Simulated by default (the duration is simulated time); with --real the producers and consumers are real child processes sharing a queue in shared memory (the duration is wall time, and the PIDs are real). FILE, a scenario with a producerConsumer section, gives the starting parameters, policy and CPUs; the options override them.</source>
        <translation>运行生产者消费者练习：一个生产者，每当队列中的数据少于 50 个时生产 200 个数据，然后暂停 1 秒；五个消费者，在队列中的数据多于 10 个时每次取出 20 个，否则暂停 2 秒。输出各项计数、每个进程自己的计数、队列长度随时间的变化，以及没有任何数据丢失或重复的证明。默认为模拟运行（运行时长是模拟时间）；使用 --real 时，生产者和消费者是真实的子进程，它们共享位于共享内存中的队列（运行时长是实际时间，PID 也是真实的）。FILE 是含有 producerConsumer 部分的场景文件，给出初始参数、调度策略和 CPU 数；选项会覆盖这些设置。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run real child processes sharing a queue in shared memory.</source>
        <translation>运行真实的子进程，它们共享位于共享内存中的队列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to run, in seconds (default 10).</source>
        <translation>运行时长，以秒计（默认 10）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producer processes (1 to 8; default 1).</source>
        <translation>生产者进程数（1 到 8；默认 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer processes (1 to 16; default 5).</source>
        <translation>消费者进程数（1 到 16；默认 5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A consumer takes items while the queue holds more than N (default 10).</source>
        <translation>队列中的数据多于 N 个时，消费者取出数据（默认 10）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A producer produces while the queue holds fewer than N (default 50).</source>
        <translation>队列中的数据少于 N 个时，生产者生产数据（默认 50）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items a producer makes per round (default 200).</source>
        <translation>生产者每轮生产的数据个数（默认 200）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items a consumer takes per round (default 20).</source>
        <translation>消费者每轮取出的数据个数（默认 20）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Producer&apos;s pause after each round (default 1).</source>
        <translation>生产者每轮之后暂停的秒数（默认 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Consumer&apos;s pause when the queue is too short (default 2).</source>
        <translation>队列中的数据太少时消费者暂停的秒数（默认 2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue capacity; put() blocks while it is full (default 0, unbounded).</source>
        <translation>队列容量；队列满时 put() 会阻塞（默认 0，即不限容量）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU ticks to produce one item (default 1).</source>
        <translation>生产一个数据所需的 CPU 时间单位数（默认 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CPU ticks to consume one item (default 1).</source>
        <translation>消费一个数据所需的 CPU 时间单位数（默认 1）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: has no producerConsumer section</source>
        <translation>%1：没有 producerConsumer 部分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Producer-consumer</source>
        <translation>生产者消费者</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>note: --%1 only affects the simulation; real processes are scheduled by the operating system
</source>
        <translation>注意：--%1 只对模拟有效；真实进程由操作系统调度
</translation>
    </message>
    <message>
        <location filename="../src/cli/RunReport.cpp" line="+0"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU time</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I/O time</source>
        <translation>I/O 时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makespan: %1 ticks</source>
        <translation>总时长：%1 个时间单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU utilisation: %1</source>
        <translation>CPU 利用率：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throughput: %1 processes per tick</source>
        <translation>吞吐量：每时间单位 %1 个进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context switches: %1</source>
        <translation>上下文切换次数：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gantt chart:</source>
        <translation>甘特图：</translation>
    </message>
    <message>
        <location filename="../src/cli/ScenarioInput.cpp" line="+26"/>
        <source>--%1 must be a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>note: --quantum only affects the rr policy; this run uses %1
</source>
        <translation>注意：--quantum 只对 rr 调度策略有效；本次运行使用的是 %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/Simulation.cpp" line="+34"/>
        <source>the manual policy waits for you to move processes by hand; choose another policy with --policy</source>
        <translation>手动调度策略需要你亲手移动进程；请用 --policy 选择其他调度策略</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the simulation has not ended after %1 events (t=%2, %3 of %4 processes terminated): a program that jumps back seems to loop forever. The producer-consumer exercise does; simulate it with the prodcons command.</source>
        <translation>经过 %1 个事件后模拟仍未结束（t=%2，%4 个进程中有 %3 个已终止）：似乎有向回跳转的程序在无限循环。生产者消费者练习就是这样；请用 prodcons 命令来模拟它。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>lock %1</source>
        <translation>锁 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 waits for %2</source>
        <translation>%1 在等待%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the simulation cannot go on at t=%1: every unfinished process waits for an event that will never come (deadlock): %2</source>
        <translation>模拟在 t=%1 无法继续：每个未结束的进程都在等待一个永远不会发生的事件（死锁）：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>internal error: the simulation stopped at t=%1 with %2 of %3 processes terminated</source>
        <translation>内部错误：模拟在 t=%1 停止，%3 个进程中只有 %2 个已终止</translation>
    </message>
    <message>
        <location filename="../src/cli/TextGantt.cpp" line="+24"/>
        <source>idle</source>
        <comment>Gantt: CPU without a process</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switch&gt;%1</source>
        <comment>Gantt: context switch loading %1</comment>
        <translation>切换&gt;%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>P1 0-4: P1 runs from tick 0 to tick 4; switch&gt;P2: context switch loading P2; idle: nothing to run.</source>
        <translation>P1 0-4：P1 从时刻 0 执行到时刻 4；切换&gt;P2：上下文切换，装入 P2；空闲：没有可执行的进程。</translation>
    </message>
    <message>
        <location filename="../src/cli/ValidateCommand.cpp" line="-6"/>
        <source>Check a scenario file; print a one-line summary or the problem.</source>
        <translation>检查场景文件；输出一行摘要或所发现的问题。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OK: %1: “%2”; processes: %3; CPUs: %4; context switch (ticks): %5; policy: %6</source>
        <translation>通过：%1：“%2”；进程数：%3；CPU 数：%4；上下文切换（时间单位）：%5；调度策略：%6</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../src/core/Engine.cpp" line="+1038"/>
        <source>The simulation was stopped by an internal error; reset it to start again.</source>
        <translation>模拟因内部错误已停止；请重置后重新开始。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no process with PID %1.</source>
        <translation>不存在 PID 为 %1 的进程。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has not arrived yet: it arrives at t = %2.</source>
        <translation>%1 尚未到达：它在 t = %2 时到达。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough memory to admit %1: it needs %2 and only %3 is free.</source>
        <translation>内存不足，无法许可 %1 进入就绪队列：它需要 %2，而空闲内存只有 %3。</translation>
    </message>
</context>
<context>
    <name>ExampleTitles</name>
    <message>
        <location filename="../src/app/scenario/ExampleTitles.cpp" line="+12"/>
        <source>Round robin where every context switch costs 1 tick</source>
        <translation>时间片轮转：每次上下文切换耗时 1 个时间单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FCFS convoy effect: one long job ahead of two short ones</source>
        <translation>FCFS 的护航效应：一个长作业排在两个短作业前面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU and I/O bursts: the CPU runs others while a process waits for I/O</source>
        <translation>CPU 区间与 I/O 区间：进程等待 I/O 时，CPU 执行其他进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multilevel feedback queue: long jobs sink, short and I/O-bound jobs stay on top</source>
        <translation>多级反馈队列：长作业逐级下沉，短作业和 I/O 密集型作业留在高优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority scheduling, lower number = more urgent</source>
        <translation>优先级调度，数字越小越紧迫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round robin with a quantum of 4 ticks</source>
        <translation>时间片轮转，时间片为 4 个时间单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRTF with arrivals during the run: shorter newcomers preempt</source>
        <translation>SRTF 与运行中到达的进程：剩余时间更短的新进程抢占</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two CPUs share one ready queue (SJF)</source>
        <translation>两个 CPU 共用一个就绪队列（SJF）</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../src/app/exercise/Exercise.cpp" line="+28"/>
        <source>%1, preemptive</source>
        <translation>%1，抢占式</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exercise, seed %1</source>
        <translation>练习，种子 %1</translation>
    </message>
</context>
<context>
    <name>GanttExporter</name>
    <message>
        <location filename="../src/render/GanttExporter.cpp" line="+188"/>
        <source>The picture would be %1 × %2 pixels, too large for PNG; export SVG or PDF, or choose a smaller width or scale</source>
        <translation>图片将为 %1 × %2 像素，PNG 无法容纳；请导出 SVG 或 PDF，或选择更小的宽度或缩放比例</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough memory for a %1 × %2 picture</source>
        <translation>内存不足，无法生成 %1 × %2 的图片</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not encode the PNG picture</source>
        <translation>无法编码 PNG 图片</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The PDF page size is not supported</source>
        <translation>不支持该 PDF 页面尺寸</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not start the PDF document</source>
        <translation>无法创建 PDF 文档</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown export format</source>
        <translation>未知的导出格式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export to %1: unknown file type (use .png, .svg, .pdf or .csv)</source>
        <translation>无法导出到 %1：未知的文件类型（请使用 .png、.svg、.pdf 或 .csv）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cannot export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was rendered</source>
        <translation>没有生成任何内容</translation>
    </message>
</context>
<context>
    <name>GanttRenderer</name>
    <message>
        <location filename="../src/render/GanttRenderer.cpp" line="+191"/>
        <source>Gantt chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPUs: %1</source>
        <translation>CPU 数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context switch: %1</source>
        <translation>上下文切换：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory pool: %1</source>
        <translation>内存池：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time now: %1 (still running)</source>
        <translation>当前时间：%1（仍在运行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in ticks</source>
        <translation>时间均以时间单位计</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+765"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="-749"/>
        <source>preempted by %1</source>
        <translation>被 %1 抢占</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 runs on CPU %2
%3
Ended: %4</source>
        <translation>%1 在 CPU %2 上执行
%3
结束原因：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context switch to %1 on CPU %2
%3</source>
        <translation>CPU %2 切换到 %1
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU %1 idle
%2</source>
        <translation>CPU %1 空闲
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ready, waiting for a CPU
%2</source>
        <translation>%1 就绪，等待 CPU
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 blocked (I/O or event)
%2</source>
        <translation>%1 阻塞（I/O 或事件）
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waiting for memory
%2</source>
        <translation>%1 等待内存
%2</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%1 – %2 (%n tick(s))</source>
        <translation>
            <numerusform>%1 – %2（%n 个时间单位）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>and %n more process(es)</source>
        <translation>
            <numerusform>另有 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for memory</source>
        <translation>等待内存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context switch</source>
        <translation>上下文切换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+51"/>
        <source>Finish</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Current time</source>
        <translation>当前时间</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU time</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I/O time</source>
        <translation>I/O 时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Makespan: %1</source>
        <translation>总时长：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU utilisation: %1%</source>
        <translation>CPU 利用率：%1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context switches: %1</source>
        <translation>上下文切换次数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput: %1 per tick</source>
        <translation>吞吐量：每时间单位 %1 个进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: %1 of %2</source>
        <translation>已完成：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>… and %n more process(es) (all of them are in the CSV export)</source>
        <translation>
            <numerusform>… 另有 %n 个进程（CSV 导出中包含全部进程）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+278"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
</context>
<context>
    <name>InvariantChecker</name>
    <message>
        <location filename="../src/core/InvariantChecker.cpp" line="+52"/>
        <source>Internal error: the simulation broke one of its own rules at t = %1 (after %2 events) and was stopped. Please report it with the scenario file.</source>
        <translation>内部错误：模拟在 t = %1 时（经过 %2 个事件后）违反了自身的一条规则，已被停止。请连同场景文件一起报告这个问题。</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+18"/>
        <source>The engine has %1 PCBs for %2 processes.</source>
        <translation>模拟引擎有 %1 个 PCB，但有 %2 个进程。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine has %1 CPUs, %2 before.</source>
        <translation>模拟引擎现有 %1 个 CPU，之前有 %2 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time went back from t = %1 to t = %2.</source>
        <translation>时间倒退了：从 t = %1 回到了 t = %2。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+667"/>
        <source>The ready queue holds %1 entries but %2 processes are Ready.</source>
        <translation>就绪队列中有 %1 项，但有 %2 个进程处于就绪状态。</translation>
    </message>
    <message>
        <location line="-662"/>
        <location line="+680"/>
        <source>The engine counts %1 terminated processes, but %2 are Terminated.</source>
        <translation>模拟引擎统计有 %1 个已终止的进程，但处于终止状态的进程有 %2 个。</translation>
    </message>
    <message>
        <location line="-660"/>
        <source>The trace lost entries: %1 slices and %2 state changes, %3 and %4 before.</source>
        <translation>运行记录丢失了条目：现有 %1 个片段和 %2 次状态转换，之前为 %3 个和 %4 次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The open slice of CPU %1 disappeared from the trace.</source>
        <translation>CPU %1 未结束的片段从运行记录中消失了。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A slice of %1 on CPU %2 closed at t = %3, outside [%4, %5].</source>
        <translation>%1 在 CPU %2 上的一个片段于 t = %3 结束，超出了 [%4, %5] 的范围。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A slice names CPU %1, which does not exist.</source>
        <translation>某个片段指向 CPU %1，但该 CPU 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slice names PID %1, which does not exist.</source>
        <translation>某个片段指向 PID %1，但该进程不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A slice of %1 on CPU %2 ends at t = %3, before it starts at t = %4.</source>
        <translation>%1 在 CPU %2 上的一个片段于 t = %3 结束，早于它的开始时刻 t = %4。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slice of %1 on CPU %2 ends at t = %3, after the current time t = %4.</source>
        <translation>%1 在 CPU %2 上的一个片段于 t = %3 结束，晚于当前时间 t = %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slices overlap on CPU %1: one of %2 starts at t = %3, before the previous one there ends (t = %4).</source>
        <translation>CPU %1 上的片段相互重叠：%2 的一个片段在 t = %3 开始，而该 CPU 上的前一个片段到 t = %4 才结束。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has two slices at once: one starts at t = %2 on CPU %3, before its previous one ends (t = %4).</source>
        <translation>%1 同时有两个片段：一个在 t = %2 于 CPU %3 上开始，而它的前一个片段到 t = %4 才结束。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A state change names PID %1, which does not exist.</source>
        <translation>某次状态转换指向 PID %1，但该进程不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A state change of %1 is dated t = %2, before the one recorded before it (t = %3).</source>
        <translation>%1 的一次状态转换记为 t = %2，早于在它之前记录的那一次（t = %3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A state change of %1 is dated t = %2, after the current time t = %3.</source>
        <translation>%1 的一次状态转换记为 t = %2，晚于当前时间 t = %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A state change of %1 names a state that does not exist.</source>
        <translation>%1 的一次状态转换涉及一个不存在的状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 moved from %2 to %3 at t = %4, but the trace had it in %5.</source>
        <translation>%1 在 t = %4 从%2状态转为%3状态，但运行记录显示它当时处于%5状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 moved from %2 to %3 at t = %4, which the five-state model does not allow.</source>
        <translation>%1 在 t = %4 从%2状态转为%3状态，五状态模型不允许这种状态转换。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>CPU %1 says its open slice is number %2, but the trace&apos;s is number %3.</source>
        <translation>CPU %1 记录的未结束片段编号为 %2，但运行记录中的编号为 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPU %1 was busy for %2 ticks, but its run slices add up to %3.</source>
        <translation>CPU %1 忙碌了 %2 个时间单位，但它的执行片段加起来是 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU %1 spent %2 ticks switching, but its switch slices add up to %3.</source>
        <translation>CPU %1 用于切换的时间为 %2 个时间单位，但它的切换片段加起来是 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU %1 is idle but has an open slice of %2.</source>
        <translation>CPU %1 处于空闲，却有一个属于 %2 的未结束片段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU %1 holds PID %2, which does not exist.</source>
        <translation>CPU %1 上的进程是 PID %2，但该进程不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU %1 holds %2, which is %3, not Running.</source>
        <translation>CPU %1 上的进程是 %2，但它处于%3状态，而不是执行状态。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is on CPU %2 and on CPU %3 at once.</source>
        <translation>%1 同时在 CPU %2 和 CPU %3 上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU %1 holds %2, but its PCB names CPU %3.</source>
        <translation>CPU %1 上的进程是 %2，但它的 PCB 记录的是 CPU %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU %1 holds %2 but has no open slice.</source>
        <translation>CPU %1 上的进程是 %2，但该 CPU 没有未结束的片段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU %1 holds %2, but its open slice is %3&apos;s.</source>
        <translation>CPU %1 上的进程是 %2，但它未结束的片段属于 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU %1 is switching to %2, but its open slice is a run slice.</source>
        <translation>CPU %1 正在切换到 %2，但它未结束的片段是执行片段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 runs %2, but its open slice is a switch slice.</source>
        <translation>CPU %1 正在执行 %2，但它未结束的片段是切换片段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The open slice of %1 on CPU %2 ends at t = %3, not at the current time t = %4.</source>
        <translation>%1 在 CPU %2 上未结束的片段止于 t = %3，而不是当前时间 t = %4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+375"/>
        <source>%1 processes are Running, but there are only %2 CPUs.</source>
        <translation>有 %1 个进程处于执行状态，但只有 %2 个 CPU。</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>%1 processes are Running, but %2 CPUs are busy.</source>
        <translation>有 %1 个进程处于执行状态，但忙碌的 CPU 有 %2 个。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The PCB of %1 says it is PID %2.</source>
        <translation>%1 的 PCB 记录的 PID 是 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in no state of the five-state model (value %2).</source>
        <translation>%1 不处于五状态模型中的任何状态（值为 %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, but the trace last moved it to %3.</source>
        <translation>%1 处于%2状态，但运行记录最后一次把它转到了%3状态。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is Running but is not on a CPU.</source>
        <translation>%1 处于执行状态，但不在任何 CPU 上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, but its PCB names CPU %3.</source>
        <translation>%1 处于%2状态，但它的 PCB 记录的是 CPU %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is Ready but not in the ready queue.</source>
        <translation>%1 处于就绪状态，但不在就绪队列中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the ready queue, but it is %2.</source>
        <translation>%1 在就绪队列中，但它处于%2状态。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 waits in the ready queue with key %2, but the policy gives it %3.</source>
        <translation>%1 在就绪队列中的排序键为 %2，但调度策略给出的是 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is Terminated but has no finish time.</source>
        <translation>%1 处于终止状态，但没有完成时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a finish time (t = %2) but is %3.</source>
        <translation>%1 有完成时间（t = %2），但处于%3状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 finished at t = %2, after the current time t = %3.</source>
        <translation>%1 在 t = %2 完成，晚于当前时间 t = %3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is Blocked with nothing to wait for.</source>
        <translation>%1 处于阻塞状态，却没有在等待任何东西。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 should have woken up at t = %2; it is still Blocked at t = %3.</source>
        <translation>%1 本应在 t = %2 被唤醒；但在 t = %3 时仍处于阻塞状态。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 still waits for %2, which has already terminated.</source>
        <translation>%1 仍在等待 %2，而后者已经终止。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2, but its PCB says it is waiting.</source>
        <translation>%1 处于%2状态，但它的 PCB 显示它正在等待。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has %2 ticks of CPU time, but its run slices add up to %3.</source>
        <translation>%1 的 CPU 时间为 %2 个时间单位，但它的执行片段加起来是 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has been Blocked for %2 ticks, but its state changes say %3.</source>
        <translation>%1 累计阻塞了 %2 个时间单位，但按它的状态转换算是 %3。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 terminated at operation %2 of %3, before the end of its program.</source>
        <translation>%1 在操作 %2 处终止（共 %3 个操作），程序还没有执行完。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 finished with %2 ticks of CPU time, but its CPU operations add up to %3.</source>
        <translation>%1 结束时的 CPU 时间为 %2 个时间单位，但它的 CPU 操作加起来是 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 finished with %2 ticks of I/O, but its I/O and sleep operations add up to %3.</source>
        <translation>%1 结束时的 I/O 时间为 %2 个时间单位，但它的 I/O 和睡眠操作加起来是 %3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The CPU time of %1 went down from %2 to %3.</source>
        <translation>%1 的 CPU 时间从 %2 减少到了 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 gained %2 ticks of CPU time while not at a CPU operation.</source>
        <translation>%1 没有处在 CPU 操作中，CPU 时间却增加了 %2 个时间单位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 gained %2 ticks of CPU time, but its CPU operation had only %3 left.</source>
        <translation>%1 的 CPU 时间增加了 %2 个时间单位，但它的 CPU 操作只剩 %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PCB of %1 is wrong about whether operation %2 needs the CPU.</source>
        <translation>%1 的 PCB 对操作 %2 是否需要 CPU 的记录有误。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 ticks left of a CPU operation of %3 ticks.</source>
        <translation>%1 的 CPU 操作长 %3 个时间单位，剩余却为 %2 个时间单位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 ticks of CPU time, but the CPU operations it executed add up to %3.</source>
        <translation>%1 的 CPU 时间为 %2 个时间单位，但它已执行的 CPU 操作加起来是 %3。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The engine has %1 queues; the scenario has %2.</source>
        <translation>模拟引擎有 %1 个队列，而场景中有 %2 个。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queue %1 lost, duplicated or reordered items: %2 produced, %3 consumed, %4 in the queue.</source>
        <translation>队列 %1 中有数据丢失、重复或顺序错乱：已生产 %2 个，已消费 %3 个，队列中有 %4 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queue %1 holds %2 items, more than its capacity %3.</source>
        <translation>队列 %1 中有 %2 个数据，超过了它的容量 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processes wait to take from queue %1 while it holds %2 items.</source>
        <translation>队列 %1 中有 %2 个数据，却仍有进程在等待从中取出数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processes wait to put into queue %1 while it has room.</source>
        <translation>队列 %1 还有空位，却仍有进程在等待向其中放入数据。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is in the wait list of queue %2 but is not waiting there.</source>
        <translation>%1 在队列 %2 的等待列表中，但并没有在等待该队列。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The processes put %1 items and took %2, but the queues counted %3 and %4.</source>
        <translation>各进程共放入 %1 个数据、取出 %2 个，但各队列统计的是 %3 个和 %4 个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock %1 is held by %2, which has terminated.</source>
        <translation>锁 %1 由 %2 持有，而该进程已经终止。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is in the wait list of lock %2 but is not waiting there.</source>
        <translation>%1 在锁 %2 的等待列表中，但并没有在等待这把锁。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The ready queue holds an entry for %1 (key %2, number %3) that does not match its PCB.</source>
        <translation>就绪队列中有一项属于 %1（排序键 %2，入队序号 %3），与它的 PCB 不一致。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine counts %1 live processes, but there are %2.</source>
        <translation>模拟引擎统计有 %1 个活动进程，但实际有 %2 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is in the admission queue but is not an arrived process waiting for memory.</source>
        <translation>%1 在许可队列中，但它不是已到达、正在等待内存的进程。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has arrived but is neither admitted nor waiting for memory.</source>
        <translation>%1 已到达，但既没有被许可，也没有在等待内存。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 waits until t = %2, but no wake-up is scheduled for it.</source>
        <translation>%1 等待到 t = %2，但没有为它安排唤醒。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 waits on queue %2 but is not in its wait list.</source>
        <translation>%1 在队列 %2 上等待，但不在该队列的等待列表中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 waits for lock %2 but is not in its wait list.</source>
        <translation>%1 在等待锁 %2，但不在该锁的等待列表中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of the memory pool is free, but the pool of %2 minus the %3 that admitted processes hold leaves %4.</source>
        <translation>内存池中空闲 %1，但内存池总量 %2 减去已许可进程占用的 %3 应剩 %4。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>… and %1 more problems.</source>
        <translation>… 另有 %1 个问题。</translation>
    </message>
</context>
<context>
    <name>LessonSnippet</name>
    <message>
        <location filename="../src/core/Lessons.cpp" line="+80"/>
        <source>work.py: one program; every run of it is a new process</source>
        <translation>work.py：同一个程序，每运行一次就是一个新的进程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>process {os.getpid()} starts</source>
        <translation>进程 {os.getpid()} 开始运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>computing: needs the CPU</source>
        <translation>计算：需要 CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting: the CPU is free for others</source>
        <translation>等待：CPU 可以让给别的进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process {os.getpid()} ends</source>
        <translation>进程 {os.getpid()} 运行结束</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>three users run this program at the same time</source>
        <translation>三个用户同时运行这个程序</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only computing: always needs the CPU</source>
        <translation>只做计算：一直需要 CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process {os.getpid()}: {total}</source>
        <translation>进程 {os.getpid()}：{total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Running: needs the CPU</source>
        <translation>执行状态：需要 CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked: waits for the keyboard</source>
        <translation>阻塞状态：等待键盘输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running again</source>
        <translation>再次进入执行状态</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>start() calls run() in the new process</source>
        <translation>start() 会在新进程中调用 run()</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child {os.getpid()} starts</source>
        <translation>子进程 {os.getpid()} 开始运行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>daemon still running</source>
        <translation>守护进程还在运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>main process {os.getpid()}</source>
        <translation>主进程 {os.getpid()}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>main blocks until p1 has terminated</source>
        <translation>主进程阻塞，直到 p1 终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main process ends</source>
        <translation>主进程结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p2 is a daemon: it is terminated when main exits</source>
        <translation>p2 是守护进程：主进程退出时它随之终止</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>changes only this process&apos;s own copy</source>
        <translation>只改了本进程自己的那一份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>takes the value the other process put</source>
        <translation>取出另一个进程放进去的值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hands it on through the queue</source>
        <translation>通过队列交给下一个进程</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>prints 0 2: main&apos;s result is still 0</source>
        <translation>输出 0 2：主进程的 result 仍然是 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a thread must hold the GIL to run Python code</source>
        <translation>线程必须持有 GIL 才能执行 Python 代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 threads of one process share one GIL:</source>
        <translation>同一进程的 4 个线程共用一把 GIL：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 processes: each has its own interpreter and GIL:</source>
        <translation>4 个进程：各有自己的解释器和 GIL：</translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <location filename="../src/app/lessons/LessonTexts.cpp" line="+11"/>
        <source>Programs and processes</source>
        <translation>程序与进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time slices and time-sharing</source>
        <translation>时间片与分时操作系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The five states and the PCB</source>
        <translation>五种状态与进程控制块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating processes: start, join, daemon</source>
        <translation>创建进程：start、join 与守护进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own globals, shared queue</source>
        <translation>各自的全局变量，共享的队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Producer and consumers</source>
        <translation>生产者与消费者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GIL</source>
        <translation>全局解释器锁（GIL）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;A &lt;b&gt;program&lt;/b&gt; is a file: code on the disk that does nothing by itself. A &lt;b&gt;process&lt;/b&gt; is one run of a program: the operating system gives it a PID, memory and a PCB, and it moves from state to state while it runs.&lt;/p&gt;&lt;p&gt;Start the same program three times and you get three processes with three PIDs. One CPU runs only one of them at a time, yet all three make progress because the operating system lets them take turns: that is &lt;b&gt;multitasking&lt;/b&gt;. A single-tasking system such as DOS ran one program until it ended.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;程序&lt;/b&gt;是一个文件：存放在磁盘上的代码，自己什么也不做。&lt;b&gt;进程&lt;/b&gt;是程序的一次动态执行过程：操作系统为它分配 PID、内存和进程控制块（PCB），它在运行中从一个状态转到另一个状态。&lt;/p&gt;&lt;p&gt;把同一个程序启动三次，就得到三个进程、三个 PID。一个 CPU 同一时刻只能运行其中一个，但三个进程都在向前推进，因为操作系统让它们轮流使用 CPU：这就是&lt;b&gt;多任务&lt;/b&gt;。DOS 这样的单任务系统则是一个程序运行到结束，再运行下一个。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;The CPU divides its time into &lt;b&gt;time slices&lt;/b&gt;. A process runs for at most one slice, then the next ready process gets the CPU. A &lt;b&gt;time-sharing system&lt;/b&gt; serves many users this way, and each of them sees the computer answer as if it were theirs alone.&lt;/p&gt;&lt;p&gt;Every switch costs time: the registers of one process are saved in its PCB and those of the next are loaded. Here a switch costs 1 tick. With short slices the CPU spends much of its time switching; that is why a slice is usually about 100 times as long as a switch. Try the three quanta and compare the hatched switch slices in the Gantt chart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CPU 把自己的时间分割成&lt;b&gt;时间片&lt;/b&gt;。一个进程最多运行一个时间片，然后由下一个就绪进程使用 CPU。&lt;b&gt;分时操作系统&lt;/b&gt;就是这样以时间片轮转的方式为许多用户服务，每个用户都觉得计算机好像只为自己工作。&lt;/p&gt;&lt;p&gt;每次切换都要花时间：把当前进程的寄存器保存到它的 PCB 中，再装入下一个进程的寄存器。这里一次切换需要 1 个时间单位。时间片太短，CPU 就有很大一部分时间花在切换上；所以时间片一般是切换所需时间的 100 倍左右。试试三种时间片，比较甘特图中带斜线的切换片段。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;The operating system keeps a &lt;b&gt;process control block&lt;/b&gt; (PCB) for every process: its PID, state, saved registers, priority and times. The PCB Inspector shows it.&lt;/p&gt;&lt;p&gt;A process is in one of five states: &lt;b&gt;New&lt;/b&gt; (its PCB is being filled in; it stays here while resources such as memory are short), &lt;b&gt;Ready&lt;/b&gt; (in memory, waiting for a CPU), &lt;b&gt;Running&lt;/b&gt; (a CPU executes its instructions), &lt;b&gt;Blocked&lt;/b&gt; (waiting for I/O or input, needing no CPU) and &lt;b&gt;Terminated&lt;/b&gt; (its PCB is removed).&lt;/p&gt;&lt;p&gt;Here &lt;b&gt;you are the scheduler&lt;/b&gt;: drag a process from Ready to a CPU and watch what &lt;code&gt;input()&lt;/code&gt; does to it. Memory holds only two of the three processes, so the third waits in New.&lt;/p&gt;</source>
        <translation>&lt;p&gt;操作系统为每个进程保存一个&lt;b&gt;进程控制块&lt;/b&gt;（PCB）：PID、状态、保存的寄存器、优先级和各种时间。PCB 查看器显示的就是它。&lt;/p&gt;&lt;p&gt;进程总处于五种状态之一：&lt;b&gt;创建状态&lt;/b&gt;（正在填写 PCB；内存等资源不足时停在这里）、&lt;b&gt;就绪状态&lt;/b&gt;（已在内存中，等待 CPU）、&lt;b&gt;执行状态&lt;/b&gt;（某个 CPU 正在执行它的指令）、&lt;b&gt;阻塞状态&lt;/b&gt;（等待 I/O 或用户输入，不需要 CPU）和&lt;b&gt;终止状态&lt;/b&gt;（PCB 被删除）。&lt;/p&gt;&lt;p&gt;这里&lt;b&gt;由你来当调度程序&lt;/b&gt;：把进程从“就绪”拖到某个 CPU 上，看看 &lt;code&gt;input()&lt;/code&gt; 会让它发生什么变化。内存只够放三个进程中的两个，所以第三个进程停在创建状态等待。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Running a Python script creates a process, the &lt;b&gt;main process&lt;/b&gt;. It creates &lt;b&gt;child processes&lt;/b&gt; with &lt;code&gt;Process(target=function)&lt;/code&gt;, or with a subclass of &lt;code&gt;Process&lt;/code&gt; that overrides &lt;code&gt;run(self)&lt;/code&gt;. Nothing runs before &lt;code&gt;start()&lt;/code&gt;; then the child has its own PID (&lt;code&gt;os.getpid()&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;&lt;code&gt;p1.join()&lt;/code&gt; blocks the main process until p1 has terminated. A child with &lt;code&gt;daemon=True&lt;/code&gt; is a &lt;b&gt;daemon process&lt;/b&gt;: it is terminated as soon as its parent exits. With &lt;code&gt;daemon=False&lt;/code&gt; (the default) the main process waits for it at the end.&lt;/p&gt;&lt;p&gt;Watch main block on &lt;code&gt;join()&lt;/code&gt; and p2 end together with main. The table&apos;s Parent column and the dashed lines in the diagram link each child to its parent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;执行一个 Python 脚本就会创建一个进程，即&lt;b&gt;主进程&lt;/b&gt;。主进程用 &lt;code&gt;Process(target=function)&lt;/code&gt;，或者用重写了 &lt;code&gt;run(self)&lt;/code&gt; 的 &lt;code&gt;Process&lt;/code&gt; 子类，来创建&lt;b&gt;子进程&lt;/b&gt;。调用 &lt;code&gt;start()&lt;/code&gt; 之前什么都不会运行；之后子进程有了自己的 PID（&lt;code&gt;os.getpid()&lt;/code&gt;）。&lt;/p&gt;&lt;p&gt;&lt;code&gt;p1.join()&lt;/code&gt; 让主进程阻塞，直到 p1 终止。&lt;code&gt;daemon=True&lt;/code&gt; 的子进程是&lt;b&gt;守护进程&lt;/b&gt;：父进程一退出，它就被终止。&lt;code&gt;daemon=False&lt;/code&gt;（默认值）时，主进程执行完会等待它结束。&lt;/p&gt;&lt;p&gt;观察主进程在 &lt;code&gt;join()&lt;/code&gt; 上阻塞，以及 p2 和主进程一起结束。表格的“父进程”列和状态图中的虚线把每个子进程与它的父进程连起来。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Every process has its own copy of the global variables. When p1 and p2 do &lt;code&gt;result += 1&lt;/code&gt;, each changes only its own &lt;code&gt;result&lt;/code&gt;: the main process still has 0. Select a process and the PCB Inspector shows its own &lt;code&gt;result&lt;/code&gt; and &lt;code&gt;r&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;To pass data between processes, use a &lt;code&gt;multiprocessing.Queue&lt;/code&gt;. The main process puts 0; each child takes the number, adds 1 and puts it back, so main finally gets 2. A child that calls &lt;code&gt;q.get()&lt;/code&gt; on an empty queue is Blocked until the other one puts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个进程都有自己的一份全局变量。p1 和 p2 执行 &lt;code&gt;result += 1&lt;/code&gt; 时，各自只改了自己的 &lt;code&gt;result&lt;/code&gt;：主进程中的仍然是 0。选中一个进程，PCB 查看器会显示它自己的 &lt;code&gt;result&lt;/code&gt; 和 &lt;code&gt;r&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;要在进程之间传递数据，请使用 &lt;code&gt;multiprocessing.Queue&lt;/code&gt;。主进程放入 0；每个子进程取出这个数，加 1 后再放回去，所以主进程最后得到 2。在空队列上调用 &lt;code&gt;q.get()&lt;/code&gt; 的子进程会进入阻塞状态，直到另一个进程放入数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;The course&apos;s exercise: a &lt;b&gt;producer&lt;/b&gt; puts 200 items into a &lt;b&gt;queue&lt;/b&gt; whenever it holds fewer than 50, then pauses for 1 s; five &lt;b&gt;consumers&lt;/b&gt; each take 20 items whenever it holds more than 10, and otherwise pause for 2 s. The queue is all they share.&lt;/p&gt;&lt;p&gt;The programs loop forever, so the run never ends: pause it when you have seen enough. Watch consumers block on an empty queue: checking &lt;code&gt;qsize()&lt;/code&gt; first does not mean the items are still there when &lt;code&gt;get()&lt;/code&gt; runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;课程的练习：队列中的数据少于 50 个时，&lt;b&gt;生产者&lt;/b&gt;就向&lt;b&gt;队列&lt;/b&gt;中放入 200 个数据，然后暂停 1 秒；队列中的数据多于 10 个时，五个&lt;b&gt;消费者&lt;/b&gt;各自取出 20 个，否则暂停 2 秒。它们共享的只有这个队列。&lt;/p&gt;&lt;p&gt;这些程序永远循环，所以运行不会结束：看够了就暂停。注意消费者会在空队列上阻塞：先检查 &lt;code&gt;qsize()&lt;/code&gt; 并不能保证 &lt;code&gt;get()&lt;/code&gt; 执行时数据还在。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;CPython has a &lt;b&gt;global interpreter lock&lt;/b&gt; (GIL): a thread must hold it to run Python code, and each process has only one. So the threads of one Python process never run Python code on two cores at the same moment, however many CPUs there are.&lt;/p&gt;&lt;p&gt;Here four threads count on four CPUs. With the GIL, a thread takes it, runs for a while and hands it on; the others are Blocked, and the Gantt chart shows one thread at a time. Without a GIL they run in parallel and finish four times sooner. Four &lt;b&gt;processes&lt;/b&gt; have four interpreters and four GILs, so they run in parallel too: for CPU-bound Python code, use processes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CPython 有一把&lt;b&gt;全局解释器锁&lt;/b&gt;（GIL）：线程必须持有它才能执行 Python 代码，而每个进程只有一把。所以无论有多少个 CPU，同一个 Python 进程的线程都不会在同一时刻于两个核心上执行 Python 代码。&lt;/p&gt;&lt;p&gt;这里四个线程在四个 CPU 上计数。有 GIL 时，一个线程拿到它，运行一会儿再交给下一个；其余线程处于阻塞状态，甘特图上同一时刻只有一个线程在运行。没有 GIL 时它们并行运行，只需四分之一的时间就能完成。四个&lt;b&gt;进程&lt;/b&gt;有四个解释器、四把 GIL，所以它们也能并行运行：CPU 密集型的 Python 代码应当使用多进程。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;ul&gt;&lt;li&gt;A missing &lt;code&gt;import os&lt;/code&gt;: &lt;code&gt;os.getpid()&lt;/code&gt; then fails with &lt;code&gt;NameError: name &apos;os&apos; is not defined&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Thinking two runs of one program share their variables: each process has its own memory.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;忘了 &lt;code&gt;import os&lt;/code&gt;：&lt;code&gt;os.getpid()&lt;/code&gt; 会报 &lt;code&gt;NameError: name &apos;os&apos; is not defined&lt;/code&gt;。&lt;/li&gt;&lt;li&gt;以为同一个程序的两次运行共享变量：每个进程都有自己的内存。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;ul&gt;&lt;li&gt;Thinking a shorter slice is always better: answers come sooner, but more of the CPU goes to switching.&lt;/li&gt;&lt;li&gt;Counting switch time as work: a context switch moves no process forward.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;以为时间片越短越好：响应是快了，但 CPU 有更多时间花在切换上。&lt;/li&gt;&lt;li&gt;把切换时间算作工作：上下文切换不会让任何进程向前推进。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ul&gt;&lt;li&gt;When its I/O ends, a blocked process does not go straight back to Running: it goes to Ready and waits for a CPU again.&lt;/li&gt;&lt;li&gt;&lt;code&gt;if __name__ = &apos;__main__&apos;:&lt;/code&gt; with a single &lt;code&gt;=&lt;/code&gt; is a syntax error: compare with &lt;code&gt;==&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;I/O 结束后，阻塞的进程不会直接回到执行状态：它先进入就绪状态，再次等待 CPU。&lt;/li&gt;&lt;li&gt;&lt;code&gt;if __name__ = &apos;__main__&apos;:&lt;/code&gt; 只写了一个 &lt;code&gt;=&lt;/code&gt;，是语法错误：比较要用 &lt;code&gt;==&lt;/code&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;ul&gt;&lt;li&gt;&lt;code&gt;def run():&lt;/code&gt; without &lt;code&gt;self&lt;/code&gt;: the child fails with &lt;code&gt;TypeError: run() takes 0 positional arguments but 1 was given&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;code&gt;join()&lt;/code&gt; on a process that was never started raises &lt;code&gt;AssertionError: can only join a started process&lt;/code&gt;: call &lt;code&gt;start()&lt;/code&gt; first.&lt;/li&gt;&lt;li&gt;&lt;code&gt;if __name__ = &apos;__main__&apos;:&lt;/code&gt; (a single &lt;code&gt;=&lt;/code&gt;) or a full-width colon &lt;code&gt;：&lt;/code&gt; at the end of the line is a syntax error.&lt;/li&gt;&lt;li&gt;A missing &lt;code&gt;import os&lt;/code&gt; before &lt;code&gt;os.getpid()&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;code&gt;def run():&lt;/code&gt; 少了 &lt;code&gt;self&lt;/code&gt;：子进程会报 &lt;code&gt;TypeError: run() takes 0 positional arguments but 1 was given&lt;/code&gt;。&lt;/li&gt;&lt;li&gt;对从未启动的进程调用 &lt;code&gt;join()&lt;/code&gt; 会引发 &lt;code&gt;AssertionError: can only join a started process&lt;/code&gt;：要先调用 &lt;code&gt;start()&lt;/code&gt;。&lt;/li&gt;&lt;li&gt;&lt;code&gt;if __name__ = &apos;__main__&apos;:&lt;/code&gt;（只有一个 &lt;code&gt;=&lt;/code&gt;）或者行末写成全角冒号 &lt;code&gt;：&lt;/code&gt;，都是语法错误。&lt;/li&gt;&lt;li&gt;在 &lt;code&gt;os.getpid()&lt;/code&gt; 之前忘了 &lt;code&gt;import os&lt;/code&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;ul&gt;&lt;li&gt;Expecting a child&apos;s &lt;code&gt;result += 1&lt;/code&gt; to change the parent&apos;s &lt;code&gt;result&lt;/code&gt;: pass values through a Queue instead.&lt;/li&gt;&lt;li&gt;&lt;code&gt;p1.join()&lt;/code&gt; without &lt;code&gt;p1.start()&lt;/code&gt; first: join() raises &lt;code&gt;AssertionError&lt;/code&gt;, and nothing would have run anyway.&lt;/li&gt;&lt;li&gt;&lt;code&gt;args=(q)&lt;/code&gt; without the comma: &lt;code&gt;(q)&lt;/code&gt; is not a tuple; write &lt;code&gt;args=(q,)&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;以为子进程的 &lt;code&gt;result += 1&lt;/code&gt; 会改变父进程的 &lt;code&gt;result&lt;/code&gt;：要用队列传递数值。&lt;/li&gt;&lt;li&gt;没有先 &lt;code&gt;p1.start()&lt;/code&gt; 就 &lt;code&gt;p1.join()&lt;/code&gt;：join() 会引发 &lt;code&gt;AssertionError&lt;/code&gt;，而且本来也什么都没运行。&lt;/li&gt;&lt;li&gt;&lt;code&gt;args=(q)&lt;/code&gt; 少了逗号：&lt;code&gt;(q)&lt;/code&gt; 不是元组，应写成 &lt;code&gt;args=(q,)&lt;/code&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;ul&gt;&lt;li&gt;A &lt;code&gt;Process&lt;/code&gt; subclass with its own &lt;code&gt;__init__&lt;/code&gt; must call &lt;code&gt;super().__init__()&lt;/code&gt;, or &lt;code&gt;start()&lt;/code&gt; fails.&lt;/li&gt;&lt;li&gt;A plain list instead of a Queue: each process would fill its own copy.&lt;/li&gt;&lt;li&gt;&lt;code&gt;def run():&lt;/code&gt; without &lt;code&gt;self&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;自己写了 &lt;code&gt;__init__&lt;/code&gt; 的 &lt;code&gt;Process&lt;/code&gt; 子类必须调用 &lt;code&gt;super().__init__()&lt;/code&gt;，否则 &lt;code&gt;start()&lt;/code&gt; 会失败。&lt;/li&gt;&lt;li&gt;用普通列表代替队列：每个进程只会往自己那一份里放数据。&lt;/li&gt;&lt;li&gt;&lt;code&gt;def run():&lt;/code&gt; 少了 &lt;code&gt;self&lt;/code&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;ul&gt;&lt;li&gt;Expecting threads to speed up CPU-bound Python code: they take turns holding the GIL. Threads still help while they wait for I/O, which releases the GIL.&lt;/li&gt;&lt;li&gt;Starting processes outside &lt;code&gt;if __name__ == &apos;__main__&apos;:&lt;/code&gt;: on Windows and macOS every child would start them again.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;指望多线程加快 CPU 密集型的 Python 代码：线程只能轮流持有 GIL。等待 I/O 时线程仍然有用，因为等待 I/O 时会释放 GIL。&lt;/li&gt;&lt;li&gt;在 &lt;code&gt;if __name__ == &apos;__main__&apos;:&lt;/code&gt; 之外启动进程：在 Windows 和 macOS 上，每个子进程都会再启动一遍这些进程。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../src/core/Lessons.cpp" line="+35"/>
        <source>Lesson: one program, three processes</source>
        <translation>课程：一个程序，三个进程</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try it: three runs of work.py</source>
        <translation>试一试：运行三次 work.py</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesson: time slices</source>
        <translation>课程：时间片</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try it: quantum 1</source>
        <translation>试一试：时间片 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it: quantum 4</source>
        <translation>试一试：时间片 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it: quantum 20</source>
        <translation>试一试：时间片 20</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson: you are the scheduler</source>
        <translation>课程：由你来调度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try it: schedule by hand</source>
        <translation>试一试：手动调度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson: start, join and daemon</source>
        <translation>课程：start、join 与守护进程</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try it: main, p1 and the daemon p2</source>
        <translation>试一试：主进程、p1 和守护进程 p2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lesson: own globals, shared queue</source>
        <translation>课程：各自的全局变量，共享的队列</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Try it: result and the queue</source>
        <translation>试一试：result 与队列</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson: producer and consumers</source>
        <translation>课程：生产者与消费者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try it: 1 producer, 5 consumers</source>
        <translation>试一试：1 个生产者，5 个消费者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson: 4 threads with the GIL</source>
        <translation>课程：有 GIL 的 4 个线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: 4 threads without a GIL</source>
        <translation>课程：没有 GIL 的 4 个线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: 4 processes, 4 GILs</source>
        <translation>课程：4 个进程，4 把 GIL</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Try it: 4 threads, GIL on</source>
        <translation>试一试：4 个线程，有 GIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it: 4 threads, no GIL</source>
        <translation>试一试：4 个线程，没有 GIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it: 4 processes</source>
        <translation>试一试：4 个进程</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/MainWindow.ui" line="+6"/>
        <source>ProcessLab</source>
        <translation>进程实验室</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new scenario</source>
        <translation>新建一个场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a scenario file</source>
        <translation>打开场景文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the scenario under a new name</source>
        <translation>以新名称保存场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit ProcessLab</source>
        <translation>退出进程实验室</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last edit or manual move</source>
        <translation>撤销上一次编辑或手动移动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo what was undone</source>
        <translation>重做刚才撤销的操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Process</source>
        <translation>添加进程(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a process at the end of the list</source>
        <translation>在列表末尾添加一个进程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate Process</source>
        <translation>复制进程(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the selected process</source>
        <translation>复制选中的进程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Processes</source>
        <translation>移除进程(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected processes</source>
        <translation>移除选中的进程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random &amp;Workload…</source>
        <translation>随机负载(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the processes with a random workload</source>
        <translation>用随机负载替换现有进程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause the simulation</source>
        <translation>播放或暂停模拟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Step to Next Event</source>
        <translation>单步到下一事件(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance to the next instant at which something happens</source>
        <translation>前进到下一个发生事件的时刻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step One &amp;Tick</source>
        <translation>前进一个时间单位(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance the clock by one tick</source>
        <translation>时钟前进一个时间单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last step: the state becomes exactly what it was</source>
        <translation>撤回上一步：状态完全恢复到这一步之前的样子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run to &amp;End</source>
        <translation>运行到结束(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run until every process has terminated</source>
        <translation>一直运行，直到所有进程都终止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to time 0</source>
        <translation>回到时刻 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About ProcessLab</source>
        <translation>关于进程实验室(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ProcessLab</source>
        <translation>关于进程实验室</translation>
    </message>
</context>
<context>
    <name>ManualMoveCommand</name>
    <message>
        <location filename="../src/app/scenario/ManualMoveCommand.cpp" line="+11"/>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至%2状态</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <location filename="../src/app/lessons/OperationText.cpp" line="+26"/>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/O %1</source>
        <translation>I/O %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sleep %1</source>
        <translation>睡眠 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put into %1</source>
        <translation>放入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>get from %1</source>
        <translation>从 %1 取出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jump to %1</source>
        <translation>跳转到第 %1 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if len(%1) &lt; %2</source>
        <translation>若 len(%1) &lt; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if len(%1) &gt; %2</source>
        <translation>若 len(%1) &gt; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeat %1 times</source>
        <translation>重复 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loop back to %1</source>
        <translation>循环回到第 %1 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>join %1</source>
        <translation>join %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acquire %1</source>
        <translation>获取 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release %1</source>
        <translation>释放 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>put %1 into %2</source>
        <translation>把 %1 放入 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = get from %2</source>
        <translation>%1 = 从 %2 取出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>until t = %1</source>
        <translation>等待到 t = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until moved by hand</source>
        <translation>等待被手动移动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for an item in %1</source>
        <translation>等待 %1 中的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for room in %1</source>
        <translation>等待 %1 中的空位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the lock %1</source>
        <translation>等待锁 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1 has terminated</source>
        <translation>等待 %1 终止</translation>
    </message>
</context>
<context>
    <name>PcbInspector</name>
    <message>
        <location filename="../src/app/processes/PcbInspector.cpp" line="+27"/>
        <source>Identity</source>
        <translation>标识信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent PID</source>
        <translation>父进程 PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>进入时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wakes up at</source>
        <translation>唤醒时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bursts</source>
        <translation>区间序列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current burst</source>
        <translation>当前区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Globals</source>
        <translation>全局变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting</source>
        <translation>记账信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU time</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready time</source>
        <translation>就绪时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked time</source>
        <translation>阻塞时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time in New</source>
        <translation>创建状态时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting so far</source>
        <translation>累计等待时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First run</source>
        <translation>首次执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispatches</source>
        <translation>调度次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduling</source>
        <translation>调度信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLFQ level</source>
        <translation>MLFQ 级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready since</source>
        <translation>进入就绪时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue entry number</source>
        <translation>入队序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved context</source>
        <translation>保存的上下文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SP</source>
        <translation>SP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R0</source>
        <translation>R0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R1</source>
        <translation>R1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R2</source>
        <translation>R2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R3</source>
        <translation>R3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live registers (on the CPU)</source>
        <translation>实时寄存器（在 CPU 上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live PC</source>
        <translation>实时 PC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live SP</source>
        <translation>实时 SP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live R0</source>
        <translation>实时 R0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live R1</source>
        <translation>实时 R1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live R2</source>
        <translation>实时 R2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live R3</source>
        <translation>实时 R3</translation>
    </message>
</context>
<context>
    <name>PolicyConfig</name>
    <message>
        <location filename="../src/core/Scenario.cpp" line="+20"/>
        <source>FCFS</source>
        <translation>先来先服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SJF</source>
        <translation>短作业优先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRTF</source>
        <translation>最短剩余时间优先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HRRN</source>
        <translation>高响应比优先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RR q=%1</source>
        <translation>时间片轮转 q=%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority (preemptive, lower first)</source>
        <translation>优先级（抢占式，数值小者优先）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority (preemptive, higher first)</source>
        <translation>优先级（抢占式，数值大者优先）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority (non-preemptive, lower first)</source>
        <translation>优先级（非抢占式，数值小者优先）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority (non-preemptive, higher first)</source>
        <translation>优先级（非抢占式，数值大者优先）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FCFS</source>
        <comment>MLFQ level without a slice</comment>
        <translation>FCFS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MLFQ %1</source>
        <translation>多级反馈队列 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 boost %2</source>
        <translation>%1 提升周期 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (non-preemptive)</source>
        <translation>%1（非抢占式）</translation>
    </message>
</context>
<context>
    <name>PolicyRegistry</name>
    <message>
        <location filename="../src/core/PolicyRegistry.cpp" line="+18"/>
        <source>First come, first served (FCFS)</source>
        <translation>先来先服务 (FCFS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs processes in the order they entered the ready queue.</source>
        <translation>按进程进入就绪队列的先后顺序执行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest job first (SJF)</source>
        <translation>短作业优先 (SJF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-preemptive: dispatches the ready process with the shortest next CPU burst.</source>
        <translation>非抢占式：调度下一个 CPU 区间最短的就绪进程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest remaining time first (SRTF)</source>
        <translation>最短剩余时间优先 (SRTF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preemptive SJF: a process with a strictly shorter remaining burst takes the CPU.</source>
        <translation>抢占式 SJF：剩余区间严格更短的进程会抢占 CPU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatches the most urgent priority; optionally preempts for a strictly more urgent one.</source>
        <translation>调度优先级最高的进程；可选择在出现优先级严格更高的进程时进行抢占。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round robin (RR)</source>
        <translation>时间片轮转 (RR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each process runs for at most one time slice, then goes to the tail of the ready queue.</source>
        <translation>每个进程每次最多执行一个时间片，然后回到就绪队列的队尾。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest response ratio next (HRRN)</source>
        <translation>高响应比优先 (HRRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-preemptive: dispatches the highest ratio (waiting + burst) / burst.</source>
        <translation>非抢占式：调度响应比（等待时间 + 区间长度）/ 区间长度最高的进程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multilevel feedback queue (MLFQ)</source>
        <translation>多级反馈队列 (MLFQ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several ready queues; a process that uses its whole time slice drops one level.</source>
        <translation>多个就绪队列；用完整个时间片的进程降低一级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual (you are the scheduler)</source>
        <translation>手动（由你来调度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is dispatched unless you move it by hand.</source>
        <translation>只有你手动移动的进程才会被调度。</translation>
    </message>
</context>
<context>
    <name>ProcessState</name>
    <message>
        <location filename="../src/core/ProcessState.cpp" line="+14"/>
        <source>New</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>admit</source>
        <translation>许可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch</source>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time slice expired</source>
        <translation>时间片用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preempted</source>
        <translation>被抢占</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I/O or event wait</source>
        <translation>等待 I/O 或事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I/O or event done</source>
        <translation>I/O 或事件完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terminated with its parent (daemon)</source>
        <translation>随父进程终止（守护进程）</translation>
    </message>
</context>
<context>
    <name>ProducerConsumer</name>
    <message>
        <location filename="../src/core/ProducerConsumer.cpp" line="+305"/>
        <source>new</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready (waiting for a CPU)</source>
        <translation>就绪（等待 CPU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking the queue</source>
        <translation>检查队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>producing</source>
        <translation>生产中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consuming</source>
        <translation>消费中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked on empty queue</source>
        <translation>阻塞（队列为空）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked on full queue</source>
        <translation>阻塞（队列已满）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleeping</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked by hand</source>
        <translation>被手动阻塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RandomWorkloadDialog</name>
    <message>
        <location filename="../forms/RandomWorkloadDialog.ui" line="+9"/>
        <source>Random Workload</source>
        <translation>随机负载</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replaces the processes with a random workload. The same seed always gives the same processes.</source>
        <translation>用随机负载替换现有进程。相同的种子总是生成相同的进程。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Processes:</source>
        <translation>进程数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New seed</source>
        <translation>换一个种子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrivals up to &amp;t =</source>
        <translation>到达时间上限(&amp;T) t =</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU bursts per process:</source>
        <translation>每个进程的 CPU 区间数：</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>CPU burst length:</source>
        <translation>CPU 区间长度：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I/O burst length:</source>
        <translation>I/O 区间长度：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../src/core/io/ScenarioFile.cpp" line="+143"/>
        <location line="+44"/>
        <location filename="../src/core/ProducerConsumer.cpp" line="-323"/>
        <location line="+23"/>
        <location filename="../src/core/Scenario.cpp" line="+48"/>
        <source>must be at least %1, not %2</source>
        <translation>必须不小于 %1，而不是 %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+44"/>
        <location line="+638"/>
        <location line="+61"/>
        <location filename="../src/core/ProducerConsumer.cpp" line="-18"/>
        <location line="+23"/>
        <location filename="../src/core/Scenario.cpp" line="+4"/>
        <source>must be at most %1 (the limit), not %2</source>
        <translation>必须不大于 %1（上限），而不是 %2</translation>
    </message>
    <message>
        <location line="-533"/>
        <location filename="../src/core/Scenario.cpp" line="+165"/>
        <source>must list at least one process</source>
        <translation>必须至少列出一个进程</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/Scenario.cpp" line="+3"/>
        <source>must list at most %1 processes (the limit), not %2</source>
        <translation>最多只能列出 %1 个进程（上限），而不是 %2 个</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../src/core/Scenario.cpp" line="-153"/>
        <source>unknown policy “%1”; expected one of: %2</source>
        <translation>未知的调度策略“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../src/core/Scenario.cpp" line="+8"/>
        <source>must list between 1 and %1 levels (the limit), not %2</source>
        <translation>必须列出 1 到 %1 个级别（上限），而不是 %2 个</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../src/core/Scenario.cpp" line="+99"/>
        <source>must contain at least one CPU burst</source>
        <translation>必须至少包含一个 CPU 区间</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/Scenario.cpp" line="+2"/>
        <source>must have at most %1 bursts (the limit), not %2</source>
        <translation>最多只能有 %1 个区间（上限），而不是 %2 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/Scenario.cpp" line="+5"/>
        <source>must have an odd number of bursts (CPU, I/O, CPU, …, ending with a CPU burst), not %1</source>
        <translation>区间个数必须是奇数（CPU、I/O、CPU、…，以 CPU 区间结尾），而不是 %1</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="-98"/>
        <source>must be at least 1; only the last level may be 0 (first come, first served)</source>
        <translation>必须不小于 1；只有最后一级可以为 0（先来先服务）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must contain at least one operation</source>
        <translation>必须至少包含一个操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must have at most %1 operations (the limit), not %2</source>
        <translation>最多只能有 %1 个操作（上限），而不是 %2 个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refers to %1, which does not exist (there are %2)</source>
        <translation>引用了 %1，但它不存在（一共只有 %2 个）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>must name a process marked &quot;spawned&quot;</source>
        <translation>必须是标记为 &quot;spawned&quot; 的进程</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>must be a CPU burst (bursts alternate CPU, I/O, CPU, …)</source>
        <translation>必须是 CPU 区间（区间按 CPU、I/O、CPU、… 交替）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an I/O burst (bursts alternate CPU, I/O, CPU, …)</source>
        <translation>必须是 I/O 区间（区间按 CPU、I/O、CPU、… 交替）</translation>
    </message>
    <message>
        <location filename="../src/core/io/ScenarioFile.cpp" line="+316"/>
        <location line="+44"/>
        <location filename="../src/core/Scenario.cpp" line="+36"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="+4"/>
        <source>“%1” is already the name of processes[%2]; names must be unique</source>
        <translation>“%1”已是 processes[%2] 的名称；名称不能重复</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>needs %1 but the memory pool is only %2, so it could never be admitted</source>
        <translation>需要 %1，但内存池只有 %2，因此永远不会被许可进入就绪队列</translation>
    </message>
    <message>
        <location filename="../src/core/ProducerConsumer.cpp" line="-9"/>
        <source>must be a number, not %1</source>
        <translation>必须是数，而不是 %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>is %1 ticks at %2 s per tick; at most %3 (the limit)</source>
        <translation>按每个时间单位 %2 秒计为 %1 个时间单位；最多 %3 个（上限）</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../src/app/scenario/ScenarioCommands.cpp" line="+62"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n processes</source>
        <translation>
            <numerusform>移除 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change policy to %1</source>
        <translation>将调度策略改为 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change scenario properties</source>
        <translation>修改场景属性</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <location filename="../src/core/io/ScenarioFile.cpp" line="-765"/>
        <source>must be a whole number of ticks, found %1</source>
        <translation>必须是整数个时间单位，实际为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number, found %1</source>
        <translation>必须是整数，实际为 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>must be true or false, found %1</source>
        <translation>必须是 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a number, found %1</source>
        <translation>必须是数，实际为 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+693"/>
        <source>must be a string, found %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <location line="-664"/>
        <source>is missing: a scenario file says &quot;format&quot;: &quot;processlab-scenario&quot;</source>
        <translation>缺失：场景文件应写明 &quot;format&quot;: &quot;processlab-scenario&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;processlab-scenario&quot;, found %1: this is not a ProcessLab scenario file</source>
        <translation>必须是 &quot;processlab-scenario&quot;，实际为 %1：这不是进程实验室的场景文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is missing: expected &quot;version&quot;: %1</source>
        <translation>缺失：应为 &quot;version&quot;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>version %1 is not supported: this ProcessLab reads version %2</source>
        <translation>不支持版本 %1：此版本的进程实验室只能读取版本 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>is missing: expected an object such as {&quot;name&quot;: &quot;fcfs&quot;}</source>
        <translation>缺失：应为形如 {&quot;name&quot;: &quot;fcfs&quot;} 的对象</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>is missing: expected an array of processes such as [{&quot;name&quot;: &quot;P1&quot;, &quot;bursts&quot;: [5]}]</source>
        <translation>缺失：应为进程数组，例如 [{&quot;name&quot;: &quot;P1&quot;, &quot;bursts&quot;: [5]}]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an array of processes, found %1</source>
        <translation>必须是进程数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>must be an object such as {&quot;name&quot;: &quot;fcfs&quot;}, found %1</source>
        <translation>必须是形如 {&quot;name&quot;: &quot;fcfs&quot;} 的对象，实际为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+299"/>
        <source>is missing: expected one of: %1</source>
        <translation>缺失：应为以下之一：%1</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>must be &quot;lower-first&quot; or &quot;higher-first&quot;, found %1</source>
        <translation>必须是 &quot;lower-first&quot; 或 &quot;higher-first&quot;，实际为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array of time slices such as [8, 16, 0], found %1</source>
        <translation>必须是时间片数组，例如 [8, 16, 0]，实际为 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be an object such as {&quot;name&quot;: &quot;P1&quot;, &quot;bursts&quot;: [5]}, found %1</source>
        <translation>必须是形如 {&quot;name&quot;: &quot;P1&quot;, &quot;bursts&quot;: [5]} 的对象，实际为 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is missing: every process needs a unique name</source>
        <translation>缺失：每个进程都需要一个唯一的名称</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a process has either &quot;bursts&quot; or &quot;program&quot;, not both</source>
        <translation>一个进程只能有 &quot;bursts&quot; 或 &quot;program&quot; 之一，不能两者都有</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: expected CPU and I/O bursts such as [5, 3, 2] (CPU, I/O, CPU)</source>
        <translation>缺失：应为 CPU 与 I/O 区间，例如 [5, 3, 2]（CPU、I/O、CPU）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an array of bursts such as [5, 3, 2] (CPU, I/O, CPU), found %1</source>
        <translation>必须是区间数组，例如 [5, 3, 2]（CPU、I/O、CPU），实际为 %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+223"/>
        <source>must be the name of a process, found %1</source>
        <translation>必须是进程的名称，实际为 %1</translation>
    </message>
    <message>
        <location line="-218"/>
        <location line="+223"/>
        <source>unknown process “%1”</source>
        <translation>未知的进程“%1”</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>must be a name (a string), found %1</source>
        <translation>必须是名称（字符串），实际为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none are declared</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an array of operations such as [{&quot;op&quot;: &quot;cpu&quot;, &quot;ticks&quot;: 3}], found %1</source>
        <translation>必须是操作数组，例如 [{&quot;op&quot;: &quot;cpu&quot;, &quot;ticks&quot;: 3}]，实际为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must contain at least one operation</source>
        <translation>必须至少包含一个操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must have at most %1 operations (the limit), not %2</source>
        <translation>最多只能有 %1 个操作（上限），而不是 %2 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an operation such as {&quot;op&quot;: &quot;cpu&quot;, &quot;ticks&quot;: 3}, found %1</source>
        <translation>必须是形如 {&quot;op&quot;: &quot;cpu&quot;, &quot;ticks&quot;: 3} 的操作，实际为 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown operation %1; expected one of: %2</source>
        <translation>未知的操作 %1；应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is not a key of a “%1” operation; expected: %2</source>
        <translation>不是“%1”操作的键；应为：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing: a “%1” operation needs it</source>
        <translation>缺失：“%1”操作需要它</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown queue “%1” (queues: %2)</source>
        <translation>未知的队列“%1”（已声明的队列：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown lock “%1” (locks: %2)</source>
        <translation>未知的锁“%1”（已声明的锁：%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown global “%1” (globals: %2)</source>
        <translation>未知的全局变量“%1”（已声明的全局变量：%2）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” cannot be started here: it needs &quot;spawned&quot;: true</source>
        <translation>不能在这里启动“%1”：它需要 &quot;spawned&quot;: true</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be an array of queues such as [{&quot;name&quot;: &quot;q&quot;, &quot;capacity&quot;: 0}], found %1</source>
        <translation>必须是队列数组，例如 [{&quot;name&quot;: &quot;q&quot;, &quot;capacity&quot;: 0}]，实际为 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a queue such as {&quot;name&quot;: &quot;q&quot;, &quot;capacity&quot;: 0}, found %1</source>
        <translation>必须是形如 {&quot;name&quot;: &quot;q&quot;, &quot;capacity&quot;: 0} 的队列，实际为 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a key of a queue; expected: name, capacity</source>
        <translation>不是队列的键；应为：name、capacity</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing: every queue needs a unique name</source>
        <translation>缺失：每个队列都需要一个唯一的名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is already the name of queues[%2]; names must be unique</source>
        <translation>“%1”已是 queues[%2] 的名称；名称不能重复</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be an array of names, found %1</source>
        <translation>必须是名称数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is already %2[%3]; names must be unique</source>
        <translation>“%1”已是 %2[%3] 的名称；名称不能重复</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an object such as {&quot;producers&quot;: 1, &quot;consumers&quot;: 5}, found %1</source>
        <translation>必须是形如 {&quot;producers&quot;: 1, &quot;consumers&quot;: 5} 的对象，实际为 %1</translation>
    </message>
    <message>
        <location line="+321"/>
        <location line="+53"/>
        <source>is larger than %1 MiB (the limit)</source>
        <translation>超过 %1 MiB（上限）</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>is empty: expected a JSON scenario</source>
        <translation>为空：应为 JSON 格式的场景</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not valid JSON: %1 at line %2, column %3 (offset %4)</source>
        <translation>不是有效的 JSON：第 %2 行第 %3 列（偏移量 %4）：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level must be a JSON object {…}, found an array […]</source>
        <translation>顶层必须是 JSON 对象 {…}，实际为数组 […]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a scenario file</source>
        <translation>是目录，不是场景文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Cannot save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ScenarioPropertiesDialog</name>
    <message>
        <location filename="../forms/ScenarioPropertiesDialog.ui" line="+12"/>
        <source>Scenario Properties</source>
        <translation>场景属性</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario&apos;s name, shown on exported Gantt charts and in the comparison of policies.</source>
        <translation>场景的名称，显示在导出的甘特图和调度策略比较中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Memory pool:</source>
        <translation>内存池(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory the processes share: a new process is admitted only when the memory it needs is free. 0: no limit.</source>
        <translation>各进程共用的内存：新进程只有在所需内存空闲时才会被许可。0：不限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Arrivals queue before a process whose time slice ends at the same moment</source>
        <translation>新到达的进程排在同一时刻时间片用完的进程之前(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tie rule when a process arrives at the very tick another one&apos;s time slice runs out: the textbook convention puts the new arrival first in the ready queue. Unticked, the preempted process goes first.</source>
        <translation>同时发生时的规则：一个进程恰好在另一个进程时间片用完的那一刻到达时，教材的约定是新到达的进程先进入就绪队列。不勾选时，被抢占的进程排在前面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multilevel feedback queue</source>
        <translation>多级反馈队列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Boost every:</source>
        <translation>提升周期(&amp;B)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every so many ticks, all processes go back to the top level, so long jobs do not starve. 0: never.</source>
        <translation>每隔这么多个时间单位，所有进程回到最高一级队列，长作业因此不会饿死。0：从不。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ticks</source>
        <translation> 个时间单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A process arriving at a higher level &amp;preempts one running at a lower level</source>
        <translation>进入较高级队列的进程抢占正在执行的较低级进程(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked, a process that reaches a higher level waits until the running process&apos;s time slice ends.</source>
        <translation>不勾选时，进入较高级队列的进程要等正在执行的进程时间片用完。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing these restarts the run at t = 0. Edit ▸ Undo takes the change back.</source>
        <translation>修改这些设置会让运行从 t = 0 重新开始。用“编辑 ▸ 撤销”可以撤回修改。</translation>
    </message>
</context>
<context>
    <name>SharedQueue</name>
    <message>
        <location filename="../src/prodcons/SharedQueue.cpp" line="+114"/>
        <source>cannot create shared memory %1: %2</source>
        <translation>无法创建共享内存 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot size shared memory %1: %2</source>
        <translation>无法设置共享内存 %1 的大小：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot map shared memory %1: %2</source>
        <translation>无法映射共享内存 %1：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot create the queue lock: %1</source>
        <translation>无法创建队列锁：%1</translation>
    </message>
</context>
<context>
    <name>SimulationController</name>
    <message>
        <location filename="../src/app/SimulationController.cpp" line="+22"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <location filename="../src/app/diagram/StateNodeItem.cpp" line="+283"/>
        <source>CPU %1 · switch</source>
        <translation>CPU %1 · 切换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>StateTable</name>
    <message>
        <location filename="../src/core/StateTable.cpp" line="+46"/>
        <source>The process is already in the %1 state.</source>
        <translation>该进程已处于%1状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A terminated process has ended for good: its PCB is kept only for accounting, and it can never run again.</source>
        <translation>已终止的进程已彻底结束：它的 PCB 只为记账而保留，它再也不能执行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A process is created only once: it cannot go back to the New state.</source>
        <translation>进程只会被创建一次：它不能回到创建状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new process must first be admitted to the ready queue; the scheduler dispatches only ready processes.</source>
        <translation>处于创建状态的进程必须先被许可进入就绪队列；调度程序只调度就绪的进程。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new process has not run yet, so it cannot be waiting for I/O or an event.</source>
        <translation>处于创建状态的进程还没有执行过，因此不可能在等待 I/O 或事件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new process has not run yet: it exits only by executing its last instruction on a CPU.</source>
        <translation>处于创建状态的进程还没有执行过：进程只有在 CPU 上执行完最后一条指令才会退出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a running process can request I/O or wait for an event; a ready process is not executing, so it cannot block.</source>
        <translation>只有处于执行状态的进程才能请求 I/O 或等待事件；就绪进程并没有在执行，因此不能阻塞。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A process exits by executing its last instruction, which needs the CPU: a ready process must be dispatched first.</source>
        <translation>进程要执行最后一条指令才会退出，这需要 CPU：就绪进程必须先被调度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When its I/O or event is done, a blocked process goes to the ready queue first; the scheduler dispatches only from there.</source>
        <translation>I/O 或事件完成后，阻塞进程先进入就绪队列；调度程序只从就绪队列中调度进程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A blocked process is waiting, not executing, so it cannot exit: it must become ready and run first.</source>
        <translation>阻塞进程在等待而不是在执行，因此不能退出：它必须先变为就绪，再被调度执行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This move is not part of the five-state model.</source>
        <translation>五状态模型中没有这种状态转换。</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../src/core/Trace.cpp" line="+31"/>
        <source>still running</source>
        <translation>仍在执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I/O or event wait</source>
        <translation>等待 I/O 或事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time slice expired</source>
        <translation>时间片用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time slice expired, nobody else ready: continues</source>
        <translation>时间片用完，但没有其他就绪进程：继续执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preempted</source>
        <translation>被抢占</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context switch done</source>
        <translation>上下文切换完成</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+128"/>
        <source>ProcessLab: see how an operating system runs processes.</source>
        <translation>进程实验室：观察操作系统如何运行进程。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scenario file (.json) to open.</source>
        <translation>要打开的场景文件（.json）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the installation (translations, examples, icons, settings), print what was found and exit.</source>
        <translation>检查安装情况（翻译、示例、图标、设置），输出检查结果并退出。</translation>
    </message>
</context>
<context>
    <name>processlab::CompareDialog</name>
    <message>
        <location filename="../src/app/gantt/CompareDialog.cpp" line="+213"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick at least one policy.</source>
        <translation>请至少勾选一种调度策略。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Running %n policies…</source>
        <translation>
            <numerusform>正在运行 %n 种调度策略…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comparison cancelled.</source>
        <translation>已取消比较。</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Compared %n policies.</source>
        <translation>
            <numerusform>已比较 %n 种调度策略。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not finish (waiting for a manual move): %1</source>
        <translation>未能运行结束（正在等待手动移动）：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Average times (ticks)</source>
        <translation>平均时间（时间单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>CPU utilisation (%)</source>
        <translation>CPU 利用率（%）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compare Policies</source>
        <translation>比较调度策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare Policies — %1</source>
        <translation>比较调度策略 — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU use</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switches</source>
        <translation>切换次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average waiting time (ticks)</source>
        <translation>平均等待时间（时间单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average turnaround time (ticks)</source>
        <translation>平均周转时间（时间单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average response time (ticks)</source>
        <translation>平均响应时间（时间单位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makespan: last finish − first arrival</source>
        <translation>总时长：最后完成时间 − 最早到达时间</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>CPU utilisation</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Context switches</source>
        <translation>上下文切换次数</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Makespan</source>
        <translation>总时长</translation>
    </message>
</context>
<context>
    <name>processlab::ExerciseDialog</name>
    <message>
        <location filename="../src/app/exercise/ExerciseDialog.cpp" line="+271"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong: work it out again, or press Reveal</source>
        <translation>错误：再算一遍，或者点“揭晓”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fill in your answers, then press Check.</source>
        <translation>填好答案后点“核对”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 answers right.</source>
        <translation>%2 个答案中对了 %1 个。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Average waiting time %1 · average turnaround %2 · all done at t = %3</source>
        <translation>平均等待时间 %1 · 平均周转时间 %2 · 全部在 t = %3 时完成</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exercise, seed %1</source>
        <translation>练习，种子 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercise: Predict, Then Reveal</source>
        <translation>练习：先预测，再揭晓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives everyone the same workload.</source>
        <translation>同一个种子，每个人得到的负载都一样。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Seed</source>
        <translation>换一个种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes:</source>
        <translation>进程数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy:</source>
        <translation>调度策略：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantum:</source>
        <translation>时间片：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I/O bursts</source>
        <translation>I/O 区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some processes do I/O between two CPU bursts.</source>
        <translation>有些进程在两个 CPU 区间之间做 I/O。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work out on paper when each process finishes and how long it waits in all (turnaround minus CPU and I/O time) under the chosen policy, one CPU, no switch cost. Ties go to the process that entered the ready queue first, then to the one higher in the list.</source>
        <translation>在纸上算出，在所选调度策略下（一个 CPU，切换没有开销），每个进程何时完成、一共等待多久（周转时间减去 CPU 时间和 I/O 时间）。时间相同时，先进入就绪队列的进程优先，再按列表中的先后。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bursts</source>
        <translation>区间序列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish (yours)</source>
        <translation>完成时间（你的答案）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting (yours)</source>
        <translation>等待时间（你的答案）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct finish</source>
        <translation>正确的完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct waiting</source>
        <translation>正确的等待时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU and I/O bursts in ticks, alternating: “3, 2, 4” = CPU 3, I/O 2, CPU 4.</source>
        <translation>CPU 与 I/O 区间（单位：时间单位），交替排列：“3, 2, 4” = CPU 3、I/O 2、CPU 4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check</source>
        <translation>核对(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reveal</source>
        <translation>揭晓(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in Main Window</source>
        <translation>在主窗口中打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load this workload into the main window to step through it.</source>
        <translation>把这个负载载入主窗口，一步一步地观察。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>processlab::ExportGanttDialog</name>
    <message>
        <location filename="../src/app/gantt/ExportGanttDialog.cpp" line="+103"/>
        <source>Choose a file ending in .png, .svg, .pdf or .csv.</source>
        <translation>请选择以 .png、.svg、.pdf 或 .csv 结尾的文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <location line="+25"/>
        <source>Export Gantt Chart</source>
        <translation>导出甘特图</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chart.png, chart.svg, chart.pdf or chart.csv</source>
        <translation>chart.png、chart.svg、chart.pdf 或 chart.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lanes:</source>
        <translation>分行方式(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per CPU</source>
        <translation>每个 CPU 一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per process</source>
        <translation>每个进程一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG &amp;scale:</source>
        <translation>PNG 缩放(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1× (%2 px wide)</source>
        <translation>%1×（宽 %2 像素）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF &amp;pages:</source>
        <translation>PDF 页面(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 landscape pages</source>
        <translation>A4 横向分页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One long page</source>
        <translation>单张长页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;title</source>
        <translation>包含标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the le&amp;gend</source>
        <translation>包含图例(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;metrics table</source>
        <translation>包含指标表格(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>processlab::GanttPanel</name>
    <message>
        <location filename="../src/app/gantt/GanttPanel.cpp" line="+102"/>
        <source>Gantt chart exported to %1</source>
        <translation>甘特图已导出到 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gantt chart copied (%1 × %2 pixels)</source>
        <translation>甘特图已复制（%1 × %2 像素）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gantt chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs</source>
        <translation>按 CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One lane per CPU: which process ran when</source>
        <translation>每个 CPU 一行：显示哪个进程在何时执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>按进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One lane per process: running, ready and blocked</source>
        <translation>每个进程一行：显示执行、就绪和阻塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart as PNG, SVG, PDF or CSV</source>
        <translation>将图表导出为 PNG、SVG、PDF 或 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chart as an image, to paste into slides</source>
        <translation>将图表复制为图片，以便粘贴到幻灯片中</translation>
    </message>
</context>
<context>
    <name>processlab::HelpTexts</name>
    <message>
        <location filename="../src/app/presentation/HelpTexts.cpp" line="+28"/>
        <source>&lt;p&gt;&lt;b&gt;New (创建)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The process has been created: it has a PCB but is not yet allowed to compete for the CPU. It is admitted to Ready when it arrives and, with a memory limit, when there is room for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;创建状态（New）&lt;/b&gt;&lt;/p&gt;&lt;p&gt;进程已被创建：它已经有了 PCB，但还不能参与竞争 CPU。进程到达后被许可进入就绪状态；如果设置了内存上限，还要等到内存中有足够的空间容纳它。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Ready (就绪)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The process has everything it needs except a CPU. It waits in the ready queue; the scheduling policy decides which ready process is dispatched next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;就绪状态（Ready）&lt;/b&gt;&lt;/p&gt;&lt;p&gt;进程除了 CPU 之外已具备运行所需的一切。它在就绪队列中等待；由调度策略决定下一个调度哪个就绪进程。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Running (执行)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The process is on a CPU, executing its current CPU burst. It leaves when the burst ends (to Blocked for I/O, or to Terminated), when its time slice expires, or when a more urgent process preempts it (back to Ready).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;执行状态（Running）&lt;/b&gt;&lt;/p&gt;&lt;p&gt;进程正在某个 CPU 上执行当前的 CPU 区间。以下情况下它会离开执行状态：区间结束（为进行 I/O 转入阻塞状态，或者转入终止状态）、时间片用完，或者被优先级更高的进程抢占（回到就绪状态）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Blocked (阻塞)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The process waits for an I/O operation or an event and cannot use a CPU even if one is free. When the wait is over it goes to Ready, not straight back to Running.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;阻塞状态（Blocked）&lt;/b&gt;&lt;/p&gt;&lt;p&gt;进程在等待 I/O 操作或某个事件，即使有空闲的 CPU 也不能使用。等待结束后它进入就绪状态，而不是直接回到执行状态。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Terminated (终止)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The process has finished its last burst. Its PCB stays until the operating system has collected its exit status and statistics; its memory is returned.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;终止状态（Terminated）&lt;/b&gt;&lt;/p&gt;&lt;p&gt;进程已执行完最后一个区间。它的 PCB 会保留到操作系统收集完它的退出状态和统计信息为止；它占用的内存已被归还。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;&lt;b&gt;PID&lt;/b&gt;: the process identifier, the number the operating system knows the process by (its PCB&apos;s key).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PID&lt;/b&gt;：进程标识符，操作系统用来识别进程的编号（即查找其 PCB 所用的键）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Name&lt;/b&gt; of the process, as the diagram, the queues and the Gantt chart show it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;进程的&lt;b&gt;名称&lt;/b&gt;，即状态图、队列和甘特图中显示的名字。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;State&lt;/b&gt;: where the process is in the five-state model right now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;状态&lt;/b&gt;：进程当前处于五状态模型中的哪个状态。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Priority&lt;/b&gt;, used by the priority policies: by default a lower number is more urgent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;优先级&lt;/b&gt;，供优先级调度策略使用：默认情况下数值越小，优先级越高。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Arrival&lt;/b&gt;: the tick at which the process is created and asks to run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;到达时间&lt;/b&gt;：进程被创建并请求运行的时刻（以时间单位计）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Memory&lt;/b&gt; the process needs. When the scenario has a memory pool (Edit ▸ Scenario Properties), a new process is admitted from New to Ready only when that much memory is free, and gives it back when it terminates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;进程所需的&lt;b&gt;内存&lt;/b&gt;。场景设有内存池时（编辑 ▸ 场景属性），新进程只有在有这么多空闲内存时才会从创建态被许可进入就绪态，终止时归还这些内存。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Bursts&lt;/b&gt;: CPU and I/O bursts in ticks, alternating, first and last on the CPU.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;区间序列&lt;/b&gt;：CPU 区间与 I/O 区间交替排列（以时间单位计），第一个和最后一个都是 CPU 区间。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Current burst&lt;/b&gt;: the CPU or I/O burst the process is in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;当前区间&lt;/b&gt;：进程当前所处的 CPU 区间或 I/O 区间。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Remaining&lt;/b&gt;: ticks left in the current burst.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;剩余&lt;/b&gt;：当前区间还剩余的时间单位数。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;CPU time&lt;/b&gt;: ticks the process has spent running on a CPU so far.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CPU 时间&lt;/b&gt;：到目前为止进程在 CPU 上执行的时间单位数。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Waiting time&lt;/b&gt;: ticks spent waiting so far: in the ready queue, in New after arriving, and in context switches that bring it in. Time blocked for I/O is not waiting. At the end, waiting = turnaround − CPU time − I/O time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;等待时间&lt;/b&gt;：到目前为止等待的时间单位数：包括在就绪队列中、到达后仍处于创建状态时，以及将它装入 CPU 的上下文切换。因 I/O 而阻塞的时间不算等待。进程结束时，等待时间 = 周转时间 − CPU 时间 − I/O 时间。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Parent&lt;/b&gt;: the process that started this one (spawned it as a child, or owns it as a thread). The processes the scenario itself starts have none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;父进程&lt;/b&gt;：启动本进程的进程（把它作为子进程创建，或者本进程是它的一个线程）。由场景本身启动的进程没有父进程。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;&lt;b&gt;Average waiting time&lt;/b&gt; over the finished processes: waiting = turnaround − CPU time − I/O time, the time spent ready but not running.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;平均等待时间&lt;/b&gt;（对已完成的进程求平均）：等待时间 = 周转时间 − CPU 时间 − I/O 时间，即进程可以运行却没有在执行的时间。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Average turnaround time&lt;/b&gt;: turnaround = finish − arrival, how long each process took from arriving to finishing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;平均周转时间&lt;/b&gt;：周转时间 = 完成时间 − 到达时间，即每个进程从到达到完成所用的时间。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Average response time&lt;/b&gt;: response = the first tick the process really runs − arrival, how long it waited before it first got a CPU.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;平均响应时间&lt;/b&gt;：响应时间 = 进程第一次真正执行的时刻 − 到达时间，即它第一次得到 CPU 之前等待了多久。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;CPU utilisation&lt;/b&gt;: the share of the CPUs&apos; time spent running processes, from the first arrival to the last finish. Context switches are overhead and do not count.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CPU 利用率&lt;/b&gt;：从最早到达到最后完成这段时间内，CPU 用于执行进程的时间所占的比例。上下文切换属于开销，不计算在内。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Context switches&lt;/b&gt;: how often a CPU loaded a different process&apos;s registers than it last held. Each costs the scenario&apos;s switch cost in ticks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;上下文切换次数&lt;/b&gt;：CPU 装入的寄存器属于另一个进程（不同于它上次持有的进程）的次数。每次切换花费场景中设定的切换开销（以时间单位计）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Makespan&lt;/b&gt;: last finish − first arrival, the time the whole workload took.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;总时长&lt;/b&gt;：最后完成时间 − 最早到达时间，即完成整个负载所用的时间。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>processlab::LessonsPanel</name>
    <message>
        <location filename="../src/app/lessons/LessonsPanel.cpp" line="+167"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous lesson</source>
        <translation>上一课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next lesson</source>
        <translation>下一课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code: each process&apos;s line is marked as it runs</source>
        <translation>代码：运行时标出每个进程正在执行的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common mistakes</source>
        <translation>常见错误</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loads this scenario into the diagram, the table and the Gantt chart (Edit ▸ Undo brings the previous one back).</source>
        <translation>把这个场景载入状态图、表格和甘特图（编辑 ▸ 撤销可以恢复原来的场景）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lesson “%1”</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded the lesson “%1”: press Play or step with the arrow keys.</source>
        <translation>已载入课程“%1”：点“播放”，或用方向键单步执行。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&lt;b&gt;Now, at t = %1:&lt;/b&gt;</source>
        <translation>&lt;b&gt;现在，t = %1：&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (PID %2): %3</source>
        <translation>%1（PID %2）：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>queue %1: %n item(s) %2</source>
        <translation>
            <numerusform>队列 %1：%n 个数据 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Three processes of 24 ticks each, switch cost 1 tick:</source>
        <translation>三个进程，每个 24 个时间单位，一次切换 1 个时间单位：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantum</source>
        <translation>时间片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switches</source>
        <translation>切换次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch ticks</source>
        <translation>切换时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All done at</source>
        <translation>全部完成于</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overhead = switch ticks / (switch ticks + run ticks). With a slice 100 times as long as a switch it would be about 1%.</source>
        <translation>开销 = 切换时间 /（切换时间 + 运行时间）。时间片是切换的 100 倍时，开销约为 1%。</translation>
    </message>
</context>
<context>
    <name>processlab::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="+91"/>
        <source>Settings Reset</source>
        <translation>设置已重置</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PCB Inspector</source>
        <translation>PCB 查看器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gantt Chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Gantt Chart…</source>
        <translation>导出甘特图(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare Policies…</source>
        <translation>比较调度策略(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario &amp;Properties…</source>
        <translation>场景属性(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, memory pool, the tie rule at a time slice&apos;s end, multilevel feedback queue options</source>
        <translation>标题、内存池、时间片结束时同时到达的规则、多级反馈队列选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s &amp;This?</source>
        <translation>这是什么？(&amp;T)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ProcessLab</source>
        <translation>进程实验室</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindowFiles.cpp" line="+30"/>
        <source>Nothing was lost: the scenario is still open here and the file on disk was not changed. Use File ▸ Save As to save it somewhere else, for example in your Documents folder or on a USB stick.</source>
        <translation>没有丢失任何内容：场景仍在这里打开着，磁盘上的文件也没有被改动。请用“文件 ▸ 另存为”把它保存到别的位置，例如“文档”文件夹或 U 盘。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open an Example &amp;File…</source>
        <translation>打开示例文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近文件(&amp;C)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+14"/>
        <source>Could Not Open the Scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could Not Open the Example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Could Not Save the Scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="+47"/>
        <source>Random workload (%n processes, seed %1)</source>
        <translation>
            <numerusform>随机负载（%n 个进程，种子 %1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>About ProcessLab</source>
        <translation>关于进程实验室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ProcessLab %1&lt;/h3&gt;&lt;p&gt;See how an operating system runs processes: the five-state model, the PCB, the ready and blocked queues and the CPU schedulers.&lt;/p&gt;&lt;p&gt;Drag a process to another state to move it by hand; every move can be undone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;进程实验室 %1&lt;/h3&gt;&lt;p&gt;观察操作系统如何运行进程：五状态模型、进程控制块 (PCB)、就绪队列和阻塞队列，以及各种 CPU 调度算法。&lt;/p&gt;&lt;p&gt;把进程拖到另一个状态即可手动移动它；每一次移动都可以撤销。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/lessons/MainWindowLessons.cpp" line="+113"/>
        <source>Switched to English.</source>
        <translation>已切换到中文。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short lessons with scenarios to try, one per concept of the course</source>
        <translation>简短的课程，每个课程讲一个概念，并附有可以试一试的场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exercise: Predict, Then Reveal…</source>
        <translation>练习：先预测，再揭晓(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work out finish and waiting times for a random workload, then check them</source>
        <translation>为随机负载算出完成时间和等待时间，再核对答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/app/prodcons/MainWindowProdCons.cpp" line="+79"/>
        <source>Producer-Consumer</source>
        <translation>生产者消费者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Producer-Consumer Exercise</source>
        <translation>生产者消费者练习(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the producer-consumer lab and load the exercise</source>
        <translation>显示生产者消费者实验并载入练习</translation>
    </message>
</context>
<context>
    <name>processlab::PcbInspector</name>
    <message>
        <location filename="../src/app/processes/PcbInspector.cpp" line="+82"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>when moved by hand</source>
        <translation>手动移动时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on an event</source>
        <translation>事件发生时</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a process in the table or the diagram.</source>
        <translation>请在表格或状态图中选择一个进程。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PID %1 · %2</source>
        <translation>PID %1 · %2</translation>
    </message>
</context>
<context>
    <name>processlab::PlaybackControls</name>
    <message>
        <location filename="../src/app/playback/PlaybackControls.cpp" line="+115"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed, from 0.25 to 200 ticks per second.</source>
        <translation>播放速度，每秒 0.25 到 200 个时间单位。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ticks/s</source>
        <translation>%1 时间单位/秒</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next event at %1</source>
        <translation>下一事件：t = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a manual move</source>
        <translation>等待手动移动</translation>
    </message>
</context>
<context>
    <name>processlab::PolicyBar</name>
    <message>
        <location filename="../src/app/scenario/PolicyBar.cpp" line="+97"/>
        <source>Policy</source>
        <translation>调度策略</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy:</source>
        <translation>调度策略：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CPU scheduling policy: which ready process gets a free CPU, and when one is taken away.</source>
        <translation>CPU 调度策略：决定哪个就绪进程得到空闲的 CPU，以及何时收回进程的 CPU。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quantum:</source>
        <translation>时间片：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time slice in ticks: a process runs at most this long before it goes back to the ready queue.</source>
        <translation>时间片长度（时间单位）：进程每次最多执行这么久，然后回到就绪队列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preemptive</source>
        <translation>抢占式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strictly more urgent ready process takes the CPU at once.</source>
        <translation>优先级严格更高的就绪进程会立即抢占 CPU。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower number first</source>
        <translation>数值小者优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher number first</source>
        <translation>数值大者优先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which priority numbers are more urgent.</source>
        <translation>规定哪一类优先级数值代表更高的优先级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time slice of each MLFQ level, most urgent first, e.g. “8, 16, 0”; 0 (last level only) means first come, first served.</source>
        <translation>MLFQ 各级的时间片，从优先级最高的一级开始，例如“8, 16, 0”；0（仅限最后一级）表示先来先服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPUs:</source>
        <translation>CPU 数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many CPUs run processes at the same time.</source>
        <translation>同时执行进程的 CPU 数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch cost:</source>
        <translation>切换开销：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks a context switch takes (loading another process&apos;s registers).</source>
        <translation>一次上下文切换（装入另一进程的寄存器）所需的时间单位数。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“%1” is not a whole number of ticks</source>
        <translation>“%1”不是整数个时间单位</translation>
    </message>
</context>
<context>
    <name>processlab::PresentationMode</name>
    <message>
        <location filename="../src/app/presentation/PresentationMode.cpp" line="+82"/>
        <source>&amp;Presentation</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large high-contrast text, only the playback controls (F5; Esc leaves)</source>
        <translation>全屏、大号高对比度文字，只显示播放控制（F5；按 Esc 退出）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger Text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller Text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank Screen</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black out the screen; any key brings it back</source>
        <translation>让屏幕变黑；按任意键恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Presentation</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Larger text (%1 %, Ctrl+=)</source>
        <translation>放大文字（%1%，Ctrl+=）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text (%1 %, Ctrl+-)</source>
        <translation>缩小文字（%1%，Ctrl+-）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black out the screen (B); any key brings it back</source>
        <translation>让屏幕变黑（B）；按任意键恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave presentation mode (Esc or F5)</source>
        <translation>退出演示模式（Esc 或 F5）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presentation mode (F5)</source>
        <translation>演示模式（F5）</translation>
    </message>
</context>
<context>
    <name>processlab::ProcessTableModel</name>
    <message>
        <location filename="../src/app/processes/ProcessTableModel.cpp" line="+73"/>
        <source>Not arrived yet: arrives at t = %1.</source>
        <translation>尚未到达：将在 t = %1 时到达。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived, waiting to be admitted since t = %1.</source>
        <translation>已到达，自 t = %1 起等待许可。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the ready queue since t = %1.</source>
        <translation>自 t = %1 起位于就绪队列中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running on CPU %1 since t = %2.</source>
        <translation>自 t = %2 起在 CPU %1 上执行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked by hand since t = %1: drag it to Ready to finish the wait.</source>
        <translation>自 t = %1 起被手动阻塞：把它拖到“就绪”即可结束等待。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked since t = %1, waiting %2.</source>
        <translation>自 t = %1 起阻塞，%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked since t = %1, until t = %2.</source>
        <translation>自 t = %1 起阻塞，直到 t = %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated at t = %1.</source>
        <translation>已于 t = %1 终止。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Scenario priority %1, now %2.</source>
        <translation>场景中的优先级为 %1，当前为 %2。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Daemon child of %1 (PID %2): terminated when its parent exits.</source>
        <translation>%1（PID %2）的守护子进程：父进程退出时随之终止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child of %1 (PID %2).</source>
        <translation>%1（PID %2）的子进程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), daemon</source>
        <translation>%1（%2），守护进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The main thread of its process.</source>
        <translation>所属进程的主线程。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>main thread</source>
        <translation>主线程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A thread of the process whose main thread is %1.</source>
        <translation>主线程为 %1 的那个进程中的一个线程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thread of %1</source>
        <translation>%1 的线程</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CPU and I/O bursts in ticks, alternating and ending with CPU: “5, 3, 2” = CPU 5, I/O 3, CPU 2. Double-click to edit.</source>
        <translation>CPU 与 I/O 区间（以时间单位计），交替排列并以 CPU 区间结尾：“5, 3, 2”即 CPU 5、I/O 3、CPU 2。双击可编辑。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticks left in the current burst.</source>
        <translation>当前区间剩余的时间单位数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks spent waiting so far: in the ready queue, in New after arriving, and in context switches that bring it in.</source>
        <translation>到目前为止等待的时间单位数：包括在就绪队列中、到达后仍处于创建状态时，以及将它装入 CPU 的上下文切换。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower is more urgent unless the policy says higher first.</source>
        <translation>数值越小优先级越高，除非调度策略设为数值大者优先。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory the process needs: it is admitted only when that much of the memory pool is free (Edit ▸ Scenario Properties).</source>
        <translation>进程所需的内存：只有内存池中有这么多空闲内存时，它才会被许可（编辑 ▸ 场景属性）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The process that started it with Process.start() (its parent PID), or the process a thread belongs to.</source>
        <translation>用 Process.start() 启动它的进程（父进程 PID），或线程所属的进程。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bursts</source>
        <translation>区间序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current burst</source>
        <translation>当前区间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU time</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set priority of %1 to %2</source>
        <translation>将 %1 的优先级设为 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set arrival of %1 to %2</source>
        <translation>将 %1 的到达时间设为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set memory of %1 to %2</source>
        <translation>将 %1 的内存设为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set bursts of %1 to %2</source>
        <translation>将 %1 的区间序列设为 %2</translation>
    </message>
</context>
<context>
    <name>processlab::ProdConsPanel</name>
    <message>
        <location filename="../src/app/prodcons/ProdConsPanel.cpp" line="+229"/>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The producers and consumers are processes of the simulation: play, step, step back and drag them like any other.</source>
        <translation>生产者和消费者是模拟中的进程：可以像其他进程一样播放、单步、后退和拖动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real processes</source>
        <translation>真实进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the exercise with real operating-system processes sharing a queue in shared memory; every run differs.</source>
        <translation>用操作系统的真实进程运行练习，它们共享位于共享内存中的队列；每次运行的结果都不一样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds:</source>
        <translation>秒数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the real run lasts, in seconds of wall time</source>
        <translation>真实进程运行的时长，以实际时间的秒数计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time speed</source>
        <translation>实时速度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play one simulated second per second, so the pauses last as long as in the exercise</source>
        <translation>每秒播放一秒模拟时间，使暂停持续的时间与练习中一样长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the exercise&apos;s parameters</source>
        <translation>显示或隐藏练习的参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole run (instead of the last %1)</source>
        <translation>整个运行过程（而不只是最近 %1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 s</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise parameters</source>
        <translation>练习参数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Producers:</source>
        <translation>生产者数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Producer processes (1 to 8)</source>
        <translation>生产者进程数（1 到 8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers:</source>
        <translation>消费者数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consumer processes (1 to 16)</source>
        <translation>消费者进程数（1 到 16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers take while more than:</source>
        <translation>队列多于此数时消费者取数据：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consumer takes a batch while the queue holds more than this many items; otherwise it pauses</source>
        <translation>队列中的数据多于这个数时，消费者取出一批数据；否则暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producers produce while fewer than:</source>
        <translation>队列少于此数时生产者生产：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A producer produces a batch while the queue holds fewer than this many items</source>
        <translation>队列中的数据少于这个数时，生产者生产一批数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per production round:</source>
        <translation>每轮生产的数据个数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items a producer puts in one round</source>
        <translation>生产者一轮放入队列的数据个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per consumption round:</source>
        <translation>每轮消费的数据个数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items a consumer takes in one round</source>
        <translation>消费者一轮从队列取出的数据个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producer pause (s):</source>
        <translation>生产者暂停（秒）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The producer sleeps this long after every round</source>
        <translation>生产者每轮之后暂停这么长时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer pause (s):</source>
        <translation>消费者暂停（秒）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consumer sleeps this long when the queue is too short</source>
        <translation>队列中的数据太少时，消费者暂停这么长时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue capacity:</source>
        <translation>队列容量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 = unbounded; otherwise put() blocks while the queue is full</source>
        <translation>0 表示不限容量；否则队列满时 put() 会阻塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU ticks per item produced:</source>
        <translation>生产每个数据的 CPU 时间单位数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU time to make one item</source>
        <translation>生产一个数据所需的 CPU 时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU ticks per item consumed:</source>
        <translation>消费每个数据的 CPU 时间单位数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU time to use one item</source>
        <translation>消费一个数据所需的 CPU 时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One tick lasts (ms):</source>
        <translation>一个时间单位的长度（毫秒）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The time scale: pauses are converted to ticks with it</source>
        <translation>时间比例：暂停时间按它换算成时间单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unbounded</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load exercise</source>
        <translation>载入练习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the scenario with the exercise built from these parameters (can be undone)</source>
        <translation>用按这些参数生成的练习替换当前场景（可以撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise defaults</source>
        <translation>练习默认值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The course&apos;s numbers: 1 producer, 5 consumers, thresholds 10 and 50, batches of 200 and 20, pauses of 1 s and 2 s</source>
        <translation>课程中的数值：1 个生产者、5 个消费者，阈值 10 和 50，每批 200 个和 20 个，暂停 1 秒和 2 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <location line="+132"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+118"/>
        <location line="+132"/>
        <source>ticks</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Producer-consumer exercise</source>
        <translation>生产者消费者练习</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load producer-consumer exercise</source>
        <translation>载入生产者消费者练习</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Producer-consumer exercise: %n producer(s)</source>
        <translation>
            <numerusform>生产者消费者练习：%n 个生产者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n consumer(s).</source>
        <translation>
            <numerusform>%n 个消费者。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No queue in this scenario: set the parameters and press Load exercise.</source>
        <translation>此场景中没有队列：请设置参数，然后点“载入练习”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Simulated, t = %1 s (tick %2)</source>
        <translation>模拟，t = %1 秒（第 %2 个时间单位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated, t = %1</source>
        <translation>模拟，t = %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>produced %1 = consumed %2 + in queue %3; item numbers 1…%1 add up to %4 = %5 + %6</source>
        <translation>生产 %1 = 消费 %2 + 队列中 %3；数据编号 1…%1 之和 %4 = %5 + %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Nothing lost or duplicated: %1</source>
        <translation>✔ 没有数据丢失或重复：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ Conservation broken: %1</source>
        <translation>✘ 守恒被破坏：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Press Start to run the exercise with real processes (the parameters below).</source>
        <translation>点“开始”，用真实进程运行练习（使用下面的参数）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The real run could not start: %1</source>
        <translation>真实进程运行未能启动：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Running real processes: %1.</source>
        <translation>正在运行真实进程：%1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>produced %1 = consumed %2 + left %3; item numbers 1…%4 add up to %5 = %6 + %7</source>
        <translation>生产 %1 = 消费 %2 + 剩余 %3；数据编号 1…%4 之和 %5 = %6 + %7</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ Real run of %1 s: nothing lost or duplicated: %2</source>
        <translation>✔ 真实进程运行 %1 秒：没有数据丢失或重复：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ Real run of %1 s: items lost or duplicated: %2</source>
        <translation>✘ 真实进程运行 %1 秒：有数据丢失或重复：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n child process(es) reaped; shared memory removed.</source>
        <translation>
            <numerusform>全部 %n 个子进程均已回收；共享内存已删除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean-up incomplete: children reaped: %1; shared memory removed: %2.</source>
        <translation>清理未完成：子进程已全部回收：%1；共享内存已删除：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Real processes, %1 s</source>
        <translation>真实进程，%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real processes (stopped)</source>
        <translation>真实进程（已停止）</translation>
    </message>
</context>
<context>
    <name>processlab::ProdConsProcessModel</name>
    <message>
        <location filename="../src/app/prodcons/ProdConsProcessModel.cpp" line="+108"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items it put into the queue</source>
        <translation>它放入队列的数据个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items it took from the queue</source>
        <translation>它从队列中取出的数据个数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times it had to wait in get() or put()</source>
        <translation>它在 get() 或 put() 中不得不等待的次数</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real PID</source>
        <translation>真实 PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own count</source>
        <translation>自己的计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>阻塞次数</translation>
    </message>
</context>
<context>
    <name>processlab::QueueChart</name>
    <message>
        <location filename="../src/app/prodcons/QueueChart.cpp" line="+38"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queue length</source>
        <translation>队列长度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low threshold (%1)</source>
        <translation>低阈值（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High threshold (%1)</source>
        <translation>高阈值（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>数据个数</translation>
    </message>
</context>
<context>
    <name>processlab::QueueGauge</name>
    <message>
        <location filename="../src/app/prodcons/QueueGauge.cpp" line="+108"/>
        <source>Queue length. Red: %1 or fewer items, consumers pause. Green: consumers take items and the producer produces. Blue: %2 or more, the producer does not start a round.</source>
        <translation>队列长度。红色：数据不多于 %1 个，消费者暂停。绿色：消费者取数据，生产者生产数据。蓝色：数据不少于 %2 个，生产者不开始新一轮生产。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>items in the queue</source>
        <translation>队列中的数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Produced %1 · Consumed %2 · In queue %3</source>
        <translation>已生产 %1 · 已消费 %2 · 队列中 %3</translation>
    </message>
</context>
<context>
    <name>processlab::QueueStrip</name>
    <message>
        <location filename="../src/app/processes/QueueStrip.cpp" line="+57"/>
        <source>Ready queue</source>
        <translation>就绪队列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head of the ready queue: dispatched next.</source>
        <translation>就绪队列队首：下一个被调度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position %1 in the ready queue.</source>
        <translation>就绪队列中的第 %1 位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked</source>
        <translation>阻塞队列</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waits until it is moved to Ready by hand.</source>
        <translation>一直等待，直到被手动移到“就绪”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its I/O ends at t = %1.</source>
        <translation>它的 I/O 在 t = %1 结束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New, not admitted</source>
        <translation>创建，未许可</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrived; waits for memory to be admitted.</source>
        <translation>已到达；正在等待内存，以便被许可进入就绪队列。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>processlab::RandomWorkloadDialog</name>
    <message>
        <location filename="../src/app/scenario/RandomWorkloadDialog.cpp" line="+65"/>
        <source>The fewest CPU bursts must not be more than the most.</source>
        <translation>CPU 区间数的最小值不能大于最大值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shortest CPU burst must not be longer than the longest.</source>
        <translation>CPU 区间长度的最小值不能大于最大值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shortest I/O burst must not be longer than the longest.</source>
        <translation>I/O 区间长度的最小值不能大于最大值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest priority must not be above the highest.</source>
        <translation>优先级的最小值不能大于最大值。</translation>
    </message>
</context>
<context>
    <name>processlab::RecoveryFile</name>
    <message>
        <location filename="../src/app/recovery/RecoveryFile.cpp" line="+95"/>
        <source>The recovery file is damaged (%1).</source>
        <translation>恢复文件已损坏（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery file is not one this version of ProcessLab can read.</source>
        <translation>此版本的进程实验室无法读取该恢复文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery file holds no scenario.</source>
        <translation>恢复文件中没有场景。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovery file</source>
        <translation>恢复文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The recovery file is damaged (time %1).</source>
        <translation>恢复文件已损坏（时间 %1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recovery file is damaged (a manual move).</source>
        <translation>恢复文件已损坏（某次手动移动的记录有误）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The recovery file is too large.</source>
        <translation>恢复文件太大。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The manual moves could not be replayed exactly, so the run starts again at t = 0; the scenario itself was restored.</source>
        <translation>无法准确重放手动移动，因此运行从 t = 0 重新开始；场景本身已经恢复。</translation>
    </message>
</context>
<context>
    <name>processlab::RecoveryManager</name>
    <message>
        <location filename="../src/app/recovery/RecoveryManager.cpp" line="+113"/>
        <source>A recovery file could not be read: %1</source>
        <translation>无法读取恢复文件：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore Unsaved Work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcessLab did not close normally last time. Your work on “%1” can be restored.</source>
        <translation>进程实验室上次没有正常关闭。你在“%1”上的工作可以恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved automatically at %1.</source>
        <translation>自动保存于 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It includes %n manual move(s), at t = %1.</source>
        <translation>
            <numerusform>其中包括 %n 次手动移动，运行到 t = %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The work could not be restored: %1</source>
        <translation>无法恢复工作：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the unsaved work.</source>
        <translation>已恢复未保存的工作。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The scenario in it is not valid.</source>
        <translation>其中的场景无效。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cannot write the recovery file %1: %2. Save your work now and then.</source>
        <translation>无法写入恢复文件 %1：%2。请经常保存你的工作。</translation>
    </message>
</context>
<context>
    <name>processlab::Settings</name>
    <message>
        <location filename="../src/app/settings/Settings.cpp" line="+120"/>
        <location line="+6"/>
        <source>The settings in %1 could not be read.</source>
        <translation>无法读取 %1 中的设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings in %1 were written by another version of ProcessLab.</source>
        <translation>%1 中的设置是由另一个版本的进程实验室写入的。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ProcessLab started with the default settings.</source>
        <translation>进程实验室已使用默认设置启动。</translation>
    </message>
</context>
<context>
    <name>processlab::ShortcutsDialog</name>
    <message>
        <location filename="../src/app/presentation/ShortcutsDialog.cpp" line="+52"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A presentation clicker sends PageDown and PageUp: they step forward and back, like Right and Left. Drag a process token to another state to move it by hand.</source>
        <translation>演示翻页笔发送的是 PageDown 和 PageUp：它们和右、左方向键一样，分别前进一步和后退一步。把进程标记拖到另一个状态即可手动移动它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>processlab::SimulationController</name>
    <message>
        <location filename="../src/app/SimulationController.cpp" line="+52"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New scenario.</source>
        <translation>已新建场景。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (example)</source>
        <translation>%1（示例）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened the example “%1”.</source>
        <translation>已打开示例“%1”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The scenario has no file name yet.</source>
        <translation>该场景还没有文件名。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../src/app/SimulationControllerPlayback.cpp" line="+61"/>
        <source>The run is finished. Reset (Home) to watch it again.</source>
        <translation>运行已结束。按“重置”(Home) 可重新观看。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Already at the start of the run.</source>
        <translation>已处于运行的开头。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Running to the end…</source>
        <translation>正在运行到结束…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopped at t = %1: these programs loop forever. Run to end again to go on.</source>
        <translation>已在 t = %1 停下：这些程序会无限循环。再次点击“运行到结束”可继续。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Finished at t = %1: all %n processes terminated.</source>
        <translation>
            <numerusform>在 t = %1 结束：全部 %n 个进程均已终止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing more happens on its own at t = %1: drag a process to another state.</source>
        <translation>在 t = %1 之后不会再自动发生任何事情：请把一个进程拖到另一个状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reset to t = 0.</source>
        <translation>已重置到 t = 0。</translation>
    </message>
    <message>
        <location filename="../src/app/SimulationController.cpp" line="+106"/>
        <source>%1: %2 → %3 (%4), moved by hand at t = %5.</source>
        <translation>%1：%2 → %3（%4），于 t = %5 手动移动。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
</context>
<context>
    <name>processlab::StateDiagramScene</name>
    <message>
        <location filename="../src/app/diagram/StateDiagramScene.cpp" line="+157"/>
        <source>Drag a process to another state to move it by hand.</source>
        <translation>把进程拖到另一个状态即可手动移动它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n 个 CPU</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switch %1</source>
        <translation>切换 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (PID %2): %3</source>
        <translation>%1（PID %2）：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrives at t = %1</source>
        <translation>在 t = %1 到达</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not started yet</source>
        <translation>尚未启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining in this burst: %1</source>
        <translation>本区间剩余：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting %1</source>
        <translation>正在%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daemon child of %1 (PID %2)</source>
        <translation>%1（PID %2）的守护子进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child of %1 (PID %2)</source>
        <translation>%1（PID %2）的子进程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thread of %1</source>
        <translation>%1 的线程</translation>
    </message>
</context>
<context>
    <name>processlab::UserPrompts</name>
    <message>
        <location filename="../src/app/UserPrompts.cpp" line="+16"/>
        <source>ProcessLab scenarios (*.json);;All files (*)</source>
        <translation>进程实验室场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Scenario As</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario “%1” has changes that are not saved.</source>
        <translation>场景“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to save them first?</source>
        <translation>要先保存这些更改吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restart the Run?</source>
        <translation>重新开始运行？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the policy restarts the run at t = 0, and the processes you moved by hand go back to where they started.</source>
        <translation>更改调度策略会让运行从 t = 0 重新开始，你手动移动过的进程也会回到初始位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
</context>
<context>
    <name>processlab::prodcons::RealRun</name>
    <message>
        <location filename="../src/prodcons/RealRun.cpp" line="+72"/>
        <source>A real run is already going on.</source>
        <translation>已有一次真实进程运行正在进行。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Removed %n stale shared-memory segment(s) left by an earlier run.</source>
        <translation>
            <numerusform>已删除之前的运行遗留的 %n 个共享内存段。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At most %1 processes can run for real.</source>
        <translation>最多只能运行 %1 个真实进程。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot start the worker process %1: %2</source>
        <translation>无法启动工作进程 %1：%2</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1（%2）终止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (PID %2) ended badly: %3.</source>
        <translation>%1（PID %2）异常结束：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (PID %2) died at %3 s: %4.</source>
        <translation>%1（PID %2）在第 %3 秒意外终止：%4。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (PID %2) did not stop in time and was killed.</source>
        <translation>%1（PID %2）未能及时停止，已被强制终止。</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>The queue lock was recovered %n time(s) from a process that died holding it.</source>
        <translation>
            <numerusform>有进程在持有队列锁时终止，队列锁因此被恢复了 %n 次。</numerusform>
        </translation>
    </message>
</context>
</TS>
