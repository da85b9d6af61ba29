"""Icons from the SVGs in ``resources/icons`` (built into ``desktop/_assets/icons``), drawn in
the palette's text colour.

The SVGs use ``currentColor``. Each icon is rendered when Qt first asks for it, at the size,
screen ratio and colour asked (window text; disabled and selected text in those states), so
start-up renders the few icons on screen rather than every size of every action's icon, and a
theme switch redraws them in the new colours.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)

from desktop.paths import ICONS_DIR as _ICONS_DIR
from desktop.ui import override

ICONS_DIR = _ICONS_DIR

_WINDOW_TEXT = QPalette.ColorRole.WindowText
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_DISABLED = QPalette.ColorGroup.Disabled
_NORMAL_GROUP = QPalette.ColorGroup.Normal
_MODE_DISABLED = QIcon.Mode.Disabled
_MODE_SELECTED = QIcon.Mode.Selected
_TRANSPARENT = Qt.GlobalColor.transparent
_ARGB = QImage.Format.Format_ARGB32_Premultiplied


@cache
def _svg(name: str) -> str | None:
    path = ICONS_DIR / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.exists() else None


def _colour(mode: QIcon.Mode) -> str:
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return "#202020"
    palette = QGuiApplication.palette()
    if mode == _MODE_DISABLED:
        return palette.color(_DISABLED, _WINDOW_TEXT).name()
    if mode == _MODE_SELECTED:
        return palette.color(_NORMAL_GROUP, _HIGHLIGHTED_TEXT).name()
    return palette.color(_NORMAL_GROUP, _WINDOW_TEXT).name()


@cache
def _render(name: str, colour: str, width: int, height: int, ratio: float) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # the first icon on screen loads it

    source = _svg(name) or ""
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode()))
    image = QImage(max(1, round(width * ratio)), max(1, round(height * ratio)), _ARGB)
    image.fill(_TRANSPARENT)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _SvgIconEngine(QIconEngine):
    """Renders one of our SVGs on demand, tinted for the icon's mode and the palette."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    @override
    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    @override
    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        return _render(self._name, _colour(mode), size.width(), size.height(), scale)

    @override
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect.topLeft(), _render(self._name, _colour(mode), rect.width(),
                                                   rect.height(), ratio))

    @override
    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # square icons
        return QSize(side, side)

    @override
    def isNull(self) -> bool:
        return _svg(self._name) is None

    @override
    def key(self) -> str:
        return "pressdesk-svg"

    @override
    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name)



def icon(name: str) -> QIcon:
    """The icon ``name`` (file stem), drawn when shown, in the current palette's colours."""
    if _svg(name) is None:
        return QIcon()
    return QIcon(_SvgIconEngine(name))


def app_icon() -> QIcon:
    return QIcon(str(ICONS_DIR / "pressdesk.svg"))


def clear_cache() -> None:
    """Forget rendered pixmaps (they are keyed by colour, so a theme switch needs no call)."""
    _render.cache_clear()
