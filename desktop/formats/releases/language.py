"""The release's language: script first (Cyrillic, Arabic), then a small stopword vote.

Offline and deterministic; releases are long enough that frequent function words decide.
"""

from __future__ import annotations

import re
import unicodedata

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "as", "by", "from",
            "has", "have", "are", "was", "were", "this", "which", "it", "at", "an", "be", "their",
            "its", "will", "said", "who", "more", "than"
        ]
    ),
    "fr": frozenset(
        [
            "le", "la", "les", "des", "du", "de", "et", "est", "dans", "pour", "que", "qui", "une",
            "un", "sur", "au", "aux", "par", "avec", "ont", "ce", "cette", "sont", "été", "leur",
            "plus", "a", "déclaré"
        ]
    ),
    "es": frozenset(
        [
            "el", "la", "los", "las", "del", "de", "y", "en", "que", "por", "para", "con", "una",
            "un", "es", "su", "sus", "al", "se", "más", "como", "ha", "han", "fue", "este", "esta",
            "dijo"
        ]
    ),
    "pt": frozenset(
        [
            "o", "a", "os", "as", "do", "da", "dos", "das", "de", "e", "em", "que", "para", "com",
            "uma", "um", "no", "na", "nos", "nas", "é", "ao", "pelo", "pela", "mais", "foi", "são"
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+")


def _script_share(text: str, script: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(script in unicodedata.name(ch, "") for ch in letters) / len(letters)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language (en/fr/es/pt/ru/ar), or None if it cannot tell."""
    sample = text[:20000]
    if _script_share(sample, "CYRILLIC") > 0.4:
        return "ru"
    if _script_share(sample, "ARABIC") > 0.4:
        return "ar"
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 else None
