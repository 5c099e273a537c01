"""a session's state row compressed again: revision 0037's uncompressed row doubled a step's WAL

Revision 0037 set ``toast_tuple_target = 8160`` on ``exam.session_state`` so its ~2.2 kB rows were
no longer compressed on every update. Measured afterwards (one student, 10k items, the same
embedded server, 2026-12-04): the uncompressed row is 3.4 kB instead of 2.2 kB, and as a step
updates it three times (the answer, its scoring, the next item) the WAL written per step went
from about 4.2 kB to 8.5-10.7 kB, while the step's server time did not measurably change
(0.93x median, 1.05x best of six interleaved rounds, load 8-9). The WAL flush of each answer's
commit is what the 60 paced students' p95 waits on most, so the table's default comes back.
Rows written meanwhile are compressed again by their next update.

Revision ID: 0042
Revises: 0041
"""
from __future__ import annotations

from alembic import op

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE exam.session_state RESET (toast_tuple_target);
"""

DOWNGRADE = r"""
ALTER TABLE exam.session_state SET (toast_tuple_target = 8160);
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
