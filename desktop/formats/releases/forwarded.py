"""A forwarded e-mail pasted into a page (a mailing-list archive, a repost): its header block.

List archives print the message as text: "[list] Fwd: Subject", then "From: …", "Date: …",
"Subject: …", "To: …" of the forwarded message. Its Subject is the release's headline (without
the list's tag and the "Fwd:"/"Re:" prefixes) and its Date the day the release was sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.text import squeeze
from desktop.formats.releases.dates import first_date

_HEADER = re.compile(
    r"^\s*\*?(from|date|sent|subject|to|de|objet|asunto|von|betreff)\s*\*?\s*:\s*(.*)$",
    re.IGNORECASE,
)
_SUBJECTS = {"subject", "objet", "asunto", "betreff"}
_DATES = {"date", "sent"}
_PREFIX = re.compile(r"^(?:\s*(?:\[[^\]]{1,30}\]|(?:fwd?|fw|re|tr|wg|aw|rv)\s*:))+\s*",
                     re.IGNORECASE)  # "[grc] Fwd: ", "RE: TR: "


@dataclass(frozen=True)
class MailHeaders:
    subject: str
    sent_on: date | None


def forwarded_headers(lines: list[str], within: int = 20) -> MailHeaders | None:
    """The Subject and Date of a forwarded message's header block in the first ``within``
    lines: a From and a Subject header no more than four lines apart."""
    found: dict[str, tuple[int, str]] = {}
    for index, line in enumerate(lines[:within]):
        header = _HEADER.match(line)
        if header is None:
            continue
        name = header.group(1).lower()
        key = "subject" if name in _SUBJECTS else "date" if name in _DATES else name
        found.setdefault(key, (index, header.group(2).strip()))
    if "subject" not in found or not ({"from", "de", "von"} & found.keys()):
        return None
    sender = min(found[key][0] for key in ("from", "de", "von") if key in found)
    if abs(found["subject"][0] - sender) > 4:
        return None
    subject = squeeze(_PREFIX.sub("", found["subject"][1]))
    if len(subject.split()) < 2:
        return None
    sent = first_date(found["date"][1]) if "date" in found else None
    return MailHeaders(subject, sent)
