"""The analysis tables: stakeholders and relations, idea boards and votes,
proposals, and the scoring matrix.

Revision ID: 0002_analysis
Revises: 0001_core
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_analysis"
down_revision: str | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "criterion",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("portfolio_axis", sa.String(length=8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
    )
    op.create_table(
        "rater",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rater")),
    )
    op.create_table(
        "relation_kind",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relation_kind")),
    )
    op.create_table(
        "stakeholder_group",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_group")),
    )
    op.create_table(
        "cluster",
        sa.Column("action_field_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("height", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_field_id"],
            ["action_field.id"],
            name=op.f("fk_cluster_action_field_id_action_field"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster")),
    )
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cluster_action_field_id"), ["action_field_id"], unique=False
        )
    op.create_table(
        "proposal",
        sa.Column("action_field_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("target_groups", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("cost_estimate_eur", sa.Float(), nullable=True),
        sa.Column("time_horizon", sa.String(length=8), nullable=False),
        sa.Column("funding_programmes", sa.Text(), nullable=False),
        sa.Column("kpis", sa.Text(), nullable=False),
        sa.Column("quick_win", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_field_id"],
            ["action_field.id"],
            name=op.f("fk_proposal_action_field_id_action_field"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
    )
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposal_action_field_id"), ["action_field_id"], unique=False
        )
    op.create_table(
        "stakeholder",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("group_id", sa.String(length=36), nullable=True),
        sa.Column("influence", sa.Float(), nullable=False),
        sa.Column("interest", sa.Float(), nullable=False),
        sa.Column("attitude", sa.String(length=16), nullable=False),
        sa.Column("contact_person", sa.Text(), nullable=False),
        sa.Column("contact_details", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "influence BETWEEN 1 AND 5", name=op.f("ck_stakeholder_influence_range")
        ),
        sa.CheckConstraint("interest BETWEEN 1 AND 5", name=op.f("ck_stakeholder_interest_range")),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["stakeholder_group.id"],
            name=op.f("fk_stakeholder_group_id_stakeholder_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
    )
    op.create_table(
        "idea",
        sa.Column("action_field_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("cluster_id", sa.String(length=36), nullable=True),
        sa.Column("workshop_id", sa.String(length=36), nullable=True),
        sa.Column("author_group", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_field_id"],
            ["action_field.id"],
            name=op.f("fk_idea_action_field_id_action_field"),
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["cluster.id"], name=op.f("fk_idea_cluster_id_cluster")
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_idea_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idea")),
    )
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_idea_action_field_id"), ["action_field_id"], unique=False
        )
    op.create_table(
        "proposal_dependency",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("depends_on_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["depends_on_id"],
            ["proposal.id"],
            name=op.f("fk_proposal_dependency_depends_on_id_proposal"),
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            name=op.f("fk_proposal_dependency_proposal_id_proposal"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_dependency")),
    )
    with op.batch_alter_table("proposal_dependency", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposal_dependency_depends_on_id"), ["depends_on_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_proposal_dependency_proposal_id"), ["proposal_id"], unique=False
        )
    op.create_table(
        "score",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("criterion_id", sa.String(length=36), nullable=False),
        sa.Column("rater_id", sa.String(length=36), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["criterion_id"], ["criterion.id"], name=op.f("fk_score_criterion_id_criterion")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_score_proposal_id_proposal")
        ),
        sa.ForeignKeyConstraint(["rater_id"], ["rater.id"], name=op.f("fk_score_rater_id_rater")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score")),
    )
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.create_index(
            "ix_score_cell", ["proposal_id", "criterion_id", "rater_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_score_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_score_rater_id"), ["rater_id"], unique=False)
    op.create_table(
        "stakeholder_relation",
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("kind_id", sa.String(length=36), nullable=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["relation_kind.id"],
            name=op.f("fk_stakeholder_relation_kind_id_relation_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_relation_source_id_stakeholder"),
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_relation_target_id_stakeholder"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_relation")),
    )
    with op.batch_alter_table("stakeholder_relation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stakeholder_relation_source_id"), ["source_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stakeholder_relation_target_id"), ["target_id"], unique=False
        )
    op.create_table(
        "stakeholder_workshop",
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_workshop_stakeholder_id_stakeholder"),
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_stakeholder_workshop_workshop_id_workshop"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_workshop")),
    )
    with op.batch_alter_table("stakeholder_workshop", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stakeholder_workshop_stakeholder_id"), ["stakeholder_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stakeholder_workshop_workshop_id"), ["workshop_id"], unique=False
        )
    op.create_table(
        "proposal_idea",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("idea_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["idea_id"], ["idea.id"], name=op.f("fk_proposal_idea_idea_id_idea")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_proposal_idea_proposal_id_proposal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_idea")),
    )
    with op.batch_alter_table("proposal_idea", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proposal_idea_idea_id"), ["idea_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_proposal_idea_proposal_id"), ["proposal_id"], unique=False
        )
    op.create_table(
        "vote",
        sa.Column("idea_id", sa.String(length=36), nullable=False),
        sa.Column("voter", sa.Text(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["idea_id"], ["idea.id"], name=op.f("fk_vote_idea_id_idea")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_idea_id"), ["idea_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_idea_id"))
    op.drop_table("vote")
    with op.batch_alter_table("proposal_idea", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_idea_proposal_id"))
        batch_op.drop_index(batch_op.f("ix_proposal_idea_idea_id"))
    op.drop_table("proposal_idea")
    with op.batch_alter_table("stakeholder_workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_workshop_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_workshop_stakeholder_id"))
    op.drop_table("stakeholder_workshop")
    with op.batch_alter_table("stakeholder_relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_relation_target_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_relation_source_id"))
    op.drop_table("stakeholder_relation")
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_score_rater_id"))
        batch_op.drop_index(batch_op.f("ix_score_criterion_id"))
        batch_op.drop_index("ix_score_cell")
    op.drop_table("score")
    with op.batch_alter_table("proposal_dependency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_dependency_proposal_id"))
        batch_op.drop_index(batch_op.f("ix_proposal_dependency_depends_on_id"))
    op.drop_table("proposal_dependency")
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idea_action_field_id"))
    op.drop_table("idea")
    op.drop_table("stakeholder")
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_action_field_id"))
    op.drop_table("proposal")
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_action_field_id"))
    op.drop_table("cluster")
    op.drop_table("stakeholder_group")
    op.drop_table("relation_kind")
    op.drop_table("rater")
    op.drop_table("criterion")
