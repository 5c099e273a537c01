"""Qt-free rules of the proctor console: display status, alerts, allowed actions.

* ``disconnected``: the session is running but the server has heard nothing from it for
  more than :data:`DISCONNECT_AFTER_SEC` (the test window calls ``state`` every 15 s as a
  heartbeat, and every answer counts as activity).
* ``fast`` alert: the last five answers took :data:`FAST_MEAN_MS` or less on average — typical
  of rapid guessing / disengagement (Wise & Kong's response-time effort idea).
* ``journal_unwritable`` alert: the student's PC reported that it cannot store answers (full or
  read-only disk); the test window has stopped and asks the student to call the proctor.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dreamseed_desktop.services.exams.proctor import LiveSessionRow

DISCONNECT_AFTER_SEC = 60.0
FAST_MEAN_MS = 3000.0
FAST_MIN_ANSWERED = 5
STATUS_ORDER = ("testing", "disconnected", "paused", "not_started", "finished", "terminated")


@dataclass(frozen=True)
class ConsoleRow:
    """One student's line in the console, with everything already decided."""

    live: LiveSessionRow
    status: str
    alerts: tuple[str, ...]
    idle_sec: float | None
    remaining_sec: float | None = None     # running sessions with a deadline only
    accommodations: Any = None             # the student's Accommodations, None when none

    @property
    def id(self) -> int:        # DtoTableModel key: one row per student
        return self.live.student_id


def classify(row: LiveSessionRow, server_now: datetime) -> ConsoleRow:
    """Display status and alerts of one live row, ages measured on the server clock."""
    idle: float | None = None
    if row.last_activity_at is not None:
        idle = max(0.0, (server_now - row.last_activity_at).total_seconds())
    status = row.status
    alerts: list[str] = []
    if row.client_alert == "journal_unwritable" and status in ("testing", "paused"):
        alerts.append("journal_unwritable")
    if status == "testing" and idle is not None and idle > DISCONNECT_AFTER_SEC:
        status = "disconnected"
        alerts.append("disconnected")
    if (status in ("testing", "disconnected", "paused") and row.answered >= FAST_MIN_ANSWERED
            and row.mean_response_ms_last5 is not None
            and row.mean_response_ms_last5 <= FAST_MEAN_MS):
        alerts.append("fast")
    remaining = None
    if status in ("testing", "disconnected") and row.deadline_at is not None:
        remaining = max(0.0, (row.deadline_at - server_now).total_seconds())
    return ConsoleRow(live=row, status=status, alerts=tuple(alerts), idle_sec=idle,
                      remaining_sec=remaining)


def allowed_actions(status: str) -> frozenset[str]:
    """What the proctor may do with a student in this display status."""
    if status in ("testing", "disconnected"):
        return frozenset({"pause", "terminate", "extend"})
    if status == "paused":
        return frozenset({"resume", "terminate", "extend"})
    return frozenset()


def counts(rows: list[ConsoleRow]) -> dict[str, int]:
    """Students per display status (all statuses present, zero when none)."""
    out = {s: 0 for s in STATUS_ORDER}
    for r in rows:
        out[r.status] = out.get(r.status, 0) + 1
    return out


def format_duration(seconds: float | None) -> str:
    """``m:ss`` / ``h:mm:ss``; empty for None."""
    if seconds is None:
        return ""
    total = max(0, int(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
