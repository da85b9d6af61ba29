"""Releases and their links to contacts: the evidence behind every extracted fact.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("dateline", sa.String(length=120), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_key", sa.String(length=400), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_releases")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_releases_content_hash")),
    )
    with op.batch_alter_table("releases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_releases_published_on"), ["published_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_releases_source_key"), ["source_key"], unique=False)

    op.create_table(
        "release_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("person_title", sa.String(length=300), nullable=True),
        sa.Column("snippet", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "role IN ('media_contact', 'quoted')", name=op.f("ck_release_contacts_role")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_release_contacts_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_contacts_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_contacts")),
    )
    with op.batch_alter_table("release_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_release_contacts_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_release_contacts_release_id"), ["release_id"], unique=False
        )
        batch_op.create_index(
            "ix_release_contacts_link", ["release_id", "contact_id", "role"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("release_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_release_contacts_link")
        batch_op.drop_index(batch_op.f("ix_release_contacts_release_id"))
        batch_op.drop_index(batch_op.f("ix_release_contacts_contact_id"))

    op.drop_table("release_contacts")
    with op.batch_alter_table("releases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_releases_source_key"))
        batch_op.drop_index(batch_op.f("ix_releases_published_on"))

    op.drop_table("releases")
