<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BurstText</name>
    <message>
        <location filename="../src/app/processes/BurstText.cpp" line="+28"/>
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
        <location filename="../src/cli/CliApp.cpp" line="+137"/>
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
        <location line="+6"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location filename="../src/cli/Simulation.cpp" line="+13"/>
        <source>the manual policy waits for you to move processes by hand; choose another policy with --policy</source>
        <translation>手动调度策略需要你亲手移动进程；请用 --policy 选择其他调度策略</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../src/core/Engine.cpp" line="+682"/>
        <source>There is no process with PID %1.</source>
        <translation>不存在 PID 为 %1 的进程。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has not arrived yet: it arrives at t = %2.</source>
        <translation>%1 尚未到达：它在 t = %2 时到达。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough memory to admit %1: it needs %2 and only %3 is free.</source>
        <translation>内存不足，无法许可 %1 进入就绪队列：它需要 %2，而空闲内存只有 %3。</translation>
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
        <location filename="../src/render/GanttRenderer.cpp" line="+189"/>
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
        <location line="+743"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="-736"/>
        <source>%1 – %2 (%3 ticks)</source>
        <translation>%1 – %2（%3 个时间单位）</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+85"/>
        <source>and %1 more processes</source>
        <translation>另有 %1 个进程</translation>
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
    <message>
        <location line="+75"/>
        <source>… and %1 more processes (all of them are in the CSV export)</source>
        <translation>… 另有 %1 个进程（CSV 导出中包含全部进程）</translation>
    </message>
    <message>
        <location line="+257"/>
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
        <location line="+14"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new scenario</source>
        <translation>新建一个场景</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a scenario file</source>
        <translation>打开场景文件</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last edit or manual move</source>
        <translation>撤销上一次编辑或手动移动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo what was undone</source>
        <translation>重做刚才撤销的操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Process</source>
        <translation>添加进程(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a process at the end of the list</source>
        <translation>在列表末尾添加一个进程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Duplicate Process</source>
        <translation>复制进程(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the selected process</source>
        <translation>复制选中的进程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Processes</source>
        <translation>移除进程(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected processes</source>
        <translation>移除选中的进程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random &amp;Workload…</source>
        <translation>随机负载(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the processes with a random workload</source>
        <translation>用随机负载替换现有进程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause the simulation</source>
        <translation>播放或暂停模拟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Step to Next Event</source>
        <translation>单步到下一事件(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance to the next instant at which something happens</source>
        <translation>前进到下一个发生事件的时刻</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step One &amp;Tick</source>
        <translation>前进一个时间单位(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance the clock by one tick</source>
        <translation>时钟前进一个时间单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last step: the state becomes exactly what it was</source>
        <translation>撤回上一步：状态完全恢复到这一步之前的样子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run to &amp;End</source>
        <translation>运行到结束(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run until every process has terminated</source>
        <translation>一直运行，直到所有进程都终止</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../src/app/scenario/ManualMoveCommand.cpp" line="+13"/>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至%2状态</translation>
    </message>
</context>
<context>
    <name>PcbInspector</name>
    <message>
        <location filename="../src/app/processes/PcbInspector.cpp" line="+26"/>
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
        <location filename="../src/core/io/ScenarioFile.cpp" line="+123"/>
        <location filename="../src/core/Scenario.cpp" line="+47"/>
        <source>must be at least %1, not %2</source>
        <translation>必须不小于 %1，而不是 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/Scenario.cpp" line="+4"/>
        <source>must be at most %1 (the limit), not %2</source>
        <translation>必须不大于 %1（上限），而不是 %2</translation>
    </message>
    <message>
        <location line="+133"/>
        <location filename="../src/core/Scenario.cpp" line="+89"/>
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
        <location filename="../src/core/Scenario.cpp" line="-77"/>
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
        <location line="+71"/>
        <location filename="../src/core/Scenario.cpp" line="+23"/>
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
        <location filename="../src/core/Scenario.cpp" line="-22"/>
        <source>must be at least 1; only the last level may be 0 (first come, first served)</source>
        <translation>必须不小于 1；只有最后一级可以为 0（先来先服务）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>must be a CPU burst (bursts alternate CPU, I/O, CPU, …)</source>
        <translation>必须是 CPU 区间（区间按 CPU、I/O、CPU、… 交替）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an I/O burst (bursts alternate CPU, I/O, CPU, …)</source>
        <translation>必须是 I/O 区间（区间按 CPU、I/O、CPU、… 交替）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is already the name of processes[%2]; names must be unique</source>
        <translation>“%1”已是 processes[%2] 的名称；名称不能重复</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>needs %1 but the memory pool is only %2, so it could never be admitted</source>
        <translation>需要 %1，但内存池只有 %2，因此永远不会被许可进入就绪队列</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../src/app/scenario/ScenarioCommands.cpp" line="+65"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n processes</source>
        <translation>
            <numerusform>移除 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change policy to %1</source>
        <translation>将调度策略改为 %1</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <location filename="../src/core/io/ScenarioFile.cpp" line="-308"/>
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
        <location line="+14"/>
        <source>must be a string, found %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+24"/>
        <source>is missing: expected an object such as {&quot;name&quot;: &quot;fcfs&quot;}</source>
        <translation>缺失：应为形如 {&quot;name&quot;: &quot;fcfs&quot;} 的对象</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <source>is missing: expected one of: %1</source>
        <translation>缺失：应为以下之一：%1</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+22"/>
        <source>is missing: expected CPU and I/O bursts such as [5, 3, 2] (CPU, I/O, CPU)</source>
        <translation>缺失：应为 CPU 与 I/O 区间，例如 [5, 3, 2]（CPU、I/O、CPU）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an array of bursts such as [5, 3, 2] (CPU, I/O, CPU), found %1</source>
        <translation>必须是区间数组，例如 [5, 3, 2]（CPU、I/O、CPU），实际为 %1</translation>
    </message>
    <message>
        <location line="+201"/>
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
        <location line="+37"/>
        <source>Cannot save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
</context>
<context>
    <name>SimulationController</name>
    <message>
        <location filename="../src/app/SimulationController.cpp" line="+21"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <location filename="../src/app/diagram/StateNodeItem.cpp" line="+242"/>
        <source>CPU %1 · switch</source>
        <translation>CPU %1 · 切换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>StateTable</name>
    <message>
        <location filename="../src/core/StateTable.cpp" line="+45"/>
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
        <location filename="../src/app/main.cpp" line="+21"/>
        <source>ProcessLab: see how an operating system runs processes.</source>
        <translation>进程实验室：观察操作系统如何运行进程。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scenario file (.json) to open.</source>
        <translation>要打开的场景文件（.json）。</translation>
    </message>
</context>
<context>
    <name>processlab::CompareDialog</name>
    <message>
        <location filename="../src/app/gantt/CompareDialog.cpp" line="+146"/>
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
        <source>Priority</source>
        <translation>优先级调度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RR q=2</source>
        <translation>时间片轮转 q=2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RR q=4</source>
        <translation>时间片轮转 q=4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HRRN</source>
        <translation>高响应比优先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MLFQ</source>
        <translation>多级反馈队列</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+29"/>
        <source>Average times (ticks)</source>
        <translation>平均时间（时间单位）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+27"/>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location line="-13"/>
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
        <location line="+1"/>
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
        <location filename="../src/app/gantt/GanttPanel.cpp" line="+97"/>
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
    <name>processlab::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="+219"/>
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
        <location line="+1"/>
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
        <location line="+17"/>
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
        <location filename="../src/app/MainWindowFiles.cpp" line="+62"/>
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
        <location filename="../src/app/MainWindow.cpp" line="+44"/>
        <source>Random workload (%n processes, seed %1)</source>
        <translation>
            <numerusform>随机负载（%n 个进程，种子 %1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About ProcessLab</source>
        <translation>关于进程实验室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ProcessLab %1&lt;/h3&gt;&lt;p&gt;See how an operating system runs processes: the five-state model, the PCB, the ready and blocked queues and the CPU schedulers.&lt;/p&gt;&lt;p&gt;Drag a process to another state to move it by hand; every move can be undone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;进程实验室 %1&lt;/h3&gt;&lt;p&gt;观察操作系统如何运行进程：五状态模型、进程控制块 (PCB)、就绪队列和阻塞队列，以及各种 CPU 调度算法。&lt;/p&gt;&lt;p&gt;把进程拖到另一个状态即可手动移动它；每一次移动都可以撤销。&lt;/p&gt;</translation>
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
        <location line="+32"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I/O %1</source>
        <translation>I/O %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when moved by hand</source>
        <translation>手动移动时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on an event</source>
        <translation>事件发生时</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+41"/>
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
        <location filename="../src/app/playback/PlaybackControls.cpp" line="+101"/>
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
        <location line="+10"/>
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
        <source>&lt;b&gt;t = %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;t = %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+8"/>
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
        <location line="+2"/>
        <source>The time slice of each MLFQ level, most urgent first, e.g. “8, 16, 0”; 0 (last level only) means first come, first served.</source>
        <translation>MLFQ 各级的时间片，从优先级最高的一级开始，例如“8, 16, 0”；0（仅限最后一级）表示先来先服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs:</source>
        <translation>CPU 数：</translation>
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
    <name>processlab::ProcessTableModel</name>
    <message>
        <location filename="../src/app/processes/ProcessTableModel.cpp" line="+70"/>
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
        <location line="+2"/>
        <source>Blocked since t = %1, until t = %2.</source>
        <translation>自 t = %1 起阻塞，直到 t = %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated at t = %1.</source>
        <translation>已于 t = %1 终止。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I/O %1</source>
        <translation>I/O %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Scenario priority %1, now %2.</source>
        <translation>场景中的优先级为 %1，当前为 %2。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>CPU and I/O bursts in ticks, alternating and ending with CPU: “5, 3, 2” = CPU 5, I/O 3, CPU 2. Double-click to edit.</source>
        <translation>CPU 与 I/O 区间（以时间单位计），交替排列并以 CPU 区间结尾：“5, 3, 2”即 CPU 5、I/O 3、CPU 2。双击可编辑。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+9"/>
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
        <location line="+35"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set priority of %1 to %2</source>
        <translation>将 %1 的优先级设为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set arrival of %1 to %2</source>
        <translation>将 %1 的到达时间设为 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set bursts of %1 to %2</source>
        <translation>将 %1 的区间序列设为 %2</translation>
    </message>
</context>
<context>
    <name>processlab::QueueStrip</name>
    <message>
        <location filename="../src/app/processes/QueueStrip.cpp" line="+49"/>
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
        <location line="+58"/>
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
        <location line="+19"/>
        <source>Running to the end…</source>
        <translation>正在运行到结束…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
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
        <location filename="../src/app/SimulationController.cpp" line="+101"/>
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
        <location filename="../src/app/diagram/StateDiagramScene.cpp" line="+147"/>
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
        <location line="+17"/>
        <source>%1 (PID %2): %3</source>
        <translation>%1（PID %2）：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives at t = %1</source>
        <translation>在 t = %1 到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining in this burst: %1</source>
        <translation>本区间剩余：%1</translation>
    </message>
</context>
<context>
    <name>processlab::UserPrompts</name>
    <message>
        <location filename="../src/app/UserPrompts.cpp" line="+15"/>
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
</TS>
