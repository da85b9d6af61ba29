"""Run the real command line in-process and capture what a user would see."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

import pytest

from desktop.cli import main


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Runner(Protocol):
    def __call__(self, *args: str) -> CliResult: ...


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
