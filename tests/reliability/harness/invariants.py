"""End-of-run checks: nothing lost, nothing doubled, every session whole, scores reproducible.

* every answer a client journal recorded (and the server did not refuse) is in ``attempts``
  exactly once, with the journal's session, seq, item and choice;
* each session's seqs are exactly 1..n with no gap or duplicate, and n is the exam length;
* each student has exactly one session for the exam and it is finished (``completed``);
* theta/SE stored on the session (and after each attempt, when stored) equal the numpy
  engine's EAP recomputed from the stored attempts and item parameters (1e-6).
"""
from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from dreamseed_desktop.cat import CatConfig, eap
from dreamseed_desktop.client.journal import AnswerJournal

TOLERANCE = 1e-6


@dataclass
class InvariantReport:
    """Violations (must be empty) and the counts the report prints."""

    violations: list[str] = field(default_factory=list)
    journal_entries: int = 0
    journal_rejected: int = 0
    lost: int = 0
    duplicated: int = 0
    sessions: int = 0
    sessions_finished: int = 0
    attempts: int = 0
    theta_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.violations

    def fail(self, message: str) -> None:
        if len(self.violations) < 200:
            self.violations.append(message)


def _session_config(meta: Mapping[str, Any] | None, exam_config: Mapping[str, Any]) -> CatConfig:
    """The design stored with the session (any of the usual keys), else the exam's."""
    meta = meta or {}
    for key in ("cat_config", "config", "algorithm"):
        value = meta.get(key)
        if isinstance(value, Mapping):
            try:
                return CatConfig.from_dict({k: v for k, v in value.items()
                                            if k in CatConfig.__dataclass_fields__})
            except (TypeError, ValueError):
                continue
    return CatConfig.from_dict({k: v for k, v in exam_config.items() if k in CatConfig.__dataclass_fields__})


def check(owner_url: str, exam_id: int, student_ids: Iterable[int], journals: Iterable[Path],
          n_items: int) -> InvariantReport:
    rep = InvariantReport()
    with psycopg.connect(owner_url) as conn:
        _check_journals(conn, journals, rep)
        _check_sessions(conn, exam_id, list(student_ids), n_items, rep)
    return rep


def _check_journals(conn: psycopg.Connection, journals: Iterable[Path], rep: InvariantReport) -> None:
    for path in journals:
        if not Path(path).exists():
            continue
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            session_ids = [int(r[0]) for r in raw.execute("SELECT DISTINCT session_id FROM answers")]
        journal = AnswerJournal(path)
        try:
            entries = [e for sid in session_ids for e in journal.entries(sid)]
        finally:
            journal.close()
        for e in entries:
            rep.journal_entries += 1
            stored = conn.execute(
                "SELECT exam_session_id, seq, item_id, selected_choice FROM attempts WHERE client_uuid = %s",
                (e.client_uuid,)).fetchall()
            if e.rejected:
                rep.journal_rejected += 1
                if stored:
                    rep.fail(f"{path.name}: refused answer {e.client_uuid} is stored anyway")
                continue
            if not stored:
                if e.pending and not _seq_taken(conn, e.session_id, e.seq):
                    rep.lost += 1
                    rep.fail(f"{path.name}: answer {e.client_uuid} (session {e.session_id} seq {e.seq}) lost")
                elif not e.pending:
                    rep.lost += 1
                    rep.fail(f"{path.name}: acknowledged answer {e.client_uuid} is not in the database")
                continue
            if len(stored) > 1:
                rep.duplicated += len(stored) - 1
                rep.fail(f"{path.name}: answer {e.client_uuid} stored {len(stored)} times")
            sid, seq, item, choice = stored[0]
            if (int(sid), int(seq), int(item), choice) != (e.session_id, e.seq, e.item_id, e.choice):
                rep.fail(f"{path.name}: answer {e.client_uuid} stored as session {sid} seq {seq} item {item} "
                         f"choice {choice}, journal says {e.session_id}/{e.seq}/{e.item_id}/{e.choice}")


def _seq_taken(conn: psycopg.Connection, session_id: int, seq: int) -> bool:
    """A pending entry whose seq holds another answer was superseded (refused), not lost."""
    return conn.execute("SELECT 1 FROM attempts WHERE exam_session_id = %s AND seq = %s",
                        (session_id, seq)).fetchone() is not None


def _check_sessions(conn: psycopg.Connection, exam_id: int, student_ids: list[int], n_items: int,
                    rep: InvariantReport) -> None:
    exam_row = conn.execute("SELECT cat_config FROM exams WHERE id = %s", (exam_id,)).fetchone()
    exam_config = exam_row[0] if exam_row else {}
    sessions = conn.execute(
        "SELECT id, student_id, status, theta, standard_error, meta FROM exam_sessions WHERE exam_id = %s",
        (exam_id,)).fetchall()
    per_student = Counter(int(s[1]) for s in sessions)
    for sid in student_ids:
        if per_student.get(sid, 0) != 1:
            rep.fail(f"student {sid} has {per_student.get(sid, 0)} sessions for the exam (expected 1)")
    rep.sessions = len(sessions)
    for session_id, _student, status, theta, se, meta in sessions:
        attempts = conn.execute(
            "SELECT t.seq, t.correct, i.a, i.b, i.c, t.theta_after, t.se_after FROM attempts t "
            "JOIN items i ON i.id = t.item_id WHERE t.exam_session_id = %s ORDER BY t.seq, t.id",
            (session_id,)).fetchall()
        rep.attempts += len(attempts)
        seqs = [int(r[0]) for r in attempts]
        dup = [s for s, n in Counter(seqs).items() if n > 1]
        if dup:
            rep.duplicated += sum(Counter(seqs)[s] - 1 for s in dup)
            rep.fail(f"session {session_id}: duplicate seq {dup}")
        if sorted(set(seqs)) != list(range(1, len(set(seqs)) + 1)):
            rep.fail(f"session {session_id}: seq has gaps: {sorted(set(seqs))}")
        if status != "completed":
            rep.fail(f"session {session_id}: status {status}, expected completed")
        else:
            rep.sessions_finished += 1
            if len(set(seqs)) != n_items:
                rep.fail(f"session {session_id}: {len(set(seqs))} answers, the exam has {n_items}")
        _check_theta(session_id, attempts, theta, se, _session_config(meta, exam_config), rep)


def _close(x: float | None, y: float) -> bool:
    return x is not None and math.isfinite(x) and abs(x - y) <= TOLERANCE


def _check_theta(session_id: int, attempts: list[tuple[Any, ...]], theta: float | None, se: float | None,
                 config: CatConfig, rep: InvariantReport) -> None:
    if not attempts:
        return
    u = [1 if r[1] else 0 for r in attempts]
    a, b, c = ([float(r[k]) for r in attempts] for k in (2, 3, 4))
    grid = config.grid
    want_theta, want_se = eap(u, a, b, c, grid=grid)
    if not (_close(theta, want_theta) and _close(se, want_se)):
        rep.fail(f"session {session_id}: stored theta/SE {theta}/{se} != recomputed {want_theta:.9f}/{want_se:.9f}")
    rep.theta_checked += 1
    for k, row in enumerate(attempts):
        if row[5] is None:
            continue
        t_k, s_k = eap(u[:k + 1], a[:k + 1], b[:k + 1], c[:k + 1], grid=grid)
        if not (_close(row[5], t_k) and (row[6] is None or _close(row[6], s_k))):
            rep.fail(f"session {session_id} seq {row[0]}: theta_after {row[5]} != recomputed {t_k:.9f}")
