"""Values a terminal, a script or a hostile file can produce: refused plainly, never a traceback.

One rule set for every path: what `contacts add` refuses, an import never stores.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import InputError
from desktop.services.contacts import (
    ContactChanges,
    ContactDraft,
    add_contact,
    get_contact,
    update_contact,
)
from desktop.services.database import open_database
from desktop.services.releases import demo_paths
from tests.cli.conftest import Runner

TAJIK = next(p for p in demo_paths() if p.name.startswith("tajikistan"))
HUGE = "x" * 100_000


@pytest.mark.parametrize("value", ["a\udcff", "Ana\ud800"])
def test_invalid_utf8_on_the_command_line_is_refused(cli: Runner, value: str) -> None:
    result = cli("contacts", "add", "--name", value)
    assert result.code == 1 and "not UTF-8" in result.err
    assert cli("contacts", "list", "--json").json()["contacts"] == []


def test_a_2047_character_word_can_be_searched(cli: Runner) -> None:
    cli("contacts", "add", "--name", "Hiwot Bekele")
    result = cli("contacts", "search", "b" * 2047, "--json")
    assert result.code == 0, result.err
    assert cli("contacts", "search", "bekele" + "x" * 3000).code == 0


@pytest.mark.parametrize("option", ["--tag", "--language", "--title", "--name"])
@pytest.mark.parametrize("value", ["press\x1b[31m", "\u202eevil", HUGE])
def test_every_field_refuses_controls_and_huge_values_quoting_a_short_part(
        cli: Runner, option: str, value: str) -> None:
    args = ["contacts", "add", "--name", "Ana Souza", option, value]
    if option == "--name":
        args = ["contacts", "add", "--name", value]
    result = cli(*args)
    assert result.code == 1, result.out
    assert "refused" in result.err and len(result.err) < 400
    assert "\x1b" not in result.err and "\u202e" not in result.err
    assert cli("contacts", "list", "--json").json()["contacts"] == []


def test_an_update_applies_the_same_rules_to_tags(db_url: str) -> None:
    db = open_database(db_url)
    try:
        contact = add_contact(db, ContactDraft(name="Ana Souza"))
        with pytest.raises(InputError, match="invisible control characters"):
            update_contact(db, contact.id, ContactChanges(tags=("\u202eevil",)))
        with pytest.raises(InputError, match="longer than"):
            update_contact(db, contact.id, ContactChanges(languages=(HUGE,)))
        assert get_contact(db, contact.id).tags == ()
    finally:
        db.dispose()


def test_an_imported_name_never_holds_what_a_form_refuses(cli: Runner, tmp_path: Path) -> None:
    text = TAJIK.read_text(encoding="utf-8")
    assert "Abdulfattoh Shafiev" in text
    poisoned = tmp_path / TAJIK.name
    poisoned.write_text(text.replace("Abdulfattoh Shafiev", "Abdulfattoh \u202eShafiev"),
                        encoding="utf-8")
    result = cli("releases", "import", str(poisoned), "--json")
    assert result.code == 0, result.err
    names = [c["name"] for c in cli("contacts", "list", "--json").json()["contacts"]]
    assert names and all("\u202e" not in name for name in names)
    for name in names:  # what the import stored, a form accepts as it is
        assert cli("contacts", "add", "--name", name, "--allow-duplicate").code == 0
