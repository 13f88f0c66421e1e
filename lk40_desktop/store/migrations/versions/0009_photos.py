"""Photos of the room's work kept in the file, each attached to a workshop, an idea board
(its action field) or a proposal.

Only a new table: a file of the previous revision keeps every row as it was and has no
photos yet.

Revision ID: 0009_photos
Revises: 0008_handouts
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_photos"
down_revision: str | None = "0008_handouts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "photo",
        sa.Column("workshop_id", sa.String(length=36), nullable=True),
        sa.Column("action_field_id", sa.String(length=36), nullable=True),
        sa.Column("proposal_id", sa.String(length=36), nullable=True),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "(workshop_id IS NOT NULL) + (action_field_id IS NOT NULL)"
            " + (proposal_id IS NOT NULL) = 1",
            name=op.f("ck_photo_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["action_field_id"],
            ["action_field.id"],
            name=op.f("fk_photo_action_field_id_action_field"),
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_photo_proposal_id_proposal")
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_photo_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
    )
    op.create_index(op.f("ix_photo_action_field_id"), "photo", ["action_field_id"])
    op.create_index(op.f("ix_photo_proposal_id"), "photo", ["proposal_id"])
    op.create_index(op.f("ix_photo_workshop_id"), "photo", ["workshop_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_photo_workshop_id"), table_name="photo")
    op.drop_index(op.f("ix_photo_proposal_id"), table_name="photo")
    op.drop_index(op.f("ix_photo_action_field_id"), table_name="photo")
    op.drop_table("photo")
