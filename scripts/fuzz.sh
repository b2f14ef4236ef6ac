#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer into build-fuzz/ and runs each for SECONDS
# (default 60). Exits non-zero when a target finds anything: a crash, a
# sanitizer report, a leak, a timeout, running out of memory or a broken
# promise. The input that did it is saved as build-fuzz/findings/TARGET/*;
# docs/fuzzing.md says how to replay it and turn it into a regression test.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# Environment: PROCESSLAB_FUZZ_BUILD_DIR (default build-fuzz).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# libFuzzer's runtime is only a Recommends of clang, which --no-install-recommends skips.
PACKAGES+=(clang libclang-rt-14-dev)
install_missing_packages
BUILD_DIR="${PROCESSLAB_FUZZ_BUILD_DIR:-$PROJECT_DIR/build-fuzz}"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_scenario_loader fuzz_cli_args)
jobs="$(nproc 2>/dev/null || echo 2)"

mkdir -p "$BUILD_DIR"
# Debug keeps Qt's own checks (Q_ASSERT: QList index out of range, ...) on;
# -O1 is what the sanitizers recommend for speed.
cmake -S "$PROJECT_DIR" -B "$BUILD_DIR" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DPROCESSLAB_FUZZ=ON -DPROCESSLAB_SANITIZE=address,undefined \
    -DBUILD_TESTING=OFF > "$BUILD_DIR/configure.log" 2>&1 || { cat "$BUILD_DIR/configure.log"; exit 1; }
cmake --build "$BUILD_DIR" -j"$jobs" --target "${targets[@]}"

export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LC_ALL=C.UTF-8

status=0
for target in "${targets[@]}"; do
    corpus="$BUILD_DIR/corpus/$target"   # grows as the fuzzer finds new paths
    findings="$BUILD_DIR/findings/$target"
    log="$BUILD_DIR/$target.log"
    mkdir -p "$corpus" "$findings"
    options=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=8192
             -dict="$PROJECT_DIR/fuzz/$target.dict" -artifact_prefix="$findings/" -print_final_stats=1)
    # The CLI prints like the real one; its output would drown libFuzzer's.
    [ "$target" = fuzz_cli_args ] && options+=(-close_fd_mask=3)
    echo "== $target: $seconds s"
    # The seeds in fuzz/corpus are read, never written.
    if "$BUILD_DIR/fuzz/$target" "${options[@]}" "$corpus" "$PROJECT_DIR/fuzz/corpus/$target" > "$log" 2>&1; then
        result="no findings"
    else
        result="FINDINGS (exit $?): see $log and $findings/"
        status=1
    fi
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1)"
    echo "   $result; ${runs:-?} inputs, ${rate:-?} exec/s, $cov, corpus $(ls "$corpus" | wc -l) files"
    [ $status -eq 0 ] || grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz_|.*runtime error)' "$log" | head -5 || true
done
exit $status
