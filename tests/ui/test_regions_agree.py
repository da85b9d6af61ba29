"""The Offices view's regions and the export's region scope put every office in the same
region: both read ``desktop.domain.regions`` (the Offices view once had its own list, with the
Americas split in two and the CLDR-only territories the export did not know)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from desktop.domain.regions import REGIONS, region_name
from desktop.services import contacts, offices
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database
from desktop.services.exports import ExportScope, contact_ids_in
from desktop.ui.models.offices_model import OfficesModel

PLACES = {
    "TJ": "+992 37 221 0000", "CO": "+57 601 639 7777", "US": "+1 212 963 1234",
    "CA": "+1 613 555 0100", "MX": "+52 55 5555 1234", "EA": None, "IC": None, "DG": None,
    "CP": None, "CQ": None, "SN": "+221 33 869 62 00", "FR": "+33 1 40 44 06 91",
    "FJ": None, "AQ": None,
}
"""Countries for the offices: each continent, both halves of the Americas, the territories
the two lists once disagreed on, and Antarctica (in no region)."""


def _seed(db: Database) -> None:
    for country, phone in PLACES.items():
        contacts.add_contact(db, ContactDraft(
            name=f"Press officer {country}", office=f"Office {country}", country=country,
            phones=(phone,) if phone else ()))


def _tree(model: OfficesModel) -> dict[str, set[str]]:
    """Region heading -> the offices under it (through their countries)."""
    tree: dict[str, set[str]] = {}
    for r in range(model.rowCount()):
        region = model.index(r, 0)
        names = tree.setdefault(str(region.data()), set())
        for c in range(model.rowCount(region)):
            country = model.index(c, 0, region)
            names |= {str(model.index(o, 0, country).data())
                      for o in range(model.rowCount(country))}
    return tree


def test_offices_view_and_export_scope_agree_for_every_region(sqlite_db: Database) -> None:
    _seed(sqlite_db)
    model = OfficesModel()
    for language in ("en", "fr", "es"):
        model.set_offices(offices.list_offices(sqlite_db), language)
        tree = _tree(model)
        for code in REGIONS:
            exported = {
                contact.office.name
                for contact in (contacts.get_contact(sqlite_db, i)
                                for i in contact_ids_in(sqlite_db, ExportScope(region=code)))
                if contact.office is not None}
            assert tree.get(region_name(code, language), set()) == exported, (language, code)
        assert set(tree) == {region_name(code, language) for code in REGIONS} | {
            model.index(model.rowCount() - 1, 0, QModelIndex()).data()}  # + "Other" (AQ)
    model.set_offices(offices.list_offices(sqlite_db), "en")
    tree = _tree(model)
    assert tree["Americas"] == {"Office CO", "Office US", "Office CA", "Office MX",
                                "Office CP"}
    assert {"Office EA", "Office IC", "Office DG", "Office SN"} <= tree["Africa"]
    assert "Office CQ" in tree["Europe"] and tree["Other"] == {"Office AQ"}
