"""The media desk: outlets, journalists (with numbers and addresses), inquiries, their
follow-ups and releases, and a search index of journalists beside the contacts' one.

Written out as on this revision's date: nothing here imports desktop.search or the services,
so later changes there cannot change what this migration builds.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TOKENIZE = "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4'"
SQLITE_INDEX = (
    f"CREATE VIRTUAL TABLE search_journalists USING fts5(name, words, {_TOKENIZE})",
)
POSTGRES_INDEX = (
    "CREATE TABLE search_journalists ("
    " journalist_id integer PRIMARY KEY REFERENCES journalists (id) ON DELETE CASCADE,"
    " name_vec tsvector NOT NULL, all_vec tsvector NOT NULL)",
    "CREATE INDEX search_journalists_all_vec ON search_journalists USING gin (all_vec)",
)
DROP_INDEX = "DROP TABLE IF EXISTS search_journalists"


def _created_updated() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('wire', 'print', 'broadcast', 'online')",
                           name=op.f("ck_outlets_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
        sa.UniqueConstraint("name_key", name=op.f("uq_outlets_name_key")),
    )
    op.create_table(
        "journalists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("beat", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_created_updated(),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"],
                                name=op.f("fk_journalists_outlet_id_outlets"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journalists")),
    )
    with op.batch_alter_table("journalists", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journalists_name_key"), ["name_key"])
        batch_op.create_index(batch_op.f("ix_journalists_outlet_id"), ["outlet_id"])
    op.create_table(
        "journalist_phones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journalist_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=True),
        sa.Column("extension", sa.String(length=10), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("as_written", sa.String(length=120), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("display", sa.String(length=64), nullable=True),
        sa.CheckConstraint("kind IN ('office', 'mobile', 'whatsapp', 'fax')",
                           name=op.f("ck_journalist_phones_kind")),
        sa.CheckConstraint("valid = (e164 IS NOT NULL)",
                           name=op.f("ck_journalist_phones_valid_has_e164")),
        sa.ForeignKeyConstraint(["journalist_id"], ["journalists.id"],
                                name=op.f("fk_journalist_phones_journalist_id_journalists"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journalist_phones")),
    )
    with op.batch_alter_table("journalist_phones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journalist_phones_e164"), ["e164"])
        batch_op.create_index(batch_op.f("ix_journalist_phones_journalist_id"),
                              ["journalist_id"])
    op.create_table(
        "journalist_emails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journalist_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("as_written", sa.String(length=254), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('work', 'personal', 'shared')",
                           name=op.f("ck_journalist_emails_kind")),
        sa.CheckConstraint("valid = (address IS NOT NULL)",
                           name=op.f("ck_journalist_emails_valid_has_address")),
        sa.ForeignKeyConstraint(["journalist_id"], ["journalists.id"],
                                name=op.f("fk_journalist_emails_journalist_id_journalists"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journalist_emails")),
    )
    with op.batch_alter_table("journalist_emails", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journalist_emails_address"), ["address"])
        batch_op.create_index(batch_op.f("ix_journalist_emails_journalist_id"),
                              ["journalist_id"])
    op.create_table(
        "inquiries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journalist_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("topic_key", sa.String(length=300), nullable=False),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deadline_zone", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("desk_rank", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("office_id", sa.Integer(), nullable=True),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_created_updated(),
        sa.CheckConstraint("status IN ('new', 'assigned', 'answered', 'closed', 'declined')",
                           name=op.f("ck_inquiries_status")),
        sa.CheckConstraint(
            "channel IN ('phone', 'email', 'in_person', 'social_media', 'other')",
            name=op.f("ck_inquiries_channel")),
        sa.ForeignKeyConstraint(["journalist_id"], ["journalists.id"],
                                name=op.f("fk_inquiries_journalist_id_journalists"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["assignee_id"], ["contacts.id"],
                                name=op.f("fk_inquiries_assignee_id_contacts"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"],
                                name=op.f("fk_inquiries_office_id_offices"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiries")),
    )
    with op.batch_alter_table("inquiries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inquiries_journalist_id"), ["journalist_id"])
        batch_op.create_index(batch_op.f("ix_inquiries_assignee_id"), ["assignee_id"])
        batch_op.create_index(batch_op.f("ix_inquiries_office_id"), ["office_id"])
        batch_op.create_index(batch_op.f("ix_inquiries_received_at"), ["received_at"])
        batch_op.create_index("ix_inquiries_desk", ["desk_rank", "deadline", "id"])
    op.create_table(
        "inquiry_follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('note', 'status', 'reopen')",
                           name=op.f("ck_inquiry_follow_ups_kind")),
        sa.ForeignKeyConstraint(["inquiry_id"], ["inquiries.id"],
                                name=op.f("fk_inquiry_follow_ups_inquiry_id_inquiries"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry_follow_ups")),
    )
    with op.batch_alter_table("inquiry_follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inquiry_follow_ups_inquiry_id"), ["inquiry_id"])
    op.create_table(
        "inquiry_releases",
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["inquiry_id"], ["inquiries.id"],
                                name=op.f("fk_inquiry_releases_inquiry_id_inquiries"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["release_id"], ["releases.id"],
                                name=op.f("fk_inquiry_releases_release_id_releases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("inquiry_id", "release_id", name=op.f("pk_inquiry_releases")),
    )
    with op.batch_alter_table("inquiry_releases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inquiry_releases_release_id"), ["release_id"])
    connection = op.get_bind()
    ddl = POSTGRES_INDEX if connection.dialect.name == "postgresql" else SQLITE_INDEX
    for statement in ddl:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    op.get_bind().exec_driver_sql(DROP_INDEX)
    for table in ("inquiry_releases", "inquiry_follow_ups", "inquiries", "journalist_emails",
                  "journalist_phones", "journalists", "outlets"):
        op.drop_table(table)
