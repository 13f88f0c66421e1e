"""Personal data done right: participants per workshop with their consent, and the copies of
the file the app wrote (which keep the personal data they held when they were made).

Only new tables: a file of the previous revision keeps every row as it was; its workshops'
participant counts and free-text participant lists stay where they are.

Revision ID: 0005_personal_data
Revises: 0004_workshop_rounds
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_personal_data"
down_revision: str | None = "0004_workshop_rounds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _common(table: str) -> list[sa.Column[object] | sa.PrimaryKeyConstraint]:
    """The key, timestamps and tombstone every LK40 table carries."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "participant",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("group_id", sa.String(length=36), nullable=True),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=True),
        sa.Column("named", sa.Boolean(), nullable=False),
        sa.Column("photographed", sa.Boolean(), nullable=False),
        *_common("participant"),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_participant_workshop_id_workshop")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["stakeholder_group.id"],
            name=op.f("fk_participant_group_id_stakeholder_group"),
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_participant_stakeholder_id_stakeholder"),
        ),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_workshop_id"), ["workshop_id"], unique=False
        )
    op.create_table(
        "file_copy",
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        *_common("file_copy"),
    )


def downgrade() -> None:
    op.drop_table("file_copy")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_workshop_id"))
    op.drop_table("participant")
