"""The words the app shows for an inquiry's status and channel, in the UI's language.

One place, so the table, the filters, the log form and the answer dialog say the same thing.
The codes are the services' (``InquiryStatus`` / ``Channel`` values).
"""

from __future__ import annotations

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
