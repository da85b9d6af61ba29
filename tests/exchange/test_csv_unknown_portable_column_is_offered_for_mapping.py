"""A CSV column Press Desk cannot place is listed for the mapping step, never dropped silently:
"Téléphone portable 2" once matched the German address word "Ort" inside "portable" and
vanished; a real "Ort" column (an address part the directory does not keep) is still ignored."""

from __future__ import annotations

from desktop.formats.contacts_csv import map_columns


def test_a_numbered_portable_column_is_listed_as_unmapped() -> None:
    _, unmapped = map_columns(["Name", "Téléphone portable 2", "Report"])
    assert unmapped == ["Téléphone portable 2", "Report"]


def test_the_german_address_columns_stay_ignored() -> None:
    _, unmapped = map_columns(["Name", "Ort geschäftlich", "Ort privat", "Straße geschäftlich"])
    assert unmapped == []
