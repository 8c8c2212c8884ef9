#!/usr/bin/env bash
# Installs the Debian 12 packages Fentu Desk needs to build, test and run; installs only
# what is missing, so a second run costs a second.
set -euo pipefail

packages=(
    # mold links in a fraction of ld's time (CMakeLists.txt uses it when present)
    build-essential cmake ninja-build pkg-config ccache mold
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite qtkeychain-qt6-dev qt6-qpa-plugins
    xvfb xauth imagemagick fonts-dejavu-core dbus dbus-x11 gnome-keyring libsecret-tools
    libsqlite3-dev curl sqlite3 file desktop-file-utils appstream
    # the sync's list pages are decoded with simdjson (models/api/fastorderpage.h)
    libsimdjson-dev
    # File ▸ Export… as XLSX; the tests open the workbook (a zip) with unzip
    libxlsxwriter-dev unzip
    # The Debian package: man pages from --help, the package check and its completion tests
    help2man lintian bash-completion zsh
    # The print tests read the day sheets' PDFs back (pdftotext) and render pages (pdftoppm)
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
