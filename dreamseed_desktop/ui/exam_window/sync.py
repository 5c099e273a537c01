"""Blocking steps the controller runs in the background (never on the GUI thread).

Each step first replays the session's pending journal entries in answer order — the same
client UUIDs, so the server's exactly-once ``submit`` returns the stored outcome for an
answer it already has — and only then asks the server where the session stands. That order
is what makes "nothing is lost" hold after an outage, a crash or a move to another PC.
"""
from __future__ import annotations

import dataclasses
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


def start_session(api: ExamApiLike, journal: Journal, exam_id: int) -> SyncResult:
    """Start or resume the exam, then sync (the journal replays before any item is shown)."""
    started = api.start(exam_id)
    return sync_session(api, journal, started.session_id)


def finish_session(api: ExamApiLike, journal: Journal, session_id: int) -> SessionResult:
    """Replay what is left, then end the session (idempotent on the server)."""
    replay_pending(api, journal, session_id)
    return api.finish(session_id)
