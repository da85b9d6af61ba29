"""Light, dark, or whatever the system uses: ``QStyleHints.setColorScheme`` (Qt ≥ 6.8).

Where the platform cannot switch (no platform theme, older Qt), a Fusion palette stands in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
_SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light,
            "dark": Qt.ColorScheme.Dark}


def _dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, "#2b2d30"), (role.WindowText, "#e6e6e6"),
                      (role.Base, "#1e1f22"), (role.AlternateBase, "#26282b"),
                      (role.ToolTipBase, "#3c3f41"), (role.ToolTipText, "#e6e6e6"),
                      (role.Text, "#e6e6e6"), (role.Button, "#34363a"),
                      (role.ButtonText, "#e6e6e6"), (role.BrightText, "#ff6b6b"),
                      (role.Link, "#7cb7ff"), (role.Highlight, "#2f65ca"),
                      (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#8c8f94")):
        palette.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor("#8c8f94"))
    return palette


def apply_theme(name: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    wanted = _SCHEMES.get(name, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or hints.colorScheme() == wanted:
        app.setPalette(QPalette())  # the platform's own palette for its scheme
        return
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if wanted == Qt.ColorScheme.Dark
                   else app.style().standardPalette())
