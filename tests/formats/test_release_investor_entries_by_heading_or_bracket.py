"""Company releases list investor and analyst contacts beside the press ones; only the press's
count. An entry is the market's when a heading alone names investors over it ("INVESTOR
CONTACT:"), when its lead-in names analysts ("Analysts: Name, …") or when the name carries it
in brackets ("Name (Investors)"). Text invented."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

STORY = (
    "Exhibit 99.1\n{contacts}\nNorthfield Mills Buys a Second Paper Plant\n"
    "NORTHFIELD, Minn. – Northfield Mills said on Monday that it will buy a paper plant in "
    "Duluth for $40 million. The plant employs 120 people and will keep its name.\n"
)


def _names(contacts: str) -> list[str]:
    text = STORY.format(contacts=contacts)
    return [p.name for p in parse_release_text(text, "test").media_contacts]


def test_an_investor_heading_over_an_entry_makes_it_no_media_contact() -> None:
    assert _names(
        "INVESTOR CONTACT:\nOdalys Brennan, SVP/CFO\n507-555-0142\n"
        "MEDIA CONTACT:\nTobias Wendt, VP – Communications\n507-555-0143"
    ) == ["Tobias Wendt"]


def test_an_analysts_lead_in_makes_the_entry_no_media_contact() -> None:
    assert _names(
        "Contacts:\nMedia: Tobias Wendt, 507-555-0143\nAnalysts: Odalys Brennan, 507-555-0142"
    ) == ["Tobias Wendt"]


def test_investors_in_brackets_after_the_name() -> None:
    people = parse_release_text(
        "Northfield Mills Buys a Second Paper Plant\n\nNorthfield Mills said on Monday that it "
        "will buy a paper plant in Duluth.\n\nContacts:\nOdalys Brennan (Investors)\n"
        "Tel: (507) 555-0142\n\nTobias Wendt (Media)\nTel: (507) 555-0143\n",
        "test",
    ).media_contacts
    assert [p.name for p in people] == ["Tobias Wendt"]
