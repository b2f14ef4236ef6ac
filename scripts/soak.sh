#!/usr/bin/env bash
# The soak test of issue #8 (docs/soak.md): builds processlab-soak in a Release
# tree (default build-soak/) and runs it in full: the producer-consumer lab for
# a simulated day and the scheduler for ten million events, each with step-back
# history on (as the GUI keeps it) and off (as the CLI runs), with every
# invariant checked after every step. Fails (exit status 1) when an invariant
# breaks or memory does not stay flat. The default test run (ctest) has only
# the short version, soak/short.
#
# Usage: scripts/soak.sh [--build-dir DIR] [--no-build] [-- processlab-soak options]
#   e.g. scripts/soak.sh -- --hours 48 --events 20000000 --history off
#   PROCESSLAB_SOAK_DIR also sets the build folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

build="${PROCESSLAB_SOAK_DIR:-$PROJECT_DIR/build-soak}"
do_build=1
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --no-build) do_build=0; shift ;;
    -h | --help) usage; exit 0 ;;
    --) shift; break ;;
    *) echo "soak.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac

install_missing_packages
if [ "$do_build" = 1 ]; then
    cmake -S "$PROJECT_DIR" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    if [ "$(cmake -L -N "$build" 2>/dev/null | sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p')" != Release ]; then
        echo "soak.sh: $build is not a Release build; give another --build-dir" >&2
        exit 2
    fi
    cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target processlab-soak
fi

echo "machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) cores," \
    "$(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: $build/tests/soak/processlab-soak $*"
start=$(date +%s)
status=0
PROCESSLAB_CHECK_INVARIANTS=1 "$build/tests/soak/processlab-soak" "$@" || status=$?
echo "wall time: $(($(date +%s) - start)) s"
exit $status
