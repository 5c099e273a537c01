"""Local answer journal: every selected answer is stored on this PC before it is sent.

The journal is client-side state, not product data. It is a small SQLite file in the user
data directory (``config.paths.data_dir()``), opened in WAL mode with ``synchronous=FULL``
so a committed answer survives a power cut. The exam window writes an answer here with its
client UUID *before* calling ``ExamApi.submit``; an answer stays "pending" until the server
acknowledges it, and pending answers are replayed (same UUID, so the server's exactly-once
submit makes the replay harmless) before the window asks for the next item.

Several students may sit at the same lab PC one after another, so entries are keyed by the
server's session id (and remember the user id for diagnostics). Acknowledged entries are kept
for a while (``purge_acknowledged``) so a support person can see what was sent.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dreamseed_desktop.config import paths

JOURNAL_FILE = "exam_journal.sqlite3"
_SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    client_uuid      TEXT PRIMARY KEY,
    session_id       INTEGER NOT NULL,
    seq              INTEGER NOT NULL,
    item_id          INTEGER NOT NULL,
    choice           INTEGER,
    response_time_ms INTEGER,
    user_id          INTEGER,
    created_at       REAL NOT NULL,
    acked_at         REAL,
    outcome          TEXT,
    rejected         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS ix_answers_pending ON answers (session_id, seq) WHERE acked_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_answers_session_seq ON answers (session_id, seq);
"""


@dataclass(frozen=True)
class JournalEntry:
    """One answer as written to the journal. ``acked_at`` is None while it is pending."""

    client_uuid: uuid.UUID
    session_id: int
    seq: int
    item_id: int
    choice: int | None
    response_time_ms: int | None
    user_id: int | None
    created_at: float
    acked_at: float | None = None
    outcome: dict[str, object] | None = None
    rejected: bool = False

    @property
    def pending(self) -> bool:
        return self.acked_at is None


def default_journal_path() -> Path:
    """``<data_dir>/exam_journal.sqlite3``."""
    return paths.data_dir() / JOURNAL_FILE


class AnswerJournal:
    """Durable, thread-safe store of answers not yet acknowledged by the server.

    One SQLite connection per thread (SQLite connections must not cross threads); all writes
    are serialised by a lock and committed immediately (``synchronous=FULL``, WAL).
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_journal_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._lock = threading.Lock()
        with self._lock:
            conn = self._conn()
            conn.executescript(_SCHEMA)  # runs in its own transaction
            conn.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    # ---------------------------------------------------------------- plumbing
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=10000")
            self._local.conn = conn
        return conn

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def pragma(self, name: str) -> object:
        """Current value of a pragma on this thread's connection (for tests/diagnostics)."""
        return self._conn().execute(f"PRAGMA {name}").fetchone()[0]

    def close(self) -> None:
        """Close this thread's connection (others close when their thread ends)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # ------------------------------------------------------------------ writes
    def record(self, *, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, user_id: int | None = None) -> JournalEntry:
        """Store an answer durably and return it with a fresh client UUID.

        If a *pending* answer for the same (session, seq) already exists, it is returned
        unchanged: the first answer given wins, exactly as the server will decide.
        """
        with self._tx() as conn:
            row = conn.execute(
                "SELECT * FROM answers WHERE session_id = ? AND seq = ? AND acked_at IS NULL "
                "ORDER BY created_at LIMIT 1", (session_id, seq)).fetchone()
            if row is not None:
                return _entry(row)
            entry = JournalEntry(
                client_uuid=uuid.uuid4(), session_id=session_id, seq=seq, item_id=item_id,
                choice=choice, response_time_ms=response_time_ms, user_id=user_id,
                created_at=time.time())
            conn.execute(
                "INSERT INTO answers (client_uuid, session_id, seq, item_id, choice, "
                "response_time_ms, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (str(entry.client_uuid), session_id, seq, item_id, choice, response_time_ms,
                 user_id, entry.created_at))
            return entry

    def acknowledge(self, client_uuid: uuid.UUID, outcome: dict[str, object] | None = None,
                    *, rejected: bool = False) -> None:
        """Mark an answer as settled by the server (stored, or refused for good)."""
        with self._tx() as conn:
            conn.execute(
                "UPDATE answers SET acked_at = ?, outcome = ?, rejected = ? "
                "WHERE client_uuid = ? AND acked_at IS NULL",
                (time.time(), json.dumps(outcome or {}, default=str), int(rejected),
                 str(client_uuid)))

    def purge_acknowledged(self, older_than_sec: float) -> int:
        """Delete settled entries older than the given age; returns how many went."""
        cutoff = time.time() - older_than_sec
        with self._tx() as conn:
            cur = conn.execute("DELETE FROM answers WHERE acked_at IS NOT NULL AND acked_at < ?",
                               (cutoff,))
            return cur.rowcount

    # ------------------------------------------------------------------- reads
    def pending(self, session_id: int | None = None) -> list[JournalEntry]:
        """Unacknowledged answers (of one session, or all), in answer order."""
        sql = "SELECT * FROM answers WHERE acked_at IS NULL"
        args: tuple[object, ...] = ()
        if session_id is not None:
            sql += " AND session_id = ?"
            args = (session_id,)
        rows = self._conn().execute(sql + " ORDER BY session_id, seq, created_at", args).fetchall()
        return [_entry(r) for r in rows]

    def entries(self, session_id: int) -> list[JournalEntry]:
        """Every journalled answer of a session (pending and settled), in answer order."""
        rows = self._conn().execute(
            "SELECT * FROM answers WHERE session_id = ? ORDER BY seq, created_at",
            (session_id,)).fetchall()
        return [_entry(r) for r in rows]


def _entry(row: tuple[object, ...]) -> JournalEntry:
    (cu, sid, seq, item, choice, rt, user, created, acked, outcome, rejected) = row
    return JournalEntry(
        client_uuid=uuid.UUID(str(cu)), session_id=int(sid), seq=int(seq),  # type: ignore[arg-type]
        item_id=int(item), choice=None if choice is None else int(choice),  # type: ignore[arg-type]
        response_time_ms=None if rt is None else int(rt),  # type: ignore[arg-type]
        user_id=None if user is None else int(user),  # type: ignore[arg-type]
        created_at=float(created),  # type: ignore[arg-type]
        acked_at=None if acked is None else float(acked),  # type: ignore[arg-type]
        outcome=None if outcome is None else json.loads(str(outcome)),
        rejected=bool(rejected))
