#!/bin/sh
# help2man runs this in place of fentu-cli (FENTU_CLI names the real one). --help prints the
# overview, then each command's own --help, so that fentu-cli(1) documents every command and
# option in the program's own words; the commands are read from the overview, not listed here.
# The rewriting only speaks help2man's layout:
#   "*Name*"                   starts a man section NAME;
#   "text:" + indented line    starts a subsection (one per command);
#   and the options every command takes are documented once, under the overview.
set -eu
cli=${FENTU_CLI:?FENTU_CLI must name the fentu-cli binary}
case ${1:-} in
--version) exec "$cli" --version ;;
--help) ;;
*) echo "fentu-cli-help.sh: only --help and --version" >&2; exit 1 ;;
esac

overview=$("$cli" --help)
# "Exit status:" is no section help2man knows: without this it would be a part of ENVIRONMENT.
printf '%s\n' "$overview" | sed 's/^Exit status:$/*Exit status*/'

printf '\n*Commands*\n'
for command in $(printf '%s\n' "$overview" | sed -n '/^Commands:$/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p'); do
    "$cli" "$command" --help | awk -v command="$command" '
        # "Usage: fentu-cli list [options]" becomes the subsection title; the description
        # under it is indented so that help2man keeps it with the title.
        NR == 1 { sub(/^Usage: /, ""); print $0 ":"; next }
        /^(Options|Arguments):$/ { section = $0; print ""; next }
        section == "" { if ($0 != "") print "  " $0; next }
        # The options of every command (and --help) are in the overview already.
        /^  (-h, )?--(help|base-url|cache-dir|verbose)( |$)/ { skip = 1; next }
        /^  [^ ]/ { skip = 0 }
        /^$/ { skip = 0 }
        !skip { print }
    '
    echo
done
