"""A release whose page had no headline is listed by its file name in italics, not as a blank
row a user cannot tell apart or click on with confidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services import releases
from desktop.services.database import Database
from desktop.ui.models.releases_model import TITLE, ReleasesModel, source_name
from desktop.ui.tasks import InlineTaskRunner

_NO_HEADLINE = (
    "Media Contact\nMarla Quentin 203.555.0718\n\n"
    "PORTVILLE, Conn. (Mar. 4, 2031) — Thousands of families will receive school kits this "
    "spring under a new partnership announced today, the charity said.\n\n"
    "The programme reaches children in forty counties and will grow next year.\n"
)


def test_a_release_without_headline_shows_its_file_name_in_italics(
    qtbot: object, db: Database, tmp_path: Path
) -> None:
    page = tmp_path / "school-kits-statement.txt"
    page.write_text(_NO_HEADLINE, encoding="utf-8")
    releases.import_releases(db, [page])
    model = ReleasesModel(db, InlineTaskRunner())
    model.refresh()
    assert model.rowCount() == 1
    index = model.index(0, TITLE)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "school-kits-statement.txt"
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "school-kits-statement.txt" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_the_source_name_of_a_web_page_is_its_last_path_part() -> None:
    assert source_name("https://news.example.org/2031/kits.html") == "kits.html"
    assert source_name("https://news.example.org/") == "news.example.org"
    assert source_name("") == ""


def test_the_reader_heads_a_release_without_headline_with_its_file_name(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from desktop.ui.views.releases_view import ReleasesView

    page = tmp_path / "school-kits-statement.txt"
    page.write_text(_NO_HEADLINE, encoding="utf-8")
    releases.import_releases(db, [page])
    view = ReleasesView(db, InlineTaskRunner())
    qtbot.addWidget(view)
    view.refresh()
    view.table.selectRow(0)
    assert view.reader.toPlainText().startswith("school-kits-statement.txt")
