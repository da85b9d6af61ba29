"""Ranking a bounded set of candidates the way a person would: name, then place, then release.

Engines only find candidates (cheap, unranked, bounded); this module orders them and says why
each matched, from the document words the engine handed back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.countries import country_name
from desktop.search.query import Term

# (weight when a word equals the term, weight when a word starts with it)
WEIGHTS: dict[str, tuple[float, float]] = {
    "name": (10.0, 8.0),
    "phone": (7.0, 7.0),  # only digit runs reach it: a number typed is a strong signal
    "office": (5.0, 4.5),
    "country": (5.0, 4.5),
    "city": (5.0, 4.5),
    "email": (4.0, 3.5),  # "iom" in lmendez@iom.int says less than "IOM" in an office name
    "title": (3.5, 3.0),
}
SIMILAR_NAME = 3.0
"""Weight of a name word found only by the fuzzy step, times its similarity (0-1)."""
RELEASE_TITLE, RELEASE_BODY = 2.0, 1.0
"""Release weights: always below any direct match (whose weakest field weighs 3)."""
TOP = WEIGHTS["name"][0]


@dataclass(frozen=True)
class Ranked:
    contact_id: int
    archived: bool
    name_key: str
    score: float
    matched: str
    kind: str = ""
    """The strongest reason, a stable word: a field of FIELDS, "similar" or "release"."""
    value: str | None = None
    """What the reason names when the index knows it: a country code, a release title, the
    name word a similar spelling found. The service fills in the rest from the record."""

    def sort_key(self) -> tuple[bool, float, str, int]:
        """Archived last, then best score, then by name: a stable order for equal scores."""
        return (self.archived, -self.score, self.name_key, self.contact_id)


_FIELD_ORDER: tuple[tuple[str, float, float, float], ...] = tuple(
    (name, exact, prefix, max((e for e, _ in list(WEIGHTS.values())[n + 1:]), default=0.0))
    for n, (name, (exact, prefix)) in enumerate(WEIGHTS.items()))
"""(field, exact weight, prefix weight, the most any later field can weigh): a later field
only wins by weighing strictly more, so the scan stops once none can."""


def _best_in_field(term: Term, exact: float, prefix: float, text: str) -> float:
    best = 0.0
    for variant in term.variants:
        if variant not in text:  # a C substring scan rules most fields out at once
            continue
        for word in text.split():
            if word == variant:
                return exact
            if word.startswith(variant):
                best = prefix
    return best


def _label(field: str, document: Mapping[str, str]) -> str:
    if field == "country":
        code = document["country"].split()[0] if document["country"] else ""
        return f"country: {country_name(code.upper())}" if code else "country"
    return field


def rank_direct(contact_id: int, archived: bool, document: Mapping[str, str],
                terms: tuple[Term, ...],
                similar: Mapping[str, Mapping[str, float]] | None = None) -> Ranked | None:
    """Score a contact whose own document matched; None if some term does not match it.

    ``similar`` maps a term to name words the fuzzy step found like it, with their similarity.
    """
    total = 0.0
    labels: list[str] = []
    strongest, kind, value = 0.0, "", None
    for term in terms:
        best, field = 0.0, ""
        for name, exact, prefix, later in _FIELD_ORDER:
            text = document.get(name)
            if text:
                weight = _best_in_field(term, exact, prefix, text)
                if weight > best:
                    best, field = weight, name
            if best >= later:
                break
        label = _label(field, document) if field else ""
        term_kind, term_value = field, _code(document) if field == "country" else None
        if not best and similar and term.text in similar:
            name_words = document.get("name", "").split()
            for word, score in similar[term.text].items():
                if word in name_words and SIMILAR_NAME * score > best:
                    best, term_value = SIMILAR_NAME * score, word
            label, term_kind = "similar name", "similar"
        if not best:
            return None
        total += best
        if label not in labels:
            labels.append(label)
        if best > strongest:
            strongest, kind, value = best, term_kind, term_value
    name = document.get("name", "")
    bonus = 0.5 if name.startswith(terms[0].text) else 0.0
    score = (total + bonus) / (TOP * len(terms))
    return Ranked(contact_id, archived, name, round(score, 4), ", ".join(labels), kind, value)


def _code(document: Mapping[str, str]) -> str | None:
    """The country code the document starts its country words with ("tj ...") -> "TJ"."""
    country = document.get("country", "")
    return country.split(maxsplit=1)[0].upper() if country else None


def rank_release(contact_id: int, archived: bool, name_key: str, in_title: bool,
                 title: str, terms: tuple[Term, ...]) -> Ranked:
    """A contact found through a release that names them: below every direct match."""
    weight = RELEASE_TITLE if in_title else RELEASE_BODY
    return Ranked(contact_id, archived, name_key, round(weight / TOP, 4), f"release: {title}",
                  "release", title)
