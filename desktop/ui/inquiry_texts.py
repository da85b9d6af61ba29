"""The words the app shows for an inquiry's status and channel, in the UI's language.

One place, so the table, the filters, the log form and the answer dialog say the same thing.
The codes are the services' (``InquiryStatus`` / ``Channel`` values).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

STATUSES = ("new", "assigned", "answered", "closed", "declined")
CHANNELS = ("phone", "email", "in_person", "social_media", "other")
OPEN_STATUSES = ("new", "assigned")


def status_text(code: str) -> str:
    translate = QCoreApplication.translate
    texts = {"new": translate("InquiryTexts", "New"),
             "assigned": translate("InquiryTexts", "Assigned"),
             "answered": translate("InquiryTexts", "Answered"),
             "closed": translate("InquiryTexts", "Closed"),
             "declined": translate("InquiryTexts", "Declined")}
    return texts.get(code, code)


def channel_text(code: str) -> str:
    translate = QCoreApplication.translate
    texts = {"phone": translate("InquiryTexts", "Phone"),
             "email": translate("InquiryTexts", "Email"),
             "in_person": translate("InquiryTexts", "In person"),
             "social_media": translate("InquiryTexts", "Social media"),
             "other": translate("InquiryTexts", "Other")}
    return texts.get(code, code)


def status_items() -> list[tuple[str, str]]:
    return [(code, status_text(code)) for code in STATUSES]


def channel_items() -> list[tuple[str, str]]:
    return [(code, channel_text(code)) for code in CHANNELS]


def reason_text(suggestion: Any) -> str:
    """Why somebody is suggested, in the UI's language.

    The service words its reasons in English, with details (the release's title, how many
    inquiries); in French or Spanish the app says the same from the reason codes, with the
    office, until the service gives those details as parameters.
    """
    from desktop.ui.i18n import ui_language

    if ui_language() == "en":
        return str(suggestion.reason)
    translate = QCoreApplication.translate
    parts: list[str] = []
    for reason_code in str(suggestion.reason_code).split("+"):
        if reason_code == "release":
            parts.append(translate("InquiryTexts", "named in a release on this topic"))
        elif reason_code == "office" and suggestion.office:
            parts.append(translate("InquiryTexts", "works at {office}").format(
                office=suggestion.office))
        elif reason_code == "office":
            parts.append(translate("InquiryTexts", "officer of the office in that country"))
        elif reason_code == "history":
            parts.append(translate("InquiryTexts", "answered similar inquiries"))
    return "; ".join(parts) or str(suggestion.reason)
