"""A short release is read in its own language when its most frequent function words are ones
other languages share ('a', 'na', 'do' in Czech and Portuguese; 'ja' in Finnish and Catalan),
and the parts of its web and e-mail addresses ('facebook.com', 'etunimi.sukunimi@…') are no
words of the text. Names, places and numbers are invented."""

from __future__ import annotations

from desktop.formats.releases.language import detect_language

_CZECH = (
    "Ministr zemědělství navštíví ve čtvrtek hřebčín v Lipové a setká se s chovateli koní.\n"
    "Termín\n3. května\nMísto\nHřebčín Lipová, Polní 12\n"
    "Vstup médií na akreditaci do středy na email tisk@example.cz a o programu informuje "
    "oddělení komunikace.\n"
    "www.example.cz | twitter.com/exampleministr | facebook.com/exampleministr\n"
)
_FINNISH = (
    "Kunta avaa kirjaston ja uimahallin\n\n"
    "Kunta avaa kirjaston ja uimahallin Koivurannassa ja kertoo, että avajaiset pidetään "
    "lauantaina.\n\n"
    "Lisätietoja: tiedottaja Aino Esimerkki, etunimi.sukunimi@example.fi\n"
)


def test_a_czech_advisory_with_shared_short_words_is_czech() -> None:
    assert detect_language(_CZECH) == "cs"


def test_a_short_finnish_notice_is_finnish_not_catalan() -> None:
    assert detect_language(_FINNISH) == "fi"


def test_a_text_in_no_listed_language_is_not_guessed_from_shared_words() -> None:
    """Esperanto's "la" and "en" are function words of several listed languages, and one
    look-alike ("du") is not enough: the language is not known."""
    text = (
        "La urba konsilio anoncis, ke la nova ponto super la rivero malfermiĝos en aŭgusto. "
        "La laboroj daŭris du jarojn, diris la konsilio.\n"
    )
    assert detect_language(text) is None
