"""A small directory shaped like the real one, on each engine."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop.services.contacts import ContactDraft, add_contact
from desktop.services.database import Database
from tests.cli.conftest import cli  # noqa: F401 - the CLI runner, for the CLI tests here
from tests.search.helpers import add_release


@dataclass(frozen=True)
class Directory:
    db: Database
    shafiev: int
    rahimova: int
    mendez: int
    diallo: int
    ivanov: int
    almaty_release: int


@pytest.fixture
def directory(db: Database) -> Directory:
    shafiev = add_contact(db, ContactDraft(
        name="Abdulfattoh Shafiev", office="IOM Tajikistan", country="TJ",
        title="National Communications Officer", phones=("+992 48 701 02 22",),
        emails=("abdulfattoh@inbox.ru",)))
    rahimova = add_contact(db, ContactDraft(
        name="Nigora Rahimova", office="IOM Tajikistan", phones=("+992 93 500 12 34",)))
    mendez = add_contact(db, ContactDraft(
        name="Lucía Méndez", office="OIM Colombia", country="CO",
        phones=("+57 601 639 7777",), emails=("lmendez@iom.int",)))
    diallo = add_contact(db, ContactDraft(
        name="Aminata Diallo", office="OIM Sénégal", emails=("adiallo@iom.int",)))
    ivanov = add_contact(db, ContactDraft(
        name="Иван Петрович Иванов", office="IOM Kazakhstan", country="KZ"))
    release = add_release(
        db, "Central Asian states meet for the Almaty Process",
        "Ministers of the Almaty Process met in Astana to discuss labour migration. "
        "For more information please contact Иван Иванов.",
        [ivanov.id])
    return Directory(db, shafiev.id, rahimova.id, mendez.id, diallo.id, ivanov.id, release)
