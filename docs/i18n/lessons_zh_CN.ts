<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Exercise</name>
    <message>
        <source>%1, preemptive</source>
        <translation>%1，抢占式</translation>
    </message>
    <message>
        <source>Exercise, seed %1</source>
        <translation>练习，种子 %1</translation>
    </message>
</context>
<context>
    <name>LessonSnippet</name>
    <message>
        <source>work.py: one program; every run of it is a new process</source>
        <translation>work.py：同一个程序，每运行一次就是一个新的进程</translation>
    </message>
    <message>
        <source>process {os.getpid()} starts</source>
        <translation>进程 {os.getpid()} 开始运行</translation>
    </message>
    <message>
        <source>computing: needs the CPU</source>
        <translation>计算：需要 CPU</translation>
    </message>
    <message>
        <source>waiting: the CPU is free for others</source>
        <translation>等待：CPU 可以让给别的进程</translation>
    </message>
    <message>
        <source>process {os.getpid()} ends</source>
        <translation>进程 {os.getpid()} 运行结束</translation>
    </message>
    <message>
        <source>three users run this program at the same time</source>
        <translation>三个用户同时运行这个程序</translation>
    </message>
    <message>
        <source>only computing: always needs the CPU</source>
        <translation>只做计算：一直需要 CPU</translation>
    </message>
    <message>
        <source>process {os.getpid()}: {total}</source>
        <translation>进程 {os.getpid()}：{total}</translation>
    </message>
    <message>
        <source>Running: needs the CPU</source>
        <translation>执行状态：需要 CPU</translation>
    </message>
    <message>
        <source>Blocked: waits for the keyboard</source>
        <translation>阻塞状态：等待键盘输入</translation>
    </message>
    <message>
        <source>Running again</source>
        <translation>再次进入执行状态</translation>
    </message>
    <message>
        <source>start() calls run() in the new process</source>
        <translation>start() 会在新进程中调用 run()</translation>
    </message>
    <message>
        <source>child {os.getpid()} starts</source>
        <translation>子进程 {os.getpid()} 开始运行</translation>
    </message>
    <message>
        <source>daemon still running</source>
        <translation>守护进程还在运行</translation>
    </message>
    <message>
        <source>main process {os.getpid()}</source>
        <translation>主进程 {os.getpid()}</translation>
    </message>
    <message>
        <source>main blocks until p1 has terminated</source>
        <translation>主进程阻塞，直到 p1 终止</translation>
    </message>
    <message>
        <source>main process ends</source>
        <translation>主进程结束</translation>
    </message>
    <message>
        <source>p2 is a daemon: it is terminated when main exits</source>
        <translation>p2 是守护进程：主进程退出时它随之终止</translation>
    </message>
    <message>
        <source>changes only this process&apos;s own copy</source>
        <translation>只改了本进程自己的那一份</translation>
    </message>
    <message>
        <source>takes the value the other process put</source>
        <translation>取出另一个进程放进去的值</translation>
    </message>
    <message>
        <source>hands it on through the queue</source>
        <translation>通过队列交给下一个进程</translation>
    </message>
    <message>
        <source>prints 0 2: main&apos;s result is still 0</source>
        <translation>输出 0 2：主进程的 result 仍然是 0</translation>
    </message>
    <message>
        <source>a thread must hold the GIL to run Python code</source>
        <translation>线程必须持有 GIL 才能执行 Python 代码</translation>
    </message>
    <message>
        <source>4 threads of one process share one GIL:</source>
        <translation>同一进程的 4 个线程共用一把 GIL：</translation>
    </message>
    <message>
        <source>4 processes: each has its own interpreter and GIL:</source>
        <translation>4 个进程：各有自己的解释器和 GIL：</translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <source>Programs and processes</source>
        <translation>程序与进程</translation>
    </message>
    <message>
        <source>Time slices and time-sharing</source>
        <translation>时间片与分时操作系统</translation>
    </message>
    <message>
        <source>The five states and the PCB</source>
        <translation>五种状态与进程控制块</translation>
    </message>
    <message>
        <source>Creating processes: start, join, daemon</source>
        <translation>创建进程：start、join 与守护进程</translation>
    </message>
    <message>
        <source>Own globals, shared queue</source>
        <translation>各自的全局变量，共享的队列</translation>
    </message>
    <message>
        <source>Producer and consumers</source>
        <translation>生产者与消费者</translation>
    </message>
    <message>
        <source>The GIL</source>
        <translation>全局解释器锁（GIL）</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;program&lt;/b&gt; is a file: code on the disk that does nothing by itself. A &lt;b&gt;process&lt;/b&gt; is one run of a program: the operating system gives it a PID, memory and a PCB, and it moves from state to state while it runs.&lt;/p&gt;&lt;p&gt;Start the same program three times and you get three processes with three PIDs. One CPU runs only one of them at a time, yet all three make progress because the operating system lets them take turns: that is &lt;b&gt;multitasking&lt;/b&gt;. A single-tasking system such as DOS ran one program until it ended.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;程序&lt;/b&gt;是一个文件：存放在磁盘上的代码，自己什么也不做。&lt;b&gt;进程&lt;/b&gt;是程序的一次动态执行过程：操作系统为它分配 PID、内存和进程控制块（PCB），它在运行中从一个状态转到另一个状态。&lt;/p&gt;&lt;p&gt;把同一个程序启动三次，就得到三个进程、三个 PID。一个 CPU 同一时刻只能运行其中一个，但三个进程都在向前推进，因为操作系统让它们轮流使用 CPU：这就是&lt;b&gt;多任务&lt;/b&gt;。DOS 这样的单任务系统则是一个程序运行到结束，再运行下一个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The CPU divides its time into &lt;b&gt;time slices&lt;/b&gt;. A process runs for at most one slice, then the next ready process gets the CPU. A &lt;b&gt;time-sharing system&lt;/b&gt; serves many users this way, and each of them sees the computer answer as if it were theirs alone.&lt;/p&gt;&lt;p&gt;Every switch costs time: the registers of one process are saved in its PCB and those of the next are loaded. Here a switch costs 1 tick. With short slices the CPU spends much of its time switching; that is why a slice is usually about 100 times as long as a switch. Try the three quanta and compare the hatched switch slices in the Gantt chart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CPU 把自己的时间分割成&lt;b&gt;时间片&lt;/b&gt;。一个进程最多运行一个时间片，然后由下一个就绪进程使用 CPU。&lt;b&gt;分时操作系统&lt;/b&gt;就是这样以时间片轮转的方式为许多用户服务，每个用户都觉得计算机好像只为自己工作。&lt;/p&gt;&lt;p&gt;每次切换都要花时间：把当前进程的寄存器保存到它的 PCB 中，再装入下一个进程的寄存器。这里一次切换需要 1 个时间单位。时间片太短，CPU 就有很大一部分时间花在切换上；所以时间片一般是切换所需时间的 100 倍左右。试试三种时间片，比较甘特图中带斜线的切换片段。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The operating system keeps a &lt;b&gt;process control block&lt;/b&gt; (PCB) for every process: its PID, state, saved registers, priority and times. The PCB Inspector shows it.&lt;/p&gt;&lt;p&gt;A process is in one of five states: &lt;b&gt;New&lt;/b&gt; (its PCB is being filled in; it stays here while resources such as memory are short), &lt;b&gt;Ready&lt;/b&gt; (in memory, waiting for a CPU), &lt;b&gt;Running&lt;/b&gt; (a CPU executes its instructions), &lt;b&gt;Blocked&lt;/b&gt; (waiting for I/O or input, needing no CPU) and &lt;b&gt;Terminated&lt;/b&gt; (its PCB is removed).&lt;/p&gt;&lt;p&gt;Here &lt;b&gt;you are the scheduler&lt;/b&gt;: drag a process from Ready to a CPU and watch what &lt;code&gt;input()&lt;/code&gt; does to it. Memory holds only two of the three processes, so the third waits in New.&lt;/p&gt;</source>
        <translation>&lt;p&gt;操作系统为每个进程保存一个&lt;b&gt;进程控制块&lt;/b&gt;（PCB）：PID、状态、保存的寄存器、优先级和各种时间。PCB 查看器显示的就是它。&lt;/p&gt;&lt;p&gt;进程总处于五种状态之一：&lt;b&gt;创建状态&lt;/b&gt;（正在填写 PCB；内存等资源不足时停在这里）、&lt;b&gt;就绪状态&lt;/b&gt;（已在内存中，等待 CPU）、&lt;b&gt;执行状态&lt;/b&gt;（某个 CPU 正在执行它的指令）、&lt;b&gt;阻塞状态&lt;/b&gt;（等待 I/O 或用户输入，不需要 CPU）和&lt;b&gt;终止状态&lt;/b&gt;（PCB 被删除）。&lt;/p&gt;&lt;p&gt;这里&lt;b&gt;由你来当调度程序&lt;/b&gt;：把进程从就绪拖到 CPU 上，看看 &lt;code&gt;input()&lt;/code&gt; 会让它怎样。内存只够放三个进程中的两个，所以第三个在创建状态中等待。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Running a Python script creates a process, the &lt;b&gt;main process&lt;/b&gt;. It creates &lt;b&gt;child processes&lt;/b&gt; with &lt;code&gt;Process(target=function)&lt;/code&gt;, or with a subclass of &lt;code&gt;Process&lt;/code&gt; that overrides &lt;code&gt;run(self)&lt;/code&gt;. Nothing runs before &lt;code&gt;start()&lt;/code&gt;; then the child has its own PID (&lt;code&gt;os.getpid()&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;&lt;code&gt;p1.join()&lt;/code&gt; blocks the main process until p1 has terminated. A child with &lt;code&gt;daemon=True&lt;/code&gt; is a &lt;b&gt;daemon process&lt;/b&gt;: it is terminated as soon as its parent exits. With &lt;code&gt;daemon=False&lt;/code&gt; (the default) the main process waits for it at the end.&lt;/p&gt;&lt;p&gt;Watch main block on &lt;code&gt;join()&lt;/code&gt; and p2 end together with main. The table&apos;s Parent column and the dashed lines in the diagram link each child to its parent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;执行一个 Python 脚本就会创建一个进程，即&lt;b&gt;主进程&lt;/b&gt;。主进程用 &lt;code&gt;Process(target=函数)&lt;/code&gt;，或者用重写了 &lt;code&gt;run(self)&lt;/code&gt; 的 &lt;code&gt;Process&lt;/code&gt; 子类，来创建&lt;b&gt;子进程&lt;/b&gt;。调用 &lt;code&gt;start()&lt;/code&gt; 之前什么都不会运行；之后子进程有了自己的 PID（&lt;code&gt;os.getpid()&lt;/code&gt;）。&lt;/p&gt;&lt;p&gt;&lt;code&gt;p1.join()&lt;/code&gt; 让主进程阻塞，直到 p1 终止。&lt;code&gt;daemon=True&lt;/code&gt; 的子进程是&lt;b&gt;守护进程&lt;/b&gt;：父进程一退出，它就被终止。&lt;code&gt;daemon=False&lt;/code&gt;（默认值）时，主进程执行完会等待它结束。&lt;/p&gt;&lt;p&gt;观察主进程在 &lt;code&gt;join()&lt;/code&gt; 上阻塞，以及 p2 和主进程一起结束。表格的“父进程”列和状态图中的虚线把每个子进程与它的父进程连起来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every process has its own copy of the global variables. When p1 and p2 do &lt;code&gt;result += 1&lt;/code&gt;, each changes only its own &lt;code&gt;result&lt;/code&gt;: the main process still has 0. Select a process and the PCB Inspector shows its own &lt;code&gt;result&lt;/code&gt; and &lt;code&gt;r&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;To pass data between processes, use a &lt;code&gt;multiprocessing.Queue&lt;/code&gt;. The main process puts 0; each child takes the number, adds 1 and puts it back, so main finally gets 2. A child that calls &lt;code&gt;q.get()&lt;/code&gt; on an empty queue is Blocked until the other one puts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个进程都有自己的一份全局变量。p1 和 p2 执行 &lt;code&gt;result += 1&lt;/code&gt; 时，各自只改了自己的 &lt;code&gt;result&lt;/code&gt;：主进程中的仍然是 0。选中一个进程，PCB 查看器会显示它自己的 &lt;code&gt;result&lt;/code&gt; 和 &lt;code&gt;r&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;要在进程之间传递数据，请使用 &lt;code&gt;multiprocessing.Queue&lt;/code&gt;。主进程放入 0；每个子进程取出这个数，加 1 后再放回去，所以主进程最后得到 2。在空队列上调用 &lt;code&gt;q.get()&lt;/code&gt; 的子进程会进入阻塞状态，直到另一个进程放入数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The course&apos;s exercise: a &lt;b&gt;producer&lt;/b&gt; puts 200 items into a &lt;b&gt;queue&lt;/b&gt; whenever it holds fewer than 50, then pauses for 1 s; five &lt;b&gt;consumers&lt;/b&gt; each take 20 items whenever it holds more than 10, and otherwise pause for 2 s. The queue is all they share.&lt;/p&gt;&lt;p&gt;The programs loop forever, so the run never ends: pause it when you have seen enough. Watch consumers block on an empty queue: checking &lt;code&gt;qsize()&lt;/code&gt; first does not mean the items are still there when &lt;code&gt;get()&lt;/code&gt; runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;课程的练习：队列中的数据少于 50 个时，&lt;b&gt;生产者&lt;/b&gt;就向&lt;b&gt;队列&lt;/b&gt;中放入 200 个数据，然后暂停 1 秒；队列中的数据多于 10 个时，五个&lt;b&gt;消费者&lt;/b&gt;各自取出 20 个，否则暂停 2 秒。它们共享的只有这个队列。&lt;/p&gt;&lt;p&gt;这些程序永远循环，所以运行不会结束：看够了就暂停。注意消费者会在空队列上阻塞：先检查 &lt;code&gt;qsize()&lt;/code&gt; 并不能保证 &lt;code&gt;get()&lt;/code&gt; 执行时数据还在。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;CPython has a &lt;b&gt;global interpreter lock&lt;/b&gt; (GIL): a thread must hold it to run Python code, and each process has only one. So the threads of one Python process never run Python code on two cores at the same moment, however many CPUs there are.&lt;/p&gt;&lt;p&gt;Here four threads count on four CPUs. With the GIL, a thread takes it, runs for a while and hands it on; the others are Blocked, and the Gantt chart shows one thread at a time. Without a GIL they run in parallel and finish four times sooner. Four &lt;b&gt;processes&lt;/b&gt; have four interpreters and four GILs, so they run in parallel too: for CPU-bound Python code, use processes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CPython 有一把&lt;b&gt;全局解释器锁&lt;/b&gt;（GIL）：线程必须持有它才能执行 Python 代码，而每个进程只有一把。所以无论有多少个 CPU，同一个 Python 进程的线程都不会在同一时刻于两个核心上执行 Python 代码。&lt;/p&gt;&lt;p&gt;这里四个线程在四个 CPU 上计数。有 GIL 时，一个线程拿到它，运行一会儿再交给下一个；其余线程处于阻塞状态，甘特图上同一时刻只有一个线程在运行。没有 GIL 时它们并行运行，快四倍结束。四个&lt;b&gt;进程&lt;/b&gt;有四个解释器、四把 GIL，所以它们也能并行运行：CPU 密集的 Python 代码应当使用多进程。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;A missing &lt;code&gt;import os&lt;/code&gt;: &lt;code&gt;os.getpid()&lt;/code&gt; then fails with &lt;code&gt;NameError: name &apos;os&apos; is not defined&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Thinking two runs of one program share their variables: each process has its own memory.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;忘了 &lt;code&gt;import os&lt;/code&gt;：&lt;code&gt;os.getpid()&lt;/code&gt; 会报 &lt;code&gt;NameError: name &apos;os&apos; is not defined&lt;/code&gt;。&lt;/li&gt;&lt;li&gt;以为同一个程序的两次运行共享变量：每个进程都有自己的内存。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Thinking a shorter slice is always better: answers come sooner, but more of the CPU goes to switching.&lt;/li&gt;&lt;li&gt;Counting switch time as work: a context switch moves no process forward.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;以为时间片越短越好：响应是快了，但 CPU 有更多时间花在切换上。&lt;/li&gt;&lt;li&gt;把切换时间算作工作：上下文切换不会让任何进程向前推进。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;When its I/O ends, a blocked process does not go straight back to Running: it goes to Ready and waits for a CPU again.&lt;/li&gt;&lt;li&gt;&lt;code&gt;if __name__ = &apos;__main__&apos;:&lt;/code&gt; with a single &lt;code&gt;=&lt;/code&gt; is a syntax error: compare with &lt;code&gt;==&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;I/O 结束后，阻塞的进程不会直接回到执行状态：它先进入就绪状态，再次等待 CPU。&lt;/li&gt;&lt;li&gt;&lt;code&gt;if __name__ = &apos;__main__&apos;:&lt;/code&gt; 只写了一个 &lt;code&gt;=&lt;/code&gt;，是语法错误：比较要用 &lt;code&gt;==&lt;/code&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;code&gt;def run():&lt;/code&gt; without &lt;code&gt;self&lt;/code&gt;: the child fails with &lt;code&gt;TypeError: run() takes 0 positional arguments but 1 was given&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;code&gt;join()&lt;/code&gt; on a process that was never started raises &lt;code&gt;AssertionError: can only join a started process&lt;/code&gt;: call &lt;code&gt;start()&lt;/code&gt; first.&lt;/li&gt;&lt;li&gt;&lt;code&gt;if __name__ = &apos;__main__&apos;:&lt;/code&gt; (a single &lt;code&gt;=&lt;/code&gt;) or a full-width colon &lt;code&gt;：&lt;/code&gt; at the end of the line is a syntax error.&lt;/li&gt;&lt;li&gt;A missing &lt;code&gt;import os&lt;/code&gt; before &lt;code&gt;os.getpid()&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;code&gt;def run():&lt;/code&gt; 少了 &lt;code&gt;self&lt;/code&gt;：子进程会报 &lt;code&gt;TypeError: run() takes 0 positional arguments but 1 was given&lt;/code&gt;。&lt;/li&gt;&lt;li&gt;对从未启动的进程调用 &lt;code&gt;join()&lt;/code&gt; 会引发 &lt;code&gt;AssertionError: can only join a started process&lt;/code&gt;：要先调用 &lt;code&gt;start()&lt;/code&gt;。&lt;/li&gt;&lt;li&gt;&lt;code&gt;if __name__ = &apos;__main__&apos;:&lt;/code&gt;（只有一个 &lt;code&gt;=&lt;/code&gt;）或者行末写成全角冒号 &lt;code&gt;：&lt;/code&gt;，都是语法错误。&lt;/li&gt;&lt;li&gt;在 &lt;code&gt;os.getpid()&lt;/code&gt; 之前忘了 &lt;code&gt;import os&lt;/code&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Expecting a child&apos;s &lt;code&gt;result += 1&lt;/code&gt; to change the parent&apos;s &lt;code&gt;result&lt;/code&gt;: pass values through a Queue instead.&lt;/li&gt;&lt;li&gt;&lt;code&gt;p1.join()&lt;/code&gt; without &lt;code&gt;p1.start()&lt;/code&gt; first: join() raises &lt;code&gt;AssertionError&lt;/code&gt;, and nothing would have run anyway.&lt;/li&gt;&lt;li&gt;&lt;code&gt;args=(q)&lt;/code&gt; without the comma: &lt;code&gt;(q)&lt;/code&gt; is not a tuple; write &lt;code&gt;args=(q,)&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;以为子进程的 &lt;code&gt;result += 1&lt;/code&gt; 会改变父进程的 &lt;code&gt;result&lt;/code&gt;：要用队列传递数值。&lt;/li&gt;&lt;li&gt;没有先 &lt;code&gt;p1.start()&lt;/code&gt; 就 &lt;code&gt;p1.join()&lt;/code&gt;：join() 会引发 &lt;code&gt;AssertionError&lt;/code&gt;，而且本来也什么都没运行。&lt;/li&gt;&lt;li&gt;&lt;code&gt;args=(q)&lt;/code&gt; 少了逗号：&lt;code&gt;(q)&lt;/code&gt; 不是元组，应写成 &lt;code&gt;args=(q,)&lt;/code&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;A &lt;code&gt;Process&lt;/code&gt; subclass with its own &lt;code&gt;__init__&lt;/code&gt; must call &lt;code&gt;super().__init__()&lt;/code&gt;, or &lt;code&gt;start()&lt;/code&gt; fails.&lt;/li&gt;&lt;li&gt;A plain list instead of a Queue: each process would fill its own copy.&lt;/li&gt;&lt;li&gt;&lt;code&gt;def run():&lt;/code&gt; without &lt;code&gt;self&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;自己写了 &lt;code&gt;__init__&lt;/code&gt; 的 &lt;code&gt;Process&lt;/code&gt; 子类必须调用 &lt;code&gt;super().__init__()&lt;/code&gt;，否则 &lt;code&gt;start()&lt;/code&gt; 会失败。&lt;/li&gt;&lt;li&gt;用普通列表代替队列：每个进程只会往自己那一份里放数据。&lt;/li&gt;&lt;li&gt;&lt;code&gt;def run():&lt;/code&gt; 少了 &lt;code&gt;self&lt;/code&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Expecting threads to speed up CPU-bound Python code: they take turns holding the GIL. Threads still help while they wait for I/O, which releases the GIL.&lt;/li&gt;&lt;li&gt;Starting processes outside &lt;code&gt;if __name__ == &apos;__main__&apos;:&lt;/code&gt;: on Windows and macOS every child would start them again.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;指望多线程加快 CPU 密集的 Python 代码：线程只能轮流持有 GIL。等待 I/O 时线程仍然有用，因为等待时会释放 GIL。&lt;/li&gt;&lt;li&gt;在 &lt;code&gt;if __name__ == &apos;__main__&apos;:&lt;/code&gt; 之外启动进程：在 Windows 和 macOS 上，每个子进程都会再启动一遍。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lesson: one program, three processes</source>
        <translation>课程：一个程序，三个进程</translation>
    </message>
    <message>
        <source>Try it: three runs of work.py</source>
        <translation>试一试：运行三次 work.py</translation>
    </message>
    <message>
        <source>Lesson: time slices</source>
        <translation>课程：时间片</translation>
    </message>
    <message>
        <source>Try it: quantum 1</source>
        <translation>试一试：时间片 1</translation>
    </message>
    <message>
        <source>Try it: quantum 4</source>
        <translation>试一试：时间片 4</translation>
    </message>
    <message>
        <source>Try it: quantum 20</source>
        <translation>试一试：时间片 20</translation>
    </message>
    <message>
        <source>Lesson: you are the scheduler</source>
        <translation>课程：由你来调度</translation>
    </message>
    <message>
        <source>Try it: schedule by hand</source>
        <translation>试一试：手动调度</translation>
    </message>
    <message>
        <source>Lesson: start, join and daemon</source>
        <translation>课程：start、join 与守护进程</translation>
    </message>
    <message>
        <source>Try it: main, p1 and the daemon p2</source>
        <translation>试一试：主进程、p1 和守护进程 p2</translation>
    </message>
    <message>
        <source>Lesson: own globals, shared queue</source>
        <translation>课程：各自的全局变量，共享的队列</translation>
    </message>
    <message>
        <source>Try it: result and the queue</source>
        <translation>试一试：result 与队列</translation>
    </message>
    <message>
        <source>Lesson: producer and consumers</source>
        <translation>课程：生产者与消费者</translation>
    </message>
    <message>
        <source>Try it: 1 producer, 5 consumers</source>
        <translation>试一试：1 个生产者，5 个消费者</translation>
    </message>
    <message>
        <source>Lesson: 4 threads with the GIL</source>
        <translation>课程：有 GIL 的 4 个线程</translation>
    </message>
    <message>
        <source>Lesson: 4 threads without a GIL</source>
        <translation>课程：没有 GIL 的 4 个线程</translation>
    </message>
    <message>
        <source>Lesson: 4 processes, 4 GILs</source>
        <translation>课程：4 个进程，4 把 GIL</translation>
    </message>
    <message>
        <source>Try it: 4 threads, GIL on</source>
        <translation>试一试：4 个线程，有 GIL</translation>
    </message>
    <message>
        <source>Try it: 4 threads, no GIL</source>
        <translation>试一试：4 个线程，没有 GIL</translation>
    </message>
    <message>
        <source>Try it: 4 processes</source>
        <translation>试一试：4 个进程</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>I/O %1</source>
        <translation>I/O %1</translation>
    </message>
    <message>
        <source>sleep %1</source>
        <translation>睡眠 %1</translation>
    </message>
    <message>
        <source>put into %1</source>
        <translation>放入 %1</translation>
    </message>
    <message>
        <source>get from %1</source>
        <translation>从 %1 取出</translation>
    </message>
    <message>
        <source>jump to %1</source>
        <translation>跳到 %1</translation>
    </message>
    <message>
        <source>if len(%1) &lt; %2</source>
        <translation>若 len(%1) &lt; %2</translation>
    </message>
    <message>
        <source>if len(%1) &gt; %2</source>
        <translation>若 len(%1) &gt; %2</translation>
    </message>
    <message>
        <source>repeat %1 times</source>
        <translation>重复 %1 次</translation>
    </message>
    <message>
        <source>loop back to %1</source>
        <translation>循环回到 %1</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>join %1</source>
        <translation>join %1</translation>
    </message>
    <message>
        <source>acquire %1</source>
        <translation>获取 %1</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>释放 %1</translation>
    </message>
    <message>
        <source>put %1 into %2</source>
        <translation>把 %1 放入 %2</translation>
    </message>
    <message>
        <source>%1 = get from %2</source>
        <translation>%1 = 从 %2 取出</translation>
    </message>
    <message>
        <source>until t = %1</source>
        <translation>直到 t = %1</translation>
    </message>
    <message>
        <source>until moved by hand</source>
        <translation>直到被手动移动</translation>
    </message>
    <message>
        <source>for an item in %1</source>
        <translation>等待 %1 中的数据</translation>
    </message>
    <message>
        <source>for room in %1</source>
        <translation>等待 %1 中的空位</translation>
    </message>
    <message>
        <source>for the lock %1</source>
        <translation>等待锁 %1</translation>
    </message>
    <message>
        <source>until %1 has terminated</source>
        <translation>直到 %1 终止</translation>
    </message>
</context>
<context>
    <name>PcbInspector</name>
    <message>
        <source>Globals</source>
        <translation>全局变量</translation>
    </message>
</context>
<context>
    <name>processlab::ExerciseDialog</name>
    <message>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Wrong: work it out again, or press Reveal</source>
        <translation>错误：再算一遍，或者点“揭晓”</translation>
    </message>
    <message>
        <source>Fill in your answers, then press Check.</source>
        <translation>填好答案后点“核对”。</translation>
    </message>
    <message>
        <source>%1 of %2 answers right.</source>
        <translation>%2 个答案中对了 %1 个。</translation>
    </message>
    <message>
        <source>Average waiting time %1 · average turnaround %2 · all done at t = %3</source>
        <translation>平均等待时间 %1 · 平均周转时间 %2 · 全部在 t = %3 时完成</translation>
    </message>
    <message>
        <source>Exercise, seed %1</source>
        <translation>练习，种子 %1</translation>
    </message>
    <message>
        <source>Exercise: Predict, Then Reveal</source>
        <translation>练习：先预测，再揭晓</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>The same seed gives everyone the same workload.</source>
        <translation>同一个种子，每个人得到的负载都一样。</translation>
    </message>
    <message>
        <source>New Seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>进程数：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>调度策略：</translation>
    </message>
    <message>
        <source>Quantum:</source>
        <translation>时间片：</translation>
    </message>
    <message>
        <source>I/O bursts</source>
        <translation>I/O 区间</translation>
    </message>
    <message>
        <source>Some processes do I/O between two CPU bursts.</source>
        <translation>有些进程在两个 CPU 区间之间做 I/O。</translation>
    </message>
    <message>
        <source>Work out on paper when each process finishes and how long it waits in all (turnaround minus CPU and I/O time) under the chosen policy, one CPU, no switch cost. Ties go to the process that entered the ready queue first, then to the one higher in the list.</source>
        <translation>在纸上算出，在所选调度策略下（一个 CPU，切换没有开销），每个进程何时完成、一共等待多久（周转时间减去 CPU 时间和 I/O 时间）。时间相同时，先进入就绪队列的进程优先，再按列表中的先后。</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>区间序列</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Finish (yours)</source>
        <translation>完成时间（你的）</translation>
    </message>
    <message>
        <source>Waiting (yours)</source>
        <translation>等待时间（你的）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>CPU and I/O bursts in ticks, alternating: “3, 2, 4” = CPU 3, I/O 2, CPU 4.</source>
        <translation>CPU 与 I/O 区间（单位：时间单位），交替排列：“3, 2, 4” = CPU 3、I/O 2、CPU 4。</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>核对(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>揭晓(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open in Main Window</source>
        <translation>在主窗口中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Load this workload into the main window to step through it.</source>
        <translation>把这个负载载入主窗口，一步一步地观察。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>processlab::LessonsPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>上一课</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>下一课</translation>
    </message>
    <message>
        <source>The code: each process&apos;s line is marked as it runs</source>
        <translation>代码：运行时标出每个进程正在执行的行</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>常见错误</translation>
    </message>
    <message>
        <source>Loads this scenario into the diagram, the table and the Gantt chart (Edit ▸ Undo brings the previous one back).</source>
        <translation>把这个场景载入状态图、表格和甘特图（编辑 ▸ 撤销可以恢复原来的场景）。</translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation>课程“%1”</translation>
    </message>
    <message>
        <source>Loaded the lesson “%1”: press Play or step with the arrow keys.</source>
        <translation>已载入课程“%1”：点“播放”，或用方向键单步执行。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now, at t = %1:&lt;/b&gt;</source>
        <translation>&lt;b&gt;现在，t = %1：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (PID %2): %3</source>
        <translation>%1（PID %2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>queue %1: %n item(s) %2</source>
        <translation>
            <numerusform>队列 %1：%n 个数据 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Three processes of 24 ticks each, switch cost 1 tick:</source>
        <translation>三个进程，每个 24 个时间单位，一次切换 1 个时间单位：</translation>
    </message>
    <message>
        <source>Quantum</source>
        <translation>时间片</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>切换次数</translation>
    </message>
    <message>
        <source>Switch ticks</source>
        <translation>切换时间</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>All done at</source>
        <translation>全部完成于</translation>
    </message>
    <message>
        <source>Overhead = switch ticks / (switch ticks + run ticks). With a slice 100 times as long as a switch it would be about 1%.</source>
        <translation>开销 = 切换时间 /（切换时间 + 运行时间）。时间片是切换的 100 倍时，开销约为 1%。</translation>
    </message>
</context>
<context>
    <name>processlab::MainWindow</name>
    <message>
        <source>Switched to English.</source>
        <translation>已切换到中文。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Short lessons with scenarios to try, one per concept of the course</source>
        <translation>简短的课程，每个课程讲一个概念，并附有可以试一试的场景</translation>
    </message>
    <message>
        <source>&amp;Exercise: Predict, Then Reveal…</source>
        <translation>练习：先预测，再揭晓(&amp;E)…</translation>
    </message>
    <message>
        <source>Work out finish and waiting times for a random workload, then check them</source>
        <translation>为随机负载算出完成时间和等待时间，再核对答案</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>processlab::ProcessTableModel</name>
    <message>
        <source>Blocked since t = %1, waiting %2.</source>
        <translation>自 t = %1 起阻塞，%2。</translation>
    </message>
    <message>
        <source>Daemon child of %1 (PID %2): terminated when its parent exits.</source>
        <translation>%1（PID %2）的守护子进程：父进程退出时随之终止。</translation>
    </message>
    <message>
        <source>Child of %1 (PID %2).</source>
        <translation>%1（PID %2）的子进程。</translation>
    </message>
    <message>
        <source>%1 (%2), daemon</source>
        <translation>%1（%2），守护进程</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A thread of the process whose main thread is %1.</source>
        <translation>主线程为 %1 的那个进程中的一个线程。</translation>
    </message>
    <message>
        <source>thread of %1</source>
        <translation>%1 的线程</translation>
    </message>
    <message>
        <source>The process that started it with Process.start() (its parent PID), or the process a thread belongs to.</source>
        <translation>用 Process.start() 启动它的进程（父进程 PID），或线程所属的进程。</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
</context>
<context>
    <name>processlab::StateDiagramScene</name>
    <message>
        <source>Not started yet</source>
        <translation>尚未启动</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>等待：%1</translation>
    </message>
    <message>
        <source>Daemon child of %1 (PID %2)</source>
        <translation>%1（PID %2）的守护子进程</translation>
    </message>
    <message>
        <source>Child of %1 (PID %2)</source>
        <translation>%1（PID %2）的子进程</translation>
    </message>
    <message>
        <source>Thread of %1</source>
        <translation>%1 的线程</translation>
    </message>
</context>
</TS>
