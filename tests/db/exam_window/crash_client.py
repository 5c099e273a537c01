"""A student client that dies with SIGKILL right after journalling an answer (before sending).

``python -m tests.db.exam_window.crash_client CLIENT_URL EMAIL PASSWORD JOURNAL EXAM_ID N`` answers N items
through the real controller and exam API, journals answer N+1, prints one JSON line describing
it and kills itself — a hard crash between "saved on this PC" and "sent to the server".
"""
from __future__ import annotations

import json
import os
import signal
import sys

from dreamseed_desktop.client.journal import AnswerJournal
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.ui.exam_window.controller import ExamController
from dreamseed_desktop.ui.exam_window.ports import Phase
from tests.fixtures.exam_fakes import FakeClock, QueueRunner, StubView, answer


def choice_for(seq: int) -> int:
    """The deterministic answer the tests give to item ``seq`` (1..4)."""
    return 1 + (seq * 7) % 4


def main(argv: list[str]) -> int:
    url, email, password, journal_path, exam_id, n = argv
    db = Database(make_engine(url))
    AuthService(db).login(email, password)
    runner, clock, view = QueueRunner(), FakeClock(), StubView()
    ctl = ExamController(api=ExamApi(db), journal=AnswerJournal(journal_path), view=view,
                         scheduler=clock, runner=runner, exam_id=int(exam_id),
                         user_id=db.identity.user_id)
    ctl.start()
    runner.drain()
    for _ in range(int(n)):
        clock.advance(2.0)
        answer(ctl, runner, choice_for(ctl.item.seq))
    item = ctl.item
    ctl.choose(choice_for(item.seq))
    ctl.confirm()
    if ctl.phase is Phase.CONFIRMING:
        ctl.confirm()                      # journalled now; the send sits in the runner queue
    print(json.dumps({"session_id": item.session_id, "seq": item.seq, "item_id": item.item_id}),
          flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    return 1                               # not reached


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
