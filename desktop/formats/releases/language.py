"""The release's language: script first (Cyrillic, Arabic, Greek), then a small stopword vote.

Offline and deterministic; releases are long enough that frequent function words decide.
Cyrillic is Ukrainian when its own letters (і, ї, є, ґ) outnumber the Russian-only ones
(ы, э, ё), which every Ukrainian paragraph does and no Russian one, and Bulgarian when the hard
sign ъ, a vowel there and rare in Russian, outnumbers them.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.formats.releases.lexicon import LANGUAGES, word_list

# Function words per language, from ``words/<lang>.json`` ("stopwords").
_STOPWORDS: dict[str, frozenset[str]] = {
    language: frozenset(word_list("stopwords", language))
    for language in LANGUAGES if word_list("stopwords", language)
}
_WORD = re.compile(r"[^\W\d_]+")
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэёЫЭЁ")
_HARD_SIGN = frozenset("ъЪ")  # a vowel in Bulgarian, rare in Russian


def _script_share(text: str, script: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(script in unicodedata.name(ch, "") for ch in letters) / len(letters)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language (one of ``lexicon.LANGUAGES``), or None if unsure."""
    sample = text[:20000]
    if _script_share(sample, "CYRILLIC") > 0.4:
        ukrainian = sum(ch in _UKRAINIAN_ONLY for ch in sample)
        russian = sum(ch in _RUSSIAN_ONLY for ch in sample)
        bulgarian = sum(ch in _HARD_SIGN for ch in sample)
        if ukrainian > max(russian, bulgarian):
            return "uk"
        return "bg" if bulgarian > russian else "ru"
    if _script_share(sample, "ARABIC") > 0.4:
        return "ar"
    if _script_share(sample, "GREEK") > 0.4:
        return "el"
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 else None
