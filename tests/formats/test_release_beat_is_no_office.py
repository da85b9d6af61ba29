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


def test_a_list_of_topics_on_its_own_line_in_an_entry_is_no_office() -> None:
    text = (
        "Media office\n\n"
        "You can contact our media officers on the numbers below.\n\n"
        "Alex Pemberton (Senior Media Relations Officer)\n"
        "- Parks, libraries and leisure\n"
        "- apemberton@council.example.org\n"
        "- +44 7700 900123\n"
        "Priya Nandakumar (Senior Media Relations Officer)\n"
        "- Schools, transport, voter ID and elections\n"
        "- pnandakumar@council.example.org\n"
        "- +44 7700 900456\n"
    )
    offices = _offices(text)
    assert offices["Alex Pemberton"] is None
    assert offices["Priya Nandakumar"] is None


def test_an_address_label_alone_under_the_job_is_no_office() -> None:
    text = (
        "Pressekonferanser\n\n"
        "Kommunen holder pressekonferanse hver dag klokken 14.\n\n"
        "Kontakt\n"
        "Sigrid Ulvestad\n"
        "kommunikasjonsrådgiver\n"
        "E-post\n"
        "Mobil +47 915 55 012\n"
    )
    assert _offices(text)["Sigrid Ulvestad"] is None
