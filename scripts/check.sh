#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest inside a private D-Bus
# session with an unlocked, throw-away gnome-keyring (a real Secret Service for QtKeychain).
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CACHE_HOME="$scratch/home/.cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

dbus-run-session -- bash -c '
    echo -n test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --preset release -j2 "$@"
' check "$@"
