#!/usr/bin/env bash
# completion-test.sh FENTU_CLI FENTU_SANDBOX BASH_COMPLETION ZSH_COMPLETION
# Drives fentu-cli's bash and zsh completion functions as the shells would (bash with
# bash-completion loaded, zsh with compadd caught) against the given fentu-cli, whose cache
# is filled from a fresh fentu-sandbox: commands, options, statuses, priorities, formats and
# ids must be offered. Run on the build tree by ctest and on the unpacked .deb by deb-test.sh.
set -euo pipefail
cli=$1 sandbox=$2 bash_file=$3 zsh_file=$4
here=$(cd "$(dirname "$0")" && pwd)
source "$here/sandbox-session.sh" # $work, fail() and counting $failures, the sandbox

start_sandbox "$sandbox" "$work" 30
cache=$work/cache
FENTU_API_KEY=$SANDBOX_KEY "$cli" --base-url "$SANDBOX_URL" --cache-dir "$cache" sync >/dev/null
an_id=$("$cli" --base-url "$SANDBOX_URL" --cache-dir "$cache" list --offline --format csv |
    sed -n 2p | cut -d, -f1)
[ -n "$an_id" ] || fail "no id in the offline cache after sync"

# The values the completion names itself must be the ones the program takes.
list_help=$(LC_ALL=C.UTF-8 "$cli" list --help)
create_help=$(LC_ALL=C.UTF-8 "$cli" create --help | tr -s ' \n' ' ')
for status in draft open assigned in_progress on_hold completed cancelled; do
    grep -q "$status" <<<"$list_help" || fail "status $status is not in fentu-cli list --help"
done
for priority in low medium high urgent; do
    grep -q "$priority" <<<"$create_help" || fail "priority $priority is not in fentu-cli create --help"
done

# bash: COMP_WORDS as bash splits the line; the last word is the one being completed.
# PLAIN_BASH=1: without bash-completion loaded.
bash_complete() {
    bash -c '
        [[ -n ${PLAIN_BASH-} ]] || source /usr/share/bash-completion/bash_completion 2>/dev/null || true
        source "$1"; shift
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        # ":" is in COMP_WORDBREAKS: bash hands it over as a word of its own.
        COMP_WORDS=()
        for word in "$@"; do
            while [[ $word == *:* ]]; do COMP_WORDS+=("${word%%:*}" ":"); word=${word#*:}; done
            COMP_WORDS+=("$word")
        done
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        _fentu_cli
        printf "%s\n" "${COMPREPLY[@]}"' bash "$bash_file" "$@"
}
# zsh: words and CURRENT as the completion system sets them; compadd and _files record.
zsh_complete() {
    zsh -f -c '
        compadd() { while [[ $1 == -* && $1 != -- ]]; do shift; done; [[ $1 == -- ]] && shift
                    print -l -- "$@"; }
        _files() { print -- "<files>"; }
        file=$1; shift
        words=("$@"); CURRENT=$#
        source "$file"' zsh "$zsh_file" "$@"
}

expect() { # expect SHELL WANTED WORDS...: WANTED must be among the candidates
    local shell=$1 wanted=$2; shift 2
    local got
    got=$("${shell}_complete" "$@" 2>&1) || true
    grep -qxF -- "$wanted" <<<"$got" || fail "$shell: \"$*\" does not offer $wanted (got: $(echo $got))"
}

for shell in bash zsh; do
    if [ "$shell" = zsh ] && ! command -v zsh >/dev/null; then
        fail "zsh is not installed (scripts/install-deps.sh installs it)"; continue
    fi
    expect $shell sync "$cli" ""
    expect $shell pending "$cli" "pe"
    expect $shell --base-url "$cli" "--ba"
    expect $shell --version "$cli" "--"
    expect $shell --status "$cli" list "--st"
    expect $shell --keep-mine "$cli" pending "--"
    expect $shell in_progress "$cli" list --status ""
    expect $shell urgent "$cli" update x --priority ""
    expect $shell csv "$cli" list --format ""
    expect $shell json "$cli" get x --format ""
    expect $shell list "$cli" help ""
    expect $shell agenda "$cli" "ag"
    expect $shell --pdf "$cli" agenda "--p"
    expect $shell --technician "$cli" agenda "--te"
    expect $shell "$an_id" "$cli" --base-url "$SANDBOX_URL" --cache-dir "$cache" get ""
    expect $shell "$an_id" "$cli" --cache-dir "$cache" --base-url "$SANDBOX_URL" delete ""
done
# Plain bash, without bash-completion loaded: the same line still completes the id.
plain=$(PLAIN_BASH=1 bash_complete "$cli" --base-url "$SANDBOX_URL" --cache-dir "$cache" get "" 2>&1) || true
grep -qxF -- "$an_id" <<<"$plain" || fail "plain bash: get does not offer $an_id (got: $(echo $plain))"
# Formats are the command's own: get has no csv.
if bash_complete "$cli" get x --format "" | grep -qx csv; then fail "bash: get offers --format csv"; fi

[ "$failures" -eq 0 ] || { echo "$failures completion check(s) failed" >&2; exit 1; }
echo "completion: bash and zsh offer commands, options, values and ids"
