"""Folding (case, accents, spaces) and squeezing give what their plain definitions give, on
any text: the quick paths (ASCII, marks removed in one call, printable text without double
spaces left as it is) change nothing a search or a match sees."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.text import _SPACES, fold, squeeze


def _plain_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_folds_as_the_plain_definition_says(text: str) -> None:
    assert fold(text) == _plain_fold(text)


def test_names_in_many_scripts_fold_as_before() -> None:
    for name in ("  Sénégal ", "Lucía  Shafiev", "Aïcha Ben Saïd", "Рахимова Мадина", "Ёлка",
                 "محمد الحسن", "Müller", "STRASSE", "ǅemal", "ﬁnance", "Ωmega\u0301", "x\u20dd"):
        assert fold(name) == _plain_fold(name), name


def _plain_squeeze(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "é", " ", "\t", "\n", "\u00a0", "\u202f",
                                         "\u2003", "\u3000", "\x85", "\u2028", "Ж", "-"])))
def test_any_text_squeezes_as_the_plain_definition_says(text: str) -> None:
    assert squeeze(text) == _plain_squeeze(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_squeezes_as_the_plain_definition_says(text: str) -> None:
    assert squeeze(text) == _plain_squeeze(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c",
                                         "\x1f", "\x00", "a", "Z", "9", "-", "."])))
def test_any_ascii_text_folds_as_the_plain_definition_says(text: str) -> None:
    assert fold(text) == _plain_fold(text)
