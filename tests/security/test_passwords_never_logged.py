"""A connection that fails with a password in its URL: no log record, message or output shows it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.connection_check import check_connection
from desktop.services.database import open_database

PASSWORD = "Zq7-secret-PW-91"
# Nothing listens on port 9 (discard) on the test machine; the server below refuses the password.
UNREACHABLE = f"postgresql+psycopg://editor:{PASSWORD}@127.0.0.1:9/pressdesk"


def _wrong_password(url: str) -> str:
    head, _, tail = url.partition("@")
    scheme, _, user = head.rpartition("//")
    return f"{scheme}//{user.split(':', 1)[0]}:{PASSWORD}@{tail}"


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "psycopg", "desktop"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    return caplog


def _assert_hidden(caplog: pytest.LogCaptureFixture, *texts: str, home: Path) -> None:
    """Not in a log record, a message, the output, nor any file written (log files included)."""
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    for record in caplog.records:
        assert PASSWORD not in record.getMessage(), record.getMessage()
        assert PASSWORD not in logging.Formatter().format(record)
    for text in texts:
        assert PASSWORD not in text


def test_an_unreachable_server_never_logs_the_password(all_logs: pytest.LogCaptureFixture,
                                                       capsys: pytest.CaptureFixture[str],
                                                       isolated_home: Path) -> None:
    verdict = check_connection(UNREACHABLE)
    with pytest.raises(Exception) as raised:
        open_database(UNREACHABLE)
    code = main(["--db", UNREACHABLE, "contacts", "list"])
    out = capsys.readouterr()
    assert code != 0
    _assert_hidden(all_logs, str(verdict), str(raised.value), repr(raised.value), out.out,
                   out.err, home=isolated_home)


@pytest.mark.postgresql
def test_a_refused_password_is_never_logged(postgres_server: str,
                                            all_logs: pytest.LogCaptureFixture,
                                            capsys: pytest.CaptureFixture[str],
                                            isolated_home: Path) -> None:
    url = _wrong_password(postgres_server)
    verdict = check_connection(url)
    assert verdict is not None
    with pytest.raises(Exception) as raised:
        open_database(url)
    code = main(["--db", url, "contacts", "list"])
    out = capsys.readouterr()
    assert code != 0
    _assert_hidden(all_logs, str(verdict), str(raised.value), repr(raised.value), out.out,
                   out.err, home=isolated_home)
