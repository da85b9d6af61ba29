"""A typed query read into terms, and the safe match expressions built from them.

User text never reaches an engine as syntax: every term is reduced to word characters and
then quoted, so `"`, `AND`, `*`, `-`, `(` or `NEAR` are searched for as plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.search.words import normalise, transliterate, unique, words

MAX_TERMS = 8
MIN_PHONE_DIGITS = 3
MAX_WORD = 100
"""Characters of one searched word kept: PostgreSQL refuses a tsquery lexeme over 2,047 bytes,
and prefix matching means the cut word still finds the (absurdly long) word it began."""
_PHONE_LIKE = re.compile(r"[\d\s+\-().\/]+")


@dataclass(frozen=True)
class Term:
    """One word of the query and the spellings that count as it (e.g. its Latin reading)."""

    text: str
    variants: tuple[str, ...]
    phone: bool = False

    @property
    def fuzzy_candidate(self) -> bool:
        """Worth a similar-name lookup: long enough, and letters rather than digits."""
        return not self.phone and len(self.text) >= 4 and not self.text.isdigit()


def parse(query: str) -> tuple[Term, ...]:
    """Read what was typed: one digit term for a phone number however it is written, else words.

    "+992 48 701 02 22" and "701 02 22" become a single digit run; "Шафиев" gets "shafiev" as
    a variant; repeated words count once.
    """
    stripped = normalise(query)
    if _PHONE_LIKE.fullmatch(stripped):
        run = re.sub(r"\D", "", stripped)[:MAX_WORD]
        if len(run) >= MIN_PHONE_DIGITS:
            variants = [run]
            if run.startswith("00") and len(run) > 2 + MIN_PHONE_DIGITS:
                variants.append(run[2:])  # 00 is the international prefix in most countries
            return (Term(run, tuple(variants), phone=True),)
    terms = [Term(word, tuple(unique([word, transliterate(word)[:MAX_WORD]])))
             for word in unique([w[:MAX_WORD] for w in words(query)])]
    return tuple(terms[:MAX_TERMS])


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts5_expression(terms: tuple[Term, ...], *, prefix: bool = True,
                    columns: tuple[str, ...] = (),
                    alternatives: dict[str, tuple[str, ...]] | None = None) -> str:
    """An FTS5 MATCH string: every term required, each a quoted phrase (prefix by default).

    ``alternatives`` adds exact spellings per term (similar names found by the fuzzy step).
    """
    star = "*" if prefix else ""
    parts = []
    for term in terms:
        options = [_fts_string(v) + star for v in term.variants]
        options += [_fts_string(v) for v in (alternatives or {}).get(term.text, ())]
        parts.append("(" + " OR ".join(options) + ")")
    expression = " AND ".join(parts)
    if columns:
        expression = "{" + " ".join(columns) + "} : (" + expression + ")"
    return expression


def _ts_lexeme(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_expression(terms: tuple[Term, ...], *, prefix: bool = True, weight: str = "",
                       alternatives: dict[str, tuple[str, ...]] | None = None) -> str:
    """The same query as PostgreSQL tsquery text, meant for ``CAST(:q AS tsquery)``.

    ``weight`` ("A") restricts every lexeme to the part of the document given that weight.
    """
    star = (":*" + weight if prefix else ":" + weight) if prefix or weight else ""
    parts = []
    for term in terms:
        options = [_ts_lexeme(v) + star for v in term.variants]
        options += [_ts_lexeme(v) + (":" + weight if weight else "")
                    for v in (alternatives or {}).get(term.text, ())]
        parts.append("(" + " | ".join(options) + ")")
    return " & ".join(parts)
