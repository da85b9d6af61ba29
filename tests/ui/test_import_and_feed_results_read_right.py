"""What the release import, the newsroom feeds and a contact file say, as an officer walking
through them at 800×600 in French and Spanish met it (session 7 sweep): the release preview
ran 20 px past the screen with Cancel cut; its Details column cut a scanned PDF's refusal and
the advice after it ("…"); a PDF whose headline was not found showed only "(Genève · …)";
the counts read "1 nouveaux", "1 créés", "1 fichiers sont illisibles", "1 nouveau(x), 0 déjà
vu(s)"; Enter in Settings' feed address added the feed and closed Settings; two or three
commands of one menu shared an Alt key ("&Affichage" and "&Aide"; "&Annuler", "&Archiver",
"&Appeler" in Édition)."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import releases
from desktop.services.contact_import import CardOutcome, ContactImportResult
from desktop.services.database import Database
from desktop.services.feeds import FeedReport
from desktop.services.releases import FileProblem
from desktop.ui.contact_importing import ContactImportController
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from desktop.ui.feed_commands import FeedsBox
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui

RELEASE = ("Harbour Authority Publishes Winter Timetable\n\nGENEVA, 29 November 2026 – The "
           "harbour authority published its winter timetable today.\n\nThe timetable runs "
           "until March.\n\nFor more information, please contact:\nLena Marchetti, Press "
           "Officer, Harbour Authority, +41 22 555 01 23, lena.marchetti@harbour.example.org\n")


def _files(folder: Path) -> tuple[Path, Path]:
    text = folder / "timetable.txt"
    text.write_text(RELEASE, encoding="utf-8")
    picture, scan = folder / "scan.png", folder / "scan.pdf"
    Image.new("RGB", (200, 280), "white").save(picture)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(picture), x=0, y=0, w=210)
    pdf.output(str(scan))
    return text, scan


def _preview(qtbot: QtBot, db: Database, folder: Path) -> tuple[QMainWindow, ImportPreviewDialog]:
    report = releases.import_releases(db, list(_files(folder)), dry_run=True)
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.resize(800, 560)  # an 800×600 screen less the panel
    parent.show()
    dialog = ImportPreviewDialog(report, parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    return parent, dialog


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_release_preview_fits_800x600_and_shows_a_refusal_whole(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path,
        language: str) -> None:
    translations.apply(language)
    parent, dialog = _preview(qtbot, sqlite_db, tmp_path)
    assert dialog.width() <= parent.width() and dialog.height() <= parent.height()
    (error,) = dialog.items_of_kind("error")
    assert dialog.tree.currentItem() is error  # the refusal first, chosen for the reader
    shown = dialog.detail.text()
    assert error.text(2) in shown and "OCR" in shown, shown  # the reason and its advice
    assert dialog.detail.isVisible() and dialog.detail.wordWrap()
    dialog.tree.setCurrentItem(dialog.items_of_kind("release")[0])
    assert "Harbour Authority Publishes Winter Timetable" in dialog.detail.text()


def test_a_release_without_headline_says_so_in_the_preview(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path) -> None:
    report = releases.import_releases(sqlite_db, [_files(tmp_path)[0]], dry_run=True)
    blank = dataclasses.replace(report, releases=tuple(
        dataclasses.replace(outcome, title="") for outcome in report.releases))
    translations.apply("fr")
    dialog = ImportPreviewDialog(blank)
    qtbot.addWidget(dialog)
    (release,) = dialog.items_of_kind("release")
    assert release.text(2).startswith("Aucun titre trouvé ("), release.text(2)
    (contact,) = dialog.items_of_kind("contact")
    assert contact.text(2).startswith("contact presse : Lena Marchetti"), contact.text(2)


@pytest.mark.parametrize(("language", "preview", "done"), [
    ("fr", "Communiqués : 1 nouveau, 0 à mettre à jour, 0 inchangé. 1 fichier est illisible",
     "Communiqués : 1 nouveau, 0 mis à jour, 0 inchangé.\nContacts : 1 créé, 0 mis à jour, "
     "0 lié.\n1 fichier n’a pas pu être lu :\n• scan.pdf : "),
    ("es", "Comunicados: 1 nuevo, 0 por actualizar, 0 sin cambios. 1 archivo no se puede leer",
     "Comunicados: 1 nuevo, 0 actualizados, 0 sin cambios.\nContactos: 1 creado, "
     "0 actualizados, 0 vinculados.\n"),
    ("en", "Releases: 1 new, 0 to update, 0 unchanged. 1 file cannot be read",
     "Releases: 1 new, 0 updated, 0 unchanged.\nContacts: 1 created, 0 updated, 0 linked.\n"
     "1 file could not be read:\n• scan.pdf: ")])
def test_release_import_counts_agree_with_their_number(
        qtbot: QtBot, window: Any, sqlite_db: Database, translations: Translations,
        tmp_path: Path, language: str, preview: str, done: str) -> None:
    report = releases.import_releases(sqlite_db, list(_files(tmp_path)), dry_run=True)
    translations.apply(language)
    dialog = ImportPreviewDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith(preview), dialog.summary.text()
    assert window.importer.summary_text(report).startswith(done)


@pytest.mark.parametrize(("language", "line", "failure"), [
    ("fr", "Salle de presse : 1 nouveau, 2 déjà vus, 1 en échec", "• https://x.test/a.html : "),
    ("es", "Salle de presse: 1 nuevo, 2 ya vistos, 1 con error", "• https://x.test/a.html: "),
    ("en", "Salle de presse: 1 new, 2 seen before, 1 failed", "• https://x.test/a.html: ")])
def test_the_feed_summary_counts_in_words_not_brackets(
        window: Any, sqlite_db: Database, translations: Translations, tmp_path: Path,
        language: str, line: str, failure: str) -> None:
    imported = releases.import_releases(sqlite_db, [_files(tmp_path)[0]], dry_run=True)
    report = FeedReport("https://x.test/feed.xml", "Salle de presse", None, items=4,
                        seen_before=2, imported=imported,
                        failed=(FileProblem("https://x.test/a.html", "gone"),))
    translations.apply(language)
    text = window.feeds.summary([report])
    assert text.startswith(line + "\n" + failure), text
    assert "(s)" not in text and "(x)" not in text


def test_a_contact_file_result_counts_in_words(qtbot: QtBot, translations: Translations) -> None:
    one = ContactImportResult("one.vcf", "vcf", True, (
        CardOutcome("card 1", "Zahra Haidari", "create", None, contact_id=0),))
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ContactImportController(None, InlineTaskRunner(), parent)  # type: ignore[arg-type]
    translations.apply("fr")
    assert controller.summary_text(one, "one.vcf").startswith(
        "one.vcf : 1 créé, 0 mis à jour, 0 inchangé.")
    translations.apply("es")
    assert controller.summary_text(one, "one.vcf").startswith(
        "one.vcf: 1 creado, 0 actualizados, 0 sin cambios.")


def test_enter_in_the_feed_address_adds_it_and_settings_stays_open(
        qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    feed = tmp_path / "newsroom.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                    "</channel></rss>", encoding="utf-8")
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(FeedsBox)
    assert box is not None
    box.address_edit.setFocus()
    box.address_edit.setText(str(feed))
    qtbot.keyClick(box.address_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter pressed OK too and closed Settings
    assert box.feed_list.count() == 1 and box.address_edit.text() == ""
    qtbot.keyClick(box.address_edit, Qt.Key.Key_Return)  # empty: Enter is OK again
    assert not dialog.isVisible()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_each_menu_gives_each_command_its_own_alt_key(
        window: Any, translations: Translations, language: str) -> None:
    translations.apply(language)
    menus = [action for action in window.menuBar().actions() if action.menu()]
    clashes = {}
    for owner, actions in [("menu bar", menus)] + [(m.text(), m.menu().actions()) for m in menus]:
        keys: dict[str | None, list[str]] = defaultdict(list)
        for action in actions:
            if action.text():
                keys[_mnemonic(action.text())].append(action.text())
        clashes.update({f"{owner} {key}": texts for key, texts in keys.items()
                        if key is not None and len(texts) > 1})
    assert clashes == {}


@pytest.mark.parametrize(("language", "said"), [
    ("fr", "le serveur a répondu 404 (fichier introuvable)"),
    ("es", "(archivo no encontrado)")])
def test_a_small_servers_missing_page_is_said_in_the_apps_language(
        window: Any, translations: Translations, language: str, said: str) -> None:
    """Python's http.server (and servers like it) answers 404 "File not found", not the usual
    "Not Found": the feed summary showed the English."""
    from desktop.services.releases import coded_problem

    failure = coded_problem("http://127.0.0.1:8765/missing.html", "fetch.status", status=404,
                            detail="File not found")
    report = FeedReport("http://127.0.0.1:8765/feed.xml", "Port", None, failed=(failure,))
    translations.apply(language)
    text = window.feeds.summary([report])
    assert said in text and "File not found" not in text, text
