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
if [ "$extra" = test ]; then
  # tests/packaging builds a wheel without build isolation: setuptools < 70 needs `wheel`.
  .venv/bin/python -m pip install -q --disable-pip-version-check wheel
fi
# The assets the app loads (desktop/_assets: .qm catalogues, icons, fonts, samples) from
# resources/: the same function setup.py runs for a wheel.
.venv/bin/python -m desktop.assets
