"""A country list that starts with the directory's own countries, then a line, then the rest:
the export dialog's list no longer starts at "Afghanistan" with "0 contacts" for most."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def put_first(combo: QComboBox, codes: frozenset[str], keep_choice: bool) -> None:
    """Move the items whose data is in ``codes`` to the top (in their order) above a line.
    ``keep_choice``: keep the chosen country (the person chose it), else choose the first of
    ``codes``. Nothing changes when none or all of the items are in ``codes``."""
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())
             if combo.itemData(i) is not None]
    ours = [item for item in items if item[1] in codes]
    if not ours or len(ours) == len(items):
        return
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, code in ours:
        combo.addItem(text, code)
    combo.insertSeparator(combo.count())
    for text, code in items:
        if code not in codes:
            combo.addItem(text, code)
    keep = keep_choice or chosen in codes
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if keep else 0)
    combo.blockSignals(False)
