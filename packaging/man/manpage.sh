#!/bin/sh
# manpage.sh OUTPUT.1.gz NAME VERSION SUMMARY PROGRAM
# Writes NAME(1) from PROGRAM's --help with help2man, compressed as Debian wants it. The help
# is the one source: a man page cannot say other than the program does.
set -eu
out=$1 name=$2 version=$3 summary=$4 program=$5

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# English whatever the build machine's locale; no display needed (fentu-desk is a Qt GUI
# program even for --help); and a throw-away home, since fentu-desk sets up its cache before
# it reads its command line.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false;qt.qpa.*=false'
unset LANGUAGE

# --version-string: the page names the release, not the commit, so it only changes with it.
help2man --no-info --no-discard-stderr --section=1 --source="Fentu Desk $version" \
    --name="$summary" --version-string="$name $version" \
    --output="$scratch/$name.1" "$program"
# A help2man that could not run the program still writes a page; never ship that.
if ! grep -q '^\.SH DESCRIPTION' "$scratch/$name.1"; then
    echo "manpage.sh: $program --help gave no usable text" >&2
    exit 1
fi
gzip -9n -c "$scratch/$name.1" >"$out.tmp"
mv "$out.tmp" "$out"
