#!/usr/bin/env bash
# Static checks of issue #8; non-zero on any finding.
#  1. Formatting: every .h/.cpp under src/, tests/, bench/ and fuzz/ must be
#     what clang-format makes of it (.clang-format; clang-format --dry-run --Werror).
#  2. clang-tidy with the repository's .clang-tidy on the sources under src/,
#     through run-clang-tidy and the build's compile_commands.json. Generated
#     code (moc, uic, rcc: all in the build folder) is not checked.
# scripts/test.sh runs it after the tests when the tools are installed.
#
# Usage: scripts/lint.sh [--format-only | --tidy-only] [BUILD_DIR]
#   BUILD_DIR defaults to $PROCESSLAB_BUILD_DIR or build/; it is configured
#   when it has no compile_commands.json, and its *_autogen targets are built
#   so that the ui_*.h headers the sources include exist.
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PROCESSLAB_BUILD_DIR:-$PROJECT_DIR/build}"
do_format=1
do_tidy=1
while [ $# -gt 0 ]; do
    case "$1" in
    --format-only) do_tidy=0 ;;
    --tidy-only) do_format=0 ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "lint.sh: unknown option $1" >&2; exit 2 ;;
    *) build="$1" ;;
    esac
    shift
done
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "lint.sh: $1 is not installed (Debian: apt-get install $2)" >&2
        exit 2
    fi
}
status=0
cd "$PROJECT_DIR"

if [ "$do_format" = 1 ]; then
    need clang-format clang-format
    mapfile -t files < <(find src tests bench fuzz -name '*.h' -o -name '*.cpp' 2>/dev/null | LC_ALL=C sort)
    unformatted=()
    for f in "${files[@]}"; do
        clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
    done
    if [ ${#unformatted[@]} -gt 0 ]; then
        echo "clang-format: ${#unformatted[@]} of ${#files[@]} files are not formatted (fix: clang-format -i FILE):"
        printf '  %s\n' "${unformatted[@]}"
        status=1
    else
        echo "clang-format: all ${#files[@]} files formatted"
    fi
fi

if [ "$do_tidy" = 1 ]; then
    need clang-tidy clang-tidy
    need run-clang-tidy clang-tidy
    if [ ! -f "$build/compile_commands.json" ]; then
        cmake -S "$PROJECT_DIR" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    # The sources include uic's ui_*.h and moc output, made by the
    # <target>_autogen targets of src/ (each has a mocs_compilation.cpp in
    # the database); the tests' are not needed.
    mapfile -t autogen < <(grep -o "\"$build/src/[^\"]*_autogen/mocs_compilation\.cpp\"" \
        "$build/compile_commands.json" | sed -e 's,/mocs_compilation\.cpp"$,,' -e 's,.*/,,' | LC_ALL=C sort -u)
    if [ ${#autogen[@]} -gt 0 ]; then
        cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target "${autogen[@]}" >/dev/null
    fi
    # Our sources only: the regex is matched against the database's absolute
    # paths, and generated files live in the build folder, not under src/.
    src_regex="^$(printf '%s' "$PROJECT_DIR" | sed 's/[][\.*^$()+?{}|]/\\&/g')/src/.*\.cpp$"
    start=$(date +%s)
    log="$(mktemp)"
    trap 'rm -f "$log" "$log.findings"' EXIT
    tidy_status=0
    run-clang-tidy -p "$build" -j"$(nproc 2>/dev/null || echo 2)" -quiet "$src_regex" >"$log" 2>&1 ||
        tidy_status=$?
    # run-clang-tidy 14 always asks for colour: strip it. It also echoes each
    # command, and a header's finding comes once per file including it: show
    # each finding once (file:line:column: message [check]).
    sed -i 's/\x1b\[[0-9;]*m//g' "$log"
    grep -E '^[^ ].*: (warning|error): ' "$log" | LC_ALL=C sort -u >"$log.findings" || true
    cat "$log.findings"
    findings=$(wc -l <"$log.findings")
    echo "clang-tidy: $findings findings in $(($(date +%s) - start)) s (.clang-tidy; $build)"
    if [ "$tidy_status" -ne 0 ] || [ "$findings" -ne 0 ]; then
        status=1
    fi
fi
exit $status
