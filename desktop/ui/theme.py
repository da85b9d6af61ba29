"""Light, dark, or whatever the system uses: ``QStyleHints.setColorScheme`` (Qt ≥ 6.8).

Where the platform cannot switch (no platform theme, older Qt), a Fusion palette stands in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21); AA asks 4.5 for text."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def muted_text(palette: QPalette, minimum: float = 4.8) -> QColor:
    """Secondary text (section headers, number kinds, hints): lighter than body text yet above
    WCAG AA on the window colour in any theme (the disabled colour is not: #bebebe on #efefef
    is 1.6:1)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    for share in (0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05):
        mixed = QColor.fromRgbF(text.redF() + (window.redF() - text.redF()) * share,
                                text.greenF() + (window.greenF() - text.greenF()) * share,
                                text.blueF() + (window.blueF() - text.blueF()) * share)
        if contrast(mixed, window) >= minimum:
            return mixed
    return text


def mute(widget: QWidget) -> None:
    """Draw ``widget``'s text in the muted colour of its palette (call again on a palette
    change)."""
    palette = widget.palette()
    colour = muted_text(QApplication.palette(widget))
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
