"""A press officer's beat is never their office.

A list of press officers may give each one's beat under their details, written as a phrase in
sentence case ("Southern regional issues", "Mexico-based rivers, wetlands and wildlife"): an
adjective such as "regional" or a country inside "-based" does not make it an organisation.
The page is invented, modelled on that layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text


def _offices(text: str) -> dict[str, str | None]:
    return {p.name: p.office for p in parse_release_text(text, "test").people}


def test_the_beat_written_under_a_press_officers_details_is_no_office() -> None:
    text = (
        "Press officers\n\n"
        "To arrange interviews with our experts, please contact one of our press officers.\n\n"
        "Nora Quill\n\nnquill@wetlands.example\n202-555-0191\nSouthern regional issues\n\n"
        "Tomas Brill\n\ntbrill@wetlands.example\n+86 10 5555 0123\n"
        "Mexico-based rivers, wetlands and wildlife\n\n"
        "Lena Ostrow\n\nlostrow@wetlands.example\n202-555-0178\n"
    )
    offices = _offices(text)
    assert offices["Nora Quill"] is None
    assert offices["Tomas Brill"] is None
