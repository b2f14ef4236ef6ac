#!/usr/bin/env bash
# Makes the Linux packages: a .deb (Debian 12; dependencies found by
# dpkg-shlibdeps, plus the CJK font) and a .tar.gz, from a Release build in
# build-package/, into build-package/packages/. Prints what the .deb holds.
# Usage: scripts/package.sh            (PROCESSLAB_PACKAGE_BUILD_DIR overrides the build folder)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
PACKAGES+=(dpkg-dev file) # dpkg-shlibdeps, and CPack's check of the binaries
install_missing_packages

build="${PROCESSLAB_PACKAGE_BUILD_DIR:-$PROJECT_DIR/build-package}"
dist="$build/packages"
cmake -S "$PROJECT_DIR" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)"
mkdir -p "$dist"
(cd "$build" && cpack -G DEB -B "$dist" && cpack -G TGZ -B "$dist")
rm -rf "$dist/_CPack_Packages"

deb="$(ls -t "$dist"/processlab_*.deb | head -1)"
tgz="$(ls -t "$dist"/processlab-*.tar.gz | head -1)"
echo
echo "== $deb"
dpkg-deb -I "$deb"
dpkg-deb -c "$deb"
echo
echo "== $tgz"
tar -tzf "$tgz" | sed -n 1,40p
echo
echo "Install with: sudo apt install $deb"
