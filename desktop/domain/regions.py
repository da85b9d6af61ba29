"""World regions (UN M49 continents) for grouping contact sheets, scoping exports and
grouping the Offices view: the app's one list of which country is in which region.

The five continents the docs and ``--region`` name (Africa, Americas, Asia, Europe, Oceania),
with the Americas whole (M49 019) rather than split into Latin America and Northern America:
a sheet, an export's scope and the Offices view must put every office in the same region.
CLDR (through Babel) names the regions in every language but does not say which countries
each contains, so the membership is listed here once. The CLDR-only territory codes a
country field accepts are placed where CLDR's containment puts them: Ascension, Diego Garcia,
Ceuta and Melilla, the Canary Islands and Tristan da Cunha in Africa, Clipperton in the
Americas, Sark in Europe. Antarctica (AQ) is in no region ("Other").
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from desktop.domain.text import fold

REGIONS: dict[str, str] = {
    "002": (  # Africa
        "DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW IO "
        "TF AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG "
        "SH SN SL TG AC DG EA IC TA"),
    "019": (  # Americas
        "AI AG AR AW BS BB BZ BM BO BQ BV BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP "
        "GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX GS SR TT TC US UY VE VG "
        "VI CP"),
    "142": (  # Asia
        "KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN "
        "IR MV NP PK LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"),
    "150": (  # Europe
        "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD "
        "BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK AT BE FR DE LI LU MC NL CH CQ"),
    "009": (  # Oceania
        "AU NZ NF HM CC CX FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV "
        "WF"),
}
"""M49 code -> the ISO 3166 alpha-2 codes of its countries and territories."""

_REGION_OF = {country: region for region, codes in REGIONS.items() for country in codes.split()}


def region_of(country: str | None) -> str | None:
    """The M49 region code of a country ("TJ" -> "142"), None when unknown or not given."""
    return _REGION_OF.get(country.upper()) if country else None


def region_name(region: str, language: str = "en") -> str:
    """"142" -> "Asia" (or "Asie", "Asia" in French and Spanish); the code itself for a
    language Babel does not know."""
    try:
        return str(Locale.parse(language).territories.get(region, region))
    except (ValueError, TypeError):
        return region


def countries_of(region: str) -> tuple[str, ...]:
    return tuple(REGIONS[region].split())


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for region in REGIONS:
        names[region] = region
        for language in ("en", "fr", "es"):
            names[fold(region_name(region, language))] = region
    return names


def region_from_name(text: str) -> str | None:
    """An M49 code or a region name in EN/FR/ES ("Afrique", "américas") -> the code."""
    return _names().get(fold(text)) or _names().get(text.strip())
