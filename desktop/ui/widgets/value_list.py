"""An editable list of phone numbers or email addresses, each checked as it is typed.

A wrong value is marked at its field, with the reason beneath it, in the words the command line
uses; values the contact already had as written (unvalidated imports) are flagged, not blocked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import override
from desktop.ui.icons import icon

Checker = Callable[[str], str | None]
"""Returns why ``text`` is refused, or None when it is valid."""


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


def error_colour(widget: QWidget) -> str:
    """A red that reads on the widget's background, light or dark."""
    return "#ff8a80" if _dark(widget) else "#b3261e"


def ok_colour(widget: QWidget) -> str:
    """A green that reads on the widget's background, light or dark."""
    return "#81c995" if _dark(widget) else "#2e7d32"


class ValueListEditor(QWidget):
    """Rows of line edits with a remove button each, an Add button, and live problems."""

    changed = Signal()

    def __init__(self, prefix: str, check: Checker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefix = prefix
        self._check = check
        self._kept: set[str] = set()
        self._rows: list[tuple[QLineEdit, QToolButton, QLabel]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.setObjectName(f"{prefix}AddButton")
        self.add_button.clicked.connect(lambda: self.add_row("", focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button, 0)
        self._add_label = ""
        self._item_label = ""

    def set_labels(self, add: str, item: str) -> None:
        """Translated texts: the Add button's, and the accessible name of each field."""
        self._add_label, self._item_label = add, item
        self.add_button.setText(add)
        self.add_button.setAccessibleName(add)
        for n, (edit, remove, _error) in enumerate(self._rows):
            edit.setAccessibleName(f"{item} {n + 1}")
            remove.setAccessibleName(self.tr("Remove {item} {n}").format(item=item, n=n + 1))
            remove.setToolTip(remove.accessibleName())

    def set_values(self, values: list[str], *, kept: set[str] | None = None) -> None:
        """Fill the rows; ``kept`` are unvalidated values the record already holds."""
        self._kept = set(kept or ())
        for edit, remove, error in self._rows:
            for widget in (edit, remove, error):
                widget.deleteLater()
        self._rows.clear()
        for value in values:
            self.add_row(value)

    def add_row(self, text: str = "", *, focus: bool = False) -> QLineEdit:
        n = len(self._rows)
        edit = QLineEdit(text)
        edit.setObjectName(f"{self._prefix}Edit{n}")
        remove = QToolButton()
        remove.setObjectName(f"{self._prefix}RemoveButton{n}")
        remove.setIcon(icon("remove"))
        error = QLabel()
        error.setObjectName(f"{self._prefix}Error{n}")
        error.setWordWrap(True)
        error.hide()
        self._grid.addWidget(edit, 2 * n, 0)
        self._grid.addWidget(remove, 2 * n, 1)
        self._grid.addWidget(error, 2 * n + 1, 0, 1, 2)
        row = (edit, remove, error)
        self._rows.append(row)
        edit.textChanged.connect(lambda _t, r=row: self._validate(r))
        edit.textChanged.connect(self.changed)
        remove.clicked.connect(lambda _=False, r=row: self._remove(r))
        self.set_labels(self._add_label, self._item_label)
        self._validate(row)
        if focus:
            edit.setFocus()
        self.changed.emit()
        return edit

    def _remove(self, row: tuple[QLineEdit, QToolButton, QLabel]) -> None:
        values = [e.text() for e, _r, _l in self._rows if (e, _r, _l) != row]
        self.set_values(values, kept=self._kept)
        self.changed.emit()

    def _validate(self, row: tuple[QLineEdit, QToolButton, QLabel]) -> None:
        edit, _remove, error = row
        text = edit.text().strip()
        problem = self._check(text) if text else None
        kept = problem is not None and text in self._kept
        edit.setProperty("invalid", problem is not None and not kept)
        if problem is None:
            error.hide()
            edit.setStyleSheet("")
            edit.setToolTip("")
            return
        colour = "#8a6d00" if kept else error_colour(self)
        message = (self.tr("Kept as written, needs review: {reason}") if kept
                   else "{reason}").format(reason=problem)
        error.setText(message)
        error.setStyleSheet(f"color: {colour};")
        error.show()
        edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {colour}; border-radius: 3px; "
                           "padding: 2px; }")
        edit.setToolTip(message)

    def revalidate(self) -> None:
        for row in self._rows:
            self._validate(row)

    def values(self) -> list[str]:
        return [e.text().strip() for e, _r, _l in self._rows if e.text().strip()]

    def problems(self) -> list[str]:
        """Why the list cannot be saved (values already kept as written do not count)."""
        found = []
        for value in self.values():
            problem = self._check(value)
            if problem is not None and value not in self._kept:
                found.append(problem)
        return found

    def edits(self) -> list[QLineEdit]:
        return [e for e, _r, _l in self._rows]

    def error_texts(self) -> list[str]:
        return [lbl.text() for _e, _r, lbl in self._rows if not lbl.isHidden()]

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.revalidate()
        super().changeEvent(event)
