"""``pressdesk inquiries|journalists|export inquiries`` as scripts use them: shapes, refusals."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.cli.conftest import Runner

ANA = ["inquiries", "add", "--journalist", "Ana Pérez", "--outlet", "EFE",
       "--email", "ana@efe.es", "--received", "2026-11-02T09:00Z"]


def _nothing_written(cli: Runner) -> None:
    assert cli("inquiries", "list", "--json").json() == {"inquiries": []}
    assert cli("journalists", "list", "--json").json() == {"journalists": []}


def test_add_prints_the_inquiry_with_suggestions_on_the_demo_data(cli: Runner) -> None:
    assert cli("demo").code == 0
    result = cli(*ANA, "--topic", "Almaty process",
                 "--deadline", "2026-11-02T17:00[Asia/Dushanbe]", "--json")
    assert result.code == 0, result.err
    inquiry = result.json()
    for key in ("id", "status", "deadline", "received_at", "answered_at", "journalist",
                "assignee", "version", "suggestions"):
        assert key in inquiry
    assert inquiry["status"] == "new" and inquiry["assignee"] is None
    assert inquiry["received_at"] == "2026-11-02T09:00:00+00:00"
    assert inquiry["deadline"] == "2026-11-02T12:00:00+00:00"
    assert inquiry["deadline_zone"] == "Asia/Dushanbe"
    assert inquiry["deadline_in_zone"] == "2026-11-02T17:00:00+05:00"
    assert inquiry["journalist"]["name"] == "Ana Pérez" and inquiry["journalist"]["id"]
    first = inquiry["suggestions"][0]
    assert first["name"] == "Abdulfattoh Shafiev" and "Almaty" in first["reason"]
    assert set(first) >= {"contact_id", "name", "reason"}


def test_the_phone_call_from_log_to_answer(cli: Runner) -> None:
    officer = cli("contacts", "add", "--name", "Sabina Thapa", "--office", "IOM Nepal",
                  "--country", "NP", "--json").json()["id"]
    added = cli(*ANA, "--topic", "Floods in Nepal", "--deadline", "2026-11-02T15:00Z",
                "--json").json()
    assert added["suggestions"][0]["contact_id"] == officer
    inquiry_id = str(added["id"])
    assigned = cli("inquiries", "update", inquiry_id, "--assign", str(officer),
                   "--if-version", "1", "--json").json()
    assert assigned["status"] == "assigned"
    assert assigned["assignee"] == {"id": officer, "name": "Sabina Thapa"}
    answered = cli("inquiries", "update", inquiry_id, "--status", "answered", "--response",
                   "About 300 families moved.", "--answered", "2026-11-02T14:00Z",
                   "--json").json()
    assert answered["status"] == "answered"
    assert answered["answered_at"] == "2026-11-02T14:00:00+00:00"
    assert answered["version"] == 3
    shown = cli("inquiries", "show", inquiry_id)
    assert shown.code == 0
    assert "About 300 families moved." in shown.out and "assigned → answered" in shown.out
    stale = cli("inquiries", "update", inquiry_id, "--note", "x", "--if-version", "1")
    assert stale.code == 1 and "version 3, not 1" in stale.err and "changed by" in stale.err


def test_list_overdue_status_and_assignee(cli: Runner) -> None:
    past = cli(*ANA, "--topic", "Past due", "--deadline", "2026-11-02T10:00Z",
               "--json").json()["id"]
    future = cli(*ANA, "--topic", "Far off", "--deadline", "2099-01-01T10:00Z",
                 "--json").json()["id"]
    listed = cli("inquiries", "list", "--json").json()["inquiries"]
    assert [i["id"] for i in listed] == [past, future]
    overdue = cli("inquiries", "list", "--overdue", "--json").json()["inquiries"]
    assert [i["id"] for i in overdue] == [past] and overdue[0]["overdue"] is True
    text = cli("inquiries", "list", "--overdue").out
    assert "OVERDUE by" in text and "Past due" in text and "Far off" not in text
    assert cli("inquiries", "list", "--status", "answered", "--json").json() == \
        {"inquiries": []}
    assert cli("inquiries", "list", "--since", "2026-11-03", "--json").json() == \
        {"inquiries": []}
    assert len(cli("inquiries", "list", "--since", "2026-11-01",
                   "--json").json()["inquiries"]) == 2


@pytest.mark.parametrize(("extra", "field", "value"), [
    (["--deadline", "next tuesday-ish"], "Deadline", "next tuesday-ish"),
    (["--received", "yesterday"], "Received", "yesterday"),
    (["--deadline", "2026-11-01T09:00Z"], "Deadline", "2026-11-01T09:00Z"),
    (["--email", "ana@"], "Email", "ana@"),
    (["--phone", "12"], "Phone", "12"),
    (["--assign", "99"], "Assignee", "99"),
    (["--release", "7"], "Release", "7"),
    (["--channel", "pigeon"], "Channel", "pigeon"),
])
def test_add_refusals_name_field_value_and_reason_and_write_nothing(
        cli: Runner, extra: list[str], field: str, value: str) -> None:
    result = cli("inquiries", "add", "--journalist", "Ana", "--outlet", "EFE", "--topic", "T",
                 "--received", "2026-11-02T09:00Z", *extra, "--json")
    assert result.code == 1
    problem = result.json()["problems"][0]
    assert problem["field"] == field and problem["value"] == value and problem["error"]
    assert f"{field} {value!r}" in result.err
    _nothing_written(cli)


def test_update_refusals(cli: Runner) -> None:
    inquiry_id = str(cli(*ANA, "--topic", "T", "--json").json()["id"])
    bogus = cli("inquiries", "update", inquiry_id, "--status", "bogus")
    assert bogus.code == 1 and "Status 'bogus'" in bogus.err
    assert cli("inquiries", "update", inquiry_id, "--status", "closed").code == 0
    back = cli("inquiries", "update", inquiry_id, "--status", "answered")
    assert back.code == 1 and "cannot become answered" in back.err
    reopen = cli("inquiries", "update", inquiry_id, "--status", "new")
    assert reopen.code == 1 and "needs a reason" in reopen.err
    reopened = cli("inquiries", "update", inquiry_id, "--status", "new", "--reason",
                   "new facts", "--json").json()
    assert reopened["status"] == "new" and reopened["follow_ups"][-1]["kind"] == "reopen"
    missing = cli("inquiries", "show", "42")
    assert missing.code == 1 and "Inquiry id '42': no inquiry has this id" in missing.err
    missing_update = cli("inquiries", "update", "42", "--note", "x")
    assert missing_update.code == 1 and "Inquiry id '42'" in missing_update.err


def test_journalists_list_show_and_search(cli: Runner) -> None:
    cli(*ANA, "--phone", "+34 600 12 34 56", "--topic", "First", "--json")
    cli("inquiries", "add", "--journalist", "Ana P.", "--outlet", "EFE", "--phone",
        "0034600123456", "--topic", "Second", "--received", "2026-11-03T09:00Z")
    journalists = cli("journalists", "list", "--json").json()["journalists"]
    assert len(journalists) == 1 and journalists[0]["inquiry_count"] == 2
    journalist_id = str(journalists[0]["id"])
    shown = cli("journalists", "show", journalist_id, "--json").json()
    assert [i["topic"] for i in shown["inquiries"]] == ["Second", "First"]
    found = cli("journalists", "search", "600 12", "--json").json()["results"]
    assert [j["id"] for j in found] == [int(journalist_id)]
    assert "Ana Pérez" in cli("journalists", "search", "efe").out
    missing = cli("journalists", "show", "9")
    assert missing.code == 1 and "Journalist id '9'" in missing.err


def test_export_inquiries_for_a_period(cli: Runner, tmp_path: Path) -> None:
    cli(*ANA, "--topic", "In November")
    cli("inquiries", "add", "--journalist", "Ana", "--outlet", "EFE", "--topic", "In December",
        "--received", "2026-12-05T09:00Z")
    target = tmp_path / "log.csv"
    result = cli("export", "inquiries", "--format", "csv", "--since", "2026-11-01",
                 "--until", "2026-11-30", "-o", str(target))
    assert result.code == 0, result.err
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[6] for row in rows[1:]] == ["In November"]
    refused = cli("export", "inquiries", "--format", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert refused.code == 1 and "Format 'pdf'" in refused.err
    assert not (tmp_path / "x.pdf").exists()
    xlsx = cli("export", "inquiries", "--format", "xlsx", "-o", str(tmp_path / "log.xlsx"),
               "--json")
    assert xlsx.code == 0 and xlsx.json()["count"] == 2
