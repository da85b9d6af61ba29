"""A directory moves laptop → new server → laptop through `db backup` / `db restore`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


def _fresh(engine: str, tmp_path: Path, name: str, request: pytest.FixtureRequest) -> str:
    """A database nobody has opened yet: no schema, no rows."""
    if engine == "sqlite":
        return f"sqlite:///{tmp_path / name}"
    return str(request.getfixturevalue("empty_postgres_url"))


def _run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("server", ENGINES)
def test_laptop_to_a_new_server_and_back(server: str, tmp_path: Path,
                                         request: pytest.FixtureRequest,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    laptop = f"sqlite:///{tmp_path / 'laptop.sqlite3'}"
    for name, phone in (("Hiwot Bekele", "+251 11 661 1117"), ("Ana Souza", "+55 61 3038 9300"),
                        ("Jean Dupont", "+33 1 45 68 10 00")):
        code, _out, err = _run(capsys, laptop, "contacts", "add", "--name", name, "--phone", phone)
        assert code == 0, err
    assert _run(capsys, laptop, "contacts", "update", "1", "--title", "Spokesperson")[0] == 0
    first = tmp_path / "first.sqlite3"
    assert _run(capsys, laptop, "db", "backup", str(first))[0] == 0

    target = _fresh(server, tmp_path, "server.sqlite3", request)
    code, _out, err = _run(capsys, target, "db", "restore", str(first))
    assert code == 0, err
    code, _out, err = _run(capsys, target, "contacts", "add", "--name", "Added On Server")
    assert code == 0, err  # ids and audit entries continue after the restored rows
    assert _run(capsys, target, "db", "check")[0] == 0
    second = tmp_path / "second.sqlite3"
    assert _run(capsys, target, "db", "backup", str(second))[0] == 0

    back = f"sqlite:///{tmp_path / 'new-laptop.sqlite3'}"
    code, _out, err = _run(capsys, back, "db", "restore", str(second))
    assert code == 0, err
    code, out, _err = _run(capsys, back, "contacts", "list", "--json")
    names = sorted(c["name"] for c in json.loads(out)["contacts"])
    assert names == ["Added On Server", "Ana Souza", "Hiwot Bekele", "Jean Dupont"]
    assert _run(capsys, back, "contacts", "add", "--name", "Back Home")[0] == 0
    assert _run(capsys, back, "db", "check")[0] == 0


@pytest.mark.parametrize("server", ENGINES)
def test_a_second_restore_onto_the_same_server_still_works(
        server: str, tmp_path: Path, request: pytest.FixtureRequest,
        capsys: pytest.CaptureFixture[str]) -> None:
    laptop = f"sqlite:///{tmp_path / 'laptop.sqlite3'}"
    assert _run(capsys, laptop, "contacts", "add", "--name", "Hiwot Bekele")[0] == 0
    backup = tmp_path / "b.sqlite3"
    assert _run(capsys, laptop, "db", "backup", str(backup))[0] == 0
    target = _fresh(server, tmp_path, "server.sqlite3", request)
    for _ in range(2):
        code, _out, err = _run(capsys, target, "db", "restore", str(backup))
        assert code == 0, err
        assert _run(capsys, target, "contacts", "add", "--name", "Another")[0] == 0
