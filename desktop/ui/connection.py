"""Which database the app opens: ``--db``, the environment, Settings, then this computer.

A team server's password lives in the system keyring (``keyring``), never in the settings file.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass

from desktop import APP_NAME, paths
from desktop.ui import settings

log = logging.getLogger(__name__)
KEYRING_SERVICE = APP_NAME


@dataclass(frozen=True)
class ServerChoice:
    """A team PostgreSQL server as Settings describes it."""

    host: str
    port: int
    name: str
    user: str

    @property
    def account(self) -> str:
        """The keyring entry's user name: one password per server, database and role."""
        return f"{self.user}@{self.host}:{self.port}/{self.name}"

    def url(self, password: str | None) -> str:
        from desktop.services.database import server_url  # late: not needed to paint

        return server_url(self.host, self.port, self.name, self.user, password)


def saved_server() -> ServerChoice | None:
    if settings.DB_MODE.get() != "server" or not settings.DB_HOST.get():
        return None
    return ServerChoice(settings.DB_HOST.get(), settings.DB_PORT.get(), settings.DB_NAME.get(),
                        settings.DB_USER.get())


def load_password(server: ServerChoice) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, server.account)
    except Exception as error:  # no keyring daemon: ask again rather than fail to start
        log.warning("cannot read the keyring: %s", error)
        return None


def save_password(server: ServerChoice, password: str) -> bool:
    """Store the password in the keyring; False (and logged) if there is no usable keyring."""
    try:
        import keyring

        if password:
            keyring.set_password(KEYRING_SERVICE, server.account, password)
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, server.account)
        return True
    except Exception as error:
        log.warning("cannot write to the keyring: %s", error)
        return False


def database_url(explicit: str | None = None) -> str:
    """``--db``, then ``PRESSDESK_DATABASE_URL``, then the server in Settings, then SQLite."""
    if explicit or os.environ.get(paths.DATABASE_URL_ENV):
        return paths.database_url(explicit)
    server = saved_server()
    if server is not None:
        return server.url(load_password(server))
    return paths.default_database_url()
