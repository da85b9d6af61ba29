"""Fixed moments (tests never depend on the wall clock) and a small directory to route to."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.records import ContactRecord
from desktop.services.contacts import ContactDraft, add_contact
from desktop.services.database import Database

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
"""A Monday morning, long past: inquiries are logged "late" at fixed times."""


@pytest.fixture
def officers(db: Database) -> dict[str, ContactRecord]:
    return {
        "shafiev": add_contact(db, ContactDraft(name="Abdulfattoh Shafiev",
                                                office="OIM Tadjikistan", country="TJ")),
        "thapa": add_contact(db, ContactDraft(name="Sabina Thapa", office="IOM Nepal",
                                              country="NP")),
        "rojas": add_contact(db, ContactDraft(name="Valentina Rojas", office="OIM Colombia",
                                              country="CO")),
    }
