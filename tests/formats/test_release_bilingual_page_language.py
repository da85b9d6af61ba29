"""A page printing its release twice, in two languages, one version under the other past a rule
("_ _ _ _"): its language is the first version's, however long the second. A header over a
story in another language is no second version. Text invented."""

from __future__ import annotations

from desktop.formats.releases.language import detect_language

_FINNISH = (
    "Kutsu: Pormestari Aino Esimerkki esittelee puistosuunnitelman torstaina 12.11. klo 10.30\n"
    "Tilaisuus pidetään kaupungintalolla ja sitä voi seurata suorana lähetyksenä. Jos seuraatte "
    "lähetystä, voitte esittää kysymyksiä tilaisuuden aikana lähettämällä ne sähköpostitse "
    "pormestarin avustaja Eero Keksitylle.\n"
    "Paikalle saapuvia median edustajia pyydetään ilmoittautumaan etukäteen, ja tilaisuus "
    "järjestetään turvavälit huomioiden. Aineisto julkaistaan myös verkossa.\n"
    "Ilmoittautumiset: Eero Keksitty, puh. 040 555 0101\n"
)
_SWEDISH = (
    "Inbjudan: Borgmästare Aino Esimerkki presenterar parkplanen torsdagen den 12 november "
    "kl. 10.30\n"
    "Evenemanget ordnas i stadshuset och kan ses som direktsändning på internet. Om ni följer "
    "sändningen kan ni ställa frågor under evenemanget genom att skicka dem per e-post till "
    "borgmästarens medarbetare Eero Keksitty. Medierepresentanter som kommer till platsen "
    "ombeds anmäla sig på förhand, och evenemanget ordnas med beaktande av avstånden. "
    "Materialet publiceras också på stadens webbplats för den som inte kan komma.\n"
    "Anmälningar: Eero Keksitty, tfn 040 555 0101\n"
)


def test_the_first_version_gives_the_language() -> None:
    assert detect_language(f"{_FINNISH}_ _ _ _ _ _\n{_SWEDISH}") == "fi"
    assert detect_language(f"{_SWEDISH}-----\n{_FINNISH}") == "sv"


def test_without_a_rule_the_vote_decides() -> None:
    assert detect_language(f"{_FINNISH}\n{_SWEDISH}") == "sv"


def test_a_short_header_over_a_story_is_no_second_version() -> None:
    header = "Home About Contact\n* * *\n"
    assert detect_language(f"{header}{_SWEDISH}") == "sv"
