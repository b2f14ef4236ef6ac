<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>processlab::LessonsPanel</name>
    <message numerus="yes">
        <source>queue %1: %n item(s) %2</source>
        <translation>
            <numerusform>queue %1: %n item %2</numerusform>
            <numerusform>queue %1: %n items %2</numerusform>
        </translation>
    </message>
</context>
</TS>
