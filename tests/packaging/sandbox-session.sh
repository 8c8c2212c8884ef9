# Sourced by the packaging tests. It gives them a scratch folder $work (removed at exit),
# fail MESSAGE (counted in $failures; the test exits non-zero when any), and
# start_sandbox PROGRAM DIR [ORDERS]: fentu-sandbox on a free port with a database in DIR,
# waited for until it prints that it listens, SANDBOX_URL and SANDBOX_KEY set; it is killed
# when the test exits.
work=$(mktemp -d)
trap 'stop_sandbox; rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
SANDBOX_PID=
stop_sandbox() { [ -z "$SANDBOX_PID" ] || kill "$SANDBOX_PID" 2>/dev/null || true; }
start_sandbox() {
    local program=$1 dir=$2 orders=${3:-50} i
    "$program" --port 0 --db "$dir/sandbox.sqlite" --orders "$orders" >"$dir/sandbox.out" 2>&1 &
    SANDBOX_PID=$!
    for i in $(seq 1 300); do
        SANDBOX_URL=$(sed -n 's/^base-url: //p' "$dir/sandbox.out")
        SANDBOX_KEY=$(sed -n 's/^key: //p' "$dir/sandbox.out")
        [ -n "$SANDBOX_URL" ] && [ -n "$SANDBOX_KEY" ] && return 0
        kill -0 "$SANDBOX_PID" 2>/dev/null || break
        sleep 0.1
    done
    cat "$dir/sandbox.out" >&2
    echo "FAIL: $program did not start" >&2
    return 1
}
