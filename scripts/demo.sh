#!/usr/bin/env bash
# Installs what is missing, builds, starts fentu-sandbox with demo data on loopback and opens
# Fentu Desk against it. The sandbox stops when the window closes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
bin=build/release/bin

data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/fentu-sandbox
mkdir -p "$data_dir"
log=$(mktemp)
"$bin/fentu-sandbox" --port 0 --db "$data_dir/demo.sqlite" >"$log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -f "$log"' EXIT

base_url=""; key=""
for _ in $(seq 1 100); do
    base_url=$(sed -n 's/^base-url: //p' "$log" | head -n1)
    key=$(sed -n 's/^key: //p' "$log" | head -n1)
    [ -n "$base_url" ] && [ -n "$key" ] && break
    kill -0 $sandbox 2>/dev/null || { cat "$log"; echo "fentu-sandbox failed to start" >&2; exit 1; }
    sleep 0.1
done
[ -n "$base_url" ] || { cat "$log"; echo "fentu-sandbox did not report its address" >&2; exit 1; }
echo "fentu-sandbox at $base_url"

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: set DISPLAY, or run under xvfb-run." >&2
    exit 1
fi
FENTU_API_KEY="$key" "$bin/fentu-desk" --base-url "$base_url" "$@"
