#pragma once

namespace processlab::prodcons {

// The hidden worker mode of processlab and processlab-cli:
//   EXECUTABLE --worker producer|consumer --key SEGMENT --index N
// A main() calls this first, before it creates any Qt application: it
// returns -1 when the arguments are not a worker's, otherwise the exit code
// of the finished worker (0 after a normal stop).
int runWorkerIfRequested(int argc, char* argv[]);

// The worker's arguments, as the parent passes them.
constexpr const char* kWorkerFlag = "--worker";

} // namespace processlab::prodcons
