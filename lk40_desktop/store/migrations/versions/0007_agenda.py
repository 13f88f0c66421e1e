"""The workshop's agenda (Ablauf): its points with duration, page or action field and notes,
and the workshop's start time the points' start times count from.

A new table and one new column with a default: a file of the previous revision keeps every
row as it was; its workshops have no start time and no agenda yet.

Revision ID: 0007_agenda
Revises: 0006_strategy_chapters
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_agenda"
down_revision: str | None = "0006_strategy_chapters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agenda_item",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("page", sa.String(length=16), nullable=False),
        sa.Column("action_field_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("minutes BETWEEN 1 AND 600", name=op.f("ck_agenda_item_minutes_range")),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_agenda_item_workshop_id_workshop")
        ),
        sa.ForeignKeyConstraint(
            ["action_field_id"],
            ["action_field.id"],
            name=op.f("fk_agenda_item_action_field_id_action_field"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    op.create_index(op.f("ix_agenda_item_workshop_id"), "agenda_item", ["workshop_id"])
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "start_time", sa.String(length=5), nullable=False, server_default=sa.text("''")
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_column("start_time")
    op.drop_index(op.f("ix_agenda_item_workshop_id"), table_name="agenda_item")
    op.drop_table("agenda_item")
