#!/usr/bin/env bash
# The benchmark suite of issue #8 (docs/performance.md): builds a Release tree
# (default build-bench/) and runs, one after the other,
#   engine     processlab-bench: events per second, 100,000 processes, rr and srtf, 4 CPUs
#   render     processlab-bench-render: Gantt repaint of 1,000,000 slices, SVG/PDF export of 10,000
#   prodcons   processlab-bench-prodcons: producer-consumer simulated seconds per wall second
#   startup    processlab against bench/bare_mainwindow under xvfb-run, run in turn
#              (A B A B ...) after a warm-up, to the window mapped (--quit-when-mapped)
#              and to its first frame painted (--quit-when-shown); medians and the
#              pair-by-pair ratios;
#              --startup-pause MS waits between launches (a launch right after another
#              shares the machine with the previous one's exit: both programs slow down)
# then prints a summary table with the targets of the issues. Benchmarks, not
# tests: nothing fails when a target is missed (the exit status is about the
# runs themselves). Figures on a shared machine are noisy: compare medians.
#
# Usage: scripts/bench.sh [--build-dir DIR] [--only engine,render,prodcons,startup]
#                         [--runs N] [--startup-runs N] [--startup-pause MS] [--no-build]
#   PROCESSLAB_BENCH_DIR also sets the build folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

build="${PROCESSLAB_BENCH_DIR:-$PROJECT_DIR/build-bench}"
only="engine,render,prodcons,startup"
runs=3          # engine runs per figure (median); the producer-consumer benchmark does 11
                # at least: a simulated hour takes only some 50 ms
render_runs=15  # repaints per view (exports take a third of that)
startup_runs=20 # launches of each program, after one warm-up each
startup_pause=0 # ms between launches
do_build=1
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --startup-runs) startup_runs="$2"; shift 2 ;;
    --startup-pause) startup_pause="$2"; shift 2 ;;
    --no-build) do_build=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
wants() { [[ ",$only," == *",$1,"* ]]; }

install_missing_packages
if [ "$do_build" = 1 ]; then
    targets=()
    wants engine && targets+=(processlab-bench)
    wants render && targets+=(processlab-bench-render)
    wants prodcons && targets+=(processlab-bench-prodcons)
    wants startup && targets+=(processlab bare_mainwindow)
    cmake -S "$PROJECT_DIR" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    if [ "$(cmake -L -N "$build" 2>/dev/null | sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p')" != Release ]; then
        echo "bench.sh: $build is not a Release build; give another --build-dir" >&2
        exit 2
    fi
    # Only what is measured: the tests are not needed here.
    cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"
fi

out="$(mktemp -d "${TMPDIR:-/tmp}/processlab-bench.XXXXXX")"
trap 'rm -rf "$out"' EXIT

# Median of the numbers on stdin, one a line.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan";
        else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

machine() {
    local cpu qt
    cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
    qt="$(qtpaths6 --qt-version 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || echo '?')"
    echo "machine: ${cpu:-unknown CPU}, $(nproc) cores, Qt $qt, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "== $(machine)"

if wants engine; then
    echo
    echo "== engine: $build/bench/processlab-bench 100000 $runs"
    "$build/bench/processlab-bench" 100000 "$runs" | tee "$out/engine.txt"
fi

if wants render; then
    echo
    echo "== render: QT_QPA_PLATFORM=offscreen $build/bench/processlab-bench-render $render_runs"
    QT_QPA_PLATFORM=offscreen "$build/bench/processlab-bench-render" "$render_runs" "$out" | tee "$out/render.txt"
fi

if wants prodcons; then
    echo
    pc_runs=$((runs > 11 ? runs : 11))
    echo "== producer-consumer: $build/bench/processlab-bench-prodcons 3600 $pc_runs"
    "$build/bench/processlab-bench-prodcons" 3600 "$pc_runs" | tee "$out/prodcons.txt"
fi

if wants startup; then
    echo
    echo "== start-up: processlab against bare_mainwindow, $startup_runs runs each under xvfb-run," \
        "$startup_pause ms between launches; two moments: the window mapped (--quit-when-mapped," \
        "--mapped) and its first frame painted (--quit-when-shown)"
    # A settings folder of our own, so a lecturer's settings or recovery
    # files neither change the figure nor get touched; the warm-up runs
    # create it, as the second start of a real installation finds it.
    home="$out/home"
    mkdir -p "$home/config" "$home/data" "$home/cache"
    cat >"$out/startup.sh" <<'EOF'
# Runs inside xvfb-run. One line per launch: name, wall ms, peak KiB, in-process ms.
set -u
runs="$1" app="$2" bare="$3" dir="$4" pause="$5"
launch() { # name command...
    local name="$1" t0 t1 kib shown
    shift
    t0=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$dir/rss" "$@" 2>"$dir/err" >/dev/null
    else
        "$@" 2>"$dir/err" >/dev/null
    fi
    t1=$(date +%s%N)
    kib=$(tail -1 "$dir/rss" 2>/dev/null || echo nan)
    shown=$(sed -n 's/^\(shown\|mapped\) after \([0-9]*\) ms$/\2/p' "$dir/err" | tail -1)
    echo "$name $(((t1 - t0) / 1000))e-3 ${kib:-nan} ${shown:-nan}"
    [ "$pause" = 0 ] || sleep "$(awk -v ms="$pause" 'BEGIN { print ms / 1000 }')"
}
launch warmup "$app" --quit-when-shown >/dev/null
launch warmup "$bare" >/dev/null
for _ in $(seq "$runs"); do
    launch app "$app" --quit-when-shown
    launch bare "$bare"
    launch app-mapped "$app" --quit-when-mapped
    launch bare-mapped "$bare" --mapped
done
EOF
    env -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" \
        xvfb-run -a -s "-screen 0 1920x1080x24" bash "$out/startup.sh" "$startup_runs" \
        "$build/src/app/processlab" "$build/bench/bare_mainwindow" "$out" "$startup_pause" >"$out/startup.txt"
    for who in app bare app-mapped bare-mapped; do
        awk -v w="$who" '$1 == w { print $2 }' "$out/startup.txt" | median >"$out/$who.ms"
        awk -v w="$who" '$1 == w { print $3 }' "$out/startup.txt" | median >"$out/$who.kib"
        awk -v w="$who" '$1 == w { print $4 }' "$out/startup.txt" | median >"$out/$who.shown"
        awk -v w="$who" '$1 == w { print $2 }' "$out/startup.txt" | sort -g |
            awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.0f-%.0f", lo, hi }' >"$out/$who.range"
    done
    # The ratio launch by launch (each processlab run against the bare run
    # right after it), so a drift in the machine's speed cancels out.
    for moment in "" -mapped; do
        paste <(awk -v w="app$moment" '$1 == w { print $2 }' "$out/startup.txt") \
            <(awk -v w="bare$moment" '$1 == w { print $2 }' "$out/startup.txt") |
            awk '{ print $1 / $2 }' | median >"$out/ratio$moment"
    done
    printf '%-12s %8s %8s %12s %10s\n' "" "median" "range" "peak RSS" "in-process"
    for who in app-mapped bare-mapped app bare; do
        printf '%-12s %6.0f ms %8s %8.1f MiB %7.0f ms\n' "$who" "$(cat "$out/$who.ms")" "$(cat "$out/$who.range")" \
            "$(awk '{ print $1 / 1024 }' "$out/$who.kib")" "$(cat "$out/$who.shown")"
    done
    printf 'ratio processlab / bare, pair by pair, median: mapped %.2fx, first frame painted %.2fx\n' \
        "$(cat "$out/ratio-mapped")" "$(cat "$out/ratio")"
fi

# --- summary -----------------------------------------------------------------
echo
echo "== Summary ($build, Release; medians; $(date -u +%Y-%m-%dT%H:%MZ))"
row() { printf '| %-50s | %-26s | %-26s | %-7s |\n' "$@"; }
# verdict VALUE TARGET OP: "met" when VALUE OP TARGET holds (OP: < <= > >=).
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {
    ok = op == "<" ? v < t : op == "<=" ? v <= t : op == ">" ? v > t : v >= t;
    print (v == "nan" || v == "") ? "?" : (ok ? "met" : "NOT met") }'; }
row "benchmark" "figure" "target (issue)" "verdict"
row "--------------------------------------------------" "--------------------------" \
    "--------------------------" "-------"
if wants engine; then
    for policy in rr srtf; do
        for history in off on; do
            m=$(awk -v p="$policy" -v h="history=$history" '$1 == p && $2 == h {
                for (i = 1; i <= NF; ++i) if ($i == "M") print $(i - 1) }' "$out/engine.txt")
            if [ "$history" = off ]; then
                row "engine $policy, 100k processes, 4 CPUs, history off" "$m M events/s" "> 5 M events/s (#2)" \
                    "$(verdict "$m" 5 ">")"
            else
                row "engine $policy, history on (GUI)" "$m M events/s" "-" ""
            fi
        done
    done
fi
if wants render; then
    repaint=$(awk '/zoomed out \(whole run\)/ { for (i = 1; i <= NF; ++i) if ($i == "median,") print $(i - 2) }' \
        "$out/render.txt")
    row "Gantt repaint, 1M slices, zoomed out" "$repaint ms" "< 16 ms (#4)" "$(verdict "$repaint" 16 "<")"
    for fmt in SVG "PDF (A4 pages)"; do
        ms=$(awk -v f="  $fmt " 'index($0, f) == 1 { split($0, a, "in memory,"); n = split(a[2], b, " ");
            if (n) print b[1] }' "$out/render.txt")
        row "export 10k slices to ${fmt%% *}, to a file" "$ms ms" "< 1000 ms (#4)" "$(verdict "$ms" 1000 "<")"
    done
fi
if wants prodcons; then
    for history in off on; do
        r=$(awk -v h="history=$history" '$1 == h { for (i = 1; i <= NF; ++i) if ($i == "simulated" && $(i + 1) == "s")
            print $(i - 1) }' "$out/prodcons.txt")
        row "producer-consumer, 1+5, history $history" "$r simulated s / wall s" \
            "none; GUI plays at most 2" "$(verdict "$r" 2 ">=")"
    done
fi
if wants startup; then
    row "start-up to the window mapped, processlab" "$(printf '%.0f ms' "$(cat "$out/app-mapped.ms")")" "" ""
    row "start-up to the window mapped, bare QMainWindow" "$(printf '%.0f ms' "$(cat "$out/bare-mapped.ms")")" "" ""
    row "start-up ratio to the window mapped" "$(printf '%.2fx' "$(cat "$out/ratio-mapped")")" "" ""
    row "start-up to first paint, processlab" "$(printf '%.0f ms' "$(cat "$out/app.ms")")" "" ""
    row "start-up to first paint, bare QMainWindow" "$(printf '%.0f ms' "$(cat "$out/bare.ms")")" "" ""
    row "start-up ratio to the first frame painted" "$(printf '%.2fx' "$(cat "$out/ratio")")" "<= 1.5x (#7)" \
        "$(verdict "$(cat "$out/ratio")" 1.5 "<=")"
    mib=$(awk '{ printf "%.1f", $1 / 1024 }' "$out/app.kib")
    row "start-up peak resident memory, processlab" "$mib MiB" "< 60 MiB (#7)" "$(verdict "$mib" 60 "<")"
fi
