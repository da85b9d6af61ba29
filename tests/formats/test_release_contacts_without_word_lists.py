"""Contacts in a language Press Desk has no word list for, found from their shape and evidence.

The pages are invented and written in Esperanto, for which no ``words/<lang>.json`` exists, so
no lead-in, label or job word of theirs is known: the colon, the name's shape and the number
or address next to it have to do. The measuring option that hides a language's lists is tested
at the end.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.lexicon import HIDE_WORDS_ENV, hidden_languages

ROOT = Path(__file__).resolve().parents[2]

Entry = tuple[str | None, str | None, list[str], list[str]]

STORY = (
    "La urba konsilio malfermas novan parkon apud la rivero\n\n"
    "La urba konsilio hodiaŭ anoncis, ke la nova parko apud la rivero malfermiĝos en majo. "
    "La laboroj daŭris du jarojn kaj kostis malpli ol atendite, diris la konsilio.\n\n"
)


def _people(text: str) -> dict[str, Entry]:
    release = parse_release_text(text, "test")
    return {
        p.name: (p.title, p.office, [ph.e164 or ph.as_written for ph in p.phones],
                 [e.address or e.as_written for e in p.emails])
        for p in release.people
    }


def test_unknown_lead_in_with_a_colon_over_a_vertical_block_opens_it() -> None:
    """"Pliaj informoj:" over name / job / blank / number: the number set off by a blank line
    is still that person's."""
    people = _people(
        STORY + "Pliaj informoj:\nMirela Vasković\nKomunika oficisto\n\n+48 22 555 01 23\n"
    )
    assert people["Mirela Vasković"][2] == ["+48225550123"]


def test_unknown_lead_in_over_name_comma_job_and_labelled_number() -> None:
    people = _people(
        STORY + "Por pliaj informoj, bonvolu kontakti:\nTorvald Engström, gazetara sekretario "
        "Verda Kruco\nTelefono: +46 72 741 48 02\n"
    )
    assert people["Torvald Engström"][2] == ["+46727414802"]


def test_lead_in_inside_a_paragraph_after_a_sentence_gives_the_person() -> None:
    """An agenda's items each end with "(Pliaj informoj ĉe: Name, unit, tel. …)"."""
    people = _people(
        STORY + "Komenco de konstruado en la malnova kvartalo\nLundo 8 decembro, 15.30\n\n"
        "La urbestro ĉeestos la komencon de la konstruado de dudek novaj domoj en la malnova "
        "kvartalo. (Pliaj informoj ĉe: Anouk Verhoeven, Komunikado urbo Riverstad, "
        "tel. +31 6 2204 9657)\n\nFino de la laboroj en la parko\nMardo 9 decembro, 10.00\n\n"
        "La laboroj en la parko finiĝas; volontuloj plantos arbojn. (Pliaj informoj ĉe: "
        "Joost van Riel, Komunikado urbo Riverstad, tel. +31 6 1265 8813)\n"
    )
    assert people["Anouk Verhoeven"][2] == ["+31622049657"]
    assert people["Joost van Riel"][2] == ["+31612658813"]


def test_lower_case_job_before_the_name_after_a_colon_is_the_title() -> None:
    """"Kontaktoj: gazetara estro Name, tel. …" at the end of an advisory's one paragraph."""
    people = _people(
        "Gazetara konferenco pri la urbaj elektoj\n\nLa gazetara konferenco okazos en la "
        "gazetara centro de la agentejo. Komenco je 12.00. Kontaktoj: gazetara estro "
        "Olena Marčenko, tel. +380 57 715 5277.\n"
    )
    assert people["Olena Marčenko"][0] == "gazetara estro"
    assert people["Olena Marčenko"][2] == ["+380577155277"]


def test_bank_details_after_a_colon_are_no_contact() -> None:
    people = _people(
        STORY + "Vi povas helpi. Donacoj: Banko Lagbordo, IBAN: DE29 6905 0001 0000 0688 66, "
        "BIC: SOLADES1KNZ.\n"
    )
    assert people == {}


def test_a_venue_label_with_a_street_number_is_no_contact() -> None:
    """"Loko: Parko Verda Monto (…, nº 2001)": a place shaped like a name, a label's digits."""
    people = _people(
        STORY + "SERVO:\nDato: 8/11/2031\nLoko: Parko Verda Monto (Avenuo Profesoro Lima, "
        "nº 2001)\nHoraro: de 10h ĝis 18h\n"
    )
    assert "Parko Verda Monto" not in people


def test_unknown_abbreviation_before_a_name_is_dropped_and_before_a_unit_is_no_person() -> None:
    people = _people(
        STORY + "Pliaj informoj:\nFak. Komunikado, Adelina Moretti\nTel.: +39 06 6862 3341, "
        "adelina.moretti@example.org\n\nGazetaraj demandoj:\nDott. Marco Bellini\n"
        "+39 338 589 8760\n"
    )
    assert "Fak. Komunikado" not in people
    assert people["Adelina Moretti"][3] == ["adelina.moretti@example.org"]
    assert people["Marco Bellini"][2] == ["+393385898760"]


def test_a_sentence_giving_two_people_after_their_jobs_gives_both() -> None:
    """"…: ŝtatsekretario A, telefono …, retpoŝto … kaj konsilisto B, telefono …": each
    person with their own number and address, the lower-case word before the name their job."""
    people = _people(
        STORY + "Gazetaraj kontaktoj por la ĉefministro: ŝtatsekretario Halvor Brekke, "
        "telefono +47 91 55 12 53, retpoŝto hb@example.no kaj komunikadkonsilisto Ingrid "
        "Solvang, telefono +47 97 53 09 48, retpoŝto is@example.no.\n"
    )
    assert people["Halvor Brekke"] == ("ŝtatsekretario", None, ["+4791551253"],
                                       ["hb@example.no"])
    assert people["Ingrid Solvang"] == ("komunikadkonsilisto", None, ["+4797530948"],
                                        ["is@example.no"])


def test_the_end_of_an_organisations_name_in_a_sentence_is_no_person() -> None:
    """"Fiŝkaptado kaj Oceanoj Kanado, +1 613 …": the words after "kaj" go on naming the
    ministry, though they are two capitalised words before a number."""
    people = _people(
        STORY + "La ministerio respondas al demandoj. Ministerio pri Fiŝkaptado kaj Oceanoj "
        "Kanado, +1 613 990 7537, media@example.ca; ŝtatsekretario Laura Gareau, "
        "+1 613 992 3474, laura.gareau@example.ca\n"
    )
    assert "Oceanoj Kanado" not in people
    assert people["Laura Gareau"][2] == ["+16139923474"]


def test_a_name_over_a_street_and_a_postcode_heads_an_address_not_a_person() -> None:
    """A city hall's footer: "Urbodomo Riverstad" / "Placo 2" / "5000 Riverstad" / mail."""
    people = _people(
        STORY + "Kun amikaj salutoj\n\nKomunikado\n\nUrbodomo Riverstad\n\nPlaco 2\n\n"
        "5000 Riverstad\n\n"
        "e-mail: komunikado@example.dk\n\ntlf. rekte: 65511050\n"
    )
    assert people == {}


def test_compound_nouns_in_capitals_are_no_name() -> None:
    """A role label and a long compound job over a person ("Gazetarkontakto" /
    "Komunikadstrategiisto"): two capitalised words, but not a person's names."""
    people = _people(
        STORY + "Erik Sandberg\n\nGazetarkontakto Komunikadstrategiisto Trafikoficejo "
        "+46 8 508 262 82\n"
    )
    assert list(people) == ["Erik Sandberg"]


def test_national_number_is_read_in_the_country_of_the_pages_web_addresses() -> None:
    """No +code, no known language, no place: the page's own ".se" addresses say where."""
    people = _people(
        STORY + "Pliaj informoj:\nUlrika Berglund\nMobil: 072-468 64 95\n\n"
        "www.example-urbo.se | gazetaro@example-urbo.se\n"
    )
    assert people["Ulrika Berglund"][2] == ["+46724686495"]


def test_an_address_under_a_one_word_label_no_list_knows_is_the_persons() -> None:
    """"Retpoŝto: …" under the person's number: one word and a colon is a label, in any
    language, so the address stays with the person above."""
    people = _people(
        STORY + "Pliaj informoj:\nKarin Bergholm, gazetara oficisto\nTel: +46 70 123 45 67\n"
        "Retpoŝto: karin.bergholm@example.se\n"
    )
    assert people["Karin Bergholm"][3] == ["karin.bergholm@example.se"]


def test_a_name_with_a_title_of_address_over_a_lower_case_job_is_read() -> None:
    """"Dr. Hana Novotná" / "gazetara parolanto" / "tel. …": the job in lower case under the
    name is no wrapped end of the name's line."""
    people = _people(
        STORY + "Pliaj informoj:\nDr. Hana Novotná\ngazetara parolanto\nTel. +420 603 123 456\n"
    )
    assert people["Hana Novotná"][2] == ["+420603123456"]


def test_a_given_name_family_name_pattern_in_another_language_is_no_address() -> None:
    people = _people(
        STORY + "Pliaj informoj:\nLiisa Mäkelä, puh. +358 40 555 6677, "
        "etunimi.sukunimi@example.fi\n"
    )
    assert people["Liisa Mäkelä"][3] == []


def test_hidden_languages_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HIDE_WORDS_ENV, "sv, no,DA")
    assert hidden_languages() == frozenset({"sv", "no", "da"})
    monkeypatch.delenv(HIDE_WORDS_ENV)
    assert hidden_languages() == frozenset()


SWEDISH = (
    "Staden öppnar en ny park vid ån\n\n"
    "Stockholm, 6 september 2031. Staden har i dag beslutat att den nya parken vid ån ska "
    "öppnas i maj. Arbetet har pågått i två år och det har blivit billigare än vad som "
    "planerades, och det är vi mycket glada för.\n\n"
    "För mer information, vänligen kontakta:\nKarin Lindqvist, pressansvarig\n"
    "Telefon: +46 8 508 290 00\n"
)
ENGLISH = (
    "City opens a new riverside park\n\nThe city said today that the new park by the river "
    "will open in May.\n\nMedia contact:\nJohn Ashworth\n+44 20 7946 0321\n"
)


def _benchmark(folder: Path, *options: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "extraction_quality.py"), "--folder",
         str(folder), "--json", *options],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_benchmark_hides_a_languages_word_lists_and_scores_only_its_pages(
    tmp_path: Path,
) -> None:
    for name, text, language, contact in (
        ("park_sv.txt", SWEDISH, "sv", "Karin Lindqvist"),
        ("park_en.txt", ENGLISH, "en", "John Ashworth"),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(json.dumps({
            "file": name, "title": None, "dateline": None, "published_on": None,
            "language": language, "contacts": [{"name": contact, "phones": [], "emails": []}],
        }), encoding="utf-8")
    seen = _benchmark(tmp_path)
    hidden = _benchmark(tmp_path, "--without-words", "sv")
    assert seen["releases"] == 2
    assert hidden["releases"] == 1  # the Swedish page alone
    assert seen["release_fields"]["language"] == 1.0  # type: ignore[index]
    # With its list hidden Swedish is no longer recognised: the page is read as unknown words.
    assert hidden["release_fields"]["language"] == 0.0  # type: ignore[index]
    assert _benchmark(tmp_path, "--languages", "en")["releases"] == 1
