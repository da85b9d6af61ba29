"""Open and save file dialogs whose columns are not cut on an 800×600 screen.

Qt's own file dialog (drawn where no desktop portal offers a native one) opened 630 px wide
beside a 180 px sidebar, so its Size, Type and Date columns read "11....KiB", "doc...PDF" and
"29 11 2…6 21:53". Here the dialog takes the window's width (up to 900 px) and those columns
are as wide as what they hold, the name column taking the rest.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeView, QWidget

WIDEST = 900
TALLEST = 560


def _fit(dialog: QFileDialog, parent: QWidget | None) -> None:
    room = parent.window().size() if parent is not None else None
    width = WIDEST if room is None else max(min(WIDEST, room.width() - 16), 480)
    height = TALLEST if room is None else max(min(TALLEST, room.height() - 40), 360)
    dialog.resize(width, height)
    for tree in dialog.findChildren(QTreeView):
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def open_file_names(parent: QWidget | None, title: str, folder: str, filters: str) -> list[str]:
    """The files chosen (none when cancelled), as ``QFileDialog.getOpenFileNames``."""
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    _fit(dialog, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()


def save_file_name(parent: QWidget | None, title: str, path: str, filters: str) -> str:
    """Where to save ("" when cancelled), as ``QFileDialog.getSaveFileName``; ``path`` is the
    name proposed, in the folder shown."""
    dialog = QFileDialog(parent, title, path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    _fit(dialog, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""
