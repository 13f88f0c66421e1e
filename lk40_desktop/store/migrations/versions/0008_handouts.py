"""Breakout groups: the base snapshots of hand-outs, from which a merge tells what each side
changed, and the group each merged row came from.

Only new tables: a file of the previous revision keeps every row as it was and has made no
hand-outs yet.

Revision ID: 0008_handouts
Revises: 0007_agenda
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_handouts"
down_revision: str | None = "0007_agenda"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handout",
        sa.Column("handout_id", sa.String(length=36), nullable=False),
        sa.Column("group", sa.Text(), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("base", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handout")),
    )
    op.create_index(op.f("ix_handout_handout_id"), "handout", ["handout_id"])
    op.create_table(
        "origin",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("group", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_origin")),
    )
    op.create_index(op.f("ix_origin_row_id"), "origin", ["row_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_origin_row_id"), table_name="origin")
    op.drop_table("origin")
    op.drop_index(op.f("ix_handout_handout_id"), table_name="handout")
    op.drop_table("handout")
