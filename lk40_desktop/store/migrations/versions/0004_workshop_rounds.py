"""Voting rounds, and every dot a row: the counters of older files (one row per card and voter
with a number of dots) become that many one-dot rows, in one closed round per workshop the
voted cards came from, named after it (cards of no workshop, or of a deleted one: a round
without a name). Each round takes the file's dots per voter; its voters are names, as the old
counters' were. A counter of no dots is tombstoned.

Revision ID: 0004_workshop_rounds
Revises: 0003_builtin_keys
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0004_workshop_rounds"
down_revision: str | None = "0003_builtin_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_DOTS = 5
"""The dots per voter of a file that never set them (as revision 0003's app read it)."""


def upgrade() -> None:
    op.create_table(
        "vote_round",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=True),
        sa.Column("dots_per_person", sa.Integer(), nullable=False),
        sa.Column("voter_mode", sa.String(length=16), nullable=False),
        sa.Column("voter_count", sa.Integer(), nullable=False),
        sa.Column("blind", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_vote_round_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_round")),
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.add_column(sa.Column("round_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_vote_round_id"), ["round_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_vote_round_id_vote_round"), "vote_round", ["round_id"], ["id"]
        )
    _rows_in_rounds(op.get_bind())
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_column("dots")


def _rows_in_rounds(bind: sa.Connection) -> None:
    """One round per workshop of the voted cards, then each counter as that many rows."""
    now = datetime.now(UTC).replace(tzinfo=None)
    setting = bind.execute(
        sa.text("SELECT value FROM setting WHERE key = 'dots_per_voter' AND deleted_at IS NULL")
    ).scalar()
    dots = max(1, int(setting)) if setting is not None and setting.isdigit() else DEFAULT_DOTS
    workshops = bind.execute(
        sa.text(
            "SELECT id, title FROM workshop WHERE deleted_at IS NULL "
            "ORDER BY date IS NULL, date, title, created_at"
        )
    ).all()
    titles = dict(workshops)
    counters = bind.execute(
        sa.text(
            "SELECT vote.id, vote.idea_id, vote.voter, vote.dots, vote.created_at, "
            "vote.modified_at, vote.deleted_at, idea.workshop_id "
            "FROM vote LEFT JOIN idea ON idea.id = vote.idea_id"
        )
    ).all()
    used = {row.workshop_id if row.workshop_id in titles else None for row in counters}
    rounds: dict[str | None, str] = {}
    for position, workshop_id in enumerate(
        [w for w, _title in workshops if w in used] + ([None] if None in used else [])
    ):
        rounds[workshop_id] = str(uuid.uuid4())
        bind.execute(
            sa.text(
                "INSERT INTO vote_round (id, name, workshop_id, dots_per_person, voter_mode, "
                "voter_count, blind, state, position, created_at, modified_at) VALUES (:id, "
                ":name, :workshop, :dots, 'name', 0, 0, 'closed', :position, :now, :now)"
            ),
            {
                "id": rounds[workshop_id],
                "name": titles.get(workshop_id, "") if workshop_id else "",
                "workshop": workshop_id,
                "dots": dots,
                "position": position,
                "now": now,
            },
        )
    for row in counters:
        round_id = rounds[row.workshop_id if row.workshop_id in titles else None]
        gone = row.deleted_at if row.dots > 0 else (row.deleted_at or now)
        bind.execute(
            sa.text("UPDATE vote SET round_id = :round, deleted_at = :gone WHERE id = :id"),
            {"round": round_id, "gone": gone, "id": row.id},
        )
        for _dot in range(1, row.dots):
            bind.execute(
                sa.text(
                    "INSERT INTO vote (id, idea_id, voter, dots, round_id, created_at, "
                    "modified_at, deleted_at) VALUES (:id, :idea, :voter, 1, :round, :created, "
                    ":modified, :gone)"
                ),
                {
                    "id": str(uuid.uuid4()),
                    "idea": row.idea_id,
                    "voter": row.voter,
                    "round": round_id,
                    "created": row.created_at,
                    "modified": row.modified_at,
                    "gone": row.deleted_at,
                },
            )


def downgrade() -> None:
    """Rows back into counters (one per card, voter and old counter's earliest row)."""
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dots", sa.Integer(), nullable=False, server_default="1"))
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE vote SET dots = (SELECT count(*) FROM vote AS other WHERE "
            "other.idea_id = vote.idea_id AND other.voter = vote.voter AND "
            "other.deleted_at IS NULL) WHERE deleted_at IS NULL"
        )
    )
    bind.execute(
        sa.text(
            "DELETE FROM vote WHERE deleted_at IS NULL AND id NOT IN (SELECT min(id) FROM vote "
            "WHERE deleted_at IS NULL GROUP BY idea_id, voter)"
        )
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_vote_round_id_vote_round"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_vote_round_id"))
        batch_op.drop_column("round_id")
    op.drop_table("vote_round")
