"""Finding contacts for what was typed: bounded candidate stages, then ranking in Python.

Stages run best first and stop once there are enough candidates: names that equal the terms,
names that start with them, any field, then people named in matching releases, then people
whose own words and a release naming them share the terms between them ("shafiev almaty"),
and similar names when exact search found little. Every stage is an unranked, LIMITed index
lookup, so a one-letter query costs no more than a rare surname.
"""

from __future__ import annotations

from types import ModuleType

from sqlalchemy.orm import Session

from desktop.search import fuzzy, query, rank
from desktop.search.index import backend
from desktop.search.query import Term
from desktop.search.rank import Ranked
from desktop.search.words import words

CANDIDATES = 200
"""Most rows fetched per stage: enough to rank a page well, few enough to rank instantly."""
RELEASES = 100
"""Newest matching releases whose people are offered."""
FEW = 5
"""Fewer direct hits than this and similar names are looked for too."""
MIXED_TERMS = 4
"""Most words for which splits between a person and a release are tried (2 per cut)."""


def _direct(session: Session, terms: tuple[Term, ...], include_archived: bool,
            wanted: int) -> dict[int, tuple[bool, dict[str, str]]]:
    engine = backend(session)
    found: dict[int, tuple[bool, dict[str, str]]] = {}
    words_only = not any(t.phone for t in terms)
    stages: list[tuple[bool, bool]] = []  # (names only, prefix)
    if words_only:
        stages += [(True, False), (True, True)]
    stages.append((False, True))
    for names_only, prefix in stages:
        rows = _find(session, engine, terms, names_only=names_only, prefix=prefix,
                     include_archived=include_archived,
                     candidates=min(CANDIDATES, max(2 * wanted, 60)))
        for contact_id, archived, document in rows:
            found.setdefault(contact_id, (archived, document))
        if len(found) >= wanted:
            break
    return found


def _find(session: Session, engine: ModuleType, terms: tuple[Term, ...], *,
          names_only: bool, prefix: bool, include_archived: bool,
          alternatives: dict[str, tuple[str, ...]] | None = None, candidates: int = CANDIDATES,
          ) -> list[tuple[int, bool, dict[str, str]]]:
    expression = engine.contact_expression(terms, names_only=names_only, prefix=prefix,
                                           alternatives=alternatives)
    rows: list[tuple[int, bool, dict[str, str]]] = engine.find_contacts(
        session, expression, include_archived=include_archived, limit=candidates,
        names_only=names_only)
    return rows


def _shown(ranked: dict[int, Ranked]) -> int:
    """Hits sure to be listed before any release hit (archived ones sort after everything)."""
    return sum(1 for hit in ranked.values() if not hit.archived)


def _add_release_hits(session: Session, engine: ModuleType, terms: tuple[Term, ...],
                      include_archived: bool, ranked: dict[int, Ranked], limit: int) -> None:
    """People named in releases whose title, then body, matches every term.

    Body hits rank below title hits, so the body pass is skipped when the page is already full.
    """
    for in_title in (True, False):
        if not in_title and _shown(ranked) >= limit:
            return
        expression = engine.release_expression(terms, in_title=in_title)
        for contact_id, archived, name, _release_id, title in engine.find_release_contacts(
            session, expression, include_archived=include_archived, releases=RELEASES,
            in_title=in_title,
        ):
            if contact_id not in ranked:
                ranked[contact_id] = rank.rank_release(contact_id, archived, name, in_title,
                                                       title, terms)


def _splits(terms: tuple[Term, ...]) -> list[tuple[tuple[Term, ...], tuple[Term, ...]]]:
    """(the person's terms, the release's terms): leading or trailing words for the person, as
    people type "shafiev almaty" or "almaty process shafiev"."""
    found = []
    for cut in range(1, len(terms)):
        found.append((terms[:cut], terms[cut:]))
        found.append((terms[cut:], terms[:cut]))
    return found


def _in_title(title: str, terms: tuple[Term, ...]) -> bool:
    title_words = words(title)
    return all(any(w.startswith(v) for v in term.variants for w in title_words)
               for term in terms)


def _add_mixed_hits(session: Session, engine: ModuleType, terms: tuple[Term, ...],
                    include_archived: bool, ranked: dict[int, Ranked], limit: int) -> None:
    """People matching some of the words, named in a release matching the others."""
    for person, release in _splits(terms):
        if _shown(ranked) >= limit:
            return
        for contact_id, archived, name, _release_id, title in engine.find_mixed(
            session, engine.contact_expression(person, names_only=False, prefix=True),
            engine.release_expression(release, in_title=False),
            include_archived=include_archived, contacts=CANDIDATES, limit=RELEASES,
        ):
            if contact_id not in ranked:
                ranked[contact_id] = rank.rank_release(
                    contact_id, archived, name, _in_title(title, release), title, terms)


def _similar(session: Session, terms: tuple[Term, ...], include_archived: bool,
             ) -> tuple[list[tuple[int, bool, dict[str, str]]], dict[str, dict[str, float]]]:
    similar = fuzzy.similar_words(session, terms)
    if not similar:
        return [], {}
    alternatives = {term: tuple(words) for term, words in similar.items()}
    rows = _find(session, backend(session), terms, names_only=False, prefix=True,
                 include_archived=include_archived, alternatives=alternatives)
    return rows, similar


def find(session: Session, text: str, *, limit: int, include_archived: bool) -> list[Ranked]:
    """The best ``limit`` contacts for ``text``, best first, each with why it matched."""
    terms = query.parse(text)
    if not terms or limit < 1:
        return []
    wanted = max(limit, FEW)
    direct = _direct(session, terms, include_archived, wanted)
    ranked: dict[int, Ranked] = {}
    for contact_id, (archived, document) in direct.items():
        hit = rank.rank_direct(contact_id, archived, document, terms)
        if hit is not None:
            ranked[contact_id] = hit
    if len(ranked) < FEW and any(t.fuzzy_candidate for t in terms):
        rows, similar = _similar(session, terms, include_archived)
        for contact_id, archived, document in rows:
            if contact_id not in ranked:
                hit = rank.rank_direct(contact_id, archived, document, terms, similar)
                if hit is not None:
                    ranked[contact_id] = hit
    if len(ranked) < wanted and not any(t.phone for t in terms):
        engine = backend(session)
        _add_release_hits(session, engine, terms, include_archived, ranked, limit)
        if len(terms) > 1 and len(terms) <= MIXED_TERMS:
            _add_mixed_hits(session, engine, terms, include_archived, ranked, limit)
    return sorted(ranked.values(), key=Ranked.sort_key)[:limit]
