"""Offices grouped region → country → office, and the contacts of the office selected.

A few hundred offices at most: the tree is built whole from ``list_offices`` (a
``QStandardItemModel``); the contacts of one office are a small table. Country and region names
follow the UI language (CLDR through Babel); which region a country is in comes from
``desktop.domain.regions``, the list the contact sheet and the export's region scope use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.domain.countries import country_name
from desktop.domain.records import ContactRecord
from desktop.domain.regions import region_name, region_of
from desktop.domain.text import fold
from desktop.services.offices import OfficeSummary
from desktop.ui import override

_Index = QModelIndex | QPersistentModelIndex

NAME, COUNT = 0, 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
""""region", "country" or "office"."""
OFFICE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 3


class OfficesModel(QStandardItemModel):
    """Region → country → office, with active contact counts summed up the tree."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offices: list[OfficeSummary] = []
        self._language = "en"
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Office"), self.tr("Contacts")])

    def set_offices(self, offices: Sequence[OfficeSummary], language: str = "en") -> None:
        """Rebuild the tree; ``language`` names the regions and countries."""
        self._offices = list(offices)
        self._language = language
        self._rebuild()

    def retranslate(self, language: str) -> None:
        self._language = language
        self._set_headers()
        self._rebuild()

    def office(self, office_id: int) -> OfficeSummary | None:
        return next((o for o in self._offices if o.office.id == office_id), None)

    def index_of_office(self, office_id: int) -> QModelIndex:
        matches = self.match(self.index(0, 0), OFFICE_ID_ROLE, office_id, 1,
                             Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return matches[0] if matches else QModelIndex()

    def _rebuild(self) -> None:
        self.removeRows(0, self.rowCount())
        tree: dict[str | None, dict[str | None, list[OfficeSummary]]] = defaultdict(
            lambda: defaultdict(list))
        for summary in self._offices:
            country = summary.office.country
            tree[region_of(country)][country].append(summary)
        regions = sorted(tree, key=lambda r: (r is None, fold(self._region_label(r))))
        for region in regions:
            countries = tree[region]
            region_row = self._row(self._region_label(region), "region",
                                   sum(o.contact_count for c in countries.values() for o in c))
            for country in sorted(countries, key=lambda c: (c is None,
                                                             fold(self._country_label(c)))):
                offices = countries[country]
                country_row = self._row(self._country_label(country), "country",
                                        sum(o.contact_count for o in offices))
                for summary in sorted(offices, key=lambda o: fold(o.office.name)):
                    office_row = self._row(summary.office.name, "office", summary.contact_count)
                    office_row[NAME].setData(summary.office.id, OFFICE_ID_ROLE)
                    if summary.office.city:
                        office_row[NAME].setToolTip(self.tr("{0}, {1}").format(
                            summary.office.name, summary.office.city))
                    country_row[NAME].appendRow(office_row)
                region_row[NAME].appendRow(country_row)
            self.appendRow(region_row)

    def _region_label(self, region: str | None) -> str:
        return region_name(region, self._language) if region else self.tr("Other")

    def _country_label(self, country: str | None) -> str:
        if country is None:
            return self.tr("No country")
        try:
            return country_name(country, self._language)
        except (ValueError, TypeError):
            return country

    def _row(self, label: str, kind: str, count: int) -> list[QStandardItem]:
        name = QStandardItem(label)
        name.setData(kind, KIND_ROLE)
        name.setEditable(False)
        number = QStandardItem(str(count))
        number.setData(kind, KIND_ROLE)
        number.setEditable(False)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [name, number]


CONTACT_NAME, CONTACT_TITLE, CONTACT_PHONE, CONTACT_EMAIL = range(4)


class OfficeContactsModel(QAbstractTableModel):
    """The active contacts of one office: a short table, replaced whole on each selection."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[ContactRecord] = []

    def set_contacts(self, contacts: Sequence[ContactRecord]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def contact_at(self, row: int) -> ContactRecord | None:
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        if role == CONTACT_ID_ROLE:
            return contact.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == CONTACT_NAME:
            return contact.name
        if column == CONTACT_TITLE:
            return contact.title or ""
        if column == CONTACT_PHONE:
            phone = next((p for p in contact.phones if p.valid), None)
            return (phone.display or phone.as_written) if phone else ""
        if column == CONTACT_EMAIL:
            email = next((e for e in contact.emails if e.valid), None)
            return (email.address or email.as_written) if email else ""
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Name"), self.tr("Title"), self.tr("Phone"), self.tr("Email")]
        return titles[section] if 0 <= section < len(titles) else None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
