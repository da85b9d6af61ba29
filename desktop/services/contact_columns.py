"""The fields a contact spreadsheet's columns can be read as, for the app's mapping step.

The app's column-mapping dialog lists ``FIELDS`` and shows the ``CsvLayout`` that
``contact_import.csv_layout`` found; it takes both from here, so the ui reaches the CSV
format only through a service (layers: ui -> services -> formats).
"""

from __future__ import annotations

from desktop.formats.contacts_csv import FIELDS, CsvLayout

__all__ = ["FIELDS", "CsvLayout"]
