"""The words the app shows for an inquiry's status and channel, in the UI's language.

One place, so the table, the filters, the log form and the answer dialog say the same thing.
The codes are the services' (``InquiryStatus`` / ``Channel`` values).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "InquiryTexts"
STATUSES = ("new", "assigned", "answered", "closed", "declined")
CHANNELS = ("phone", "email", "in_person", "social_media", "other")
OPEN_STATUSES = ("new", "assigned")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(code: str) -> str:
    texts = {"new": _tr("New"), "assigned": _tr("Assigned"), "answered": _tr("Answered"),
             "closed": _tr("Closed"), "declined": _tr("Declined")}
    return texts.get(code, code)


def channel_text(code: str) -> str:
    texts = {"phone": _tr("Phone"), "email": _tr("Email"), "in_person": _tr("In person"),
             "social_media": _tr("Social media"), "other": _tr("Other")}
    return texts.get(code, code)


def status_items() -> list[tuple[str, str]]:
    return [(code, status_text(code)) for code in STATUSES]


def channel_items() -> list[tuple[str, str]]:
    return [(code, channel_text(code)) for code in CHANNELS]
