"""The Export dialog: each format from a search, read back by independent readers; Cancel and
unwritable files leave nothing behind and say why."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import vobject
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.ui.tasks import InlineTaskRunner
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> ExportDialog:
    add_people(db)
    dialog = ExportDialog(db, InlineTaskRunner(), ExportContext(query="Shafiev"))
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_starts_from_the_search(dialog: ExportDialog) -> None:
    assert dialog.scope_choice.currentData() == "search"
    assert "Shafiev" in dialog.scope_choice.currentText()
    assert dialog.scope().query == "Shafiev"


@pytest.mark.parametrize("format,version", [("csv", "4.0"), ("xlsx", "4.0"), ("vcf", "4.0"),
                                            ("vcf", "3.0"), ("pdf", "4.0")])
def test_each_format_exports_the_search_results(dialog: ExportDialog, tmp_path: Path,
                                                format: str, version: str) -> None:
    dialog.set_format(format, version)
    target = tmp_path / f"out.{format}"
    dialog.export_to(target)
    assert dialog.result_ is not None and dialog.result_.count == 1
    assert "Exported 1 contact to" in dialog.status.text()
    if format == "csv":
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [row["Name"] for row in rows] == ["Abdulfattoh Shafiev"]
    elif format == "xlsx":
        sheet = load_workbook(target).active
        assert sheet is not None
        values = [cell.value for row in sheet.iter_rows() for cell in row]
        assert "Abdulfattoh Shafiev" in values and "Hiwot Bekele" not in values
    elif format == "vcf":
        cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
        assert [card.fn.value for card in cards] == ["Abdulfattoh Shafiev"]
        assert cards[0].version.value == version
    else:
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
        assert "Abdulfattoh Shafiev" in text and "Hiwot Bekele" not in text


def test_pdf_shows_a_picture_of_its_first_page(dialog: ExportDialog) -> None:
    dialog.set_format("pdf")
    dialog.refresh_preview()
    assert dialog.preview is not None and dialog.preview.pages == 1
    if dialog.preview.png is not None:
        picture = dialog.preview_image.page()
        assert not picture.isNull() and picture.height() > picture.width()  # a portrait page
    else:
        assert "Abdulfattoh Shafiev" in dialog.preview_text.toPlainText()
    assert "1 contact on 1 page" in dialog.preview_note.text()
    dialog.set_format("csv")
    assert dialog.preview_box.isHidden() and not dialog.paper_choice.isEnabled()


def test_cancel_leaves_no_file(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.set_scope("all")
    dialog.set_format("csv")
    dialog.progressed.connect(lambda _done, _total: dialog.cancel_button.click())
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "cancelled.csv"
    dialog.export_to(target)
    assert list(folder.iterdir()) == []  # neither the file nor a partial one
    assert dialog.result_ is None
    assert "Export cancelled: cancelled.csv was not written." in dialog.status.text()
    assert dialog.cancel_button.text() == "Close" and dialog.export_button.isEnabled()


def test_an_unwritable_file_is_named_with_the_reason(dialog: ExportDialog,
                                                     tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "out.csv"
    dialog.set_format("csv")
    dialog.export_to(target)
    box = dialog.message_box
    assert box is not None and box.isVisible()
    assert box.text() == f"Could not write {target}: its folder does not exist"
    assert not target.exists()


def test_an_office_country_or_region_scope(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.set_format("vcf")
    for scope, value in (("country", "ET"), ("region", "002")):
        dialog.set_scope(scope, value)
        target = tmp_path / f"{scope}.vcf"
        dialog.export_to(target)
        names = [c.fn.value for c in vobject.readComponents(target.read_text("utf-8"))]
        assert names == ["Hiwot Bekele"], scope
    office = dialog.office_choice.findText("OIM Tadjikistan")
    assert office >= 0
    dialog.set_scope("office", dialog.office_choice.itemData(office))
    dialog.export_to(tmp_path / "office.vcf")
    names = [c.fn.value for c in vobject.readComponents(
        (tmp_path / "office.vcf").read_text("utf-8"))]
    assert names == ["Abdulfattoh Shafiev"]


def test_the_dialog_speaks_french(qtbot: QtBot, db: Database) -> None:
    from desktop.ui.i18n import Translations

    translations = Translations()
    translations.apply("fr")
    try:
        dialog = ExportDialog(db, InlineTaskRunner(), ExportContext(query="almaty"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Exporter des contacts"
        assert dialog.scope_choice.currentText() == (  # no-break spaces in the guillemets
            "Les résultats de la recherche «\u00a0almaty\u00a0»")
        assert dialog.export_button.text() == "&Exporter…"
    finally:
        translations.apply("en")


def test_a_long_sheet_is_drawn_only_when_asked(dialog: ExportDialog,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.dialogs import sheet_preview

    monkeypatch.setattr(sheet_preview, "PREVIEW_LIMIT", 1)
    dialog.set_scope("all")
    dialog.set_format("pdf")
    dialog.refresh_preview()
    assert dialog.preview is None
    assert dialog.preview_note.text() == "2 contacts: a long sheet, drawn when you ask."
    assert not dialog.preview_button.isHidden()
    dialog.preview_button.click()
    assert dialog.preview is not None and dialog.preview.pages == 1
    assert dialog.preview_note.text() == "2 contacts on 1 page."
    assert dialog.preview_button.isHidden()
