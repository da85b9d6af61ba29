"""No silent crash: an unhandled exception is logged and shown with its traceback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from desktop.domain.errors import DatabaseError
from desktop.ui import crash

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QMessageBox]]:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    previous = sys.excepthook
    crash.install(interactive=True)
    yield boxes
    sys.excepthook = previous


def _raise(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_a_bug_is_shown_with_its_traceback(shown: list[QMessageBox]) -> None:
    _raise(ZeroDivisionError("boom"))
    assert len(shown) == 1
    assert "bug in Press Desk" in shown[0].text()
    assert "ZeroDivisionError: boom" in shown[0].detailedText()


def test_a_refused_operation_is_shown_plainly(shown: list[QMessageBox]) -> None:
    _raise(DatabaseError("Cannot open the database: server closed the connection"))
    assert shown[0].text() == "Cannot open the database: server closed the connection"
    assert shown[0].detailedText() == ""


def test_an_unreachable_database_is_an_environment_fault_not_a_bug(
        shown: list[QMessageBox]) -> None:
    """A real OperationalError: what SQLAlchemy raises when nothing listens on the port."""
    engine = sqlalchemy.create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    try:
        with pytest.raises(OperationalError) as caught:
            engine.connect()
    finally:
        engine.dispose()
    _raise(caught.value)
    assert shown[0].text().startswith("The database could not be reached: ")
    assert "refused" in shown[0].text() or "failed" in shown[0].text()
    assert "bug" not in shown[0].text() and shown[0].detailedText() == ""


def test_a_file_that_cannot_be_read_is_an_environment_fault(shown: list[QMessageBox]) -> None:
    _raise(PermissionError(13, "Permission denied", "/srv/releases/a.docx"))
    assert shown[0].text().startswith("A file or the network could not be used: ")
    assert "bug" not in shown[0].text()
