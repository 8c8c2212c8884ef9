#!/usr/bin/env bash
# Runs one test executable with a home of its own. ctest runs tests in parallel, and Qt's test
# mode puts every test's settings and cache under $HOME/.qttest: with one shared home, a filter
# saved by one test's window was restored by another's (a flaky row count). The keychain is not
# affected: it lives behind the D-Bus session that scripts/check.sh started.
set -uo pipefail
home=$(mktemp -d "${TMPDIR:-/tmp}/fentu-test-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
# The apps pick their translation from the system locale; tests compare English text.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE
"$@"
