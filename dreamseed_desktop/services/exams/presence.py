"""Student-side presence signal for the proctor console (``public.exam_heartbeat``).

The test window calls :meth:`ExamPresence.heartbeat` every 15 s while the student reads an
item, so the console can tell a student thinking about a hard item from one whose PC went away.
It moves only the caller's own running session's last-activity time (baseline migration).
"""
from __future__ import annotations

from sqlalchemy import text

from dreamseed_desktop.services.core.uow import Database


class ExamPresence:
    """Heartbeat of the signed-in student's exam session."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def heartbeat(self, session_id: int) -> None:
        with self._db.session() as s:
            s.execute(text("SELECT public.exam_heartbeat(:s)"), {"s": session_id})

    def alert(self, session_id: int, kind: str | None) -> None:
        """Tell the proctor console this PC has a problem with the session (``journal_unwritable``:
        the answer journal cannot be written), or clear it (``None``). Own running session only."""
        with self._db.session() as s:
            s.execute(text("SELECT public.exam_client_alert(:s, :k)"), {"s": session_id, "k": kind})
