"""What a contact-file import changed in a contact, in the app's language.

The import service words each change in English ("added phone +992…", "title 'A' -> 'B'"),
which the command line prints and the history of changes keeps; the preview and the history
show them through these templates, and a change not listed here as written.
"""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CHANGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), cast(str, template)) for pattern, template in (
        (r"^added phone (?P<value>.+)$",
         QT_TRANSLATE_NOOP("ContactImportDialog", "added phone {value}")),
        (r"^added email (?P<value>.+)$",
         QT_TRANSLATE_NOOP("ContactImportDialog", "added email {value}")),
        (r"^title set to (?P<value>.+)$",
         QT_TRANSLATE_NOOP("ContactImportDialog", "title set to {value}")),
        (r"^title (?P<old>.+) -> (?P<value>.+)$",
         QT_TRANSLATE_NOOP("ContactImportDialog", "title {old} → {value}")),
        (r"^notes added$", QT_TRANSLATE_NOOP("ContactImportDialog", "notes added")),
        (r"^office set to (?P<value>.+)$",
         QT_TRANSLATE_NOOP("ContactImportDialog", "office set to {value}")),
        (r"^country set to (?P<value>.+)$",
         QT_TRANSLATE_NOOP("ContactImportDialog", "country set to {value}")),
        (r"^tags added: (?P<value>.+)$",
         QT_TRANSLATE_NOOP("ContactImportDialog", "tags added: {value}")),
        (r"^languages added: (?P<value>.+)$",
         QT_TRANSLATE_NOOP("ContactImportDialog", "languages added: {value}")),
    ))
"""What an update changes, as the import service words it (its English is also the audit
log's), and the same in the app's language; a change not listed here is shown as written."""


def change_text(change: str) -> str:
    for pattern, template in CHANGES:
        found = pattern.match(change)
        if found is not None:
            return QCoreApplication.translate("ContactImportDialog", template).format(
                **found.groupdict())
    return change
