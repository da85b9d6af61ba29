"""Screenshots of contact files in and out (``--view export | import-preview``).

``export`` opens the Export dialog on the current search as a PDF, with its first page drawn;
``import-preview`` drops a small vCard file (written to a temporary folder: a few people of the
demo directory with news, two new people, a number that does not validate) and shows the
preview. Nothing is written to the directory: the preview is a dry run and is then cancelled.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

EXCHANGE_VIEWS = ("export", "import-preview")
SAMPLE_CARDS = """BEGIN:VCARD
VERSION:4.0
FN:Abdulfattoh Shafiev
N:Shafiev;Abdulfattoh;;;
ORG:OIM Tadjikistan
TITLE:Head of media and communications
TEL;VALUE=uri;TYPE=cell:tel:+992-93-555-0199
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Олена Коваленко
N:Коваленко;Олена;;;
ORG:IOM Ukraine
TITLE:Communications Officer
EMAIL;TYPE=INTERNET;TYPE=WORK:okovalenko.sample@iom.int
TEL;TYPE=WORK:+380 44 568 5015
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:رانيا حداد
ORG:IOM Jordan
TITLE:Media Officer
EMAIL;TYPE=INTERNET;TYPE=WORK:rhaddad.sample@iom.int
TEL;TYPE=CELL:0791 23 45
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Hiwot Bekele
ORG:IOM Ethiopia
END:VCARD
"""


def show_export(window: MainWindow, settle: Callable[..., bool]) -> Any:
    """The Export dialog as a PDF of the current search, its first page rendered."""
    dialog = window.open_export()
    if dialog is None:
        return None
    dialog.set_format("pdf")
    dialog.refresh_preview()
    settle(window, lambda: dialog.preview is not None, quiet_ms=400)
    return dialog


def show_import_preview(window: MainWindow, settle: Callable[..., bool]) -> Any:
    """Drop a sample vCard file; the preview of what importing it would do."""
    folder = Path(tempfile.mkdtemp(prefix="pressdesk-screenshot-"))
    path = folder / "press-officers.vcf"
    path.write_text(SAMPLE_CARDS, encoding="utf-8")
    window.imports.import_paths([path])
    importer = window.imports.contact_importer
    if importer is None:
        return None
    settle(window, lambda: importer.preview_dialog is not None, quiet_ms=400)
    return importer.preview_dialog
