"""The strategy in the paper: the chapters the county writes (stored as Markdown), the key
figures of the Ausgangslage, goals per action field with indicator and target, and the
complete measure profile (number, problem, effect, financing split, staff, start, milestones,
risks, status, linked goals).

New tables and new columns with defaults only: a file of the previous revision keeps every
row as it was, its proposals get empty profile fields and the status "planned".

Revision ID: 0006_strategy_chapters
Revises: 0005_personal_data
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_strategy_chapters"
down_revision: str | None = "0005_personal_data"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _common() -> list[sa.Column[object]]:
    """The key, timestamps and tombstone every table carries."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


PROFILE_COLUMNS: tuple[tuple[str, sa.types.TypeEngine[object], str | None], ...] = (
    ("number", sa.String(length=16), "''"),
    ("problem", sa.Text(), "''"),
    ("effect", sa.Text(), "''"),
    ("own_share_eur", sa.Float(), None),
    ("grants_eur", sa.Float(), None),
    ("follow_up_eur", sa.Float(), None),
    ("staff_fte", sa.Float(), None),
    ("start_quarter", sa.String(length=8), "''"),
    ("milestones", sa.Text(), "''"),
    ("risks", sa.Text(), "''"),
    ("status", sa.String(length=8), "'planned'"),
)
"""The measure profile's new columns on ``proposal``: (name, type, server default for the
rows already there; None for a nullable figure). The server defaults stay in the file; the
models write every value themselves."""


def upgrade() -> None:
    op.create_table(
        "strategy_chapter",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("action_field_id", sa.String(length=36), nullable=True),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("signer", sa.Text(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["action_field_id"],
            ["action_field.id"],
            name=op.f("fk_strategy_chapter_action_field_id_action_field"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_chapter")),
    )
    op.create_index(
        op.f("ix_strategy_chapter_action_field_id"), "strategy_chapter", ["action_field_id"]
    )
    op.create_table(
        "key_figure",
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_common(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_figure")),
    )
    op.create_table(
        "field_goal",
        sa.Column("action_field_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("target_value", sa.Text(), nullable=False),
        sa.Column("target_year", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["action_field_id"],
            ["action_field.id"],
            name=op.f("fk_field_goal_action_field_id_action_field"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_goal")),
    )
    op.create_index(op.f("ix_field_goal_action_field_id"), "field_goal", ["action_field_id"])
    op.create_table(
        "proposal_goal",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["field_goal.id"], name=op.f("fk_proposal_goal_goal_id_field_goal")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_proposal_goal_proposal_id_proposal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_goal")),
    )
    op.create_index(op.f("ix_proposal_goal_goal_id"), "proposal_goal", ["goal_id"])
    op.create_index(op.f("ix_proposal_goal_proposal_id"), "proposal_goal", ["proposal_id"])
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        for name, kind, default in PROFILE_COLUMNS:
            batch_op.add_column(
                sa.Column(
                    name,
                    kind,
                    nullable=default is None,
                    server_default=None if default is None else sa.text(default),
                )
            )


def downgrade() -> None:
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        for name, _kind, _default in reversed(PROFILE_COLUMNS):
            batch_op.drop_column(name)
    op.drop_index(op.f("ix_proposal_goal_proposal_id"), table_name="proposal_goal")
    op.drop_index(op.f("ix_proposal_goal_goal_id"), table_name="proposal_goal")
    op.drop_table("proposal_goal")
    op.drop_index(op.f("ix_field_goal_action_field_id"), table_name="field_goal")
    op.drop_table("field_goal")
    op.drop_table("key_figure")
    op.drop_index(op.f("ix_strategy_chapter_action_field_id"), table_name="strategy_chapter")
    op.drop_table("strategy_chapter")
