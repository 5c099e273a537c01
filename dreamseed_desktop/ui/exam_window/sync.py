"""Blocking steps the controller runs in the background (never on the GUI thread).

Each step first replays the session's pending journal entries in answer order — the same
client UUIDs, so the server's exactly-once ``submit`` returns the stored outcome for an
answer it already has — and only then asks the server where the session stands. That order
is what makes "nothing is lost" hold after an outage, a crash or a move to another PC.
"""
from __future__ import annotations

import dataclasses
import logging
import uuid
from dataclasses import dataclass
from typing import Protocol

from dreamseed_desktop.client.journal import Journal
from dreamseed_desktop.services.core.errors import DomainError, Unavailable
from dreamseed_desktop.services.exams.api import (
    PendingItem,
    SessionResult,
    SessionState,
    SubmitOutcome,
)

log = logging.getLogger(__name__)
ACTIVE = "in_progress"
PAUSED = "suspended"
OVER = ("completed", "terminated")


class ExamApiLike(Protocol):
    """The part of :class:`~dreamseed_desktop.services.exams.api.ExamApi` the window uses."""

    def start(self, exam_id: int) -> SessionState: ...

    def state(self, session_id: int) -> SessionState: ...

    def next_item(self, session_id: int) -> PendingItem | None: ...

    def submit(self, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, client_uuid: uuid.UUID) -> SubmitOutcome: ...

    def finish(self, session_id: int) -> SessionResult: ...


@dataclass(frozen=True)
class SyncResult:
    """Where the session stands after replaying the journal."""

    state: SessionState
    item: PendingItem | None
    replayed: int = 0
    rejected: int = 0
    settled_elsewhere: int = 0


def replay_pending(api: ExamApiLike, journal: Journal, session_id: int) -> tuple[int, int]:
    """Send every unacknowledged answer of the session; returns (sent, rejected).

    :class:`Unavailable` propagates (the caller retries later; the entries stay pending).
    A refusal from a session that is still running (the item was already answered
    differently, e.g. on another PC) settles the entry as rejected; a refusal from a paused
    session leaves it pending, to be sent after the proctor resumes.
    """
    sent = rejected = 0
    for entry in journal.pending(session_id):
        try:
            outcome = api.submit(entry.session_id, entry.seq, entry.item_id, entry.choice,
                                 entry.response_time_ms, entry.client_uuid)
        except Unavailable:
            raise
        except DomainError as exc:
            state = api.state(session_id)
            if state.status == PAUSED:
                break
            journal.acknowledge(entry.client_uuid, {"error": str(exc), "type": type(exc).__name__},
                                rejected=True)
            rejected += 1
            continue
        journal.acknowledge(entry.client_uuid, dataclasses.asdict(outcome),
                            rejected=not outcome.accepted)
        sent += 1
    return sent, rejected


def sync_session(api: ExamApiLike, journal: Journal, session_id: int) -> SyncResult:
    """Replay, then read the state and (if the session runs) the pending item."""
    sent, rejected = replay_pending(api, journal, session_id)
    state = api.state(session_id)
    item = api.next_item(session_id) if state.status == ACTIVE else None
    return SyncResult(state=state, item=item, replayed=sent, rejected=rejected)


SETTLED_NOTE = "the session ended elsewhere (e.g. finished on another PC); the server's answers stand"


def settle_finished_elsewhere(api: ExamApiLike, journal: Journal, user_id: int | None) -> int:
    """Settle this student's pending answers of sessions that have ended meanwhile.

    An answer journalled on this PC for a session the student then finished on another PC can
    never be sent: the server's record of the session wins (docs/exam.md). Each such entry is
    settled as rejected with :data:`SETTLED_NOTE` and logged, so it no longer waits forever.
    Sessions still running are left to their own sync; other students' entries are untouched.
    Returns how many answers were settled. :class:`Unavailable` propagates (retry later)."""
    sessions = sorted({e.session_id for e in journal.pending() if e.user_id == user_id})
    settled = 0
    for sid in sessions:
        try:
            state = api.state(sid)
        except Unavailable:
            raise
        except DomainError:
            continue                     # not visible to this student (or gone): leave it
        if state.status not in OVER:
            continue
        for entry in journal.pending(sid):
            journal.acknowledge(entry.client_uuid, {"settled": "session_over", "status": state.status,
                                                    "note": SETTLED_NOTE}, rejected=True)
            settled += 1
            log.warning("journal: answer to item %s of session %s was never sent; %s",
                        entry.seq, sid, SETTLED_NOTE)
    return settled


def start_session(api: ExamApiLike, journal: Journal, exam_id: int,
                  user_id: int | None = None) -> SyncResult:
    """Settle answers of sessions that ended elsewhere, start or resume the exam, then sync
    (the journal replays before any item is shown)."""
    settled = settle_finished_elsewhere(api, journal, user_id)
    started = api.start(exam_id)
    return dataclasses.replace(sync_session(api, journal, started.session_id),
                               settled_elsewhere=settled)


def finish_session(api: ExamApiLike, journal: Journal, session_id: int) -> SessionResult:
    """Replay what is left, then end the session (idempotent on the server)."""
    replay_pending(api, journal, session_id)
    return api.finish(session_id)
