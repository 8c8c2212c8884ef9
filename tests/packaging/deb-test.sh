#!/usr/bin/env bash
# deb-test.sh BUILD_DIR SOURCE_DIR
# Builds the Debian package from the build tree (cpack), then checks it as a distribution
# would: lintian has no error and no warning; the man pages, completions, copyright and
# changelog are in it and fentu-sandbox is not on the PATH; the man pages render without
# complaint; and the unpacked binaries work: each --version names the commit, fentu-cli syncs
# from the unpacked fentu-sandbox and lists what it synced, and the installed completions
# work. Any failure fails the test (and so CI): the package cannot break unnoticed.
set -euo pipefail
build=$1 source=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/sandbox-session.sh" # $work, fail() and counting $failures, the sandbox
# fentu-desk is a GUI program even for --version, and it opens its cache: no display, and a
# home of its own.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset LANGUAGE

echo "== cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; echo "FAIL: cpack" >&2; exit 1; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { ls -l "$work/out"; echo "FAIL: not one .deb" >&2; exit 1; }
deb=${debs[0]}
echo "$(basename "$deb"), $(du -h "$deb" | cut -f1)"

echo "== lintian"
# --allow-root: CI runs as root. Informational tags (I:) are shown but allowed. The one
# override (packaging/debian/lintian-overrides) is not shown: --show-overrides makes lintian
# exit 2 even when nothing fails, so the overridden tags are listed from the package instead.
lintian_status=0
lintian --allow-root --display-info --fail-on error,warning "$deb" >"$work/lintian.txt" 2>&1 ||
    lintian_status=$?
cat "$work/lintian.txt"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/lintian/overrides/fentu-desk |
    sed -n 's/^fentu-desk: /overridden: /p'
[ "$lintian_status" -eq 0 ] || fail "lintian exited with $lintian_status"
if grep -E '^[EW]: ' "$work/lintian.txt"; then fail "lintian reports errors or warnings"; fi

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents.txt"
for path in /usr/bin/fentu-desk /usr/bin/fentu-cli /usr/libexec/fentu-desk/fentu-sandbox \
    /usr/share/man/man1/fentu-desk.1.gz /usr/share/man/man1/fentu-cli.1.gz \
    /usr/share/man/man1/fentu-sandbox.1.gz \
    /usr/share/bash-completion/completions/fentu-cli \
    /usr/share/zsh/vendor-completions/_fentu-cli \
    /usr/share/doc/fentu-desk/copyright /usr/share/doc/fentu-desk/changelog.Debian.gz \
    /usr/share/applications/io.fentu.FentuDesk.desktop /usr/share/lintian/overrides/fentu-desk; do
    grep -qxF "$path" "$work/contents.txt" || fail "$path is not in the package"
done
if grep -qxF /usr/bin/fentu-sandbox "$work/contents.txt"; then
    fail "fentu-sandbox is on the PATH (/usr/bin); it belongs in /usr/libexec/fentu-desk"
fi

dpkg-deb -x "$deb" "$work/root"
root=$work/root

echo "== man pages"
for page in "$root"/usr/share/man/man1/*.1.gz; do
    # What lintian's groff check sees, and every warning groff has.
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null) || fail "man cannot render $page"
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done
cli_page=$(zcat "$root/usr/share/man/man1/fentu-cli.1.gz" | MANWIDTH=200 man -l - 2>/dev/null)
for word in sync list get agenda create update delete pending --keep-mine --status --priority --pdf \
    --format --offline --cache-dir FENTU_API_KEY "EXIT STATUS" "ENVIRONMENT"; do
    grep -qF -- "$word" <<<"$cli_page" || fail "fentu-cli(1) does not mention $word"
done
sandbox_page=$(zcat "$root/usr/share/man/man1/fentu-sandbox.1.gz" | MANWIDTH=200 man -l - 2>/dev/null)
grep -qF -- --lost-answer-rate <<<"$sandbox_page" || fail "fentu-sandbox(1) lacks --lost-answer-rate"

echo "== --version"
# As cmake/FentuCommit.cmake decides: a checkout of its own names its commit, anything else
# (a tarball, also one unpacked inside another repository) says "unknown".
commit=unknown
top=$(git -C "$source" rev-parse --show-toplevel 2>/dev/null) || top=
if [ -n "$top" ] && [ "$(realpath "$top")" = "$(realpath "$source")" ]; then
    commit=$(git -C "$source" rev-parse --short=12 HEAD)
fi
for program in usr/bin/fentu-desk usr/bin/fentu-cli usr/libexec/fentu-desk/fentu-sandbox; do
    # As on a terminal without a display (over ssh, in a packaging script): no Qt platform.
    version=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$root/$program" --version \
        2>/dev/null | head -n1) || fail "$program --version failed"
    echo "$program: $version"
    [[ $version =~ \ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ ([0-9a-f]{12}(-dirty)?|unknown)\)$ ]] ||
        fail "$program --version does not name the version and the commit: $version"
    [[ $version == *"(commit $commit"* ]] || fail "$program was not built from commit $commit"
done

echo "== the unpacked fentu-cli against the unpacked fentu-sandbox"
cli=$root/usr/bin/fentu-cli
start_sandbox "$root/usr/libexec/fentu-desk/fentu-sandbox" "$work" 120
export FENTU_API_KEY=$SANDBOX_KEY
server=(--base-url "$SANDBOX_URL" --cache-dir "$work/cache")
"$cli" "${server[@]}" sync || fail "fentu-cli sync exited with $?"
online=$("$cli" "${server[@]}" list --format csv | tail -n +2 | wc -l) || fail "list failed"
offline=$("$cli" "${server[@]}" list --offline --format csv | tail -n +2 | wc -l) ||
    fail "list --offline failed"
echo "listed $online orders online, $offline from the offline cache"
[ "$online" -eq 120 ] || fail "list gave $online orders, not the 120 seeded"
[ "$offline" -eq 120 ] || fail "list --offline gave $offline orders, not the 120 synced"
stop_sandbox
unset FENTU_API_KEY

echo "== the installed completions"
"$here/completion-test.sh" "$cli" "$root/usr/libexec/fentu-desk/fentu-sandbox" \
    "$root/usr/share/bash-completion/completions/fentu-cli" \
    "$root/usr/share/zsh/vendor-completions/_fentu-cli" || fail "completion"

[ "$failures" -eq 0 ] || { echo "$failures package check(s) failed" >&2; exit 1; }
echo "the package is fine"
