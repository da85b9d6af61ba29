"""Rows tall enough for capital accents ("É", "Ñ") and a visible focus: some fonts draw them
above the ascent Qt sizes plain rows by, and a tight row clips them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui import override

_TALL = "ÉÂÑÅ"


class RoomyRowsDelegate(QStyledItemDelegate):
    """The default delegate with at least the accented capitals' height plus a margin."""

    @override
    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        tall = max(metrics.boundingRect(_TALL).height(), metrics.height()) + 8
        return QSize(hint.width(), max(hint.height(), tall))
