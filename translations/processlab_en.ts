<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ScenarioCommands</name>
    <message numerus="yes">
        <location filename="../src/app/scenario/ScenarioCommands.cpp" line="+67"/>
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
        <location filename="../src/app/gantt/CompareDialog.cpp" line="+219"/>
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
    <name>processlab::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="+297"/>
        <source>Random workload (%n processes, seed %1)</source>
        <translation>
            <numerusform>Random workload (%n process, seed %1)</numerusform>
            <numerusform>Random workload (%n processes, seed %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>processlab::SimulationController</name>
    <message numerus="yes">
        <location filename="../src/app/SimulationControllerPlayback.cpp" line="+193"/>
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
        <location filename="../src/app/diagram/StateDiagramScene.cpp" line="+159"/>
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
</context>
</TS>
