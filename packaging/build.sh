#!/usr/bin/env bash
# Build the one-folder Linux bundle into dist/pressdesk/ (run from any clone, clean or not).
#   bash packaging/build.sh            -> dist/pressdesk/pressdesk (and dist/pressdesk-<version>-linux-x86_64.tar.gz)
# Uses .venv (created by scripts/venv.sh when missing) and installs the pinned PyInstaller
# into it from PyPI. Windows and macOS: see docs/releasing.md (same spec, other commands).
set -euo pipefail
cd "$(dirname "$0")/.."
# The same pins as the `bundle` extra in pyproject.toml.
PYINSTALLER_PINS=("pyinstaller==6.22.3" "pyinstaller-hooks-contrib==2026.9")

[ -x .venv/bin/python ] || bash scripts/venv.sh
.venv/bin/python -m pip install -q --disable-pip-version-check "${PYINSTALLER_PINS[@]}"

rm -rf build/pyinstaller dist/pressdesk
# The spec runs desktop.assets.build_assets itself (resources/ -> desktop/_assets).
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pressdesk.spec

install -m 755 packaging/install-desktop.sh dist/pressdesk/install-desktop.sh
version=$(dist/pressdesk/pressdesk --version | awk '{print $2}')
archive="dist/pressdesk-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" pressdesk
echo "built dist/pressdesk/ ($(du -sh dist/pressdesk | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1))" >&2
