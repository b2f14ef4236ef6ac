#!/usr/bin/env bash
# Installs what is missing, builds Release into build/, starts the GUI.
# Arguments are passed to processlab (e.g. a scenario file).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_missing_packages
configure_and_build
exec "$BUILD_DIR/src/app/processlab" "$@"
