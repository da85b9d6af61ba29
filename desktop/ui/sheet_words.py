"""The PDF contact sheet's words in the app's language (the command line prints it in English).

The sheet's format knows no Qt: the app translates its labels here and hands them to the
export service with the sheet's language (region and country names, dates, the extension
word: ``desktop.services.contact_sheets``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.services.contact_sheets import SheetLabels
from desktop.services.exports import ExportScope
from desktop.ui.i18n import ui_language

SINGULAR_COUNTS = {"fr": (0, 1)}
"""Counts said in the singular where it is not just 1: French says "0 contact"."""


class SheetWords(QObject):
    """Translated sheet labels and scope line, made when the export or preview starts."""

    def labels(self) -> SheetLabels:
        language = ui_language()
        return SheetLabels(
            page=self.tr("Page {page} of {pages}"),
            printed=self.tr("Printed {date}"),
            contacts=self.tr("{count} contacts"),
            contact_one=self.tr("{count} contact"),
            singular_counts=SINGULAR_COUNTS.get(language, (1,)),
            switchboard=self.tr("Switchboard"),
            time_zone=self.tr("Time zone"),
            languages=self.tr("Languages"),
            no_region=self.tr("Other"),
            no_country=self.tr("No country"),
            no_office=self.tr("No office"),
            continued=self.tr("(continued)"),
            needs_review=self.tr("to check"),
            archived=self.tr("(archived)"),
            labelled=self.tr("{label}: {value}"),
            kinds={"office": self.tr("Office"), "mobile": self.tr("Mobile"),
                   "whatsapp": self.tr("WhatsApp"), "fax": self.tr("Fax"),
                   "work": self.tr("Work"), "personal": self.tr("Personal"),
                   "shared": self.tr("Shared")})

    def scope(self, scope: ExportScope, office: str = "") -> str:
        """The sheet's scope line: "Recherche : almaty", "Pays : Tadjikistan (TJ)"; ``office``
        is the office's name as the dialog shows it (the scope holds only its id)."""
        from desktop.domain.countries import country_name
        from desktop.domain.regions import region_name

        language = ui_language()
        parts = []
        if scope.query:
            parts.append(self.tr("Search: {query}").format(query=scope.query))
        if scope.contact_ids is not None:
            parts.append(self.tr("Selection of {count}").format(count=len(scope.contact_ids)))
        if scope.region:
            parts.append(self.tr("Region: {region}").format(
                region=region_name(scope.region, language) if scope.region.isdigit()
                else scope.region))
        if scope.country:
            code = scope.country.upper()
            parts.append(self.tr("Country: {country}").format(
                country=f"{country_name(code, language)} ({code})"))
        if scope.office:
            parts.append(self.tr("Office: {office}").format(office=office or scope.office))
        if not parts:
            parts.append(self.tr("All contacts"))
        if scope.include_archived and scope.contact_ids is None:
            parts.append(self.tr("archived included"))
        return " · ".join(parts)
