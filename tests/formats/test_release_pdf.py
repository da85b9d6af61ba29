"""PDF releases: text in reading order, page furniture gone, scanned pages refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from desktop.formats.releases import ReleaseReadError, read_release
from desktop.formats.releases.pdf import pdf_text

CONTACT = ("For more information, please contact:\n"
           "Marta Quill, Press Officer, Ministry of Coastal Affairs\n"
           "Tel: +353 1 555 0142\n"
           "Email: marta.quill@coastal.example.org")


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    return pdf


def _column(word: str) -> str:
    return " ".join(f"{word} column sentence {n} tells of the new shelters." for n in range(10))


def _furniture(pdf: FPDF, page: int, pages: int) -> None:
    pdf.set_font("helvetica", size=8)
    pdf.set_xy(10, 8)
    pdf.cell(0, 5, "Ministry of Coastal Affairs | News Release 2026/14")
    pdf.set_xy(10, 285)
    pdf.cell(0, 5, f"Page {page} of {pages}", align="C")


def test_a_one_column_release_reads_title_body_and_contact(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.set_xy(10, 20)
    pdf.multi_cell(190, 9, "Harbour towns open new flood shelters")
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(10, 40)
    pdf.multi_cell(190, 5, "KILRUSH, 3 March 2026 - Four harbour towns opened shelters today "
                   "for families whose homes flooded in the winter storms.")
    pdf.set_xy(10, 70)
    pdf.multi_cell(190, 5, CONTACT)
    path = tmp_path / "one.pdf"
    pdf.output(str(path))
    release = read_release(path)
    assert release.title == "Harbour towns open new flood shelters"
    assert "families whose homes flooded" in release.body
    (person,) = release.media_contacts
    assert person.name == "Marta Quill" and person.office == "Ministry of Coastal Affairs"
    assert [p.e164 for p in person.phones] == ["+35315550142"]
    assert [e.address for e in person.emails] == ["marta.quill@coastal.example.org"]


def test_two_columns_are_read_left_then_right_and_furniture_is_dropped(tmp_path: Path) -> None:
    pdf = _pdf()
    for page in (1, 2):
        pdf.add_page()
        _furniture(pdf, page, 2)
        pdf.set_font("helvetica", size=10)
        pdf.set_xy(10, 30)
        pdf.multi_cell(90, 5, _column("Left"))
        pdf.set_xy(110, 30)
        pdf.multi_cell(90, 5, _column("Right"))
    pdf.set_xy(10, 200)
    pdf.multi_cell(190, 5, CONTACT)
    path = tmp_path / "two.pdf"
    pdf.output(str(path))
    text, _ = pdf_text(path)
    assert "News Release" not in text and "Page 1 of 2" not in text
    text = " ".join(text.split())
    order = [text.index(marker) for marker in (
        "Left column sentence 0", "Left column sentence 9", "Right column sentence 0",
        "Right column sentence 9")]
    assert order == sorted(order)
    second_page = text.rindex("Left column sentence 0")
    assert text.index("Right column sentence 9") < second_page < text.index("please contact")
    (person,) = read_release(path).media_contacts
    assert person.name == "Marta Quill" and person.emails


def test_a_contact_block_broken_by_a_page_footer_stays_whole(tmp_path: Path) -> None:
    pdf = _pdf()
    lines = CONTACT.splitlines()
    for page, (top, chunk) in enumerate(((262, lines[:2]), (25, lines[2:])), start=1):
        pdf.add_page()
        _furniture(pdf, page, 2)
        pdf.set_font("helvetica", size=10)
        if page == 1:
            pdf.set_xy(10, 30)
            pdf.multi_cell(190, 5, "Storm shelters open along the coast\n\n" + _column("Body"))
        pdf.set_xy(10, top)
        pdf.multi_cell(190, 5, "\n".join(chunk))
    path = tmp_path / "break.pdf"
    pdf.output(str(path))
    text, _ = pdf_text(path)
    assert "Page" not in text and "2026/14" not in text
    assert "Affairs\nTel: +353" in text
    (person,) = read_release(path).media_contacts
    assert [p.e164 for p in person.phones] == ["+35315550142"]
    assert [e.address for e in person.emails] == ["marta.quill@coastal.example.org"]


def test_a_scanned_pdf_with_no_text_layer_is_refused_by_name(tmp_path: Path) -> None:
    picture = tmp_path / "scan.png"
    Image.new("RGB", (200, 280), "white").save(picture)
    pdf = _pdf()
    pdf.add_page()
    pdf.image(str(picture), x=0, y=0, w=210)
    path = tmp_path / "scanned release.pdf"
    pdf.output(str(path))
    with pytest.raises(ReleaseReadError, match=r"scanned release\.pdf: the PDF has no text layer"):
        read_release(path)


def test_a_broken_or_misnamed_pdf_is_refused_with_the_reason(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really a pdf at all\n")
    with pytest.raises(ReleaseReadError, match=r"broken\.pdf: "):
        read_release(broken)
    misnamed = tmp_path / "release.txt"
    misnamed.write_bytes(b"%PDF-1.4\n" + b"x" * 200)
    with pytest.raises(ReleaseReadError, match=r"release\.txt: is a PDF"):
        read_release(misnamed)


def test_a_pdf_longer_than_a_release_is_refused_before_layout(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.set_font("helvetica", size=10)
    for _ in range(60):
        pdf.add_page()
        pdf.set_xy(10, 30)
        pdf.cell(0, 5, "A page of an annual report.")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    with pytest.raises(ReleaseReadError, match=r"report\.pdf: the PDF has 60 pages, more than"):
        read_release(path)


def test_ligatures_odd_spaces_and_bullet_glyphs_are_plain_text() -> None:
    from desktop.formats.releases.pdf import _clean

    assert _clean("\u2022 O\ufb03ce\u00a0of the Minister\n\uf0b7 Tel:\u2009+1 301 600 1385") == (
        "Office of the Minister\nTel: +1 301 600 1385")


def test_a_text_layer_of_unmapped_glyphs_is_refused() -> None:
    from desktop.formats.releases.pdf import check_text_layer

    with pytest.raises(ReleaseReadError, match=r"cid\.pdf: the PDF's text layer cannot be read"):
        check_text_layer("(cid:12)(cid:40)(cid:7) " * 200 + "Page 1", "cid.pdf")
    check_text_layer("Shelters open along the coast, the ministry said.", "fine.pdf")


def test_a_pdf_a_feed_links_to_is_read_from_its_bytes_and_named_by_its_address() -> None:
    from desktop.formats.releases.feed import FeedItem, read_page
    from desktop.formats.releases.fetch import Fetched

    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.set_xy(10, 20)
    pdf.multi_cell(190, 9, "Harbour towns open new flood shelters")
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(10, 40)
    pdf.multi_cell(190, 5, "KILRUSH, 3 March 2026 - Four harbour towns opened shelters today "
                   "for families whose homes flooded in the winter storms.")
    pdf.set_xy(10, 70)
    pdf.multi_cell(190, 5, CONTACT)
    url = "https://coastal.example.org/news/shelters.pdf"
    item = FeedItem(url, url, "Harbour towns open new flood shelters", None)
    release = read_page(Fetched(url, "application/pdf", None, bytes(pdf.output())), item)
    assert release.source == url
    assert release.title == "Harbour towns open new flood shelters"
    assert [p.name for p in release.media_contacts] == ["Marta Quill"]
    broken = Fetched(url, "application/pdf", None, b"%PDF-1.7\nnot really a pdf at all\n")
    with pytest.raises(ReleaseReadError, match=r"^https://coastal\.example\.org/news/shelters"
                                               r"\.pdf: not a readable PDF"):
        read_page(broken, item)
