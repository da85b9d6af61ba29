"""The window's commands, their shortcuts and icons, and the menus that hold them.

Declared in one place so the menus, the shortcuts and the keyboard help agree.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui.icons import icon

Key = QKeySequence.StandardKey
_SPECS: tuple[tuple[str, str, tuple[QKeySequence | Key | str, ...]], ...] = (
    # name, icon, shortcuts
    ("new_contact", "contact-new", ("Ctrl+N",)),
    ("import_files", "import", ("Ctrl+I",)),
    ("export_contacts", "export", ("Ctrl+Shift+E",)),
    ("load_demo", "releases", ()),
    ("settings", "settings", ("Ctrl+,",)),
    ("quit", "quit", ("Ctrl+Q",)),
    ("edit_contact", "edit", ("Ctrl+E", "F2")),
    ("copy_card", "copy", ("Ctrl+Shift+C",)),
    ("archive_contact", "archive", ("Del",)),
    ("call_contact", "call", ("Ctrl+Shift+D",)),
    ("write_contact", "email", ("Ctrl+Shift+M",)),
    ("whatsapp_contact", "whatsapp", ("Ctrl+Shift+W",)),
    ("find", "search", ("Ctrl+K", "Ctrl+F")),
    ("show_contacts", "contacts", ("Alt+1",)),
    ("show_offices", "offices", ("Alt+2",)),
    ("show_releases", "releases", ("Alt+3",)),
    ("show_inquiries", "inquiries", ("Alt+4",)),
    ("log_inquiry", "inquiries", ("Ctrl+Shift+N",)),
    ("refresh", "refresh", ("F5",)),
    ("next_pane", "", ("F6",)),
    ("previous_pane", "", ("Shift+F6",)),
    ("shortcuts", "help", ("F1",)),
    ("about", "pressdesk", ()),
)


class WindowActions(QObject):
    """Every QAction of the main window, by name; texts set again on language change."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.by_name: dict[str, QAction] = {}
        for name, icon_name, keys in _SPECS:
            action = QAction(icon(icon_name), "", window)
            action.setObjectName(f"action_{name}")
            action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k)
                                 for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
            self.by_name[name] = action
        self.by_name["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.by_name["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self.by_name["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self.menus: dict[str, QMenu] = {}

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def build_menus(self, undo: QAction, redo: QAction) -> None:
        self._undo_redo = (undo, redo)
        undo.setIcon(icon("undo"))
        redo.setIcon(icon("redo"))
        undo.setObjectName("action_undo")
        redo.setObjectName("action_redo")
        undo.setShortcut(QKeySequence(Key.Undo))
        redo.setShortcut(QKeySequence(Key.Redo))
        layout: dict[str, list[str | QAction | None]] = {
            "file": ["new_contact", "log_inquiry", "import_files", "export_contacts", "load_demo",
                     None, "settings", None, "quit"],
            "edit": [undo, redo, None, "edit_contact", "copy_card", "archive_contact", None,
                     "call_contact", "write_contact", "whatsapp_contact", None, "find"],
            "view": ["show_contacts", "show_offices", "show_releases", "show_inquiries", None,
                     "refresh"],
            "help": ["shortcuts", "about"],
        }
        bar = self._window.menuBar()
        for menu_name, entries in layout.items():
            menu = bar.addMenu("")
            menu.setObjectName(f"{menu_name}Menu")
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                else:
                    menu.addAction(entry if isinstance(entry, QAction) else self[entry])
            self.menus[menu_name] = menu

    def retranslate_ui(self) -> None:
        texts = {
            "new_contact": self.tr("&New Contact…"),
            "import_files": self.tr("&Import…"),
            "export_contacts": self.tr("E&xport…"),
            "load_demo": self.tr("Load &Demo Data"),
            "settings": self.tr("&Settings…"),
            "quit": self.tr("&Quit"),
            "edit_contact": self.tr("&Edit Contact…"),
            "copy_card": self.tr("&Copy Card"),
            "archive_contact": self.tr("&Archive Contact"),
            "find": self.tr("&Find"),
            "show_contacts": self.tr("&Contacts"),
            "show_offices": self.tr("&Offices"),
            "show_releases": self.tr("&Releases"),
            "show_inquiries": self.tr("In&quiries"),
            "log_inquiry": self.tr("&Log an Inquiry…"),
            "refresh": self.tr("Re&fresh"),
            "call_contact": self.tr("Ca&ll the Contact"),
            "write_contact": self.tr("&Write to the Contact"),
            "whatsapp_contact": self.tr("&Open WhatsApp Chat"),
            "next_pane": self.tr("Next Pane"),
            "previous_pane": self.tr("Previous Pane"),
            "shortcuts": self.tr("&Keyboard Shortcuts"),
            "about": self.tr("&About Press Desk"),
        }
        for name, text in texts.items():
            action = self[name]
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        for name, text in (("file", self.tr("&File")), ("edit", self.tr("&Edit")),
                           ("view", self.tr("&View")), ("help", self.tr("&Help"))):
            if name in self.menus:
                self.menus[name].setTitle(text)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for the keyboard help, from the actions themselves."""
        rows = []
        for action in getattr(self, "_undo_redo", ()):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            what = self.tr("Undo") if action is self._undo_redo[0] else self.tr("Redo")
            rows.append((what, keys))
        for name, _icon, keys in _SPECS:
            if keys:
                action = self[name]
                shown = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                                  for s in action.shortcuts())
                rows.append((action.text().replace("&", "").rstrip("…"), shown))
        rows.append((self.tr("Show the card of the selected result"), self.tr("Enter")))
        rows.append((self.tr("Clear the search"), self.tr("Esc")))
        rows.append((self.tr("From the search to the results"), self.tr("Down")))
        rows.append((self.tr("Search, results, card in turn"), self.tr("Tab, Shift+Tab")))
        return rows
