"""statistics and item bank additions

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

from alembic import op  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # people indexes (people-services engineer): page 1 of the people list ordered by name
    # (all users, or one organization) without sorting 100,000 rows; see docs/services.md.
    op.create_index("ix_users_name_id", "users", ["name", "id"], unique=False)
    op.create_index("ix_users_organization_id_name_id", "users",
                    ["organization_id", "name", "id"], unique=False)
    # end people indexes


def downgrade() -> None:
    # people indexes (people-services engineer)
    op.drop_index("ix_users_organization_id_name_id", table_name="users")
    op.drop_index("ix_users_name_id", table_name="users")
    # end people indexes
