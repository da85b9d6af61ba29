"""The sheet switches fallback fonts and shaping line by line: every line still prints whole."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdf

from desktop.formats.contact_sheet import write_sheet
from tests.exchange.contact_samples import OFFICE, rich_contact
from tests.exchange.test_export_contact_sheet import sheet_text


def test_latin_lines_between_chinese_arabic_and_devanagari_lines_all_print(
        tmp_path: Path) -> None:
    people = [
        rich_contact(id=1, name="王伟", title="新闻官 (press officer)"),
        rich_contact(id=2, name="Zoë Müller-Łukasiewicz", title="Media officer"),
        rich_contact(id=3, name="ليلى الخطيب", title="مسؤولة الإعلام"),
        rich_contact(id=4, name="Ana Núñez", title="Press 新闻 officer, प्रेस"),
        rich_contact(id=5, name="Ólafur Jónsson", title=None,
                     office=replace(OFFICE, id=2, name="北京 office")),
    ]
    write_sheet(tmp_path / "s.pdf", people)
    pages, _ = sheet_text(tmp_path / "s.pdf")
    text = "\n".join(pages)
    for line in ("王伟", "新闻官 (press officer)", "Zoë Müller-Łukasiewicz", "Media officer",
                 "ليلى الخطيب", "Ana Núñez", "Press 新闻 officer, प्रेस", "Ólafur Jónsson",
                 "北京 office", "Languages: ru, tg, fr", "+992 48 701 0222 ext. 12"):
        assert line in text, line


def test_a_latin_sheet_embeds_no_fallback_font(tmp_path: Path) -> None:
    write_sheet(tmp_path / "s.pdf", [rich_contact(id=1, name="Zoë Müller")])
    fonts = set()
    for page in pypdf.PdfReader(tmp_path / "s.pdf").pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVu" in font for font in fonts), fonts
