"""The learned contact-line model: it finds whole contact blocks in layouts the hand rules miss
(no lead-in, a person's office written over several lines before the first number), leaves page
footers, switchboards and desks alone, and switches off for a rules-only comparison. The
shipped model is rebuilt from the repository alone. People and numbers are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.blocks import Block
from desktop.formats.releases.learned import MODEL_PATH, SWITCH, learned_spans, tag_lines
from desktop.formats.releases.learned_train import (
    LABELLED,
    article_lines,
    labelled_releases,
    labelled_sequences,
    train,
)
from desktop.formats.releases.model import ExtractedPerson

_STORY = (
    "New ferry terminal opens\n\n"
    "HARBOURVILLE, 4 March 2031 – The port authority opened a new ferry terminal on Tuesday, "
    "linking the two islands with an hourly service.\n\n"
    "The terminal cost 18 million euros and was built in fourteen months. Works on a second "
    "pier start in the autumn.\n\n"
    "\"People asked for a reliable crossing and we listened,\" the director said at the "
    "opening.\n\n"
    "The service runs from 6 a.m. to midnight every day of the year.\n\n"
)

# No lead-in, and four lines of job and office between the name and the first number: the
# rules' evidence finder looks for a number within three lines of a name and finds none.
_LONG_OFFICE = (
    "Maren Vloet\nDirector of Communications and Public Affairs\nHarbourville Port Authority\n"
    "Department of Passenger Services\nOffice of the Director General\n+32 2 555 41 20\n"
    "mvloet@port.example.be\n"
)
_GERMAN = (
    "Maren Vloet\nLeiterin Kommunikation\nHafenbehörde Harbourville\nAbteilung Personenverkehr\n"
    "Referat Öffentlichkeitsarbeit\n+49 30 5554120\nmvloet@port.example.de\n"
)


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "t.txt").media_contacts}


@pytest.mark.parametrize(
    ("block", "phone", "email"),
    [(_LONG_OFFICE, "+3225554120", "mvloet@port.example.be"),
     (_GERMAN, "+49305554120", "mvloet@port.example.de")],
    ids=["long-office", "german"],
)
def test_a_block_with_no_lead_in_and_a_long_office_is_found_by_the_model(
    block: str, phone: str, email: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SWITCH, "0")
    assert _people(_STORY + block) == {}  # the hand rules alone miss it
    monkeypatch.setenv(SWITCH, "1")
    people = _people(_STORY + block)
    assert list(people) == ["Maren Vloet"]
    person = people["Maren Vloet"]
    assert [p.e164 for p in person.phones] == [phone]
    assert [e.address for e in person.emails] == [email]
    assert person.title in ("Director of Communications and Public Affairs",
                            "Leiterin Kommunikation")


@pytest.mark.parametrize(
    "footer",
    [
        "Harbourville Port Authority\nQuay Building, Pier 4, Harbourville\n"
        "Switchboard: +32 2 555 40 00\ninfo@port.example.be\n",
        "Press Office\nHarbourville Port Authority\n+32 2 555 40 10\npress@port.example.be\n",
        "Harbourville Port Authority · Quay Building · +32 2 555 40 00 · info@port.example.be\n"
        "© 2031 Harbourville Port Authority. All rights reserved.\n",
    ],
    ids=["switchboard", "press-desk", "page-footer"],
)
def test_a_footer_switchboard_or_desk_is_not_made_into_a_person(
    footer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = (_STORY + footer).splitlines()
    assert learned_spans(lines, []) == []  # even where no rule block stands
    monkeypatch.setenv(SWITCH, "0")
    rules = _people(_STORY + footer)
    monkeypatch.setenv(SWITCH, "1")
    assert _people(_STORY + footer).keys() == rules.keys()


def test_an_organisation_named_in_one_german_compound_is_not_taken_for_a_person() -> None:
    # The top of an entry cut off by the page (its name and job went into the headline): the
    # organisation's line reads like a name to the name rules, but a person's given name is
    # never one long compound noun.
    lines = ("Pressesprecherin\nUmweltverband Harbourville\nTel.: +49 (0) 170 555 41 20\n"
             "E-Mail: m.vloet@umwelt.example.de\n\n" + _STORY).splitlines()
    assert learned_spans(lines, []) == []


def test_a_block_the_reader_would_split_at_a_building_is_left_out(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reader takes "Quay Building, Pier 4" inside the entry for a name and would give the
    # building Maren's number; the model starts the entry at her name, so the run is left out.
    block = _LONG_OFFICE.replace("Office of the Director General", "Quay Building, Pier 4")
    monkeypatch.setenv(SWITCH, "1")
    assert "Quay Building" not in _people(_STORY + block)


@pytest.mark.parametrize(
    ("name", "line", "stands"),
    [("Ingrid Aukland", "Kommunikasjonsrådgiver Ingrid Aukland", True),
     ("Maren Vloet", "Maren Vloet, Leiterin Kommunikation", True),
     ("Peter Holm", "Anna Berg und Peter Holm, Tel. 030 555 41 20", True),
     ("Harbour Pressestelle", "Polizei Harbourville/ Hafen an der Harbour Pressestelle Telefon",
      False),
     ("Die Initiative “Harbour-Watch", "Die Initiative “Harbour-Watch” erreichen Sie unter",
      False)],
    ids=["after-a-job", "opening", "second-person", "mid-line-unit", "quoted"],
)
def test_a_name_read_from_the_middle_of_a_line_or_in_quotes_is_no_person(
    name: str, line: str, stands: bool
) -> None:
    # Where a person's name stands in an entry: opening the line, after a separator or after
    # one word (the job); a unit's words in the middle of a line or a quoted initiative's name
    # made a person of an organisation on an unseen page with the word lists hidden.
    from desktop.formats.releases.learned import _stands_as_name

    assert _stands_as_name(name, line) is stands


def test_a_rule_block_inside_the_models_run_leaves_the_rest_of_the_run_to_be_judged() -> None:
    # The rules took the entry's last line (a block of their own); the name and number above
    # it are still one person's entry the model found, not a run to drop whole.
    lines = (_STORY + _LONG_OFFICE).splitlines()
    name, email = lines.index("Maren Vloet"), lines.index("mvloet@port.example.be")
    assert learned_spans(lines, [Block(email, 0, email + 1)]) == [(name, email)]


@pytest.mark.parametrize(
    "line", ["Pressesprecher: Dr. Maren Vloet", "Büro des Hafendirektors – Maren Vloet",
             "Maren Vloet, Leiterin Kommunikation", "Maren Vloet: +49 30 5554120",
             "MAREN VLOET mvloet@port.example.be"],
)
def test_a_name_after_a_jobs_label_counts_as_the_entrys_name(line: str) -> None:
    # An entry headed by its job then the name, in a language whose words are not listed: the
    # run is a person's even though the line does not open with the name.
    from desktop.formats.releases.learned import _name_like

    assert _name_like(line)


def test_a_name_over_a_number_under_a_word_no_list_knows_is_no_person() -> None:
    # "Vaihde" (a switchboard) is in no list: two place names over it read like a person over
    # a phone line, but a number labelled by an unknown word alone could be anybody's line.
    lines = (_STORY + "Harbourville Eastport\nVaihde 09 555 00 00\n").splitlines()
    assert learned_spans(lines, []) == []
    labelled = (_STORY + "Maren Vloet\nTel. 09 555 00 00\n").splitlines()
    from desktop.formats.releases.learned import _unknown_label

    assert not any(_unknown_label(line) for line in labelled)


def test_a_block_the_model_found_is_told_from_the_rules_blocks() -> None:
    # Above the headline only opened blocks are read, and those the model found: the reader of
    # the header asks which of the block finder's blocks is the model's.
    from desktop.formats.releases.blocks import find_blocks
    from desktop.formats.releases.learned import found_by_model

    lines = (_STORY + _LONG_OFFICE).splitlines()
    blocks = find_blocks(lines)
    name = lines.index("Maren Vloet")
    assert [found_by_model(lines, b, blocks) for b in blocks if b.start <= name < b.end] == [True]


def test_on_by_default_and_off_when_the_switch_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # On unless turned off: on the session-8 final check it found more people than the rules alone.
    lines = (_STORY + _LONG_OFFICE).splitlines()
    monkeypatch.delenv(SWITCH, raising=False)
    assert learned_spans(lines, []) != []
    assert "Maren Vloet" in _people(_STORY + _LONG_OFFICE)
    monkeypatch.setenv(SWITCH, "0")
    assert learned_spans(lines, []) == []
    assert "Maren Vloet" not in _people(_STORY + _LONG_OFFICE)
    monkeypatch.setenv(SWITCH, "1")
    assert learned_spans(lines, []) != []


def test_the_shipped_model_loads_and_tags_a_fresh_vertical_block() -> None:
    lines = (_STORY + _LONG_OFFICE).splitlines()
    tags = tag_lines(lines, MODEL_PATH)
    name = lines.index("Maren Vloet")
    assert tags[name] == "B"
    assert all(tag != "O" for tag in tags[name:])
    assert all(tag == "O" for tag in tags[:name])  # the story is no one's entry


def test_the_model_holds_shapes_and_word_classes_never_words() -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    attributes = {attribute for attribute, _label in tagger.info().state_features}
    allowed = re.compile(r"^(?:[+-][12]:)?[a-z_]+(?:=-?\d+)?$|^cue_within4$")
    assert attributes and all(allowed.match(a) for a in attributes), sorted(attributes)[:20]


def test_training_on_a_small_slice_learns_where_entries_are(tmp_path: Path) -> None:
    labels = labelled_releases(LABELLED / "holdout10")[:12]
    model = tmp_path / "slice.crfsuite"
    train(labelled_sequences(labels), model)
    again = tmp_path / "again.crfsuite"
    train(labelled_sequences(labels), again)
    assert model.read_bytes() == again.read_bytes()  # rebuilt the same from the same releases
    lines = (_STORY + "Media contact:\n" + _LONG_OFFICE).splitlines()
    tags = tag_lines(lines, model)
    contact = [i for i, line in enumerate(lines) if "555 41 20" in line or "mvloet@" in line]
    assert all(tags[i] != "O" for i in contact)
    assert all(tag == "O" for tag in tags[: lines.index("Media contact:")])


def test_training_reads_the_lines_the_block_finder_is_given() -> None:
    label = labelled_releases(LABELLED / "holdout10")[0]
    source = label.parent / label.name.removesuffix(".json")
    lines = article_lines(source)
    assert lines and any(line.strip() for line in lines)
    assert not any(line.startswith("<") for line in lines)  # text, not markup
