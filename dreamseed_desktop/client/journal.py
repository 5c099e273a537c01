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
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from dreamseed_desktop.config import paths

log = logging.getLogger(__name__)
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


class Journal(Protocol):
    """What the exam window needs from a journal (:class:`AnswerJournal`, :class:`ResilientJournal`)."""

    def record(self, *, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, user_id: int | None = None,
               client_uuid: uuid.UUID | None = None) -> JournalEntry:
        """Durable, or raises (:class:`JournalUnavailable` from :class:`ResilientJournal`)."""

    def acknowledge(self, client_uuid: uuid.UUID, outcome: dict[str, object] | None = None,
                    *, rejected: bool = False) -> None: ...

    def pending(self, session_id: int | None = None) -> list[JournalEntry]: ...


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
                conn.execute("COMMIT")
            except BaseException:
                # SQLite may have rolled back already (e.g. SQLITE_FULL): keep the real error
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

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
               response_time_ms: int | None, user_id: int | None = None,
               client_uuid: uuid.UUID | None = None) -> JournalEntry:
        """Store an answer durably and return it (with ``client_uuid`` or a fresh one).

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
                client_uuid=client_uuid or uuid.uuid4(), session_id=session_id, seq=seq, item_id=item_id,
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
        return _pending_from(self._conn(), session_id)

    def entries(self, session_id: int) -> list[JournalEntry]:
        """Every journalled answer of a session (pending and settled), in answer order."""
        rows = self._conn().execute(
            "SELECT * FROM answers WHERE session_id = ? ORDER BY seq, created_at",
            (session_id,)).fetchall()
        return [_entry(r) for r in rows]


def _entry(row: tuple[Any, ...]) -> JournalEntry:
    # sqlite3 rows are untyped; the columns hold what save() wrote (INTEGER/REAL/TEXT or NULL)
    (cu, sid, seq, item, choice, rt, user, created, acked, outcome, rejected) = row
    return JournalEntry(
        client_uuid=uuid.UUID(str(cu)), session_id=int(sid), seq=int(seq),
        item_id=int(item), choice=None if choice is None else int(choice),
        response_time_ms=None if rt is None else int(rt),
        user_id=None if user is None else int(user),
        created_at=float(created),
        acked_at=None if acked is None else float(acked),
        outcome=None if outcome is None else json.loads(str(outcome)),
        rejected=bool(rejected))


class JournalUnavailable(Exception):
    """The answer could not be made durable on this PC (full or read-only disk, broken file).

    The exam window then stops taking answers and asks for the proctor: an answer kept only in
    memory would be lost by a crash or a restart, so it must never be reported as saved."""


class ResilientJournal:
    """The file journal as the exam window uses it: honest about what reached the disk.

    * ``record`` either stores the answer durably or raises :class:`JournalUnavailable`
      (never a silent in-memory fallback).
    * When the file cannot be opened for writing (disk full, read-only folder), it is opened
      read-only so answers that *did* reach the disk are still replayed to the server.
    * A settlement that cannot be written is remembered in memory for this run, so the replay
      does not loop; the file entry stays pending and is replayed harmlessly (same client UUID,
      the server answers exactly once) on the next start.
    """

    def __init__(self, path: Path | str | None = None, *,
                 store: AnswerJournal | None = None) -> None:
        self.path = Path(path) if path is not None else default_journal_path()
        self.file: AnswerJournal | None = store
        self.reader: sqlite3.Connection | None = None
        self.failure: str = ""
        self._settled: set[uuid.UUID] = set()
        if self.file is None:
            try:
                self.file = AnswerJournal(self.path)
            except (sqlite3.Error, OSError) as exc:
                self._fail(exc, "the answer journal cannot be opened for writing")
                self.reader = _open_readonly(self.path)

    @property
    def healthy(self) -> bool:
        """True while answers can be written to disk."""
        return self.file is not None and not self.failure

    def _fail(self, exc: BaseException, what: str) -> None:
        self.failure = f"{type(exc).__name__}: {exc}"
        log.error("%s (%s): %s", what, self.path, self.failure)

    def record(self, *, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, user_id: int | None = None,
               client_uuid: uuid.UUID | None = None) -> JournalEntry:
        """Store the answer on disk, or raise :class:`JournalUnavailable`."""
        if self.file is None:
            raise JournalUnavailable(self.failure or "no journal file")
        try:
            entry = self.file.record(session_id=session_id, seq=seq, item_id=item_id, choice=choice,
                                     response_time_ms=response_time_ms, user_id=user_id,
                                     client_uuid=client_uuid)
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc, "could not write an answer to the journal")
            raise JournalUnavailable(self.failure) from exc
        self.failure = ""          # the disk took it: writable again
        return entry

    def acknowledge(self, client_uuid: uuid.UUID, outcome: dict[str, object] | None = None,
                    *, rejected: bool = False) -> None:
        self._settled.add(client_uuid)
        if self.file is not None:
            try:
                self.file.acknowledge(client_uuid, outcome, rejected=rejected)
            except (sqlite3.Error, OSError):
                log.warning("could not settle a journal entry (it will be replayed harmlessly)",
                            exc_info=True)

    def pending(self, session_id: int | None = None) -> list[JournalEntry]:
        rows: list[JournalEntry] = []
        try:
            if self.file is not None:
                rows = self.file.pending(session_id)
            elif self.reader is not None:
                rows = _pending_from(self.reader, session_id)
        except (sqlite3.Error, OSError):
            log.warning("could not read the answer journal", exc_info=True)
        return [e for e in rows if e.client_uuid not in self._settled]

    def purge_acknowledged(self, older_than_sec: float) -> int:
        if self.file is None:
            return 0
        try:
            return self.file.purge_acknowledged(older_than_sec)
        except (sqlite3.Error, OSError):
            return 0


def _open_readonly(path: Path) -> sqlite3.Connection | None:
    """A read-only view of an existing journal (answers written before the disk refused more)."""
    if not path.exists():
        return None
    for query in ("mode=ro", "immutable=1"):
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
            conn.execute("SELECT count(*) FROM answers").fetchone()
            return conn
        except sqlite3.Error:
            continue
    log.error("the answer journal %s cannot be read either", path)
    return None


def _pending_from(conn: sqlite3.Connection, session_id: int | None) -> list[JournalEntry]:
    sql = "SELECT * FROM answers WHERE acked_at IS NULL"
    args: tuple[object, ...] = ()
    if session_id is not None:
        sql += " AND session_id = ?"
        args = (session_id,)
    return [_entry(r) for r in conn.execute(sql + " ORDER BY session_id, seq, created_at", args)]
