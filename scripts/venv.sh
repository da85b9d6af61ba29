#!/usr/bin/env bash
# Create .venv (once) and install Press Desk into it; "test" adds the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
extra=${1:-}
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
spec="."
[ "$extra" = test ] && spec=".[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
if [ -f desktop/ui/i18n_build.py ]; then .venv/bin/python -m desktop.ui.i18n_build >&2; fi
