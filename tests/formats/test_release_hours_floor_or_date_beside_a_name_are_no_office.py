"""What an entry writes beside a person that names no organisation is no office.

The hours to call ("zwischen 8 und 20 Uhr"), a floor and room under the name ("Rathaus, 4.
OG"), a release's kind label and date ("FOR IMMEDIATE RELEASE: Monday, …"), a state's code
after a city ("Portland, OR") and the story's next sentence run on after the entry. Pages
invented, modelled on these layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson


def _person(text: str, name: str) -> ExtractedPerson:
    return next(p for p in parse_release_text(text, "test").media_contacts if p.name == name)


def test_the_hours_to_call_are_no_office() -> None:
    text = (
        "Rettungsschiff meldet Bilanz\n\n"
        "Das Schiff hat in diesem Sommer zahlreiche Einsätze gefahren.\n"
        "\nPressekontakt:\n"
        "Carl Nordhaus, Pressesprecher, +49 176 55501234 (zwischen 8 und 20 Uhr MEZ), "
        "presse@rettung.example.org\n"
    )
    assert _person(text, "Carl Nordhaus").office is None


def test_a_floor_and_room_under_the_name_are_no_office() -> None:
    text = (
        "Presseanfragen\n\n"
        "Die Pressestelle beantwortet Anfragen von Medien zu allen Themen der Stadt.\n\n"
        "Kontakte:\n\n"
        "Jonas Wellbrock, Pressesprecher\n"
        "Rathaus, 4. OG\n"
        "Zimmer 412\n"
        "Marktplatz 3\n"
        "Telefon: 02306 555-1501\n"
        "E-Mail: jonas.wellbrock@stadt.example.de\n"
    )
    assert _person(text, "Jonas Wellbrock").office is None


def test_a_release_label_with_its_date_over_the_headline_is_no_office() -> None:
    text = (
        "CONTACT: Dana Whitcombe, Public Information Officer, 301-555-0185\n"
        "FOR IMMEDIATE RELEASE: Monday, March 4, 2013\n"
        "Mayor Schedules Town Meeting\n"
        "______________________________\n"
        "Riverton, MD -- The mayor has scheduled a town meeting for Thursday at City Hall to "
        "discuss the new budget with residents.\n"
    )
    assert _person(text, "Dana Whitcombe").office is None


def test_a_state_code_after_the_city_is_no_office() -> None:
    text = (
        "Floods leave thousands homeless\n\n"
        "Aid workers are delivering clean water to families in the flooded districts.\n\n"
        "For more information, please contact:\n\n"
        "Rowan Ashby\n"
        "Campaigns Media Manager\n"
        "Portland, OR\n"
        "Office: (503) 555-0169\n"
    )
    assert _person(text, "Rowan Ashby").office is None


def test_the_storys_next_sentence_run_on_is_no_office() -> None:
    text = (
        "Agency announces developments\n\n"
        "For information on any of these subjects, call the appropriate contact:\n"
        "-- Agency Improves Water Rules\n"
        "Contact: Mara Quintero, 202-555-7824,\n"
        "quintero.mara@agency.example.gov\n"
        "The agency is changing water regulations to ease the process that ensures "
        "federally supported projects are consistent with the state's plan.\n"
    )
    assert _person(text, "Mara Quintero").office is None


def test_a_job_acronym_is_no_office() -> None:
    text = (
        "INVESTOR CONTACT:\n"
        "Dana Whitcombe, SVP/CFO\n"
        "615-555-3013\n"
        "MEDIA CONTACT:\n"
        "Rowan Ashby, VP – Communications\n"
        "615-555-3014\n"
        "Example Health Acquires Riverside Hospital\n"
        "July 1, 2031. Franklin, Tenn. – Example Health has completed its acquisition of the "
        "hospital, officials announced today.\n"
    )
    assert _person(text, "Rowan Ashby").office is None


def test_a_state_and_zip_code_are_no_office_and_a_camel_case_company_is() -> None:
    text = (
        "FOR:\n"
        "|Example Air Group, Inc.\n"
        "|CONTACT:\n"
        "|Mr. Rowan Ashby\n"
        "|410 N. 44th St. Suite 700\n"
        "|602-555-4054\n"
        "|Phoenix, AZ 85008\n"
        "Example Air Group announces a new partnership\n"
        "PHOENIX, March 2, 2031 -- Example Air Group today announced a new partnership with "
        "a regional carrier to serve twelve more cities.\n"
    )
    assert _person(text, "Rowan Ashby").office != "AZ 85008"
    banks = (
        "For\nimmediate release\nContact:\nDana Whitcombe\nRiverBanks\n717.555.5838\n"
        "Regulators Approve Mergers\n"
        "The regulators approved the merger of the two banks on Friday, the companies said.\n"
    )
    person = _person(banks, "Dana Whitcombe")
    assert (person.title, person.office) == (None, "RiverBanks")
