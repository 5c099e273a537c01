"""The local answer journal: durable settings, first-answer-wins, replay order, threads."""
from __future__ import annotations

import threading
from pathlib import Path

from dreamseed_desktop.client.journal import AnswerJournal, default_journal_path


def test_wal_and_full_sync(journal: AnswerJournal) -> None:
    assert str(journal.pragma("journal_mode")).lower() == "wal"
    assert journal.pragma("synchronous") == 2  # FULL


def test_default_path_is_in_data_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DREAMSEED_DATA_DIR", str(tmp_path / "data"))
    assert default_journal_path() == tmp_path / "data" / "exam_journal.sqlite3"


def test_record_then_acknowledge(journal: AnswerJournal) -> None:
    e = journal.record(session_id=5, seq=1, item_id=10, choice=3, response_time_ms=1500, user_id=9)
    assert [p.client_uuid for p in journal.pending(5)] == [e.client_uuid]
    assert journal.pending(6) == []
    journal.acknowledge(e.client_uuid, {"accepted": True})
    assert journal.pending(5) == []
    (settled,) = journal.entries(5)
    assert settled.outcome == {"accepted": True} and not settled.pending and not settled.rejected


def test_first_pending_answer_wins(journal: AnswerJournal) -> None:
    a = journal.record(session_id=5, seq=2, item_id=11, choice=1, response_time_ms=10)
    b = journal.record(session_id=5, seq=2, item_id=11, choice=4, response_time_ms=20)
    assert b == a and b.choice == 1
    assert len(journal.pending(5)) == 1


def test_pending_in_answer_order_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    j = AnswerJournal(path)
    for seq in (3, 1, 2):
        j.record(session_id=1, seq=seq, item_id=seq, choice=seq, response_time_ms=None)
    j.close()
    again = AnswerJournal(path)
    assert [e.seq for e in again.pending(1)] == [1, 2, 3]
    assert all(e.response_time_ms is None for e in again.pending(1))
    again.close()


def test_rejected_entries_are_settled(journal: AnswerJournal) -> None:
    e = journal.record(session_id=1, seq=1, item_id=1, choice=2, response_time_ms=5)
    journal.acknowledge(e.client_uuid, {"error": "already answered"}, rejected=True)
    assert journal.pending() == []
    assert journal.entries(1)[0].rejected


def test_purge_keeps_pending(journal: AnswerJournal) -> None:
    a = journal.record(session_id=1, seq=1, item_id=1, choice=2, response_time_ms=5)
    journal.record(session_id=1, seq=2, item_id=2, choice=2, response_time_ms=5)
    journal.acknowledge(a.client_uuid)
    assert journal.purge_acknowledged(-1) == 1
    assert [e.seq for e in journal.entries(1)] == [2]


def test_writes_from_many_threads(journal: AnswerJournal) -> None:
    def work(sid: int) -> None:
        for seq in range(1, 21):
            journal.record(session_id=sid, seq=seq, item_id=seq, choice=1, response_time_ms=1)
        journal.close()

    threads = [threading.Thread(target=work, args=(sid,)) for sid in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(journal.pending()) == 80
    assert len({e.client_uuid for e in journal.pending()}) == 80


def test_resilient_journal_never_keeps_answers_in_memory_only(tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    import pytest

    from dreamseed_desktop.client.journal import JournalUnavailable, ResilientJournal

    j = ResilientJournal(tmp_path / "j.sqlite3")
    on_disk = j.record(session_id=1, seq=1, item_id=1, choice=1, response_time_ms=5)

    def full(**_kw):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(j.file, "record", full)
    with pytest.raises(JournalUnavailable, match="disk is full"):
        j.record(session_id=1, seq=2, item_id=2, choice=3, response_time_ms=5)
    assert not j.healthy
    assert [e.seq for e in j.pending(1)] == [1]          # only what reached the disk
    j.acknowledge(on_disk.client_uuid, {"accepted": True})
    assert j.pending() == []


def test_resilient_journal_without_a_usable_file(tmp_path: Path) -> None:
    import pytest

    from dreamseed_desktop.client.journal import JournalUnavailable, ResilientJournal

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    j = ResilientJournal(blocker / "j.sqlite3")           # parent is a file: cannot open
    assert j.file is None and not j.healthy
    with pytest.raises(JournalUnavailable):
        j.record(session_id=1, seq=1, item_id=1, choice=2, response_time_ms=None)
    assert j.pending(1) == [] and j.purge_acknowledged(0) == 0
