#include "StateTable.h"

namespace processlab {

namespace {
using S = ProcessState;

constexpr const char* kCtx = "StateTable";

struct Rule
{
    S from;
    S to;
    TransitionCause cause;
};
constexpr Rule kLegal[] = {
    {S::New, S::Ready, TransitionCause::Admit},
    {S::Ready, S::Running, TransitionCause::Dispatch},
    {S::Running, S::Ready, TransitionCause::SliceExpired},
    {S::Running, S::Blocked, TransitionCause::Wait},
    {S::Blocked, S::Ready, TransitionCause::WaitDone},
    {S::Running, S::Terminated, TransitionCause::Exit},
};
} // namespace

std::optional<TransitionCause> StateTable::causeOf(ProcessState from, ProcessState to)
{
    for (const Rule& rule : kLegal) {
        if (rule.from == from && rule.to == to)
            return rule.cause;
    }
    return std::nullopt;
}

bool StateTable::isLegal(ProcessState from, ProcessState to)
{
    return causeOf(from, to).has_value();
}

Message StateTable::refusal(ProcessState from, ProcessState to)
{
    if (isLegal(from, to))
        return {};
    if (from == to)
        return {kCtx,
                QT_TRANSLATE_NOOP("StateTable", "The process is already in the %1 state."),
                {stateName(from)}};
    if (from == S::Terminated)
        return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                        "A terminated process has ended for good: its PCB is kept only "
                                        "for accounting, and it can never run again.")};
    if (to == S::New)
        return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                        "A process is created only once: it cannot go back to the New "
                                        "state.")};
    switch (from) {
    case S::New:
        if (to == S::Running)
            return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                            "A new process must first be admitted to the ready queue; the "
                                            "scheduler dispatches only ready processes.")};
        if (to == S::Blocked)
            return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                            "A new process has not run yet, so it cannot be waiting for I/O "
                                            "or an event.")};
        return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                        "A new process has not run yet: it exits only by executing its "
                                        "last instruction on a CPU.")};
    case S::Ready:
        if (to == S::Blocked)
            return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                            "Only a running process can request I/O or wait for an event; a "
                                            "ready process is not executing, so it cannot block.")};
        return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                        "A process exits by executing its last instruction, which needs the "
                                        "CPU: a ready process must be dispatched first.")};
    case S::Blocked:
        if (to == S::Running)
            return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                            "When its I/O or event is done, a blocked process goes to the "
                                            "ready queue first; the scheduler dispatches only from there.")};
        return {kCtx, QT_TRANSLATE_NOOP("StateTable",
                                        "A blocked process is waiting, not executing, so it cannot exit: it "
                                        "must become ready and run first.")};
    default:
        break;
    }
    return {kCtx, QT_TRANSLATE_NOOP("StateTable", "This move is not part of the five-state model.")};
}

} // namespace processlab
