"""The printed contact sheet (PDF): people grouped by region, country and office.

fpdf2 with DejaVu Sans embedded from ``resources/fonts`` (so the sheet looks the same on
every machine) and HarfBuzz text shaping (uharfbuzz): Arabic letters join and run right to
left, Cyrillic and Latin diacritics print as written. Every value is laid out with
``multi_cell``: a long title, office or address wraps inside its column instead of running
over the next one, and a person's block is measured first so it never splits across pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fpdf import FPDF
from fpdf.enums import Align, MethodReturnValue, XPos, YPos
from fpdf.fonts import TTFFont

from desktop.domain.countries import country_name
from desktop.domain.records import ContactRecord, OfficeRecord
from desktop.domain.regions import region_name, region_of
from desktop.domain.text import fold
from desktop.domain.zones import zone_from
from desktop.formats.sheet_breaks import broken_at_address_marks
from desktop.formats.sheet_words import (
    SheetLabels,
    printed_date,
    printed_moment,
    with_extension_word,
)
from desktop.paths import FONTS_DIR

__all__ = ["PAPERS", "SheetLabels", "SheetOptions", "utc_offset", "write_sheet"]

FONTS = FONTS_DIR
FONT = "DejaVu"
PAPERS = {"a4": "A4", "letter": "Letter"}
_COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\u0f00-\u0fff\u1000-\u109f"
                      "\u1780-\u17ff\ufb1d-\ufdff\ufe70-\ufeff]")
_FALLBACKS = (
    ("DroidSansFallback", "DroidSansFallback.ttf",
     re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")),
    ("LohitDevanagari", "Lohit-Devanagari.ttf", re.compile("[\u0900-\u097f\ua8e0-\ua8ff]")),
)
"""Fonts for scripts DejaVu lacks (CJK, Devanagari), added only to sheets that need them."""
"""Scripts that need shaping (Hebrew, Arabic, Syriac, Thaana, Indic, Tibetan, Myanmar, Khmer).
Shaping costs a HarfBuzz call per measured fragment: it is switched on only for such text."""


@dataclass(frozen=True)
class SheetOptions:
    title: str = "Press contacts"
    scope: str = "All contacts"
    paper: str = "a4"
    printed_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    labels: SheetLabels = field(default_factory=SheetLabels)
    language: str = "en"
    """For country and region names, dates and the extension word (``sheet_words``)."""


def utc_offset(zone: str, at: datetime) -> str | None:
    """"UTC+05:00" for Asia/Dushanbe, at the moment printed (summer time included)."""
    try:
        offset = at.astimezone(ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None
    if offset is None:
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _country(contact: ContactRecord) -> str | None:
    return contact.country or (contact.office.country if contact.office else None)


def _missing_from(cmaps: Sequence[dict[int, str]]) -> re.Pattern[str]:
    """A pattern matching any character one of these fonts lacks (line breaks aside)."""
    covered = set.intersection(*(set(cmap) for cmap in cmaps)) | {10, 13}
    ranges: list[str] = []
    start = previous = -2
    for code in [*sorted(covered), -1]:
        if code != previous + 1:
            if start >= 0:
                ranges.append(re.escape(chr(start)) + "-" + re.escape(chr(previous)))
            start = code
        previous = code
    return re.compile("[^" + "".join(ranges) + "]")


class _Sheet(FPDF):
    shaping: bool = False
    fallbacks: tuple[str, ...] = ()
    """Fallback fonts the sheet has; switched on only for text ``missing`` matches."""
    falling_back: bool = False
    missing: re.Pattern[str] | None = None

    def shape_for(self, text: str) -> None:
        """Shaping (and the bidi algorithm) on for Arabic and the like, fallback fonts on for
        text DejaVu cannot print: each only when needed, since either sends fpdf2 through its
        character-by-character path (most of the sheet's time when always on)."""
        needed = _COMPLEX.search(text) is not None
        if needed != self.shaping:
            self.set_text_shaping(needed)
            self.shaping = needed
        if self.missing is not None:
            falling = self.missing.search(text) is not None
            if falling != self.falling_back:
                self.set_fallback_fonts(self.fallbacks if falling else (), exact_match=False)
                self.falling_back = falling

    def use_fallbacks(self, names: Sequence[str]) -> None:
        """Fonts for characters DejaVu lacks, used from the next ``shape_for`` that needs them."""
        self.fallbacks = tuple(names)
        cmaps = [font.cmap for key, font in self.fonts.items()
                 if key.startswith(FONT.lower()) and isinstance(font, TTFFont)]
        self.missing = _missing_from(cmaps)

    def __init__(self, options: SheetOptions) -> None:
        super().__init__(format=PAPERS[options.paper])
        self.options = options
        self.running = ""
        self.add_font(FONT, "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_margins(15, 18, 15)
        self.set_auto_page_break(True, margin=16)
        self.alias_nb_pages("{nb}")
        self.set_title(options.title)
        self.set_creator("Press Desk")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(FONT, "", 7.5)
        self.set_text_color(90)
        self.set_xy(self.l_margin, 8)
        width = self.w - self.l_margin - self.r_margin
        heading = self.options.title + " — " + self.options.scope
        self.shape_for(heading)
        self.cell(width * 0.7, 4, heading)
        self.shape_for(self.running)
        self.cell(width * 0.3, 4, self.running, align=Align.R)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_text_color(0)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(90)
        labels = self.options.labels
        printed = labels.printed.format(date=printed_date(self.options.printed_at,
                                                          self.options.language))
        width = self.w - self.l_margin - self.r_margin
        self.shape_for(printed)
        self.cell(width / 2, 4, printed)
        page = labels.page.format(page=self.page_no(), pages="{nb}")
        self.shape_for(page)
        self.cell(width / 2, 4, page, align=Align.R)
        self.set_text_color(0)


def _add_fallbacks(pdf: _Sheet, contacts: Sequence[ContactRecord]) -> None:
    """Give the sheet the fallback fonts its names, titles and offices need, and no others."""
    texts = "\n".join(f"{c.name}\n{c.title or ''}\n{c.office.name if c.office else ''}"
                      f"\n{c.office.city or '' if c.office else ''}" for c in contacts)
    names = []
    for name, file, pattern in _FALLBACKS:
        if pattern.search(texts):
            pdf.add_font(name, "", str(FONTS / file))
            names.append(name)
    if names:
        pdf.use_fallbacks(names)


class _Writer:
    LINE = 4.4
    NAME_WIDTH = 0.38

    def __init__(self, options: SheetOptions) -> None:
        self.options = options
        self.labels = options.labels
        self.pdf = _Sheet(options)
        self.width = self.pdf.w - self.pdf.l_margin - self.pdf.r_margin
        self.current_office: OfficeRecord | None = None
        self.numbers: dict[int, list[str]] = {}
        """Valid numbers of each office's people, for an office with no stored time zone."""
        self.zones: dict[int, tuple[str, bool] | None] = {}
        self.measured: dict[tuple[float, str, str, float], int] = {}

    # -- measuring and writing wrapped text -------------------------------------------------

    def _lines(self, width: float, text: str, style: str = "", size: float = 9) -> int:
        key = (width, text, style, size)
        known = self.measured.get(key)
        if known is None:
            known = self.measured[key] = self._measure(width, text, style, size)
        return known

    def _fits(self, width: float, text: str) -> bool:
        """One line, measured once: most values fit, and then no line breaking is needed."""
        pdf = self.pdf
        if "\n" in text:
            return False
        font = pdf.current_font
        if pdf.shaping or pdf.falling_back or "{" in text or not isinstance(font, TTFFont):
            measured = pdf.get_string_width(text)
        else:  # what get_string_width sums, without building fragments to sum it
            widths = font.cw
            measured = sum([widths[ord(char)] for char in text]) * pdf.font_size_pt \
                * 0.001 / pdf.k
        return measured < width - 2 * pdf.c_margin - 0.5

    def _measure(self, width: float, text: str, style: str, size: float) -> int:
        pdf = self.pdf
        pdf.set_font(FONT, style, size)
        pdf.shape_for(text)
        if self._fits(width, text):
            return 1
        lines = self.pdf.multi_cell(width, self.LINE, text, dry_run=True,
                                    output=MethodReturnValue.LINES, align=Align.L)
        return max(len(lines), 1) if isinstance(lines, list) else 1

    def _unbroken(self, text: str, width: float, style: str, size: float) -> str:
        """``text`` holding an e-mail address, broken only where an address may break when
        it does not fit (``sheet_breaks``)."""
        if self._lines(width, text, style, size) == 1:
            return text
        pdf = self.pdf
        pdf.set_font(FONT, style, size)
        pdf.shape_for(text)
        room = width - 2 * pdf.c_margin - 0.5
        return broken_at_address_marks(text, lambda line: pdf.get_string_width(line) < room)

    def _block(self, parts: Sequence[tuple[str, str, float]], width: float) -> float:
        return sum(self._lines(width, text, style, size) for text, style, size in parts) \
            * self.LINE

    def _write(self, parts: Sequence[tuple[str, str, float]], x: float, width: float) -> None:
        pdf = self.pdf
        for text, style, size in parts:
            pdf.set_font(FONT, style, size)
            pdf.shape_for(text)
            if self._lines(width, text, style, size) != 1:
                pdf.set_x(x)
                pdf.multi_cell(width, self.LINE, text, align=Align.L,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif pdf.shaping or pdf.falling_back:
                pdf.set_x(x)
                pdf.cell(width, self.LINE, text, align=Align.L,
                         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                self._plain_line(x, text)

    def _plain_line(self, x: float, text: str) -> None:
        """One line of text that needs neither shaping nor a fallback font, where ``cell``
        would print it (left padding, baseline), without the fragments, graphics-state copies
        and border logic ``cell`` spends on each call (most of the sheet's time)."""
        pdf = self.pdf
        pdf.text(x + pdf.c_margin, pdf.y + 0.5 * self.LINE + 0.3 * pdf.font_size, text)
        pdf.set_y(pdf.y + self.LINE)

    def _room(self, height: float) -> bool:
        return self.pdf.get_y() + height <= self.pdf.page_break_trigger

    # -- headings -----------------------------------------------------------------------------

    def title(self, count: int) -> None:
        pdf, labels, options = self.pdf, self.labels, self.options
        pdf.add_page()
        pdf.set_font(FONT, "B", 16)
        pdf.shape_for(options.title)
        pdf.multi_cell(self.width, 7, options.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(FONT, "", 9.5)
        pdf.set_text_color(60)
        details = " · ".join([options.scope, labels.count(count),
                              labels.printed.format(date=printed_moment(options.printed_at,
                                                                        options.language))])
        pdf.shape_for(details)
        pdf.multi_cell(self.width, 5, details, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0)
        pdf.ln(2)

    def region(self, name: str) -> None:
        if not self._room(22):
            self.pdf.add_page()
        pdf = self.pdf
        pdf.ln(2)
        pdf.set_fill_color(32, 64, 112)
        pdf.set_text_color(255)
        pdf.set_font(FONT, "B", 12)
        pdf.shape_for(name)
        pdf.multi_cell(self.width, 7, name, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                       padding=(0, 2))
        pdf.set_text_color(0)
        pdf.ln(1)

    def country(self, name: str) -> None:
        if not self._room(18):
            self.pdf.add_page()
        pdf = self.pdf
        pdf.set_font(FONT, "B", 11)
        pdf.set_text_color(32, 64, 112)
        pdf.shape_for(name)
        pdf.multi_cell(self.width, 6, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0)
        pdf.set_draw_color(32, 64, 112)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + self.width, pdf.get_y())
        pdf.set_draw_color(0)
        pdf.ln(1)

    def _office_parts(self, office: OfficeRecord | None, continued: bool = False
                      ) -> list[tuple[str, str, float]]:
        labels = self.labels
        if office is None:
            return [(labels.no_office, "B", 10.0)]
        name = office.name + (f" {labels.continued}" if continued else "")
        parts: list[tuple[str, str, float]] = [(name, "B", 10)]
        facts = []
        if office.phone:
            facts.append(labels.said(labels.switchboard, with_extension_word(
                office.phone, self.options.language)))
        if office.email:
            facts.append(office.email)
        if office.city:
            facts.append(office.city)
        if office.id not in self.zones:  # measured, written, and again on continued pages
            self.zones[office.id] = zone_from(office.time_zone, self.numbers.get(office.id, ()),
                                              guess=False)
        found = self.zones[office.id]
        if found is not None:
            offset = utc_offset(found[0], self.options.printed_at)
            zone = found[0] + (f" ({offset})" if offset else "")
            facts.append(labels.said(labels.time_zone, zone))
        if facts:
            line = " · ".join(facts)
            if office.email:
                line = self._unbroken(line, self.width, "", 8.5)
            parts.append((line, "", 8.5))
        return parts

    def office(self, office: OfficeRecord | None, first: ContactRecord) -> None:
        parts = self._office_parts(office)
        height = self._block(parts, self.width) + self._person_height(first) + 3
        if not self._room(height):
            self.pdf.add_page()
        self.pdf.ln(1)
        self._write(parts, self.pdf.l_margin, self.width)
        self.pdf.ln(1)
        self.current_office = office

    # -- people -------------------------------------------------------------------------------

    def _person_parts(self, contact: ContactRecord
                      ) -> tuple[list[tuple[str, str, float]], list[tuple[str, str, float]]]:
        labels = self.labels
        left: list[tuple[str, str, float]] = [(contact.name, "B", 9.5)]
        if contact.archived:
            left.append((labels.archived, "", 8.5))
        if contact.title:
            left.append((contact.title, "", 8.5))
        right: list[tuple[str, str, float]] = []
        for phone in contact.phones:
            kind = labels.kinds.get(phone.kind.value, phone.kind.value)
            shown = (with_extension_word(phone.display, self.options.language)
                     if phone.display else phone.as_written)  # as written stays as written
            flag = "" if phone.valid else f" ({labels.needs_review})"
            right.append((labels.said(kind, f"{shown}{flag}"), "", 9))
        right_width = self.width - self.width * self.NAME_WIDTH
        for email in contact.emails:
            kind = labels.kinds.get(email.kind.value, email.kind.value)
            said = labels.said(kind, email.address or email.as_written)
            right.append((self._unbroken(said, right_width, "", 9), "", 9))
        if contact.languages:
            right.append((labels.said(labels.languages, ", ".join(contact.languages)), "", 8.5))
        return left, right

    def _person_height(self, contact: ContactRecord) -> float:
        left, right = self._person_parts(contact)
        name_width = self.width * self.NAME_WIDTH
        return max(self._block(left, name_width - 3),
                   self._block(right, self.width - name_width)) + 2

    def person(self, contact: ContactRecord) -> None:
        pdf = self.pdf
        left, right = self._person_parts(contact)
        name_width = self.width * self.NAME_WIDTH
        height = max(self._block(left, name_width - 3),
                     self._block(right, self.width - name_width)) + 2
        if not self._room(height):
            pdf.add_page()
            self._write(self._office_parts(self.current_office, continued=True),
                        pdf.l_margin, self.width)
            pdf.ln(1)
        top = pdf.get_y()
        self._write(left, pdf.l_margin, name_width - 3)
        pdf.set_y(top)
        self._write(right, pdf.l_margin + name_width, self.width - name_width)
        bottom = top + height
        pdf.set_draw_color(215)
        pdf.line(pdf.l_margin, bottom - 1, pdf.l_margin + self.width, bottom - 1)
        pdf.set_draw_color(0)
        pdf.set_y(bottom)


def _grouped(contacts: Sequence[ContactRecord], options: SheetOptions
             ) -> list[tuple[str, str, list[ContactRecord]]]:
    """(region name, country name, contacts sorted by office then name), regions and countries in
    alphabetical order of their names in the sheet's language, accents aside ("África" first)."""
    labels = options.labels

    def key(contact: ContactRecord) -> tuple[int, str, int, str, int, str, str]:
        country = _country(contact)
        region = region_of(country)
        office = contact.office
        return (region is None, fold(region_name(region, options.language)) if region else "",
                country is None,
                fold(country_name(country, options.language)) if country else "",
                office is None, fold(office.name) if office else "", fold(contact.name))

    groups: list[tuple[str, str, list[ContactRecord]]] = []
    for contact in sorted(contacts, key=key):
        country = _country(contact)
        region = region_of(country)
        region_text = region_name(region, options.language) if region else labels.no_region
        country_text = (f"{country_name(country, options.language)} ({country})" if country
                        else labels.no_country)
        if not groups or groups[-1][:2] != (region_text, country_text):
            groups.append((region_text, country_text, []))
        groups[-1][2].append(contact)
    return groups


def write_sheet(path: Path, contacts: Sequence[ContactRecord],
                options: SheetOptions | None = None,
                laid_out: Callable[[int], None] | None = None) -> int:
    """Write the contact sheet to ``path``; return the number of people on it.

    ``laid_out(people)`` is told how many people are placed each time a page fills, and once
    more when the file is written: laying out is most of a large sheet's time, so a caller's
    progress and cancel (by raising) happen between pages, not only while records are read.
    """
    options = options or SheetOptions()
    done, page = 0, 0
    writer = _Writer(options)
    for contact in contacts:
        if contact.office is not None and not contact.office.time_zone:
            writer.numbers.setdefault(contact.office.id, []).extend(
                p.e164 for p in contact.phones if p.e164 and p.valid)
    _add_fallbacks(writer.pdf, contacts)
    writer.title(len(contacts))
    region = None
    for region_text, country_text, people in _grouped(contacts, options):
        writer.pdf.running = f"{region_text} › {country_text}"  # before any new page
        if region_text != region:
            writer.region(region_text)
            region = region_text
        writer.country(country_text)
        office_id: int | bool | None = False
        for contact in people:
            current = contact.office.id if contact.office else None
            if current != office_id:
                writer.office(contact.office, contact)
                office_id = current
            writer.person(contact)
            done += 1
            if laid_out is not None and writer.pdf.page_no() != page:
                page = writer.pdf.page_no()
                laid_out(done)
    if not contacts:
        writer.pdf.set_font(FONT, "", 10)
        empty = options.labels.count(0)
        writer.pdf.shape_for(empty)
        writer.pdf.multi_cell(writer.width, 6, empty)
    writer.pdf.output(str(path))
    if laid_out is not None:
        laid_out(len(contacts))
    return len(contacts)
