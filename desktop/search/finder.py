"""Finding contacts for what was typed: bounded candidate stages, then ranking in Python.

Stages run best first and stop once there are enough candidates: names that equal the terms,
names that start with them, any field, then people named in matching releases, and finally
similar names when exact search found little. Every stage is an unranked, LIMITed index
lookup, so a one-letter query costs no more than a rare surname.
"""

from __future__ import annotations

from types import ModuleType

from sqlalchemy.orm import Session

from desktop.search import fuzzy, query, rank
from desktop.search.index import backend
from desktop.search.query import Term
from desktop.search.rank import Ranked

CANDIDATES = 200
"""Most rows fetched per stage: enough to rank a page well, few enough to rank instantly."""
RELEASES = 100
"""Newest matching releases whose people are offered."""
FEW = 5
"""Fewer direct hits than this and similar names are looked for too."""


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


def _release_hits(session: Session, terms: tuple[Term, ...], include_archived: bool,
                  ) -> list[Ranked]:
    engine = backend(session)
    hits: list[Ranked] = []
    seen: set[int] = set()
    for in_title in (True, False):
        expression = engine.release_expression(terms, in_title=in_title)
        for contact_id, archived, name, _release_id, title in engine.find_release_contacts(
            session, expression, include_archived=include_archived, releases=RELEASES,
        ):
            if contact_id not in seen:
                seen.add(contact_id)
                hits.append(rank.rank_release(contact_id, archived, name, in_title, title,
                                              terms))
    return hits


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
        for hit in _release_hits(session, terms, include_archived):
            ranked.setdefault(hit.contact_id, hit)
    return sorted(ranked.values(), key=Ranked.sort_key)[:limit]
