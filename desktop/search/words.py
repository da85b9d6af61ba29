"""Words as search sees them: folded, split the same way for documents and queries.

Both engines receive text that Python has already folded and split, so SQLite and
PostgreSQL index exactly the same words and a query means the same thing on each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.domain.text import fold

_WORD = re.compile(r"[^\W_]+")
_JOINED = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)+")

# Letters NFKD does not decompose, written with plain Latin ones by most people.
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
                        "þ": "th", "ı": "i", "ß": "ss", "ħ": "h"})

# Cyrillic (Russian, Tajik, Kazakh, Ukrainian) and Greek to Latin, applied after folding:
# folding already turned й into и and ё into е, so "Андрей" reads "andrei".
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ғ": "gh", "қ": "q", "ҳ": "h", "ҷ": "j", "ә": "a", "ө": "o", "ү": "u", "ұ": "u",
    "і": "i", "ң": "ng", "һ": "h", "є": "ye", "ґ": "g",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
})


def normalise(text: str) -> str:
    """Fold case and accents, and the few letters NFKD leaves alone ("Søren" -> "soren")."""
    return fold(text).translate(_EXTRA)


def words(text: str | None) -> list[str]:
    """The words of ``text`` in order, normalised: what both engines index."""
    return _WORD.findall(normalise(text)) if text else []


@lru_cache(maxsize=65536)
def transliterate(word: str) -> str:
    """A Latin reading of a Cyrillic or Greek word ("шафиев" -> "shafiev"); else the word."""
    return word.translate(_TRANSLIT)


def name_words(text: str | None) -> list[str]:
    """Words of a name plus the spellings people type for it.

    "Abdul-Fattoh" also gives "abdulfattoh", "O'Brien" gives "obrien", and a Cyrillic name
    its Latin transliteration, so "Shafiev" finds "Шафиев".
    """
    return name_words_of_folded(fold(text)) if text else []


def name_words_of_folded(folded: str) -> list[str]:
    """``name_words`` of a name already folded (``fold(text)``, e.g. its name_key before it is
    cut to its column): a bulk import folds each name once, not once per use."""
    if not folded:
        return []
    folded = folded.translate(_EXTRA)
    found = _WORD.findall(folded)
    found += ["".join(_WORD.findall(joined)) for joined in _JOINED.findall(folded)]
    found += [transliterate(word) for word in found]
    return unique(found)


def unique(items: list[str]) -> list[str]:
    """Drop repeats and empty strings, keeping the first order."""
    kept = dict.fromkeys(items)  # without a generator's call per item
    kept.pop("", None)
    return list(kept)
