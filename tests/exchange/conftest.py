"""The command line in-process for the exchange tests: the same ``cli`` fixture tests/cli uses."""

from tests.cli.conftest import cli

__all__ = ["cli"]
