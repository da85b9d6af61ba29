"""Arbitrary text never crashes the extractor."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.formats.releases import ParsedRelease, parse_release_html, parse_release_text

CONTACT_LINES = st.sampled_from([
    "For more information, please contact:",
    "Pour plus d’informations, veuillez contacter\u202f:",
    "Para más información, por favor contacte a",
    "Для получения дополнительной информации обращайтесь:",
    "لمزيد من المعلومات، يرجى الاتصال:",
    "Media contacts:",
    "In Kabul: Zahra Haidari, +93 70 123 4567, z[at]iom.int",
    "Tel : +992 48 701 02 22",
    "Tél. : 20 75 23 25",
    "Email: [email protected]",
    "Courriel : x(at)y.org",
    "A B | C | IOM X | +1 | @",
    "Jane Doe or John Roe, IOM Chad, Tel: 0000000000000000000000",
    "Móvil: ++57 (((1 639",
    "Name Surname",
    "Chargé de communication, OIM Niger",
    "",
    "Kabul – " + "word " * 12 + ".",
])


def _check(release: ParsedRelease) -> None:
    assert isinstance(release.title, str)
    assert len(release.content_hash) == 64
    for person in release.people:
        assert person.name and person.snippet is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(parse_release_text(text, "random.txt"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200), st.lists(st.one_of(CONTACT_LINES, st.text(max_size=60)), max_size=12))
def test_text_with_contact_like_lines_never_raises(text: str, lines: list[str]) -> None:
    _check(parse_release_text(text + "\n" + "\n".join(lines), "random.txt"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_html_never_raises(text: str) -> None:
    _check(parse_release_html(f"<html><body><p>{text}</p></body></html>", "random.html"))
    _check(parse_release_html(text, "random.html"))
