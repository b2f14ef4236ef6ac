#include "Operation.h"

namespace processlab {

Program programFromBursts(const std::vector<Tick>& bursts)
{
    Program program;
    program.reserve(bursts.size());
    for (size_t i = 0; i < bursts.size(); ++i)
        program.push_back(i % 2 == 0 ? Operation::cpu(bursts[i]) : Operation::io(bursts[i]));
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

namespace processlab {

bool isBurstForm(const Program& program)
{
    if (program.empty() || program.size() % 2 == 0)
        return false;
    for (size_t i = 0; i < program.size(); ++i) {
        const OperationKind expected = i % 2 == 0 ? OperationKind::Cpu : OperationKind::Io;
        if (program[i].kind != expected)
            return false;
    }
    return true;
}

} // namespace processlab
