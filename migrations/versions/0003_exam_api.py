"""server-side exam API (CAT in PL/pgSQL)

Session state, banded candidate sets, EAP scoring, item selection, the student exam API and
the proctor functions. SQL in migrations/sql/0003_*.sql (see docs/security.md).

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from alembic import op

from dreamseed_desktop.db.roles import harden_sql, sql_file

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FILES = ("0003_exam_tables.sql", "0003_exam_cat.sql", "0003_exam_select.sql", "0003_exam_api.sql",
         "0003_proctor.sql")


def upgrade() -> None:
    for name in FILES:
        op.execute(sql_file(name))
    op.execute(harden_sql())
    # candidate sets for items that already exist
    op.execute("SELECT exam.rebuild_bands(s.subject) FROM (SELECT DISTINCT subject FROM public.items) s")


def downgrade() -> None:
    op.execute("""
    DROP TRIGGER IF EXISTS trg_items_bands_insert ON public.items;
    DROP TRIGGER IF EXISTS trg_items_bands_update ON public.items;
    DROP SCHEMA IF EXISTS exam CASCADE;
    CREATE SCHEMA exam AUTHORIZATION dreamseed_owner;
    REVOKE ALL ON SCHEMA exam FROM PUBLIC;
    GRANT USAGE ON SCHEMA exam TO dreamseed_client;
    DELETE FROM auth.settings WHERE key IN ('band_min', 'band_width', 'band_count', 'band_top_n',
                                            'naive_selection');
    """)
