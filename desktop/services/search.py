"""Quick lookup: the right press officer as you type, with why each one matched.

The index finds and ranks (``desktop.search``); this use case loads only the hit rows and
hands back frozen records, with the releases each person is named in.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.phones import digits
from desktop.domain.records import ContactRecord
from desktop.search import finder
from desktop.search.query import parse
from desktop.search.rank import Ranked
from desktop.search.words import name_words, words
from desktop.services.database import Database
from desktop.services.mapping import contact_records

MATCH_KINDS = ("name", "office", "country", "city", "title", "phone", "email", "similar",
               "release")
"""The values of ``SearchHit.match_kind``: a stable vocabulary the GUI translates."""


@dataclass(frozen=True)
class SearchHit:
    contact: ContactRecord
    matched: str
    """A few words on why: "name", "office", "country: Tajikistan", "phone", "email",
    "release: <title>", "similar name"."""
    score: float
    match_kind: str = ""
    """The strongest reason, one of MATCH_KINDS (the first word of ``matched``, made stable)."""
    match_value: str | None = None
    """What that reason names: the office or city, the country code ("TJ"), the title, the
    phone number or address that matched, the name a similar spelling found, the release
    title; None for a name match."""


def search_contacts(db: Database, query: str, *, limit: int = 50,
                    include_archived: bool = False,
                    with_releases: bool = True) -> list[SearchHit]:
    """Contacts for ``query``, best first; archived ones only if asked, and then last.

    ``with_releases=False``: each record's ``releases`` left empty, unread (the GUI's list,
    which does not show them, on every keystroke; its card reads the person again).
    """
    if not query.strip() or limit < 1:
        return []
    with db.reading() as session:
        ranked = finder.find(session, query, limit=limit, include_archived=include_archived)
        if not ranked:
            return []
        records = contact_records(session, [hit.contact_id for hit in ranked],
                                  releases=with_releases)
    typed = _Typed(query)
    return [
        SearchHit(records[hit.contact_id], hit.matched, hit.score, hit.kind,
                  _value(hit, records[hit.contact_id], typed))
        for hit in ranked if hit.contact_id in records  # an index row outliving its contact
    ]


class _Typed:
    """The query's digit runs and words, read once per search (not once per hit)."""

    def __init__(self, query: str) -> None:
        self._query = query
        self._runs: list[str] | None = None
        self._words: list[str] | None = None

    @property
    def runs(self) -> list[str]:
        if self._runs is None:
            self._runs = [v for term in parse(self._query) for v in term.variants]
        return self._runs

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = words(self._query)
        return self._words


def _value(hit: Ranked, contact: ContactRecord, query: _Typed) -> str | None:
    """``match_value`` for the kinds the index only knows as folded words."""
    kind = hit.kind
    if kind == "office":
        return contact.office.name if contact.office else None
    if kind == "city":
        return contact.office.city if contact.office else None
    if kind == "title":
        return contact.title
    if kind == "phone":
        wanted = query.runs
        for phone in contact.phones:
            found = digits(phone.e164 or "") + " " + digits(phone.as_written)
            if any(run in found for run in wanted):
                return phone.display or phone.as_written
        return next((p.display or p.as_written for p in contact.phones), None)
    if kind == "email":
        typed = query.words
        for email in contact.emails:
            text = " ".join(words(email.address or email.as_written))
            if all(word in text for word in typed):
                return email.address or email.as_written
        return next((e.address or e.as_written for e in contact.emails), None)
    if kind == "similar" and hit.value:
        # the word as the contact's name writes it ("Shafiev"), not as the index folds it
        for word in contact.name.split():
            if hit.value in name_words(word):
                return word.strip(",.;")
    return hit.value
