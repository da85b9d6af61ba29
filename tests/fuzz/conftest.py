"""Fixed fuzz budget for CI: the same inputs every run (derandomized), no per-example deadline."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("PRESSDESK_FUZZ_EXAMPLES", "200"))

settings.register_profile(
    "fuzz", max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
FUZZ = settings.get_profile("fuzz")

from tests.cli.conftest import cli  # noqa: E402,F401  (the real command line, in-process)
