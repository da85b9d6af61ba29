"""Similar names: the fallback that finds "Shafiev" for "shafiyev", "Abdulfattoh" for "Abdulfatoh".

Name words live in ``search_terms`` (added as contacts are indexed, never rewritten). The
fuzzy step only proposes *words*; contacts are then found by an exact query on those words,
so its cost does not grow with the number of contacts, only with the vocabulary. PostgreSQL
prefilters words with a pg_trgm index; SQLite keeps the vocabulary in memory, topped up by id.
Both score the same way (Jaro-Winkler, kind to as-you-type prefixes) with the same cut-off.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.search.query import Term

CUTOFF = 0.88
PER_TERM = 8


@dataclass
class _Vocabulary:
    last_id: int = 0
    words: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


_vocabularies: dict[str, _Vocabulary] = {}
_registry_lock = threading.Lock()


def _bind_key(session: Session) -> str:
    bind = session.get_bind()
    return bind.engine.url.render_as_string(hide_password=False)


def _sqlite_words(session: Session) -> list[str]:
    key = _bind_key(session)
    with _registry_lock:
        vocabulary = _vocabularies.setdefault(key, _Vocabulary())
    with vocabulary.lock:
        rows = session.execute(
            text("SELECT id, term FROM search_terms WHERE id > :last ORDER BY id"),
            {"last": vocabulary.last_id},
        ).all()
        if rows:
            if rows[0][0] == 1 and vocabulary.last_id:
                vocabulary.words = []  # the index was rebuilt from scratch
            vocabulary.words.extend(row[1] for row in rows)
            vocabulary.last_id = rows[-1][0]
        return vocabulary.words


def forget_vocabulary(session: Session) -> None:
    """Drop the cached vocabulary of this database (after the index is rebuilt)."""
    with _registry_lock:
        _vocabularies.pop(_bind_key(session), None)


def _postgres_words(session: Session, term: str) -> list[str]:
    return list(session.scalars(
        text("SELECT term FROM search_terms WHERE term % :t LIMIT 500"), {"t": term}))


def similar_words(session: Session, terms: tuple[Term, ...]) -> dict[str, dict[str, float]]:
    """For each term worth it, name words like it with their similarity (0-1)."""
    wanted = [t for t in terms if t.fuzzy_candidate]
    if not wanted:
        return {}
    sqlite = session.get_bind().dialect.name == "sqlite"
    vocabulary = _sqlite_words(session) if sqlite else []
    found: dict[str, dict[str, float]] = {}
    for term in wanted:
        choices = vocabulary if sqlite else _postgres_words(session, term.text)
        matches: dict[str, float] = {}
        for variant in term.variants:
            for word, score, _ in process.extract(
                variant, choices, scorer=JaroWinkler.normalized_similarity,
                score_cutoff=CUTOFF, limit=PER_TERM,
            ):
                if word not in term.variants:
                    matches[word] = max(score, matches.get(word, 0.0))
        if matches:
            found[term.text] = matches
    return found
