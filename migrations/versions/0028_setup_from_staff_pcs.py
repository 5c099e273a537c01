"""the first-run set-up only from a staff PC (issue 12)

``auth.first_run_setup`` (0024) creates the first school and administrator of an empty database
and was granted to ``dreamseed_client``, so the student login role of the lab PCs could call it:
on a freshly migrated school server a student could claim the first administrator (of a school
of their own) before staff ran the wizard, and the real wizard would then refuse. The wizard runs
on a staff PC or the one-PC install, which connect as ``dreamseed_staff``: EXECUTE is now granted
to that login role only (``auth.needs_setup()`` stays readable by every client).

Revision ID: 0028
Revises: 0027
"""
from __future__ import annotations

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

UPGRADE = r"""
REVOKE EXECUTE ON FUNCTION auth.first_run_setup(text, text, text, text, text, text, text, text) FROM dreamseed_client;
GRANT EXECUTE ON FUNCTION auth.first_run_setup(text, text, text, text, text, text, text, text) TO dreamseed_staff;
"""

DOWNGRADE = r"""
REVOKE EXECUTE ON FUNCTION auth.first_run_setup(text, text, text, text, text, text, text, text) FROM dreamseed_staff;
GRANT EXECUTE ON FUNCTION auth.first_run_setup(text, text, text, text, text, text, text, text) TO dreamseed_client;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
