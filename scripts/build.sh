#!/usr/bin/env bash
# Configures (once) and builds the given preset, "release" by default.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
# ccache (when the configure step found it) keys on paths relative to the checkout, so a
# fresh clone elsewhere reuses what an earlier build of the same sources compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# The tests compile with a precompiled header (tests/CMakeLists.txt), which ccache caches
# only with these (its manual, "Precompiled headers").
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset"
