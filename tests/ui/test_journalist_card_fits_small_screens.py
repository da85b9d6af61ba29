"""A journalist card's inquiries are read whole at 800×600: each line wraps onto as many
lines as the card's width needs and the list shows every row (up to its limit) without
scrolling. A French open inquiry ("Nouvelle · … · en retard de 27 h · échéance 9 mars 2026,
…") was cut with "…" beside the journalists' list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from desktop.domain.inquiries import OutletKind
from desktop.services import inquiries
from desktop.services.database import Database
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.journalists_panel import JournalistsPanel

pytestmark = pytest.mark.gui
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
TOPICS = ("Almaty process and the return of labour migrants from Russia",
          "Budget 2026 for the regional office", "Returns from Russia")


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_every_inquiry_of_the_card_is_read_whole_at_800_by_600(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, language: str) -> None:
    for hours_ago, topic in zip((30, 2, 10), TOPICS, strict=True):
        inquiries.log_inquiry(sqlite_db, inquiries.InquiryDraft(
            topic=topic, received_at=NOW - timedelta(hours=hours_ago),
            deadline=NOW + timedelta(hours=3 - hours_ago), journalist="Jane Roe",
            outlet="Asia-Plus", outlet_kind=OutletKind.ONLINE, email="jane.roe@asiaplus.tj",
            journalist_country="TJ"))
    translations.apply(language)
    panel = JournalistsPanel(sqlite_db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(740, 540)  # 800×600 less the icons-only sidebar and the window's frame
    panel.show()
    panel.ensure_loaded()
    panel.search_edit.setText("jane")
    panel.search()
    listing = panel.card.inquiry_list
    assert listing is not None
    qtbot.waitUntil(listing.isVisible)
    qtbot.wait(50)  # the list refits once laid out at its width
    metrics = listing.fontMetrics()
    shown = 0
    for row in range(listing.count()):
        item = listing.item(row)
        rect = listing.visualItemRect(item)
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000),
                                      int(Qt.TextFlag.TextWordWrap), item.text())
        assert needed.height() <= rect.height(), (item.text(), rect, needed)
        shown += rect.height()
    assert shown <= listing.viewport().height(), (shown, listing.viewport().height())
