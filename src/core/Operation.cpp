#include "Operation.h"

namespace processlab {

Program programFromBursts(const std::vector<Tick>& bursts)
{
    Program program;
    program.reserve(bursts.size());
    for (size_t i = 0; i < bursts.size(); ++i)
        program.push_back(Operation{i % 2 == 0 ? OperationKind::Cpu : OperationKind::Io, bursts[i]});
    return program;
}

std::vector<Tick> burstsFromProgram(const Program& program)
{
    std::vector<Tick> bursts;
    bursts.reserve(program.size());
    for (const Operation& op : program)
        bursts.push_back(op.length);
    return bursts;
}

} // namespace processlab
