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


def test_a_hit_named_in_releases_never_shows_no_release_while_they_are_read(
        qtbot: QtBot, db: Any) -> None:
    add_people(db)
    report = releases.import_releases(db, [RELEASE])
    assert not report.errors
    tasks = DeferredTaskRunner()
    view = ContactsView(tasks)
    qtbot.addWidget(view)
    view.set_database(db)
    tasks.finish()
    view.search_field.setText("shafiev")
    view._search_now()
    # run the search, not yet the card's own read
    while tasks.jobs and view.model.rowCount() != 1:
        tasks.jobs.pop(0).run()
    view.table.selectRow(0)
    view._show_selected()
    texts = label_texts(view)
    assert "cardNoReleases" not in texts  # the releases are not known yet: no claim
    assert "cardReleasesPending" in texts
    tasks.finish()  # the card's read with releases arrives
    qtbot.waitUntil(lambda: "cardRelease0" in label_texts(view))
    texts = label_texts(view)
    assert "cardReleasesPending" not in texts and "cardNoReleases" not in texts


def test_a_hit_named_in_no_release_says_so_once_read(qtbot: QtBot, db: Any) -> None:
    add_people(db)
    tasks = DeferredTaskRunner()
    view = ContactsView(tasks)
    qtbot.addWidget(view)
    view.set_database(db)
    tasks.finish()
    view.search_field.setText("bekele")
    view._search_now()
    while tasks.jobs and view.model.rowCount() != 1:
        tasks.jobs.pop(0).run()
    view.table.selectRow(0)
    view._show_selected()
    assert "cardReleasesPending" in label_texts(view)
    tasks.finish()
    qtbot.waitUntil(lambda: "cardNoReleases" in label_texts(view))
    assert "cardReleasesPending" not in label_texts(view)
