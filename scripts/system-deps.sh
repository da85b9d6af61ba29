#!/usr/bin/env bash
# Install the Debian packages Press Desk needs that a fresh machine may lack.
#   app:  the libraries Qt's xcb platform loads
#   test: those, plus PostgreSQL 15 and Xvfb for the test suite, and the validators of the
#         .desktop file and the AppStream metainfo (tests/packaging)
set -euo pipefail
what=${1:-app}

# What Qt's xcb platform plugin loads (Qt's own list for Debian), plus GL and fonts.
packages=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
          libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
          libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
if [ "$what" = test ]; then
  packages+=(postgresql-15 xvfb xauth desktop-file-utils appstream)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install: ${missing[*]} (not a Debian-like system; skipping)" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "Installing Debian packages: ${missing[*]}" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
