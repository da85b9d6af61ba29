"""Counts written as the app's language writes them ("3 000" in French, "3,000" in English,
"3000" in Spanish, which groups only from five digits): QLocale's default is the UI language."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def grouped(number: int) -> str:
    """``number`` with the UI language's digit grouping, for counts put into ``.format()``
    (a ``tr()`` plural takes ``%Ln`` for the same)."""
    return QLocale().toString(number)
