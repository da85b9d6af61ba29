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
    """Why somebody is suggested, in the UI's language, with the service's details (the
    release's title, the office and country, how many inquiries they answered)."""
    from desktop.ui.i18n import ui_language

    language = ui_language()
    if language == "en":
        return str(suggestion.reason)
    from desktop.domain.countries import country_name

    translate = QCoreApplication.translate
    parts: list[str] = []
    title = getattr(suggestion, "release_title", None)
    answers = int(getattr(suggestion, "answers", 0) or 0)
    country = getattr(suggestion, "country", None)
    for reason_code in str(suggestion.reason_code).split("+"):
        if reason_code == "release" and title:
            parts.append(translate("InquiryTexts", "named in the release “{title}”").format(
                title=title))
        elif reason_code == "release":
            parts.append(translate("InquiryTexts", "named in a release on this topic"))
        elif reason_code == "office" and suggestion.office and country:
            parts.append(translate("InquiryTexts", "works at {office}, in {country}").format(
                office=suggestion.office, country=country_name(country, language)))
        elif reason_code == "office" and suggestion.office:
            parts.append(translate("InquiryTexts", "works at {office}").format(
                office=suggestion.office))
        elif reason_code == "office":
            parts.append(translate("InquiryTexts", "officer of the office in that country"))
        elif reason_code == "history" and answers:
            parts.append(translate("InquiryTexts", "answered %n similar inquiries", "",
                                   answers))
        elif reason_code == "history":
            parts.append(translate("InquiryTexts", "answered similar inquiries"))
    return "; ".join(parts) or str(suggestion.reason)
