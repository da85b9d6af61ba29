"""The media contacts of a release's lines: every block read, one person per name.

``blocks`` finds the blocks, ``block_reading`` reads the people in each, ``settling`` settles
their countries and numbers; this module holds the entry points the release parser calls.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.formats.releases.block_reading import read_block
from desktop.formats.releases.blocks import Block, find_blocks, header_entry, job_label
from desktop.formats.releases.layout import heading_at
from desktop.formats.releases.model import ExtractedPerson
from desktop.formats.releases.settling import unique_emails, unique_phones


def extract_contacts(
    lines: list[str], fallback_region: str | None = None, home_regions: tuple[str, ...] = ()
) -> tuple[list[ExtractedPerson], list[Block]]:
    """Media contacts from every block in ``lines``, and the blocks (so quotes can skip them).

    ``fallback_region`` (the country the release is about) reads national-format numbers of
    people whose office names no country and who give no +code; ``home_regions`` (the
    countries of the release's language) read them where only one of those countries fits.
    """
    blocks = find_blocks(lines)
    people: list[ExtractedPerson] = []
    kept: list[Block] = []
    for block in blocks:
        read = read_block(lines, block, fallback_region, home_regions)
        if block.pointed is not None and not any(
            person.name.casefold() == block.pointed.casefold() for person in read
        ):
            continue  # a lead-in in unknown words whose person did not come out: not a block
        people.extend(read)
        kept.append(block)
    return _merged(people), kept


def _merged(people: list[ExtractedPerson]) -> list[ExtractedPerson]:
    """One person per name: someone the page names twice ("sent via e-mail to Mrs X on: …",
    then "Mrs. X / Division / Tel.") is one contact with the details of both."""
    merged: dict[str, ExtractedPerson] = {}
    for person in people:
        key = person.name.casefold()
        first = merged.get(key)
        if first is None:
            merged[key] = person
            continue
        merged[key] = replace(
            first,
            title=first.title or person.title,
            office=first.office or person.office,
            country=first.country or person.country,
            phones=tuple(unique_phones([*first.phones, *person.phones])),
            emails=tuple(unique_emails([*first.emails, *person.emails])),
        )
    return list(merged.values())


def headed_contacts(lines: list[str], fallback_region: str | None = None,
                    home_regions: tuple[str, ...] = ()) -> list[ExtractedPerson]:
    """Media contacts above the story (a newswire's "Contact: A, …; B, …" before the headline,
    an advisory that opens with its contacts): only blocks a heading, a lead-in or a job written
    as a label ("Press officer: Jo B." over her number) opens, as the menus and banners up there
    carry numbers and addresses of no one."""
    people: list[ExtractedPerson] = []
    for block in find_blocks(lines):
        opening = lines[block.start]
        if heading_at(opening) is not None or job_label(opening) is not None or header_entry(
            lines, block
        ):  # "Name/Name", "Headquarters, Washington", "202-555-0100/0101" over the release
            people.extend(read_block(lines, block, fallback_region, home_regions))
    return people
