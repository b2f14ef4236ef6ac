// libFuzzer target: bytes -> ScenarioFile::parse() and, when they load,
// save/load round trip and Engine::run() (ScenarioFuzzing.h). Any crash,
// sanitizer report or broken promise is a finding; docs/fuzzing.md.
#include "ScenarioFuzzing.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Not copied: AddressSanitizer then catches a read past the input's end.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const processlab::fuzzing::ScenarioOutcome outcome = processlab::fuzzing::loadAndRun(bytes);
    if (!outcome.broken.isEmpty()) {
        std::fprintf(stderr, "fuzz_scenario_loader: %s\n", outcome.broken.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
