"""Opening files: encodings, .eml, .docx, and errors that name the file and the reason."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from desktop.formats.releases import ReleaseReadError, parse_release_html, read_release

DATA = Path(__file__).resolve().parents[1] / "data" / "releases"
CORPUS = DATA / "corpus"


def test_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(ReleaseReadError, match=r"nope\.txt: no such file"):
        read_release(missing)


def test_empty_and_binary_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(ReleaseReadError, match=r"empty\.txt: the file is empty"):
        read_release(empty)
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x00" * 20)
    with pytest.raises(ReleaseReadError, match=r"blob\.txt: not a text file"):
        read_release(binary)


def test_broken_docx_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip at all")
    with pytest.raises(ReleaseReadError, match=r"broken\.docx: not a readable Word document"):
        read_release(broken)


def test_cp1252_text_is_decoded() -> None:
    release = read_release(CORPUS / "hcr_burkina_cp1252_fr.txt")
    [person] = release.media_contacts
    assert person.name == "Mariam Ouédraogo"
    assert release.title.startswith("Burkina Faso : le HCR distribue des abris d’urgence")


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    source = (DATA / "niger_transit_fr.txt").read_bytes()
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + source)
    assert read_release(path).title.startswith("Niger : l'OIM rouvre")


def test_eml_subject_and_date_are_used() -> None:
    release = read_release(CORPUS / "iom_ethiopia_returnees_en.eml")
    assert release.title == (
        "IOM and Ethiopia Open Reception Centre for Migrants Returning from Saudi Arabia"
    )
    assert release.published_on == date(2025, 6, 5)
    assert [p.name for p in release.media_contacts] == ["Kalkidan Tesfaye"]


def test_docx_built_at_test_time_is_read(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_docx", DATA / "make_docx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = module.build(tmp_path / "release.docx")
    release = read_release(path)
    assert release.title == "Kenya: UNHCR and Partners Open Youth Innovation Hub in Dadaab"
    names = [p.name for p in release.media_contacts]
    assert names == ["Wanjiru Mwangi", "Hassan Abdullahi"]
    # the switchboard paragraph after the table is nobody's number
    assert all("+254204232000" not in [x.e164 for x in p.phones] for p in release.media_contacts)


def test_email_protection_placeholder_is_kept_invalid_with_a_warning() -> None:
    release = read_release(CORPUS / "unhcr_kenya_registration_en.html")
    byun = next(p for p in release.media_contacts if p.name == "Eujin Byun")
    [placeholder] = byun.emails
    assert placeholder.valid is False and placeholder.address is None
    assert any("Eujin Byun: email" in w for w in release.warnings)


def test_mailto_link_with_a_name_gives_its_address() -> None:
    html = (
        "<html><body><h1>A title for the page here</h1><p>Geneva – " + "Word " * 30 + ".</p>"
        "<p>Media contacts: <a href='mailto:jane.sample@iom.int'>Jane Roe</a>, IOM Switzerland, "
        "Tel: +41 22 717 9111</p></body></html>"
    )
    [jane] = parse_release_html(html, "x.html").media_contacts
    assert jane.name == "Jane Roe"
    assert [e.address for e in jane.emails] == ["jane.sample@iom.int"]
    assert jane.country == "CH"
