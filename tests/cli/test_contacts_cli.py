"""``pressdesk contacts …`` as scripts use it: exit codes, stderr wording, JSON shapes."""

from __future__ import annotations

from tests.cli.conftest import Runner

SHAFIEV = ["contacts", "add", "--name", "Abdulfattoh Shafiev", "--office", "OIM Tadjikistan",
           "--country", "TJ", "--phone", "48 701 02 22", "--email", "abdulfattoh@inbox.ru"]


def test_add_prints_the_contact_in_the_documented_shape(cli: Runner) -> None:
    result = cli(*SHAFIEV, "--json")
    assert result.code == 0, result.err
    contact = result.json()
    assert contact["name"] == "Abdulfattoh Shafiev"
    assert contact["office"] == "OIM Tadjikistan" and contact["country"] == "TJ"
    assert contact["phones"] == [{
        "e164": "+992487010222", "extension": None, "display": "+992 48 701 0222",
        "kind": "office", "valid": True, "as_written": "48 701 02 22", "problem": None}]
    assert contact["emails"][0]["address"] == "abdulfattoh@inbox.ru"
    assert contact["emails"][0]["kind"] == "work"
    for key in ("notes", "tags", "languages", "version", "title"):
        assert key in contact


def test_show_and_list(cli: Runner) -> None:
    contact_id = cli(*SHAFIEV, "--json").json()["id"]
    shown = cli("contacts", "show", str(contact_id))
    assert shown.code == 0 and "+992 48 701 0222" in shown.out and "OIM Tadjikistan" in shown.out
    listed = cli("contacts", "list", "--json").json()
    assert [c["id"] for c in listed["contacts"]] == [contact_id]


def test_empty_list_says_how_to_start(cli: Runner) -> None:
    result = cli("contacts", "list")
    assert result.code == 0 and "No contacts yet" in result.out


def test_a_refused_number_exits_1_naming_field_value_and_reason(cli: Runner) -> None:
    result = cli("contacts", "add", "--name", "Valentina Rojas", "--country", "CO",
                 "--phone", "+57 1 639 7777")
    assert result.code == 1
    assert "Phone '+57 1 639 7777'" in result.err and "Colombia (CO)" in result.err
    assert result.out == ""
    assert cli("contacts", "list", "--json").json() == {"contacts": []}


def test_a_refused_email_exits_1(cli: Runner) -> None:
    result = cli("contacts", "add", "--name", "X", "--email", "x@localhost")
    assert result.code == 1 and "Email 'x@localhost'" in result.err


def test_unknown_country_is_refused(cli: Runner) -> None:
    result = cli("contacts", "add", "--name", "X", "--country", "Atlantis")
    assert result.code == 1 and "Country 'Atlantis'" in result.err


def test_duplicate_number_points_at_the_existing_contact(cli: Runner) -> None:
    first = cli(*SHAFIEV, "--json").json()["id"]
    result = cli("contacts", "add", "--name", "Other", "--phone", "+992487010222")
    assert result.code == 1
    assert f"existing contact: {first}" in result.err
    allowed = cli("contacts", "add", "--name", "Other", "--phone", "+992487010222",
                  "--allow-duplicate", "--json")
    assert allowed.code == 0 and allowed.json()["id"] != first


def test_update_with_if_version(cli: Runner) -> None:
    contact = cli(*SHAFIEV, "--json").json()
    cid, version = str(contact["id"]), str(contact["version"])
    updated = cli("contacts", "update", cid, "--title", "Media officer", "--add-phone",
                  "+992 90 123 4567", "--remove-email", "abdulfattoh@inbox.ru",
                  "--add-email", "ashafiev [at] iom.int", "--if-version", version, "--json")
    assert updated.code == 0, updated.err
    body = updated.json()
    assert body["title"] == "Media officer" and body["version"] == contact["version"] + 1
    assert [p["e164"] for p in body["phones"]] == ["+992487010222", "+992901234567"]
    assert [e["address"] for e in body["emails"]] == ["ashafiev@iom.int"]
    stale = cli("contacts", "update", cid, "--title", "Other", "--if-version", version)
    assert stale.code == 1 and "changed by" in stale.err
    assert cli("contacts", "show", cid, "--json").json()["title"] == "Media officer"


def test_update_refuses_removing_an_unknown_number(cli: Runner) -> None:
    cid = str(cli(*SHAFIEV, "--json").json()["id"])
    result = cli("contacts", "update", cid, "--remove-phone", "+1 212 555 0100")
    assert result.code == 1 and "no such number" in result.err


def test_archive_and_undo(cli: Runner) -> None:
    cid = str(cli(*SHAFIEV, "--json").json()["id"])
    assert cli("contacts", "archive", cid, "--json").json()["archived"] is True
    assert cli("contacts", "list", "--json").json()["contacts"] == []
    assert len(cli("contacts", "list", "--all", "--json").json()["contacts"]) == 1
    assert cli("contacts", "archive", cid, "--undo", "--json").json()["archived"] is False


def test_unknown_id_exits_1(cli: Runner) -> None:
    result = cli("contacts", "show", "42")
    assert result.code == 1 and "No contact with id 42" in result.err


def test_usage_errors_exit_2(cli: Runner) -> None:
    assert cli("contacts", "add").code == 2
    assert cli("contacts", "show", "abc").code == 2
    assert cli("contacts", "frobnicate").code == 2


def test_update_refuses_a_bad_number_and_keeps_the_contact(cli: Runner) -> None:
    contact = cli(*SHAFIEV, "--json").json()
    result = cli("contacts", "update", str(contact["id"]), "--add-phone", "12345",
                 "--title", "Changed")
    assert result.code == 1 and "Phone '12345'" in result.err and "Tajikistan" in result.err
    after = cli("contacts", "show", str(contact["id"]), "--json").json()
    assert after["title"] is None and after["version"] == contact["version"]


def test_update_and_archive_of_an_unknown_contact_exit_1(cli: Runner) -> None:
    assert cli("contacts", "update", "77", "--title", "x").code == 1
    assert cli("contacts", "archive", "77").code == 1


def test_archive_with_a_stale_version_is_refused(cli: Runner) -> None:
    contact = cli(*SHAFIEV, "--json").json()
    cli("contacts", "update", str(contact["id"]), "--title", "Officer")
    result = cli("contacts", "archive", str(contact["id"]), "--if-version", "1")
    assert result.code == 1 and "version" in result.err
    assert cli("contacts", "show", str(contact["id"]), "--json").json()["archived"] is False
