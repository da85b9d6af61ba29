"""Read-only mode in the window: a SQLite file on a read-only medium and a server role that may
only read. The window says so with the reason, the writing commands are disabled (not failing
on save), and search, the card and export still work. Also Settings' "Test connection", which
says what is wrong in plain words and never builds tables in an empty database.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import sql
from pytestqt.qtbot import QtBot
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from desktop.db import engine as engine_module
from desktop.db.engine import make_engine
from desktop.services import roles
from desktop.services.contacts import ContactDraft, add_contact, list_contacts
from desktop.services.database import Database, open_database
from desktop.ui import read_only
from desktop.ui.tasks import InlineTaskRunner
from tests.conftest import _admin_conninfo

pytestmark = pytest.mark.gui
PASSWORD = "Reader-Pass-42"


def _as(url: str, role: str) -> str:
    return make_url(url).set(username=role, password=PASSWORD).render_as_string(
        hide_password=False)


@pytest.fixture
def reader_url(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The same directory, opened by someone who may only read."""
    owner = open_database(db_url)
    add_contact(owner, ContactDraft(name="Hiwot Bekele", office="IOM Ethiopia"))
    if owner.backend == "sqlite":
        owner.dispose()
        # Root ignores file modes, so the medium's answer is what the test controls.
        monkeypatch.setattr(engine_module, "on_read_only_medium", lambda _path: True)
        yield db_url
        return
    name = f"pd_reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_admin_conninfo(db_url), autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(name), sql.Literal(PASSWORD)))
        connection.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(name)))
    roles.grant(owner, name, "read-only")
    owner.dispose()
    yield _as(db_url, name)
    database = make_url(db_url).database
    conninfo = _admin_conninfo(db_url).replace("dbname=postgres", f"dbname={database}")
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
    with psycopg.connect(_admin_conninfo(db_url), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


@pytest.fixture
def reader(reader_url: str) -> Iterator[Database]:
    database = open_database(reader_url)
    yield database
    database.dispose()


@pytest.fixture
def reading_window(qtbot: QtBot, reader: Database, tasks: InlineTaskRunner) -> Iterator[Any]:
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.apply("en")
    main = MainWindow(tasks, translations)
    qtbot.addWidget(main)
    main.set_database(reader)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.live_refresh.stop()


def test_the_window_says_read_only_and_offers_no_change(qtbot: QtBot, reading_window: Any,
                                                       reader: Database) -> None:
    window = reading_window
    assert reader.read_only
    from PySide6.QtWidgets import QLabel

    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert "Read-only" in banner.text()
    # The reason, not a guess; in the app's words (no command-line advice for a role).
    assert read_only.reason_text(reader.read_only_reason).rstrip(".") in banner.text()
    assert "pressdesk db grant" not in banner.text()
    for name in read_only.WRITING_ACTIONS:
        assert not window.actions_[name].isEnabled(), name
    # Search and the card still work; copying the card and export stay available.
    qtbot.keyClicks(window.contacts.search_field, "bekele")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=5000)
    window.contacts.select_contact(list_contacts(reader)[0].id)
    qtbot.waitUntil(lambda: window.contacts.current_contact() is not None, timeout=5000)
    assert window.actions_["copy_card"].isEnabled()
    assert not window.actions_["edit_contact"].isEnabled()
    assert not window.actions_["archive_contact"].isEnabled()
    assert window.actions_["export_contacts"].isEnabled()
    # A shortcut that slips through (the card's buttons) says why instead of opening a dialog.
    assert window.edit_contact() is None and window.new_contact() is None
    assert "Read-only" in window.statusBar().currentMessage()


def test_a_writable_database_shows_no_banner(window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is None or not banner.isVisible()
    assert window.actions_["new_contact"].isEnabled()


def test_banner_and_test_connection_are_translated(window: Any) -> None:
    window.translations.apply("fr")
    try:
        assert "lecture seule" in read_only.banner_text("x").lower()
    finally:
        window.translations.apply("en")


@pytest.mark.postgresql
def test_test_connection_names_the_problem_and_hides_the_password(
        qtbot: QtBot, window: Any, empty_postgres_url: str) -> None:
    dialog = window.open_settings()
    url = make_url(empty_postgres_url)
    dialog.server_radio.setChecked(True)
    dialog.host_edit.setText(str(url.host))
    dialog.port_spin.setValue(int(url.port or 5432))
    dialog.name_edit.setText(str(url.database))
    dialog.user_edit.setText(str(url.username))
    dialog.password_edit.setText("Wrong-Pass-77")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    shown = dialog.test_result.text()
    assert "refused" in shown and "Wrong-Pass-77" not in shown
    dialog.password_edit.setText(str(url.password))
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    assert "empty" in dialog.test_result.text()
    # Testing is not using: the empty database is still empty.
    probe = make_engine(url)
    try:
        assert inspect(probe).get_table_names() == []
    finally:
        probe.dispose()
