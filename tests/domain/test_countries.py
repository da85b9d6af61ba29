from __future__ import annotations

import pytest

from desktop.domain.countries import country_from_name, country_name, find_country_in_text


@pytest.mark.parametrize(("office", "code"), [
    ("OIM Tadjikistan", "TJ"), ("IOM Jordan", "JO"), ("OIM Sénégal", "SN"), ("IOM Niger", "NE"),
    ("IOM Nigeria", "NG"), ("OIM Colombia", "CO"), ("МОМ Таджикистан", "TJ"),
])
def test_office_names_in_any_language_give_the_country(office: str, code: str) -> None:
    assert find_country_in_text(office) == code


def test_a_region_office_has_no_country() -> None:
    assert find_country_in_text("Oficina Regional para América del Sur") is None


@pytest.mark.parametrize("name", ["Tajikistan", "Tadjikistan", "Tayikistán", "tj", "TJ"])
def test_codes_and_names_resolve(name: str) -> None:
    assert country_from_name(name) == "TJ"


def test_names_in_each_language() -> None:
    assert country_name("SN", "fr") == "Sénégal"
    assert country_name("TJ", "es") == "Tayikistán"
