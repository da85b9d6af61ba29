"""A release import's flags and warnings in the app's language.

The services hand them over as English strings (the command line and ``--json`` print them)
that carry a code and parameters (``ReviewNote`` in desktop/formats/releases/review_notes.py;
read here by its attributes, the app reaching formats only through the services). A line
without a code, or with one this module does not know, is shown as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui.refusals import reason_text

CONTEXT = "ReviewNote"

TEMPLATES: dict[str, str] = cast(dict[str, str], {
    "release.no_contact_block": QT_TRANSLATE_NOOP("ReviewNote", "no media contact block was found"),
    "release.value_kept": QT_TRANSLATE_NOOP(
        "ReviewNote", "{name}: {kind} “{value}” kept as written but not valid: {reason}"),
    "contact.value_kept": QT_TRANSLATE_NOOP("ReviewNote", "{kind} “{value}”: {reason}"),
})
KINDS: dict[str, str] = cast(dict[str, str], {
    "phone": QT_TRANSLATE_NOOP("ReviewNote", "phone"),
    "email": QT_TRANSLATE_NOOP("ReviewNote", "email"),
})


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def review_text(note: str) -> str:
    """One warning or flag of a release import, in the app's language."""
    code = getattr(note, "code", None)
    if not isinstance(code, str) or code not in TEMPLATES:
        return str(note)
    params = cast(Mapping[str, str], getattr(note, "params", {}))
    values = dict(params)
    if "kind" in values:
        values["kind"] = _tr(KINDS[values["kind"]]) if values["kind"] in KINDS else values["kind"]
    values["reason"] = reason_text(
        getattr(note, "reason_code", None),
        cast(Mapping[str, str | int], getattr(note, "reason_params", {})),
        getattr(note, "reason", None))
    return _tr(TEMPLATES[code]).format(**values)
