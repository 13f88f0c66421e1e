"""Built-in keys of the starter vocabulary: action fields, stakeholder groups, relation kinds and
criteria made from the template name themselves in the reader's language until renamed.

Rows of older files that still carry a starter row's German name (the template's and the
demo's, untouched) get its key; every other row is the user's text and keeps no key. The names
are copied here, not imported, so that this script migrates the same way forever.

Revision ID: 0003_builtin_keys
Revises: 0002_analysis
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_builtin_keys"
down_revision: str | None = "0002_analysis"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STARTER_KEYS: dict[str, dict[str, str]] = {
    "action_field": {
        "Elektromobilität": "electromobility",
        "Breitband": "broadband",
        "Umwelt und Klima": "environment_climate",
        "Tourismus": "tourism",
        "Energie": "energy",
        "Industrie": "industry",
        "Kleinunternehmer": "small_business",
        "Mittelstand": "mid_sized",
        "Soziales Netzwerk Landkreis": "social_network",
    },
    "stakeholder_group": {
        "Bürgerinnen und Bürger": "citizens",
        "Handwerk": "crafts",
        "Schulen und Bildung": "education",
        "Ehrenamt und Vereine": "volunteers",
        "Kleinunternehmen": "small_business",
        "Mittelstand": "mid_sized",
        "Industrie": "industry",
        "Verwaltung": "administration",
        "Politik": "politics",
        "Institutionen": "institutions",
        "Sonstige": "other",
    },
    "relation_kind": {
        "Kooperation": "cooperation",
        "Konflikt": "conflict",
        "Abhängigkeit": "dependency",
    },
    "criterion": {
        "Nutzen für Bürger": "citizen_benefit",
        "Wirtschaftliche Wirkung": "economic_impact",
        "Beitrag zu Klimazielen": "climate",
        "Umsetzbarkeit": "feasibility",
        "Kosten": "cost",
        "Zeit bis zur Wirkung": "time_to_impact",
    },
}
"""Table → German starter name (as revision 0002 files hold it) → built-in key."""


def upgrade() -> None:
    for table, keys in STARTER_KEYS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("builtin_key", sa.String(length=40), nullable=True))
        rows = sa.table(table, sa.column("name", sa.Text), sa.column("builtin_key", sa.String))
        for name, key in keys.items():
            op.execute(rows.update().where(rows.c.name == name).values(builtin_key=key))


def downgrade() -> None:
    for table in reversed(list(STARTER_KEYS)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("builtin_key")
