"""Importing releases into the directory, on both engines."""

from __future__ import annotations

from pathlib import Path

from desktop.services import contacts, releases
from desktop.services.database import Database

SAMPLES = releases.demo_paths()
SHAFIEV_AGAIN = """Le Tadjikistan accueille la deuxième réunion du processus d’Almaty

Douchanbé – Les experts du processus d’Almaty se sont réunis à nouveau à Douchanbé.

Pour plus d’informations, veuillez contacter Abdulfattoh Shafiev, OIM Tadjikistan,
Tel : +992 48 701 02 22, Mobile : +992 90 555 1234, Email : abdulfattoh@inbox.ru
"""


def _by_name(db: Database) -> dict[str, contacts.ContactRecord]:
    return {c.name: contacts.get_contact(db, c.id) for c in contacts.list_contacts(db)}


def test_importing_the_samples_twice_keeps_one_contact_per_person(db: Database) -> None:
    first = releases.import_releases(db, SAMPLES)
    assert first.written and first.created == len(SAMPLES) and not first.errors
    people = _by_name(db)
    assert sorted(people) == ["Abdulfattoh Shafiev", "Hiwot Bekele", "Mohamed Abdi",
                              "Moussa Issoufou", "Sabina Thapa", "Valentina Rojas"]
    again = releases.import_releases(db, SAMPLES)
    assert again.unchanged == len(SAMPLES) and again.created == 0
    assert _by_name(db).keys() == people.keys()
    assert releases.count_releases(db) == len(SAMPLES)


def test_a_person_named_again_gains_the_new_number_and_both_releases(
        db: Database, tmp_path: Path) -> None:
    releases.import_releases(db, SAMPLES)
    second = tmp_path / "almaty_second.txt"
    second.write_text(SHAFIEV_AGAIN, encoding="utf-8")
    report = releases.import_releases(db, [second])
    (linked,) = [c for c in report.releases[0].contacts if c.role == "media_contact"]
    assert linked.action == "update" and "added phone +992905551234" in linked.changes
    shafiev = _by_name(db)["Abdulfattoh Shafiev"]
    assert [p.e164 for p in shafiev.phones] == ["+992487010222", "+992905551234"]
    assert len(shafiev.releases) == 2
    assert all("Abdulfattoh Shafiev" in ref.snippet for ref in shafiev.releases)


def test_numbers_that_do_not_validate_are_kept_and_flagged(db: Database) -> None:
    releases.import_releases(db, SAMPLES)
    rojas = _by_name(db)["Valentina Rojas"]
    assert rojas.needs_review
    (old,) = [p for p in rojas.phones if not p.valid]
    assert old.as_written == "+57 1 639 7777" and "Colombia" in (old.problem or "")
    assert any(p.e164 == "+573105550147" and p.kind.value == "mobile" for p in rojas.phones)


def test_quoted_people_are_kept_apart_from_the_contacts(db: Database) -> None:
    releases.import_releases(db, SAMPLES)
    assert "Cristina Tranca" not in _by_name(db)
    tajik = next(r for r in releases.list_releases(db) if "Almaty" in r.title)
    detail = releases.get_release(db, tajik.id)
    roles = {ref.name: ref.role for ref in detail.contacts}
    assert roles == {"Abdulfattoh Shafiev": "media_contact", "Cristina Tranca": "quoted"}
    assert detail.dateline == "Douchanbé" and detail.language == "fr"
    assert "Qui sommes nous" not in detail.body and "Almaty" in detail.body


def test_a_dry_run_reports_everything_and_writes_nothing(db: Database) -> None:
    report = releases.import_releases(db, SAMPLES, dry_run=True)
    assert report.dry_run and not report.written and report.created == len(SAMPLES)
    created = [c for r in report.releases for c in r.contacts if c.action == "create"]
    assert created and all(c.contact_id is None for c in created)
    assert all(r.release_id is None for r in report.releases)
    assert releases.count_releases(db) == 0 and contacts.count_contacts(db) == 0


def test_one_broken_file_writes_nothing_but_every_file_is_reported(
        db: Database, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"this is not a zip file")
    report = releases.import_releases(db, [*SAMPLES, broken, tmp_path / "missing.txt"])
    assert [Path(e.path).name for e in report.errors] == ["broken.docx", "missing.txt"]
    assert all(e.error for e in report.errors)
    assert len(report.releases) == len(SAMPLES)
    assert not report.written
    assert releases.count_releases(db) == 0 and contacts.count_contacts(db) == 0


def test_a_corrected_version_of_the_same_file_updates_the_release(
        db: Database, tmp_path: Path) -> None:
    path = tmp_path / "almaty.txt"
    path.write_text(SHAFIEV_AGAIN, encoding="utf-8")
    created = releases.import_releases(db, [path]).releases[0]
    path.write_text(SHAFIEV_AGAIN.replace("à nouveau", "une deuxième fois"), encoding="utf-8")
    updated = releases.import_releases(db, [path]).releases[0]
    assert (created.status, updated.status) == ("created", "updated")
    assert updated.release_id == created.release_id
    assert releases.count_releases(db) == 1
    assert "deuxième fois" in releases.get_release(db, created.release_id or 0).body
    assert contacts.count_contacts(db) == 1


def test_cancel_writes_nothing(db: Database) -> None:
    calls: list[int] = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > len(SAMPLES) + 1

    report = releases.import_releases(db, SAMPLES, should_cancel=cancel_after_three)
    assert report.cancelled and not report.written
    assert releases.count_releases(db) == 0


def test_progress_is_reported_to_the_end(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    releases.import_releases(db, SAMPLES[:2], progress=lambda n, total, _: seen.append((n, total)))
    assert seen[-1] == (4, 4) and seen[0] == (0, 4)
