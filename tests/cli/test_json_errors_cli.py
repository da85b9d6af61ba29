"""The one rule for errors under --json: stdout holds one JSON document, whatever happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Runner


@pytest.mark.parametrize("args, code", [
    (["contacts", "show", "999"], 1),
    (["contacts", "update", "999", "--title", "x"], 1),
    (["contacts", "archive", "999"], 1),
    (["contacts", "add", "--name", "Ana\x1b"], 1),
    (["contacts", "add", "--name", "Bad\udcff"], 1),
    (["releases", "show", "999"], 1),
    (["db", "restore", "/nonexistent/backup.sqlite3"], 1),
    (["contacts", "show", "abc"], 2),
])
def test_a_refusal_under_json_is_a_json_document_naming_why(cli: Runner, args: list[str],
                                                            code: int) -> None:
    result = cli(*args, "--json")
    assert result.code == code
    document = result.json()  # one document, parseable
    assert document["error"] and isinstance(document["problems"], list)
    assert "refused" in result.err or "error" in result.err  # the words stay on stderr


def test_a_field_refusal_lists_field_value_and_reason(cli: Runner) -> None:
    document = cli("contacts", "add", "--name", "Ana Souza", "--tag", "x" * 500, "--json").json()
    (problem,) = document["problems"]
    assert problem["field"] == "Tag" and "longer than" in problem["error"]
    assert len(problem["value"]) < 100


def test_a_stale_version_under_json(cli: Runner) -> None:
    cli("contacts", "add", "--name", "Ana Souza")
    cli("contacts", "update", "1", "--title", "Spokesperson")
    result = cli("contacts", "update", "1", "--title", "Other", "--if-version", "1", "--json")
    assert result.code == 1 and "version 2, not 1" in result.json()["error"]


def test_a_duplicate_under_json_names_the_existing_contact(cli: Runner) -> None:
    cli("contacts", "add", "--name", "Ana Souza", "--phone", "+55 61 3038 9300")
    result = cli("contacts", "add", "--name", "Ana Souza", "--phone", "+55 61 3038 9300",
                 "--json")
    assert result.code == 1 and result.json()["existing"]["id"] == 1


def test_an_import_keeps_its_per_file_report_under_json(cli: Runner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    result = cli("releases", "import", str(broken), "--json")
    assert result.code == 1
    assert result.json()["errors"][0]["path"] == str(broken)
