#!/usr/bin/env bash
# Installs what is missing, builds into build/, runs the whole test suite
# (offscreen Qt platform). Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_missing_packages
configure_and_build
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc 2>/dev/null || echo 2)"
# Static checks (scripts/lint.sh: clang-format and clang-tidy) on the same
# build's compile_commands.json. Not installed by setup.sh: a machine without
# them still runs the tests.
if command -v clang-format >/dev/null && command -v clang-tidy >/dev/null && command -v run-clang-tidy >/dev/null; then
    "$PROJECT_DIR/scripts/lint.sh" "$BUILD_DIR"
else
    echo "test.sh: clang-format, clang-tidy or run-clang-tidy is not installed: static checks skipped" \
        "(Debian: apt-get install clang-format clang-tidy; then scripts/lint.sh)"
fi
