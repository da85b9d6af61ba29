"""Someone else saved the contact while you were editing it: reload theirs, or compare.

"Compare" lists the fields where their saved version and your form differ, side by side, and
lets you keep theirs or yours for each; the form then saves your choices against their version
(so nothing of theirs is lost by accident, and if a third save came in meanwhile, this dialog
comes again). Fields you did not touch default to theirs, fields you changed to yours.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import ContactRecord
from desktop.ui import override

FIELDS = ("name", "title", "office", "country", "phones", "emails", "languages", "tags",
          "notes")
"""The form's fields, in the form's order; values are compared as the form shows them."""
Values = dict[str, str]
THEIRS, YOURS = "theirs", "yours"
RELOAD, MERGE = "reload", "merge"


def record_values(record: ContactRecord) -> Values:
    """A saved contact as the form shows it."""
    return {
        "name": record.name, "title": record.title or "",
        "office": record.office.name if record.office else "", "country": record.country or "",
        "phones": ", ".join(p.display or p.as_written for p in record.phones),
        "emails": ", ".join(e.address or e.as_written for e in record.emails),
        "languages": ", ".join(record.languages), "tags": ", ".join(record.tags),
        "notes": record.notes or "",
    }


class ConflictDialog(QDialog):
    """``choice`` is RELOAD or MERGE once accepted; ``chosen()`` says whose value each field
    keeps."""

    def __init__(self, base: ContactRecord, theirs: ContactRecord, yours: Values,
                 who: str | None, when: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self._base, self._theirs = record_values(base), record_values(theirs)
        self._yours = yours
        self._who, self._when, self._name = who, when, theirs.name
        self.choice: str | None = None
        self.differing = [f for f in FIELDS if self._theirs[f] != yours[f]]
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("reloadTheirsButton")
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareButton")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveChoicesButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.reload_button, self.compare_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.reload_theirs)
        self.compare_button.clicked.connect(self.compare)
        self.save_button.clicked.connect(self.save_choices)
        self.save_button.hide()

        self.table = QWidget()
        self.table.setObjectName("conflictTable")
        grid = QGridLayout(self.table)
        self._headers = [QLabel() for _ in range(4)]
        for column, header in enumerate(self._headers):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        self._field_labels: dict[str, QLabel] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self._radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, name in enumerate(self.differing, start=1):
            label = QLabel()
            theirs_text = QLabel(self._theirs[name] or "—")
            yours_text = QLabel(yours[name] or "—")
            for text in (theirs_text, yours_text):
                text.setWordWrap(True)
                text.setTextFormat(Qt.TextFormat.PlainText)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            keep_theirs, keep_yours = QRadioButton(), QRadioButton()
            keep_theirs.setObjectName(f"keepTheirs_{name}")
            keep_yours.setObjectName(f"keepYours_{name}")
            group = QButtonGroup(self)
            group.addButton(keep_theirs)
            group.addButton(keep_yours)
            mine_changed = yours[name] != self._base[name]
            (keep_yours if mine_changed else keep_theirs).setChecked(True)
            keep = QWidget()
            keep_layout = QHBoxLayout(keep)
            keep_layout.setContentsMargins(0, 0, 0, 0)
            keep_layout.addWidget(keep_theirs)
            keep_layout.addWidget(keep_yours)
            for column, widget in enumerate((label, theirs_text, yours_text, keep)):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
            self._field_labels[name] = label
            self.groups[name] = group
            self._radios[name] = (keep_theirs, keep_yours)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.differing) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.table)
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())
        self.pages.addWidget(scroll)
        self.pages.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 200)
        self.compare_button.setDefault(True)
        self.compare_button.setFocus()

    def reload_theirs(self) -> None:
        """Drop your edits: the form shows their saved version."""
        self.choice = RELOAD
        self.accept()

    def compare(self) -> None:
        self.pages.show()
        self.pages.setCurrentIndex(1)
        self.compare_button.hide()
        self.save_button.show()
        self.save_button.setDefault(True)
        # As tall as the rows to choose from, within a small screen.
        rows = self.table.sizeHint().height() + self.message.sizeHint().height() + 110
        self.resize(max(self.width(), 680), min(max(rows, 260), 540))
        first = next(iter(self._radios.values()), None)
        if first is not None:
            (first[0] if first[0].isChecked() else first[1]).setFocus()
        else:
            self.save_button.setFocus()

    def choose(self, field: str, whose: str) -> None:
        theirs, yours = self._radios[field]
        (theirs if whose == THEIRS else yours).setChecked(True)

    def chosen(self) -> dict[str, str]:
        """THEIRS or YOURS for every differing field."""
        return {name: THEIRS if radios[0].isChecked() else YOURS
                for name, radios in self._radios.items()}

    def save_choices(self) -> None:
        self.choice = MERGE
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Changed by someone else"))
        who = self._who or self.tr("Someone else")
        when = self._when or self.tr("an unknown time")
        self.message.setText(self.tr(
            "{who} saved {name} at {when}, while you were editing it. Your changes are not "
            "saved yet: reload their version, or compare the two and choose field by field."
        ).format(who=who, name=self._name, when=when))
        self.reload_button.setText(self.tr("&Reload theirs"))
        self.reload_button.setToolTip(self.tr("Drop your edits and show their saved version"))
        self.compare_button.setText(self.tr("&Compare…"))
        self.save_button.setText(self.tr("&Save my choices"))
        for header, text in zip(self._headers, (self.tr("Field"), self.tr("Their value"),
                                                self.tr("Your value"), self.tr("Keep")),
                                strict=True):
            header.setText(text)
        names = {"name": self.tr("Name"), "title": self.tr("Title"), "office": self.tr("Office"),
                 "country": self.tr("Country"), "phones": self.tr("Phones"),
                 "emails": self.tr("Emails"), "languages": self.tr("Languages"),
                 "tags": self.tr("Tags"), "notes": self.tr("Notes")}
        for name, label in self._field_labels.items():
            label.setText(names[name])
            theirs, yours = self._radios[name]
            theirs.setText(self.tr("Theirs"))
            yours.setText(self.tr("Yours"))
            theirs.setAccessibleName(self.tr("Keep their {field}").format(field=names[name]))
            yours.setAccessibleName(self.tr("Keep your {field}").format(field=names[name]))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
