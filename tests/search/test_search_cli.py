"""``pressdesk contacts search`` as scripts use it: the documented JSON and a readable line."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from desktop.cli import contacts as contacts_cli
from desktop.cli.search import register_search
from tests.cli.conftest import CliResult, Runner
from tests.search.conftest import Directory


@pytest.fixture(autouse=True)
def search_registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Register ``contacts search`` even before desktop/cli/contacts.py calls register_search.

    (Once contacts.py registers it, this finds "search" present and does nothing.)
    """
    original = contacts_cli.register

    def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        original(commands)
        sub = commands.choices["contacts"]._subparsers._group_actions[0]
        if "search" not in sub.choices:
            register_search(sub)

    monkeypatch.setattr(contacts_cli, "register", register)
    yield


def search(cli: Runner, *args: str) -> CliResult:
    return cli("contacts", "search", *args)


def test_json_results_carry_the_contact_its_releases_and_why(cli: Runner,
                                                             directory: Directory) -> None:
    result = search(cli, "almaty", "--json")
    assert result.code == 0, result.err
    (hit,) = result.json()["results"]
    assert hit["id"] == directory.ivanov and hit["name"] == "Иван Петрович Иванов"
    assert hit["matched"] == "release: Central Asian states meet for the Almaty Process"
    assert hit["releases"] == [{"id": directory.almaty_release,
                                "title": "Central Asian states meet for the Almaty Process",
                                "published_on": None}]
    for key in ("office", "country", "phones", "emails", "version"):
        assert key in hit


def test_json_phone_search(cli: Runner, directory: Directory) -> None:
    (hit,) = search(cli, "701 02 22", "--json").json()["results"]
    assert hit["id"] == directory.shafiev and hit["matched"] == "phone"
    assert hit["phones"][0]["display"] == "+992 48 701 0222"


def test_human_output_is_one_line_per_hit_with_the_why(cli: Runner,
                                                      directory: Directory) -> None:
    result = search(cli, "Tadjikistan")
    lines = result.out.splitlines()
    assert result.code == 0 and len(lines) == 2
    assert all("[country: Tajikistan]" in line for line in lines)
    assert "Abdulfattoh Shafiev" in result.out and "+992 48 701 0222" in result.out


def test_limit_and_archived(cli: Runner, directory: Directory) -> None:
    assert len(search(cli, "iom", "--limit", "1", "--json").json()["results"]) == 1
    cli("contacts", "archive", str(directory.shafiev))
    assert search(cli, "shafiev", "--json").json() == {"results": []}
    shown = search(cli, "shafiev", "--include-archived")
    assert "Abdulfattoh Shafiev (archived)" in shown.out


def test_no_match_says_so_and_a_bad_limit_is_a_usage_error(cli: Runner,
                                                           directory: Directory) -> None:
    result = search(cli, "zzzzqqq")
    assert result.code == 0 and "No contact matches 'zzzzqqq'" in result.out
    assert search(cli, "x", "--limit", "0").code == 2
