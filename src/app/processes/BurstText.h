#pragma once

#include "core/Operation.h"

#include <QString>

#include <optional>
#include <vector>

namespace processlab {

// The table's text form of a program: "5, 3, 2" = CPU 5, I/O 3, CPU 2.
namespace burstText {

QString format(const Program& program);
// Whole numbers separated by commas and/or spaces. On a word that is not a
// number, nothing and *error says which ("processes[2].bursts[1]: ...").
// Ranges and the CPU/I-O alternation are Scenario::validate()'s job.
std::optional<std::vector<Tick>> parse(const QString& text, int processIndex, QString* error);
// "CPU 5, I/O 3, CPU 2" for tooltips.
QString describe(const Program& program);

} // namespace burstText
} // namespace processlab
