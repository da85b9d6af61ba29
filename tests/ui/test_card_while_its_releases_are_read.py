"""A search hit's record comes without its releases (the list does not show them); the card
says they are being read until they come, instead of "no release names this person" for a
person whom releases do name (issue 11: the right person, shown truthfully, under the cursor).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services import releases
from desktop.ui.views.contacts_view import ContactsView
from tests.ui.helpers import DeferredTaskRunner, add_people

pytestmark = pytest.mark.gui
RELEASE = Path(__file__).resolve().parent.parent / "data" / "releases" / \
    "tajikistan_almaty_process_fr.txt"


def label_texts(view: ContactsView) -> dict[str, str]:
    return {label.objectName(): label.text() for label in view.card.findChildren(QLabel)}


def hit_shown_before_its_releases(qtbot: QtBot, db: Any,
                                  query: str) -> tuple[ContactsView, DeferredTaskRunner]:
    """Search, select the one hit and show it, with the card's own read still held."""
    tasks = DeferredTaskRunner()
    view = ContactsView(tasks)
    qtbot.addWidget(view)
    view.set_database(db)
    tasks.finish()
    view.search_field.setText(query)
    view._search_now()
    while tasks.jobs and view.model.rowCount() != 1:
        tasks.jobs.pop(0).run()
    view.table.selectRow(0)
    view._show_selected()
    return view, tasks


def test_a_hit_named_in_releases_never_shows_no_release_while_they_are_read(
        qtbot: QtBot, db: Any) -> None:
    add_people(db)
    report = releases.import_releases(db, [RELEASE])
    assert not report.errors
    view, tasks = hit_shown_before_its_releases(qtbot, db, "shafiev")
    texts = label_texts(view)
    assert "cardNoReleases" not in texts  # the releases are not known yet: no claim
    assert "cardReleasesPending" in texts
    tasks.finish()  # the card's read with releases arrives
    qtbot.waitUntil(lambda: "cardRelease0" in label_texts(view))
    texts = label_texts(view)
    assert "cardReleasesPending" not in texts and "cardNoReleases" not in texts


def test_a_hit_named_in_no_release_says_so_once_read(qtbot: QtBot, db: Any) -> None:
    add_people(db)
    view, tasks = hit_shown_before_its_releases(qtbot, db, "bekele")
    assert "cardReleasesPending" in label_texts(view)
    tasks.finish()
    qtbot.waitUntil(lambda: "cardNoReleases" in label_texts(view))
    assert "cardReleasesPending" not in label_texts(view)
