"""Words translated for what they mean where they stand, counts with plural forms, the F1 list
complete, accented capitals whole (issue 11, point 6)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.ui.i18n import Translations
from desktop.ui.models.contacts_model import TITLE as JOB_TITLE
from desktop.ui.models.releases_model import TITLE as HEADLINE
from desktop.ui.models.releases_model import ReleasesModel
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.widgets.counts_label import CountsLabel

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "headline", "job"), [
    ("fr", "Titre", "Fonction"), ("es", "Título", "Cargo")])
def test_a_release_title_is_not_a_job_title(window: Any, translations: Translations,
                                             language: str, headline: str, job: str) -> None:
    translations.apply(language)
    releases = ReleasesModel(window.db, InlineTaskRunner())
    horizontal = Qt.Orientation.Horizontal
    assert releases.headerData(HEADLINE, horizontal) == headline
    assert window.contacts.model.headerData(JOB_TITLE, horizontal) == job


@pytest.mark.parametrize(("language", "one", "many"), [
    ("en", "1 contact", "2 contacts"), ("fr", "1 contact", "2 contacts"),
    ("es", "1 contacto", "2 contactos")])
def test_counts_have_plural_forms(qtbot: QtBot, translations: Translations, language: str,
                                  one: str, many: str) -> None:
    translations.apply(language)
    label = CountsLabel(InlineTaskRunner())
    qtbot.addWidget(label)
    label._show_contacts(1)
    assert label.text() == one
    label._show_contacts(2)
    assert label.text() == many


def test_an_import_summary_counts_in_words(window: Any, translations: Translations) -> None:
    from desktop.services.releases import FileProblem, ImportReport

    def report_of(*names: str) -> ImportReport:
        errors = tuple(FileProblem(name, "cannot be read") for name in names)
        return ImportReport(releases=(), errors=errors, dry_run=False, cancelled=False)

    importer = window.importer
    assert "1 file could not be read:" in importer.summary_text(report_of("a.docx"))
    translations.apply("fr")
    text = importer.summary_text(report_of("a.docx", "b.docx"))
    assert "2 fichiers n’ont pas pu être lus" in text


def test_accented_capitals_fit_in_the_offices_tree(qtbot: QtBot, window: Any) -> None:
    contacts.add_contact(window.db, contacts.ContactDraft(name="Élodie Ñúñez",
                                                         office="OIM Éthiopie", country="ET"))
    window.refresh()
    window.show_view(2 - 1)  # Offices
    tree = window.offices.tree
    assert isinstance(tree, QTreeView)
    qtbot.waitUntil(lambda: tree.model().rowCount() > 0, timeout=3000)
    tree.expandAll()
    metrics = tree.fontMetrics()
    row = tree.visualRect(tree.model().index(0, 0)).height()
    assert row >= metrics.boundingRect("ÉÑ").height() + 4
