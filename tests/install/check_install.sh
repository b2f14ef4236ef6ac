#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what was installed:
# the files are where desktops look for them, the installed GUI starts
# offscreen and finds its translations, examples and icons (--check-install),
# a processlab.ini beside it switches to portable settings, the installed CLI
# runs an installed example, and the desktop entry and metainfo validate
# (desktop-file-validate, appstreamcli: when installed).
# Usage: check_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
src="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
app_id="org.processlab.ProcessLab"
status=0
fail() { echo "FAIL: $*"; status=1; }

cmake --install "$build" --prefix "$prefix" > "$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }

for f in bin/processlab bin/processlab-cli; do
    [ -x "$prefix/$f" ] || fail "$f not installed"
done
for f in "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
         "share/mime/packages/$app_id.xml" "share/icons/hicolor/scalable/apps/$app_id.svg" \
         share/doc/processlab/README.md; do
    [ -f "$prefix/$f" ] || fail "$f not installed"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || { fail "icon ${size}x${size} missing"; continue; }
    # The PNG header's width and height.
    dims="$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')"
    [ "$dims" = "${size}x${size}" ] || fail "icon ${size}x${size} is $dims"
done
want_examples="$(ls "$src"/resources/examples/*.json | wc -l)"
have_examples="$(ls "$prefix"/share/processlab/examples/*.json 2>/dev/null | wc -l)"
[ "$want_examples" = "$have_examples" ] || fail "$have_examples of $want_examples examples installed"

# The installed GUI, in a clean home.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data"
export XDG_RUNTIME_DIR="$tmp/home" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
if "$prefix/bin/processlab" --check-install > "$tmp/check.txt" 2> "$tmp/check.err"; then
    :
else
    fail "processlab --check-install exited $?"
fi
cat "$tmp/check.txt"
grep -q "translation zh_CN: ok" "$tmp/check.txt" || fail "Chinese translation not found"
grep -q "examples (installed): ok ($want_examples in $prefix/share/processlab/examples)" "$tmp/check.txt" ||
    fail "installed examples not found"
grep -q "svg icons: ok" "$tmp/check.txt" || fail "SVG icons do not load"
grep -q "main window: ok" "$tmp/check.txt" || fail "the main window did not come up"
grep -q "settings: $tmp/home/config/" "$tmp/check.txt" || fail "settings not in the user's profile"

# Portable mode: processlab.ini beside the program.
touch "$prefix/bin/processlab.ini"
"$prefix/bin/processlab" --check-install > "$tmp/portable.txt" 2>&1 || fail "portable --check-install failed"
grep -q "settings: $prefix/bin/processlab.ini (portable)" "$tmp/portable.txt" || fail "portable settings not used"
grep -q "recovery files: $prefix/bin" "$tmp/portable.txt" || fail "portable recovery files not beside the program"
grep -q "settings/version\|version=1" "$prefix/bin/processlab.ini" || fail "portable settings not written"
rm -f "$prefix/bin/processlab.ini"

# The installed CLI runs an installed example.
if "$prefix/bin/processlab-cli" run "$prefix/share/processlab/examples/rr-quantum4.json" > "$tmp/cli.txt"; then
    grep -qi "turnaround" "$tmp/cli.txt" || fail "processlab-cli printed no metrics"
else
    fail "processlab-cli run exited $?"
fi

if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$prefix/share/applications/$app_id.desktop" || fail "desktop-file-validate"
else
    echo "desktop-file-validate not installed: skipped"
fi
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
else
    echo "appstreamcli not installed: skipped"
fi
if command -v xmllint > /dev/null; then
    xmllint --noout "$prefix/share/mime/packages/$app_id.xml" || fail "MIME type XML"
fi
if command -v update-mime-database > /dev/null; then
    # The MIME database that desktops build from the package's XML.
    update-mime-database "$prefix/share/mime" > /dev/null 2>&1 || fail "update-mime-database"
    grep -q "application/x-processlab-scenario:\*.processlab.json" "$prefix/share/mime/globs2" ||
        fail "*.processlab.json is not application/x-processlab-scenario"
fi

[ $status -eq 0 ] && echo "install ok"
exit $status
