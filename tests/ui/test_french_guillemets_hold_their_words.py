"""French guillemets hold their words with no-break spaces: with plain spaces a wrapped label
put the closing "»" alone at the start of a line (the column-mapping step's "« Ignorer\\n»"
at 800×600). Checked over the whole French catalogue, then on the label that showed it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.column_mapping import ColumnMappingDialog, read_head
from desktop.ui.i18n import Translations
from desktop.ui.i18n_build import ts_path

pytestmark = pytest.mark.gui


@pytest.fixture
def french(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations()
    translations.apply("fr")
    yield translations
    translations.apply("en")


def test_no_french_text_breaks_inside_guillemets() -> None:
    texts = [element.text or "" for element in ET.parse(ts_path("fr")).getroot().iter()
             if element.tag in ("translation", "numerusform")]
    assert [text for text in texts if "« " in text or " »" in text] == []


def test_the_mapping_intro_keeps_ignorer_whole(qtbot: QtBot, french: Translations,
                                               tmp_path: Path) -> None:
    path = tmp_path / "guinee.csv"
    path.write_text("Person;Tel\nIbrahim Sow;+224 622 12 34 56\n", encoding="utf-8")
    dialog = ColumnMappingDialog(read_head(path))
    qtbot.addWidget(dialog)
    assert "«\u00a0Ignorer\u00a0»" in dialog.intro.text()
