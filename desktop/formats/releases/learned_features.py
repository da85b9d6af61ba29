"""Shape features of article lines for the learned contact-line model.

Each line is described by what the hand rules already recognise in it (a phone or e-mail span,
a contact label, a lead-in or heading, a role, organisation or job word from words/*.json, a
name-like line) and by its shape (length, blank neighbours, digits and capitals, bullet, where it
stands in the text), and by the same for the lines before and after. No word of the text is
ever a feature: the model file carries classes of words, never anybody's words or names.
"""

from __future__ import annotations

import re

from desktop.formats.releases.fields import (
    clean_name,
    find_email_spans,
    find_phone_spans,
    has_email_label,
    has_job_word,
    has_org_word,
    has_phone_label,
    has_role_word,
    is_postal_line,
    looks_like_office,
)
from desktop.formats.releases.layout import heading_at, lead_in
from desktop.formats.releases.lexicon import (
    AFTER_CONTACTS,
    BULLETS,
    DESK_LINE,
    FOOTER_MARKERS,
    SWITCHBOARD,
    fold_keep_length,
)
from desktop.formats.releases.reader import split_segments

_SENTENCE_END = re.compile(r"[.!?…»”\"][)\]]?\s*$")
_BULLET = re.compile(rf"^\s*[{BULLETS}*\-–—>]")
_LABEL_START = re.compile(r"^\s*[^\W\d_][\w .-]{0,20}[:：]")

Features = dict[str, float]


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= edge for edge in edges)


def _own(text: str) -> dict[str, bool | int]:
    """What one line holds, as booleans and small buckets."""
    line = text.strip()
    if not line:
        return {"blank": True}
    words = line.split()
    short = len(words) <= 12 and len(line) <= 120
    segments = split_segments(line) if len(words) <= 40 else []
    letters = [ch for ch in line if ch.isalpha()]
    digits = sum(ch.isdigit() for ch in line)
    upper = sum(ch.isupper() for ch in letters)
    folded = fold_keep_length(line)
    return {
        "phone": bool(find_phone_spans(line)),
        "email": bool(find_email_spans(line)),
        "plabel": has_phone_label(line) and any(ch.isdigit() for ch in line),
        "elabel": has_email_label(line),
        "heading": heading_at(line) is not None,
        "leadin": lead_in(line)[0] > 0,
        "role": has_role_word(line),
        "org": has_org_word(line),
        "job": has_job_word(line),
        "office": short and looks_like_office(line),
        "postal": short and is_postal_line(line),
        "name": len(words) <= 6 and clean_name(line) is not None,
        "name_first": bool(segments) and clean_name(segments[0]) is not None,
        "footer": bool(FOOTER_MARKERS.match(line)),
        "after": bool(AFTER_CONTACTS.match(line)),
        "desk": bool(DESK_LINE.match(folded)),
        "switchboard": bool(SWITCHBOARD.search(folded)),
        "sentence": bool(_SENTENCE_END.search(line)),
        "bullet": bool(_BULLET.match(line)),
        "label": bool(_LABEL_START.match(line)),
        "segments": min(len(segments), 4),
        "words": _bucket(len(words), (2, 4, 7, 13, 26)),
        "digits": _bucket(digits / len(line), (0.05, 0.2, 0.4)),
        "upper": _bucket(upper / len(letters), (0.2, 0.5, 0.9)) if letters else -1,
    }


def _add(features: Features, prefix: str, own: dict[str, bool | int]) -> None:
    for key, value in own.items():
        if isinstance(value, bool):
            if value:
                features[f"{prefix}{key}"] = 1.0
        else:
            features[f"{prefix}{key}={value}"] = 1.0


def line_features(lines: list[str]) -> list[Features]:
    """One feature map per line of ``lines`` (the article lines the block finder reads)."""
    owns = [_own(line) for line in lines]
    count = len(lines)
    result: list[Features] = []
    for index, own in enumerate(owns):
        features: Features = {"bias": 1.0, f"pos={_bucket(index / max(count, 1), _TENTHS)}": 1.0}
        _add(features, "", own)
        for step in (-2, -1, 1, 2):
            at = index + step
            prefix = f"{step:+d}:"
            if 0 <= at < count:
                _add(features, prefix, owns[at] if abs(step) == 1 else _near(owns[at]))
            else:
                features[f"{prefix}edge"] = 1.0
        cue_near = any(
            owns[at].get("phone") or owns[at].get("email")
            for at in range(max(0, index - 4), min(count, index + 5))
        )
        if cue_near:
            features["cue_within4"] = 1.0
        result.append(features)
    return result


_TENTHS = tuple(step / 10 for step in range(1, 10))
_NEAR_KEYS = ("blank", "phone", "email", "name", "heading", "leadin", "footer", "sentence")


def _near(own: dict[str, bool | int]) -> dict[str, bool | int]:
    """The few facts of a line two away that still say something about this one."""
    return {key: value for key, value in own.items() if key in _NEAR_KEYS}
