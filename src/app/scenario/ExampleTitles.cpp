#include "ExampleTitles.h"

#include <QCoreApplication>

namespace processlab {

namespace {

// Listed here so lupdate extracts them; tst_exampletitles checks that every
// file in resources/examples has its title in this list and translated.
[[maybe_unused]] const char* const kTitles[] = {
    QT_TRANSLATE_NOOP("ExampleTitles", "Round robin where every context switch costs 1 tick"),
    QT_TRANSLATE_NOOP("ExampleTitles", "FCFS convoy effect: one long job ahead of two short ones"),
    QT_TRANSLATE_NOOP("ExampleTitles",
                      "CPU and I/O bursts: the CPU runs others while a process waits for I/O"),
    QT_TRANSLATE_NOOP("ExampleTitles",
                      "Multilevel feedback queue: long jobs sink, short and I/O-bound jobs stay on top"),
    QT_TRANSLATE_NOOP("ExampleTitles", "Priority scheduling, lower number = more urgent"),
    QT_TRANSLATE_NOOP("ExampleTitles", "Round robin with a quantum of 4 ticks"),
    QT_TRANSLATE_NOOP("ExampleTitles", "SRTF with arrivals during the run: shorter newcomers preempt"),
    QT_TRANSLATE_NOOP("ExampleTitles", "Two CPUs share one ready queue (SJF)"),
};

} // namespace

QString exampleTitle(const QString& title)
{
    return QCoreApplication::translate("ExampleTitles", title.toUtf8().constData());
}

} // namespace processlab
