"""One student at a lab PC, as a process: sign in, take the exam through the real client path.

``python -m tests.reliability.harness.client --url … --email … --exam-id … --journal … --events …``

The path is the product's own: :class:`~dreamseed_desktop.services.core.uow.Database` on the client
URL, the login service, :class:`~dreamseed_desktop.services.exams.api.ExamApi`, the exam
window's :class:`~dreamseed_desktop.ui.exam_window.controller.ExamController` and the SQLite
:class:`~dreamseed_desktop.client.journal.AnswerJournal` — only the Qt view and event loop are
replaced (:mod:`.headless`). Every submit and its outcome is appended to an events file
(JSON lines, flushed at once) so counts survive a ``kill -9``.

Exit codes: 0 finished, 3 the controller failed (error screen), 4 timed out, 5 could not sign in.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from dreamseed_desktop.client.journal import AnswerJournal
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.services.core.errors import DomainError, Unavailable
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.api import ExamApi, SubmitOutcome
from dreamseed_desktop.ui.exam_window.controller import ExamController
from tests.reliability.harness.headless import AutoStudentView, HeadlessLoop


class EventLog:
    """Append-only JSON lines, one write + flush per event."""

    def __init__(self, path: Path) -> None:
        self._fh: IO[str] = open(path, "a", encoding="utf-8", buffering=1)

    def write(self, event: str, **data: Any) -> None:
        self._fh.write(json.dumps({"ev": event, "t": time.time(), "pid": os.getpid(), **data}) + "\n")
        self._fh.flush()


class CountingExamApi:
    """Wraps ExamApi; records every submit (sent, stored, replayed, unavailable, refused)."""

    def __init__(self, api: ExamApi, log: EventLog) -> None:
        self._api, self._log = api, log

    def __getattr__(self, name: str) -> Any:
        return getattr(self._api, name)

    def submit(self, session_id: int, seq: int, item_id: int, choice: int | None,
               response_time_ms: int | None, client_uuid: uuid.UUID) -> SubmitOutcome:
        base = {"uuid": str(client_uuid), "session": session_id, "seq": seq}
        try:
            out = self._api.submit(session_id, seq, item_id, choice, response_time_ms, client_uuid)
        except Unavailable:
            self._log.write("submit", result="unavailable", **base)
            raise
        except DomainError as exc:
            self._log.write("submit", result="refused", error=type(exc).__name__, message=str(exc), **base)
            raise
        result = "replayed" if out.replayed else ("stored" if out.accepted else "refused")
        self._log.write("submit", result=result, **base)
        return out


def sign_in(db: Database, email: str, password: str, *, deadline: float) -> None:
    """Log in through the product's auth service, retrying while the server is away."""
    from dreamseed_desktop.services.core.auth import AuthService

    auth = AuthService(db)
    while True:
        try:
            auth.login(email, password)
            return
        except Unavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def run(args: argparse.Namespace) -> int:
    log = EventLog(Path(args.events))
    log.write("start", email=args.email)
    engine = make_engine(args.url, pool_size=2)
    db = Database(engine)
    deadline = time.monotonic() + args.timeout
    try:
        sign_in(db, args.email, args.password, deadline=deadline)
    except DomainError as exc:
        log.write("login_failed", error=type(exc).__name__, message=str(exc))
        return 5
    loop = HeadlessLoop()
    view = AutoStudentView(loop, random.Random(args.seed), (args.think_min, args.think_max))
    journal = AnswerJournal(Path(args.journal))
    controller = ExamController(api=CountingExamApi(ExamApi(db), log), journal=journal, view=view,
                                scheduler=loop, runner=loop, exam_id=args.exam_id,
                                user_id=db.identity.user_id)
    view.controller = controller
    controller.start()
    stopped = loop.run_until_stopped(max(1.0, deadline - time.monotonic()))
    if view.result is not None:
        r = view.result
        log.write("finished", session=r.session_id, status=r.status, answered=r.answered, theta=r.theta,
                  se=r.se, notices=view.notices)
        return 0
    log.write("failed" if stopped else "timeout", error=view.error or controller.error,
              phase=controller.phase.value, notices=view.notices)
    return 3 if stopped else 4


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", required=True, help="client URL (through the chaos proxy)")
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--exam-id", type=int, required=True)
    p.add_argument("--journal", required=True)
    p.add_argument("--events", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--think-min", type=float, default=0.05)
    p.add_argument("--think-max", type=float, default=0.25)
    p.add_argument("--timeout", type=float, default=600.0)
    return run(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
