<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BurstText</name>
    <message numerus="yes">
        <location filename="../src/app/processes/BurstText.cpp" line="+14"/>
        <source>program of %n step(s)</source>
        <translation>
            <numerusform>program of %n step</numerusform>
            <numerusform>program of %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/cli/ProdConsCommand.cpp" line="+344"/>
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n producer</numerusform>
            <numerusform>%n producers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n consumer(s)</source>
        <translation>
            <numerusform>%n consumer</numerusform>
            <numerusform>%n consumers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Producer-consumer, simulated: %1 s (%2 ticks of %3 ms), %4, %5 on %n CPU(s)</source>
        <translation>
            <numerusform>Producer-consumer, simulated: %1 s (%2 ticks of %3 ms), %4, %5 on %n CPU</numerusform>
            <numerusform>Producer-consumer, simulated: %1 s (%2 ticks of %3 ms), %4, %5 on %n CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GanttRenderer</name>
    <message numerus="yes">
        <location filename="../src/render/GanttRenderer.cpp" line="+225"/>
        <source>%1 – %2 (%n tick(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n tick)</numerusform>
            <numerusform>%1 – %2 (%n ticks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>and %n more process(es)</source>
        <translation>
            <numerusform>and %n more process</numerusform>
            <numerusform>and %n more processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+373"/>
        <source>… and %n more process(es) (all of them are in the CSV export)</source>
        <translation>
            <numerusform>… and %n more process (it is in the CSV export)</numerusform>
            <numerusform>… and %n more processes (all of them are in the CSV export)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message numerus="yes">
        <location filename="../src/app/scenario/ScenarioCommands.cpp" line="+65"/>
        <source>Remove %n processes</source>
        <translation>
            <numerusform>Remove %n process</numerusform>
            <numerusform>Remove %n processes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::CompareDialog</name>
    <message numerus="yes">
        <location filename="../src/app/gantt/CompareDialog.cpp" line="+230"/>
        <source>Running %n policies…</source>
        <translation>
            <numerusform>Running %n policy…</numerusform>
            <numerusform>Running %n policies…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>Compared %n policies.</source>
        <translation>
            <numerusform>Compared %n policy.</numerusform>
            <numerusform>Compared %n policies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::LessonsPanel</name>
    <message numerus="yes">
        <location filename="../src/app/lessons/LessonsPanel.cpp" line="+319"/>
        <source>queue %1: %n item(s) %2</source>
        <translation>
            <numerusform>queue %1: %n item %2</numerusform>
            <numerusform>queue %1: %n items %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="+453"/>
        <source>Random workload (%n processes, seed %1)</source>
        <translation>
            <numerusform>Random workload (%n process, seed %1)</numerusform>
            <numerusform>Random workload (%n processes, seed %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::ProdConsPanel</name>
    <message numerus="yes">
        <location filename="../src/app/prodcons/ProdConsPanel.cpp" line="+369"/>
        <source>Producer-consumer exercise: %n producer(s)</source>
        <translation>
            <numerusform>Producer-consumer exercise: %n producer</numerusform>
            <numerusform>Producer-consumer exercise: %n producers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n consumer(s).</source>
        <translation>
            <numerusform>%n consumer.</numerusform>
            <numerusform>%n consumers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+249"/>
        <source>All %n child process(es) reaped; shared memory removed.</source>
        <translation>
            <numerusform>%n child process reaped; shared memory removed.</numerusform>
            <numerusform>All %n child processes reaped; shared memory removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::RecoveryManager</name>
    <message numerus="yes">
        <location filename="../src/app/recovery/RecoveryManager.cpp" line="+133"/>
        <source>It includes %n manual move(s), at t = %1.</source>
        <translation>
            <numerusform>It includes %n manual move, at t = %1.</numerusform>
            <numerusform>It includes %n manual moves, at t = %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::SimulationController</name>
    <message numerus="yes">
        <location filename="../src/app/SimulationControllerPlayback.cpp" line="+216"/>
        <source>Finished at t = %1: all %n processes terminated.</source>
        <translation>
            <numerusform>Finished at t = %1: %n process terminated.</numerusform>
            <numerusform>Finished at t = %1: all %n processes terminated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::StateDiagramScene</name>
    <message numerus="yes">
        <location filename="../src/app/diagram/StateDiagramScene.cpp" line="+169"/>
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::prodcons::RealRun</name>
    <message numerus="yes">
        <location filename="../src/prodcons/RealRun.cpp" line="+84"/>
        <source>Removed %n stale shared-memory segment(s) left by an earlier run.</source>
        <translation>
            <numerusform>Removed %n stale shared-memory segment left by an earlier run.</numerusform>
            <numerusform>Removed %n stale shared-memory segments left by an earlier run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+303"/>
        <source>The queue lock was recovered %n time(s) from a process that died holding it.</source>
        <translation>
            <numerusform>The queue lock was recovered %n time from a process that died holding it.</numerusform>
            <numerusform>The queue lock was recovered %n times from a process that died holding it.</numerusform>
        </translation>
    </message>
</context>
</TS>
