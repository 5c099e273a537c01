"""Malformed calls into the student exam API (client role + a real student token).

A student controls the lab PC, so every parameter of ``exam.start/status/next_item/submit/
finish`` may be anything. Each bad call must end in a DomainError and change nothing: the
fingerprint of every table (auth schema included) is compared before and after.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.api import ExamApi, PendingItem
from tests.fuzz.conftest import BAD_IDS, FUZZ, NUL, SQL_META, WRONG_ID_TYPES, fingerprint, refused
from tests.reliability.harness import seed


@dataclass
class Sitting:
    """Student A in a started exam with one answered item and a pending one; B has a session too."""

    api: ExamApi
    exam_id: int
    session_id: int
    other_session_id: int
    item: PendingItem
    answered_uuid: uuid.UUID


def _login(url: str, email: str) -> tuple[Database, ExamApi]:
    db = seed.sign_in(url, email)
    return db, ExamApi(db)


@pytest.fixture
def sitting(db_url: str) -> Iterator[Sitting]:
    seeded = seed.seed(db_url, 2, n_items=5, bank_size=20)
    db_b, api_b = _login(db_url, seeded.students[1].email)
    other = api_b.start(seeded.exam_id).session_id
    db_a, api = _login(db_url, seeded.students[0].email)
    sid = api.start(seeded.exam_id).session_id
    first = api.next_item(sid)
    assert first is not None
    answered = uuid.uuid4()
    api.submit(sid, first.seq, first.item_id, 1, 1500, answered)
    item = api.next_item(sid)
    assert item is not None
    yield Sitting(api, seeded.exam_id, sid, other, item, answered)
    db_a.engine.dispose()
    db_b.engine.dispose()


bad_ids = st.sampled_from([*BAD_IDS, *WRONG_ID_TYPES, NUL, *SQL_META])


@pytest.mark.slow
@FUZZ
@given(value=bad_ids)
def test_unknown_and_malformed_ids(db_url: str, sitting: Sitting, value: object) -> None:
    api = sitting.api
    refused(db_url, lambda: api.start(value))  # type: ignore[arg-type]
    refused(db_url, lambda: api.state(value))  # type: ignore[arg-type]
    refused(db_url, lambda: api.next_item(value))  # type: ignore[arg-type]
    refused(db_url, lambda: api.finish(value))  # type: ignore[arg-type]
    item = sitting.item
    refused(db_url, lambda: api.submit(value, item.seq, item.item_id, 1, 1000, uuid.uuid4()))  # type: ignore[arg-type]


@pytest.mark.slow
def test_someone_elses_session_is_not_found(db_url: str, sitting: Sitting) -> None:
    api, other = sitting.api, sitting.other_session_id
    refused(db_url, lambda: api.state(other))
    refused(db_url, lambda: api.next_item(other))
    refused(db_url, lambda: api.finish(other))
    refused(db_url, lambda: api.submit(other, 1, sitting.item.item_id, 1, 1000, uuid.uuid4()))


@pytest.mark.slow
@FUZZ
@given(field=st.sampled_from(["seq", "item_id", "choice", "response_time_ms", "client_uuid"]),
       value=st.one_of(st.sampled_from([-1, 0, -(2**31), 2**31, 2**63, 10**12, 99, 11, "x", NUL, 1.5,
                                        float("nan"), "'; DROP TABLE attempts; --", "not-a-uuid"]),
                       st.integers(min_value=-(10**9), max_value=-1)))
def test_submit_bad_fields(db_url: str, sitting: Sitting, field: str, value: object) -> None:
    item = sitting.item
    args: dict[str, object] = {"session_id": sitting.session_id, "seq": item.seq, "item_id": item.item_id,
                               "choice": 2, "response_time_ms": 900, "client_uuid": uuid.uuid4()}
    args[field] = value
    refused(db_url, lambda: sitting.api.submit(**args))  # type: ignore[arg-type]


@pytest.mark.slow
def test_submit_out_of_order_or_to_another_item(db_url: str, sitting: Sitting) -> None:
    api, item, sid = sitting.api, sitting.item, sitting.session_id
    refused(db_url, lambda: api.submit(sid, item.seq + 1, item.item_id, 1, 900, uuid.uuid4()))   # skip ahead
    refused(db_url, lambda: api.submit(sid, item.seq + 50, item.item_id, 1, 900, uuid.uuid4()))
    refused(db_url, lambda: api.submit(sid, item.seq, item.item_id + 1, 1, 900, uuid.uuid4()))   # not the pending item
    # change a locked answer
    refused(db_url, lambda: api.submit(sid, item.seq - 1, item.item_id, 3, 900, uuid.uuid4()))
    refused(db_url, lambda: api.submit(sid, item.seq, item.item_id, 1, 900, sitting.answered_uuid))  # uuid reuse


def test_replay_changes_nothing(db_url: str, sitting: Sitting) -> None:
    api, item, sid = sitting.api, sitting.item, sitting.session_id
    answer = uuid.uuid4()
    first = api.submit(sid, item.seq, item.item_id, 2, 900, answer)
    assert first.accepted and not first.replayed
    before = fingerprint(db_url)
    again = api.submit(sid, item.seq, item.item_id, 2, 900, answer)
    assert again.replayed and again.answered == first.answered
    after = fingerprint(db_url)
    assert before == after
