"""The release's language: script first (Cyrillic, Arabic, Greek), then a small stopword vote.

Offline and deterministic; releases are long enough that frequent function words decide.
A word several lists share ('a' is Czech, Portuguese, Romanian, Hungarian…; 'ja' Finnish and
Catalan) counts as a share of one vote in each, so the words only one language uses decide, and
web and e-mail addresses ('twitter.com', 'etunimi.sukunimi@…') are no words of the text;
a vote won on words three or more lists share ('la', 'en', 'se') is no answer.
Cyrillic is Ukrainian when its own letters (і, ї, є, ґ) outnumber the Russian-only ones
(ы, э, ё), which every Ukrainian paragraph does and no Russian one, and Bulgarian when the hard
sign ъ, a vowel there and rare in Russian, outnumbers them. A page printing its release in two
languages, one version under the other past a rule, is in the first one's language.
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
# A word shared by n lists is worth 1/n in each.
_WEIGHT: dict[str, float] = {}
for _stop in _STOPWORDS.values():
    for _word in _stop:
        _WEIGHT[_word] = _WEIGHT.get(_word, 0.0) + 1.0
_WEIGHT = {word: 1.0 / shared for word, shared in _WEIGHT.items()}
_WORD = re.compile(r"[^\W\d_]+")
# An e-mail or web address: its parts ('com', 'do', 'fi') are no function words of the text.
_ADDRESS = re.compile(
    r"\S*(?:@|://|\bwww\.)\S*"
    r"|(?<!\S)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?(?=[.,;:)]?(?:\s|$))"
)
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэёЫЭЁ")
_HARD_SIGN = frozenset("ъЪ")  # a vowel in Bulgarian, rare in Russian
_SERBIAN_ONLY = frozenset("ђћЂЋ")  # and "ј", "љ", "њ", "џ", which Macedonian shares
_SERBIAN = frozenset("јљњџЈЉЊЏ")
_MACEDONIAN_ONLY = frozenset("ѓќѕЃЌЅ")


def _script_share(text: str, script: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(script in unicodedata.name(ch, "") for ch in letters) / len(letters)


# A rule of dashes, underscores or stars on a line of its own ("_ _ _ _", "-----", "* * *").
_RULE = re.compile(r"^[ \t]*(?:[-_=*~–—·•][ \t]*){3,}$", re.MULTILINE)
_NAME_OR_NUMBER = re.compile(r"\b(?:[A-ZÀ-Þ][^\W\d_]{2,}|\d[\d.:]*\d)\b")


def _first_version(text: str) -> str | None:
    """A page printing its release twice, in two languages, split by a rule: the first version
    (the page's own language), when each half is long, the second at most twice as long, and
    both give the same names and numbers (a translation, not a header over a story)."""
    parts = [part for part in _RULE.split(text) if part.strip()]
    if len(parts) != 2:
        return None
    first, second = (len(_WORD.findall(part)) for part in parts)
    if first < 40 or second > 2 * first:
        return None
    names = [set(_NAME_OR_NUMBER.findall(part)) for part in parts]
    if len(names[0] & names[1]) < 4:
        return None
    languages = [_vote(part) for part in parts]
    return languages[0] if None not in languages and languages[0] != languages[1] else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language (one of ``lexicon.LANGUAGES``), or None if unsure."""
    return _first_version(text[:20000]) or _vote(text)


def _vote(text: str) -> str | None:
    sample = text[:20000]
    if _script_share(sample, "CYRILLIC") > 0.4:
        ukrainian = sum(ch in _UKRAINIAN_ONLY for ch in sample)
        russian = sum(ch in _RUSSIAN_ONLY for ch in sample)
        bulgarian = sum(ch in _HARD_SIGN for ch in sample)
        if ukrainian > max(russian, bulgarian):
            return "uk"
        serbian = sum(ch in _SERBIAN_ONLY for ch in sample)
        shared = sum(ch in _SERBIAN for ch in sample)
        if (serbian or shared) and serbian + shared > russian + bulgarian and not any(
            ch in _MACEDONIAN_ONLY for ch in sample
        ):  # "Портпарол суда … Адријана": Serbian Cyrillic, which no Russian text writes
            return "sr"
        return "bg" if bulgarian > russian else "ru"
    if _script_share(sample, "ARABIC") > 0.4:
        return "ar"
    if _script_share(sample, "GREEK") > 0.4:
        return "el"
    words = [w.lower() for w in _WORD.findall(_ADDRESS.sub(" ", sample))]
    if not words:
        return None
    scores = {
        lang: sum(_WEIGHT[w] for w in words if w in stop) for lang, stop in _STOPWORDS.items()
    }
    best = max(scores, key=lambda lang: scores[lang])
    lettered = _by_letters(sample, scores, best)
    if lettered is not None:
        return lettered
    # two words at most one other list shares: "la", "en", "se" alone (in a language no list
    # has, Esperanto's "la urba konsilio") tell nothing
    telling = sum(w in _STOPWORDS[best] and _WEIGHT[w] >= 0.5 for w in words)
    return best if telling >= 2 else None


# Letters only some of the languages that share function words write: Polish "ł", "ą", "ę"
# (not Czech or Slovak), Czech "ě", "ů", "ř", Slovak "ľ", "ô", Swedish "ä", "ö" against the
# "æ", "ø" of Norwegian and Danish.
_OWN_LETTERS: dict[str, frozenset[str]] = {
    "pl": frozenset("ąęłśźżńĄĘŁŚŹŻŃ"), "cs": frozenset("ěůřĚŮŘ"), "sk": frozenset("ľĺŕôĽĹŔÔ"),
    "sv": frozenset("äöÄÖ"), "no": frozenset("æøÆØ"), "da": frozenset("æøÆØ"),
}


def _by_letters(sample: str, scores: dict[str, float], best: str) -> str | None:
    """A short text's vote that comes out even between languages sharing their function words
    ("na", "z", "i"; "og", "til", "for"), or is won only on shared words: the one whose own
    letters the text writes, three or more times, decides among those within a word of the
    best."""
    close = [lang for lang, score in scores.items()
             if score > 0 and score >= scores[best] - 1.0 and lang in _OWN_LETTERS]
    if not close or (best not in close and len(close) < 2):
        return None
    counts = {lang: sum(ch in _OWN_LETTERS[lang] for ch in sample) for lang in close}
    top = max(counts.values(), default=0)
    winners = [lang for lang in close if counts[lang] == top]
    if top < 3 or len({_OWN_LETTERS[lang] for lang in winners}) > 1:
        return None
    return max(winners, key=lambda lang: scores[lang]) if len(winners) == 1 or (
        scores[winners[0]] != scores[winners[1]]) else None
