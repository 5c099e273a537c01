"""The three ways of taking an exam step that benchmarks/bench_exam_api.py compares.

``_Before``: the call shape before issue 12/14 (``OldExamApi``: a pooled connection per call with
its pre-ping, BEGIN, one SELECT that sets the token and calls the exam function, COMMIT) on a
database at the revision before the exam actions became procedures; ``_After``: the app's
``ExamApi``; ``_Raw``: the same two statements as ``ExamApi`` sent raw on one psycopg connection.
"""
from __future__ import annotations

import random
import uuid

import psycopg
from sqlalchemy import text

from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.api import ExamApi

_OLD_INFO_COLS = "r.session_id"


class OldExamApi:
    """The exam API's call shape before issue 12/14, kept to measure against (same run).

    Per call: a pooled connection is checked out (the engine's pre-ping runs), BEGIN, one SELECT
    that sets the token with ``set_config(..., true)`` and calls the exam *function* (which did
    not commit on its own), COMMIT. Needs a database at revision 0002 (the functions as they were).
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def _call(self, columns: str, function: str, args: dict[str, object]):  # type: ignore[no-untyped-def]
        names = list(args)
        call_args = [f"CASE WHEN t.tok IS NOT NULL THEN :{names[0]} END"] + [f":{n}" for n in names[1:]]
        sql = (f"SELECT {columns} FROM (SELECT pg_catalog.set_config('dreamseed.token', :tok, true) AS tok) t "
               f"CROSS JOIN LATERAL exam.{function}({', '.join(call_args)}) r")
        with self._db.engine.connect() as conn, conn.begin():
            return conn.execute(text(sql), dict(args, tok=self._db.identity.token or "")).first()

    def start(self, exam_id: int) -> int:
        return int(self._call(_OLD_INFO_COLS, "start", {"e": exam_id}).session_id)

    def next_item(self, session_id: int) -> tuple[int, int] | None:
        row = self._call("r.seq, r.item_id", "next_item", {"s": session_id})
        return None if row is None else (int(row.seq), int(row.item_id))

    def submit(self, session_id: int, seq: int, item_id: int, choice: int, rt: int, u: uuid.UUID) -> bool:
        row = self._call("r.finished", "submit", {"s": session_id, "q": seq, "i": item_id, "c": choice,
                                                    "t": rt, "u": u})
        return bool(row.finished)


class _Path:
    """One way of taking a step: ``start()`` then ``step() -> False`` when the exam is over."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rng = random.Random(name)
        self.sid = 0

    def step(self) -> bool:
        raise NotImplementedError


class _Before(_Path):
    def __init__(self, db: Database, exam_id: int) -> None:
        super().__init__("before")
        self.api = OldExamApi(db)
        self.sid = self.api.start(exam_id)

    def step(self) -> bool:
        item = self.api.next_item(self.sid)
        if item is None:
            return False
        return not self.api.submit(self.sid, item[0], item[1], self.rng.randint(1, 4), 3000, uuid.uuid4())


class _After(_Path):
    def __init__(self, db: Database, exam_id: int) -> None:
        super().__init__("after")
        self.api = ExamApi(db)
        self.sid = self.api.start(exam_id).session_id

    def step(self) -> bool:
        item = self.api.next_item(self.sid)
        if item is None:
            return False
        return not self.api.submit(self.sid, item.seq, item.item_id, self.rng.randint(1, 4), 3000,
                                   uuid.uuid4()).finished


_RAW_NEXT = "SELECT seq, item_id FROM exam.next_item(%s, %s)"
_RAW_SUBMIT = "CALL exam.submit(%s, %s, %s, %s, %s, %s, %s, NULL, NULL, NULL, NULL, NULL, NULL)"


class _Raw(_Path):
    """The same two calls as single raw statements on one autocommit psycopg connection."""

    def __init__(self, db: Database, exam_id: int, url: str) -> None:
        super().__init__("raw")
        self.token = db.identity.token
        self.conn = psycopg.connect(url, autocommit=True)
        self.sid = ExamApi(db).start(exam_id).session_id

    def step(self) -> bool:
        item = self.conn.execute(_RAW_NEXT, (self.token, self.sid)).fetchone()
        if item is None:
            return False
        row = self.conn.execute(_RAW_SUBMIT, (self.token, self.sid, item[0], item[1], self.rng.randint(1, 4),
                                              3000, uuid.uuid4())).fetchone()
        return not row[4]
