"""phones.display: each number formatted for dialling, stored at write time and backfilled;
on PostgreSQL, an index of release titles for the search.

Search shows fifty contacts per keystroke; formatting their numbers on every read meant
parsing each one again. The display is now written with the row (``contact_rules.phone_row``).
Searching release titles through the weighted release document rechecked (and detoasted)
every candidate document; ``search_releases_title`` indexes the title words alone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.domain.phones import PhoneCheck, PhoneKind

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
# Written out as on this revision's date (not imported from desktop.search).
TITLE_INDEX = ("CREATE INDEX IF NOT EXISTS search_releases_title ON search_releases USING gin "
               "((ts_filter(document, '{a}')))")
DROP_TITLE_INDEX = "DROP INDEX IF EXISTS search_releases_title"


def _display(e164: str, extension: str | None) -> str | None:
    return PhoneCheck(e164, e164, extension, PhoneKind.OFFICE, True).display


def upgrade() -> None:
    with op.batch_alter_table("phones", schema=None) as batch_op:
        batch_op.add_column(sa.Column("display", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    phones = sa.table("phones", sa.column("id", sa.Integer()), sa.column("e164", sa.String()),
                      sa.column("extension", sa.String()), sa.column("display", sa.String()))
    update = (sa.update(phones).where(phones.c.id == sa.bindparam("phone_id"))
              .values(display=sa.bindparam("shown")))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(phones.c.id, phones.c.e164, phones.c.extension)
            .where(phones.c.e164.is_not(None), phones.c.id > last)
            .order_by(phones.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        connection.execute(update, [{"phone_id": r[0], "shown": _display(r[1], r[2])}
                                    for r in rows])
        last = rows[-1][0]
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(TITLE_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(DROP_TITLE_INDEX)
    with op.batch_alter_table("phones", schema=None) as batch_op:
        batch_op.drop_column("display")
