"""statistics and item bank additions

item_stats is small (one row per item) but updated by a trigger for every recorded answer:
autovacuum is told to visit it after a fixed number of updates (not 20 % of the table), and a
lower fillfactor leaves room for in-page (HOT) updates, so it stays a few hundred pages and
item difficulty statistics read it in a few milliseconds.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


ITEM_STATS_STORAGE = ("fillfactor = 70, autovacuum_vacuum_scale_factor = 0, "
                      "autovacuum_vacuum_threshold = 2000, autovacuum_analyze_scale_factor = 0.05")


def upgrade() -> None:
    # statistics (foundation-services engineer)
    op.execute(f"ALTER TABLE item_stats SET ({ITEM_STATS_STORAGE})")
    # end statistics
    # people indexes (people-services engineer): page 1 of the people list ordered by name
    # (all users, or one organization) without sorting 100,000 rows; see docs/services.md.
    op.create_index("ix_users_name_id", "users", ["name", "id"], unique=False)
    op.create_index("ix_users_organization_id_name_id", "users",
                    ["organization_id", "name", "id"], unique=False)
    # end people indexes


def downgrade() -> None:
    # statistics (foundation-services engineer)
    op.execute("ALTER TABLE item_stats RESET (fillfactor, autovacuum_vacuum_scale_factor, "
               "autovacuum_vacuum_threshold, autovacuum_analyze_scale_factor)")
    # end statistics
    # people indexes (people-services engineer)
    op.drop_index("ix_users_organization_id_name_id", table_name="users")
    op.drop_index("ix_users_name_id", table_name="users")
    # end people indexes
