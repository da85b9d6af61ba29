"""A CSV column headed with a common word for a mobile ("Portable", "GSM", "Celular"…) is
offered as "Mobile" in the column-mapping step, not "Phone (office)": the person would
otherwise import every mobile number as an office line without noticing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.phones import PhoneKind
from desktop.formats.contacts_csv import map_columns
from desktop.ui.dialogs.column_mapping import ColumnMappingDialog, guessed_fields, read_head

pytestmark = pytest.mark.gui

MOBILE_HEADERS = ["Portable", "Mobile", "GSM", "Móvil", "Celular", "Handy",
                  "Téléphone portable", "Teléfono celular"]


@pytest.mark.parametrize("header", MOBILE_HEADERS)
def test_a_mobile_header_is_read_as_a_mobile_number(header: str) -> None:
    columns, unmapped = map_columns(["Nom", header])
    phones = [c for c in columns if c.header == header]
    assert unmapped == []
    assert [(c.field, c.kind) for c in phones] == [("phone", PhoneKind.MOBILE)]


def test_the_mapping_step_offers_mobile_for_a_portable_column(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "equipe.csv"
    path.write_text("Personne;Portable;GSM;Fax;Téléphone\n"
                    "Ibrahim Sow;+227 90 12 34 56;+227 91 12 34 56;+227 20 72 31 00;"
                    "+227 20 72 32 00\n", encoding="utf-8")
    head = read_head(path)
    assert guessed_fields(head) == ["name", "mobile", "mobile", "fax", "phone"]
    dialog = ColumnMappingDialog(head)
    qtbot.addWidget(dialog)
    assert [c.currentData() for c in dialog.choices] == ["name", "mobile", "mobile", "fax",
                                                         "phone"]
