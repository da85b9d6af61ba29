"""Icons from the SVGs in ``desktop/resources/icons``, drawn in the palette's text colour.

The SVGs use ``currentColor``; rendering them here in the window text colour makes them readable
in light and dark themes alike (call ``clear_cache`` when the palette changes).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
_SIZES = (16, 20, 24, 32, 48)


def _text_colour() -> str:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return "#202020"
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


@cache
def _icon(name: str, colour: str, ratio: float) -> QIcon:
    path = ICONS_DIR / f"{name}.svg"
    if not path.exists():
        return QIcon()
    data = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(data.encode()))
    result = QIcon()
    for size in _SIZES:
        pixels = max(1, round(size * ratio))
        image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        result.addPixmap(pixmap)
    return result


def icon(name: str) -> QIcon:
    """The icon ``name`` (file stem), tinted for the current palette and screen."""
    app = QGuiApplication.instance()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if (
        isinstance(app, QGuiApplication) and QGuiApplication.primaryScreen()) else 1.0
    return _icon(name, _text_colour(), ratio)


def app_icon() -> QIcon:
    return QIcon(str(ICONS_DIR / "pressdesk.svg"))


def clear_cache() -> None:
    _icon.cache_clear()
