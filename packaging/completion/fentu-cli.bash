# bash completion for fentu-cli, loaded by bash-completion from
# /usr/share/bash-completion/completions/fentu-cli on first use (plain bash: source it).
# Commands and options are read from fentu-cli's own --help, so they follow the program;
# the values its help lists only in prose (statuses, priorities) are named here, and
# tests/packaging/completion-test.sh checks them against that help. Work order ids come from
# the offline cache (fentu-cli list --offline), the first 500 only, so a TAB stays quick.

# The help in English whatever the user's language: it is parsed, not shown.
_fentu_cli_help()
{
    env -u LANGUAGE LC_ALL=C.UTF-8 "$@" --help 2>/dev/null
}

# Option names (--x) of a help text's option lines; with "values", only those taking a value.
_fentu_cli_options()
{
    if [[ ${1-} == values ]]; then
        sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z-]*\) [<A-Z].*/\2/p'
    else
        sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p'
    fi
}

_fentu_cli()
{
    local cur prev words cword split
    # Bash breaks words at ":" too (COMP_WORDBREAKS), which would cut --base-url's
    # http://host:port into five words: both ways below keep it whole.
    if declare -F _init_completion >/dev/null; then
        _init_completion -s -n : || return
    else
        local line=${COMP_LINE:0:COMP_POINT}
        read -ra words <<<"$line"
        [[ -z $line || $line == *[[:space:]] ]] && words+=("")
        cword=$((${#words[@]} - 1))
        cur=${words[cword]} prev=${words[cword - 1]}
    fi
    COMPREPLY=()

    # The command word, its arguments so far, and the server options to pass on for ids.
    local cli=${words[0]} command="" i
    local -a where=() arguments=()
    local valued=" --base-url --cache-dir "
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --base-url=* | --cache-dir=*) where+=("${words[i]}") ;;
        --base-url | --cache-dir) where+=("${words[i]}" "${words[i + 1]}"); ((i++)) ;;
        -*) [[ $valued == *" ${words[i]} "* ]] && ((i++)) ;;
        *)
            if [[ -z $command ]]; then
                command=${words[i]}
                valued=" $(_fentu_cli_help "$cli" "$command" | _fentu_cli_options values | tr '\n' ' ') "
            else
                arguments+=("${words[i]}")
            fi
            ;;
        esac
    done

    case $prev in
    --status)
        mapfile -t COMPREPLY < <(compgen -W 'draft open assigned in_progress on_hold completed cancelled' -- "$cur")
        return ;;
    --priority)
        mapfile -t COMPREPLY < <(compgen -W 'low medium high urgent' -- "$cur")
        return ;;
    --format)
        # "Output format: table, csv, json (default table)." in this command's help.
        local formats
        formats=$(_fentu_cli_help "$cli" "$command" | sed -n 's/.*Output format: \([a-z, ]*\) (default.*/\1/p' | tr -d ,)
        mapfile -t COMPREPLY < <(compgen -W "${formats:-table csv json text}" -- "$cur")
        return ;;
    --cache-dir)
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        return ;;
    --pdf)
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return ;;
    esac
    # Any other option that takes a value: a URL, an id, a date, a text; nothing to offer.
    if [[ $prev == --* && $valued == *" $prev "* ]]; then
        return
    fi

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$(_fentu_cli_help "$cli" | _fentu_cli_options)" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$(_fentu_cli_help "$cli" |
                sed -n '/^Commands:$/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p') help" -- "$cur")
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_fentu_cli_help "$cli" "$command" | _fentu_cli_options)" -- "$cur")
        return
    fi
    case $command in
    help)
        [[ ${#arguments[@]} -eq 0 ]] && mapfile -t COMPREPLY < <(compgen -W "$(_fentu_cli_help "$cli" |
            sed -n '/^Commands:$/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p')" -- "$cur")
        ;;
    get | update | delete)
        # The id, from the offline cache: no network, and head ends the listing early.
        if [[ ${#arguments[@]} -eq 0 ]]; then
            local ids
            ids=$("$cli" "${where[@]}" list --offline --format csv 2>/dev/null | head -n 501 |
                tail -n +2 | cut -d, -f1)
            mapfile -t COMPREPLY < <(compgen -W "$ids" -- "$cur")
        fi
        ;;
    esac
}

complete -F _fentu_cli fentu-cli
