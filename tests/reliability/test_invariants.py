"""The harness's invariant checker can fail: a clean sitting passes, and each kind of damage
(a journalled answer missing, an answer stored twice, a gap, a wrong theta, an unfinished
session) is reported."""
from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from dreamseed_desktop.client.journal import AnswerJournal
from dreamseed_desktop.services.exams.api import ExamApi
from tests.reliability.harness import invariants, seed

ITEMS = 5


@pytest.fixture
def sitting(db_url: str, tmp_path: Path) -> tuple[seed.Seeded, Path]:
    """One student answers all 5 items through ExamApi, journalling each answer first."""
    seeded = seed.seed(db_url, 1, n_items=ITEMS, bank_size=20)
    db = seed.sign_in(db_url, seeded.students[0].email)
    api, journal = ExamApi(db), AnswerJournal(tmp_path / "journal.sqlite3")
    try:
        sid = api.start(seeded.exam_id).session_id
        while (item := api.next_item(sid)) is not None:
            entry = journal.record(session_id=sid, seq=item.seq, item_id=item.item_id, choice=1 + item.seq % 4,
                                   response_time_ms=1000, user_id=db.identity.user_id)
            journal.acknowledge(entry.client_uuid, {"ok": True})
            api.submit(sid, item.seq, item.item_id, entry.choice, 1000, entry.client_uuid)
        api.finish(sid)
    finally:
        journal.close()
        db.engine.dispose()
    return seeded, tmp_path / "journal.sqlite3"


def _check(db_url: str, seeded: seed.Seeded, journal: Path) -> invariants.InvariantReport:
    return invariants.check(db_url, seeded.exam_id, [s.student_id for s in seeded.students], [journal], ITEMS)


@pytest.mark.slow
def test_clean_sitting_passes(db_url: str, sitting: tuple[seed.Seeded, Path]) -> None:
    rep = _check(db_url, *sitting)
    assert rep.ok, rep.violations
    assert (rep.journal_entries, rep.attempts, rep.sessions_finished, rep.theta_checked) == (ITEMS, ITEMS, 1, 1)


@pytest.mark.slow
def test_missing_answer_is_lost(db_url: str, sitting: tuple[seed.Seeded, Path]) -> None:
    seeded, journal = sitting
    with psycopg.connect(db_url) as conn:
        sid = conn.execute("SELECT id FROM exam_sessions").fetchone()[0]  # type: ignore[index]
    j = AnswerJournal(journal)
    j.record(session_id=sid, seq=ITEMS + 1, item_id=1, choice=1, response_time_ms=5)  # never sent
    j.close()
    rep = _check(db_url, seeded, journal)
    assert rep.lost == 1 and any("lost" in v for v in rep.violations)


@pytest.mark.slow
def test_tampered_database_is_reported(db_url: str, sitting: tuple[seed.Seeded, Path]) -> None:
    seeded, journal = sitting
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("UPDATE exam_sessions SET theta = theta + 0.01")
        conn.execute("UPDATE attempts SET seq = seq + 10 WHERE seq = 3")
        conn.execute("UPDATE exam_sessions SET status = 'suspended'")
        conn.execute("UPDATE attempts SET client_uuid = %s WHERE seq = 1", (uuid.uuid4(),))
    rep = _check(db_url, seeded, journal)
    text = "\n".join(rep.violations)
    assert "theta" in text and "gaps" in text and "status suspended" in text and rep.lost == 1
