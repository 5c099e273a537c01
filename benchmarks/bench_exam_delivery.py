"""Benchmark of exam delivery: the price of "nothing is lost".

1. Local answer journal, per answer (record + acknowledge), ours (SQLite WAL,
   ``synchronous=FULL``) against two peers measured in the same run: SQLite's defaults
   (rollback journal, ``synchronous=FULL``) and WAL with ``synchronous=NORMAL`` (not durable
   on power loss).
2. One answer through the exam window's controller (journal first, then replay + state +
   next item on the real exam API, embedded PostgreSQL) against the bare API calls a
   client without a journal would make (submit + state + next_item).

Usage::

    python benchmarks/bench_exam_delivery.py            # 400 journal answers, 3 x 8 exam answers
    python benchmarks/bench_exam_delivery.py --quick
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _journal_ours(path: Path, n: int) -> float:
    from dreamseed_desktop.client.journal import AnswerJournal

    j = AnswerJournal(path)
    t0 = time.perf_counter()
    for k in range(n):
        e = j.record(session_id=1, seq=k + 1, item_id=k, choice=1, response_time_ms=900)
        j.acknowledge(e.client_uuid, {"accepted": True})
    dt = time.perf_counter() - t0
    j.close()
    return dt / n


def _journal_peer(path: Path, n: int, journal_mode: str, synchronous: str) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode={journal_mode}")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("CREATE TABLE answers (client_uuid TEXT PRIMARY KEY, session_id INTEGER, seq INTEGER, "
                 "item_id INTEGER, choice INTEGER, response_time_ms INTEGER, created_at REAL, "
                 "acked_at REAL, outcome TEXT)")
    t0 = time.perf_counter()
    for k in range(n):
        u = str(uuid.uuid4())
        conn.execute("INSERT INTO answers VALUES (?, 1, ?, ?, 1, 900, ?, NULL, NULL)", (u, k + 1, k, time.time()))
        conn.execute("UPDATE answers SET acked_at = ?, outcome = '{}' WHERE client_uuid = ?", (time.time(), u))
    dt = time.perf_counter() - t0
    conn.close()
    return dt / n


def bench_journal(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ours = _journal_ours(Path(tmp) / "ours.sqlite3", n)
        default = _journal_peer(Path(tmp) / "default.sqlite3", n, "DELETE", "FULL")
        normal = _journal_peer(Path(tmp) / "normal.sqlite3", n, "WAL", "NORMAL")
    print(f"journal, per answer (record + ack), {n} answers")
    print(f"  ours  WAL + synchronous=FULL      {ours * 1e3:8.3f} ms")
    print(f"  peer  rollback journal + FULL     {default * 1e3:8.3f} ms   ours/peer = {ours / default:5.2f}")
    print(f"  peer  WAL + NORMAL (not durable)  {normal * 1e3:8.3f} ms   ours/peer = {ours / normal:5.2f}")


def bench_exam(rounds: int) -> None:
    from benchmarks._server import traversable_tmpdir
    from dreamseed_desktop.client.journal import AnswerJournal
    from dreamseed_desktop.db.embedded import start_embedded
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import upgrade
    from dreamseed_desktop.db.roles import STUDENT_ROLE, client_url
    from dreamseed_desktop.services.core.auth import AuthService
    from dreamseed_desktop.services.core.uow import Database
    from dreamseed_desktop.services.exams.api import ExamApi
    from dreamseed_desktop.ui.exam_window.controller import ExamController
    from tests.fixtures.exam_fakes import FakeClock, QueueRunner, StubView, answer
    from tests.fixtures.school import PASSWORD, email, seed_school

    with traversable_tmpdir("ds-bench-delivery-") as tmp:   # the server's user must traverse it as root
        server = start_embedded(tmp / "pg", cleanup_mode="delete")
        try:
            server.ensure_database("bench")
            owner = server.url("bench")
            upgrade(owner)
            school = seed_school(owner, bank_size=200, cat_config='{"max_items": 8, "min_items": 8}')
            ours_t: list[float] = []
            peer_t: list[float] = []
            students = ["student1", "student2"]
            for r in range(rounds):
                for who, sink in ((students[0], ours_t), (students[1], peer_t)):
                    if r > 0:   # forget the previous round's sittings so both can start again
                        import psycopg
                        with psycopg.connect(owner) as conn:
                            conn.execute("DELETE FROM attempts WHERE student_id IN (%s, %s)",
                                         (school.students["student1"], school.students["student2"]))
                            conn.execute("DELETE FROM exam.session_state WHERE student_id IN (%s, %s)",
                                         (school.students["student1"], school.students["student2"]))
                            conn.execute("DELETE FROM exam_sessions WHERE student_id IN (%s, %s)",
                                         (school.students["student1"], school.students["student2"]))
                            conn.commit()
                    engine = make_engine(client_url(owner, role=STUDENT_ROLE))
                    db = Database(engine)
                    AuthService(db).login(email(who), PASSWORD)
                    api = ExamApi(db)
                    if sink is ours_t:
                        runner = QueueRunner()
                        ctl = ExamController(api=api, journal=AnswerJournal(Path(tmp) / f"j{r}.sqlite3"),
                                             view=StubView(), scheduler=FakeClock(), runner=runner,
                                             exam_id=school.exams["quiz_a"])
                        ctl.start()
                        runner.drain()
                        while ctl.item is not None and ctl.phase.value == "answering":
                            t0 = time.perf_counter()
                            answer(ctl, runner, 1)
                            sink.append(time.perf_counter() - t0)
                    else:
                        state = api.start(school.exams["quiz_a"])
                        item = api.next_item(state.session_id)
                        while item is not None:
                            t0 = time.perf_counter()
                            api.submit(item.session_id, item.seq, item.item_id, 1, 900, uuid.uuid4())
                            api.state(item.session_id)
                            item = api.next_item(item.session_id)
                            sink.append(time.perf_counter() - t0)
                    engine.dispose()
        finally:
            server.stop()
    ours, peer = statistics.median(ours_t), statistics.median(peer_t)
    print(f"one answer on the embedded server (median of {len(ours_t)} / {len(peer_t)})")
    print(f"  ours  journal + replay + state + next_item  {ours * 1e3:8.2f} ms")
    print(f"  peer  submit + state + next_item, no journal {peer * 1e3:8.2f} ms   ours/peer = {ours / peer:5.2f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    bench_journal(100 if args.quick else 400)
    bench_exam(1 if args.quick else 3)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
