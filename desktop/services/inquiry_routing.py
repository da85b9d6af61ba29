"""Who should answer an inquiry: people named in matching releases, officers of the office in
the country named, and those who answered similar inquiries before, ranked, with reasons.

Computed here so the command line and the app suggest the same people in the same order.
Each source adds to a person's score; a person several sources point to comes first:

- named in a release matching the topic (through the contact search): 3 (2 when only some
  words of the topic matched);
- an officer of an office in the country the topic or the journalist names: 2;
- answered similar inquiries before: 1, plus 0.25 for each further one (at most 2).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.db.models import Contact, Inquiry, Office
from desktop.domain.countries import country_name, find_country_in_text
from desktop.domain.inquiries import SuggestionRecord
from desktop.search import finder
from desktop.search.words import words
from desktop.services.database import Database
from desktop.services.offices import resolve_country

RELEASE, RELEASE_PART, OFFICE, HISTORY = 3.0, 2.0, 2.0, 1.0
HISTORY_MORE, HISTORY_MAX = 0.25, 2.0
SEARCHED = 20
"""Contacts the search is asked for per query."""
HISTORY_ROWS = 500
"""Newest answered similar inquiries looked at."""
MIN_WORD = 4
_STOP_WORDS = """
about after again also avec before being between could dans does from have into more other
over para pour question questions sobre some such than that their there these they this those
through under what when where which while with would your comment quel quelle quels cual como
donde entre esta este estos pero porque sera sont leur leurs nous vous inquiry request
"""
_STOP = frozenset(_STOP_WORDS.split())


@dataclass
class _Candidate:
    contact_id: int
    name: str
    office: str | None
    score: float = 0.0
    codes: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    details: dict[str, str | int] = field(default_factory=dict)

    def add(self, code: str, score: float, reason: str,
            details: dict[str, str | int] | None = None) -> None:
        if code in self.codes:
            return
        self.codes.append(code)
        self.reasons.append(reason)
        self.score += score
        self.details.update(details or {})


def topic_words(topic: str) -> list[str]:
    """The words of a topic that say what it is about (no short or common words)."""
    return list(dict.fromkeys(w for w in words(topic) if len(w) >= MIN_WORD and w not in _STOP))


def _release_hits(session: Session, topic: str) -> list[tuple[int, float, str, str]]:
    """(contact id, score, reason, release title or "") of people named in releases matching
    the topic."""
    significant = topic_words(topic)
    if not significant:
        return []
    tries: list[tuple[str, float]] = [(" ".join(significant[:4]), RELEASE)]
    if len(significant) > 1:
        tries += [(word, RELEASE_PART) for word in significant[:4] if len(word) >= 5]
    found: list[tuple[int, float, str, str]] = []
    seen: set[int] = set()
    for text, weight in tries:
        for hit in finder.find(session, text, limit=SEARCHED, include_archived=False):
            if hit.kind == "release" and hit.contact_id not in seen:
                seen.add(hit.contact_id)
                found.append((hit.contact_id, weight, f"named in the release “{hit.value}”"
                              if hit.value else "named in a matching release",
                              hit.value or ""))
        if found and weight == RELEASE:
            break
    return found


def _officers(session: Session, country: str) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Contact.id, Office.name)
        .join(Office, Office.id == Contact.office_id)
        .where(Office.country == country, Contact.archived.is_not(True))
        .order_by(Contact.id).limit(SEARCHED)).all()
    return [(r[0], r[1]) for r in rows]


def _history(session: Session, topic: str) -> Counter[int]:
    significant = topic_words(topic)
    if not significant:
        return Counter()
    rows = session.execute(
        select(Inquiry.assignee_id, Inquiry.topic_key)
        .where(Inquiry.assignee_id.is_not(None), Inquiry.answered_at.is_not(None),
               or_(*(Inquiry.topic_key.contains(w, autoescape=True) for w in significant)))
        .order_by(Inquiry.id.desc()).limit(HISTORY_ROWS)).all()
    wanted = set(significant)
    counted: Counter[int] = Counter()
    for assignee_id, topic_key in rows:
        if assignee_id is not None and wanted & set(words(topic_key)):
            counted[assignee_id] += 1
    return counted


def suggest(db: Database, topic: str, journalist_country: str | None = None,
            limit: int = 5) -> list[SuggestionRecord]:
    """Up to ``limit`` people to answer an inquiry about ``topic``, best first, with why."""
    if not topic.strip() or limit < 1:
        return []
    countries = [c for c in (find_country_in_text(topic),
                             resolve_country(journalist_country, "Journalist country"))
                 if c]
    with db.reading() as session:
        scored: dict[int, float] = {}
        notes: dict[int, list[tuple[str, float, str, dict[str, str | int]]]] = {}

        def note(contact_id: int, code: str, score: float, reason: str,
                 details: dict[str, str | int]) -> None:
            notes.setdefault(contact_id, []).append((code, score, reason, details))
            scored[contact_id] = scored.get(contact_id, 0.0) + score

        for contact_id, score, reason, title in _release_hits(session, topic):
            note(contact_id, "release", score, reason, {"release_title": title} if title else {})
        for country in dict.fromkeys(countries):
            for contact_id, office in _officers(session, country):
                note(contact_id, "office", OFFICE,
                     f"works at {office}, in {country_name(country)}", {"country": country})
        for contact_id, count in _history(session, topic).items():
            score = min(HISTORY + HISTORY_MORE * (count - 1), HISTORY_MAX)
            note(contact_id, "history", score,
                 f"answered {count} similar {'inquiry' if count == 1 else 'inquiries'}",
                 {"answers": count})
        if not notes:
            return []
        people = {r[0]: r for r in session.execute(
            select(Contact.id, Contact.full_name, Office.name, Contact.archived)
            .outerjoin(Office, Office.id == Contact.office_id)
            .where(Contact.id.in_(list(notes))))}
    candidates: list[_Candidate] = []
    for contact_id, entries in notes.items():
        row = people.get(contact_id)
        if row is None or row[3]:
            continue
        candidate = _Candidate(contact_id, row[1], row[2])
        for code, score, reason, details in entries:
            candidate.add(code, score, reason, details)
        candidates.append(candidate)
    candidates.sort(key=lambda c: (-c.score, c.name.casefold(), c.contact_id))
    return [SuggestionRecord(c.contact_id, c.name, c.office, "+".join(c.codes),
                             "; ".join(c.reasons), round(c.score, 2),
                             release_title=_text_detail(c.details, "release_title"),
                             answers=int(c.details.get("answers", 0)),
                             country=_text_detail(c.details, "country"))
            for c in candidates[:limit]]


def _text_detail(details: dict[str, str | int], key: str) -> str | None:
    value = details.get(key)
    return str(value) if value else None
