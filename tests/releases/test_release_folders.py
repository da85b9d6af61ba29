"""Importing a folder of releases, and re-imports that do not repeat old warnings."""

from __future__ import annotations

from pathlib import Path

from desktop.services import releases
from desktop.services.database import Database

ROJAS = """Colombia: new shelters open in Bogotá

BOGOTÁ, 4 March 2026 – Shelters opened today for families displaced by the floods.

For more information, please contact Valentina Rojas, IOM Colombia,
Tel: +57 1 639 7777, Email: vrojas@iom.example.org
"""
ROJAS_CORRECTED = ROJAS.replace("Shelters opened today", "Six shelters opened today")


def _warnings(report: releases.ImportReport) -> list[str]:
    return [w for outcome in report.releases for w in outcome.warnings]


def test_a_folder_imports_its_releases_recursively_and_skips_the_rest(
        db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    (folder / "2026" / "march").mkdir(parents=True)
    for sample in releases.demo_paths()[:2]:
        (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "2026" / "march" / "rojas.txt").write_text(ROJAS, encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG....")
    (folder / "2026" / "notes.xlsx").write_bytes(b"PK")
    (folder / ".DS_Store").write_bytes(b"\x00")
    report = releases.import_releases(db, [folder])
    assert report.written and report.created == 3 and not report.errors
    assert sorted(Path(s.path).name for s in report.skipped) == ["logo.png", "notes.xlsx"]
    assert all("not a release file" in s.error for s in report.skipped)
    assert releases.count_releases(db) == 3


def test_a_folder_with_no_release_files_writes_nothing_and_says_what_it_skipped(
        db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    report = releases.import_releases(db, [folder])
    assert report.releases == () and [Path(s.path).name for s in report.skipped] == ["photo.jpg"]
    assert releases.count_releases(db) == 0


def test_a_reimport_does_not_repeat_a_warning_about_a_value_already_flagged(
        db: Database, tmp_path: Path) -> None:
    first = tmp_path / "rojas.txt"
    first.write_text(ROJAS, encoding="utf-8")
    report = releases.import_releases(db, [first])
    assert any("+57 1 639 7777" in w for w in _warnings(report))
    (linked,) = report.releases[0].contacts
    assert any("+57 1 639 7777" in f for f in linked.flagged)
    again = releases.import_releases(db, [first])
    assert again.unchanged == 1
    assert not any("+57 1 639 7777" in w for w in _warnings(again))
    first.write_text(ROJAS_CORRECTED, encoding="utf-8")
    corrected = releases.import_releases(db, [first])
    assert corrected.updated == 1
    assert not any("+57 1 639 7777" in w for w in _warnings(corrected))
    (linked,) = corrected.releases[0].contacts
    assert linked.action == "unchanged" and linked.flagged == ()


def test_a_pdf_in_a_folder_is_imported(db: Database, tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(190, 6, ROJAS.replace("–", "-").replace("Á", "A").replace("á", "a"))
    folder = tmp_path / "pdfs"
    folder.mkdir()
    pdf.output(str(folder / "rojas.pdf"))
    report = releases.import_releases(db, [folder])
    assert report.written and report.created == 1
    (linked,) = report.releases[0].contacts
    assert linked.name == "Valentina Rojas"
