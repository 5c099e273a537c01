"""Full exam flow through services.exam_api as a real student on the client role."""
from __future__ import annotations

import uuid

from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import School


def test_full_exam_flow(school: School, connect_as) -> None:
    api = ExamApi(connect_as("student1"))
    exams = api.my_exams()
    assert [e.exam_id for e in exams] == [school.exams["quiz_a"]]
    assert exams[0].can_start and not exams[0].can_resume
    state = api.start(school.exams["quiz_a"])
    assert state.status == "in_progress" and state.answered == 0 and state.max_items == 8
    seen = []
    while True:
        item = api.next_item(state.session_id)
        if item is None:
            break
        assert api.next_item(state.session_id) == item      # idempotent
        assert item.choices == ("A", "B", "C", "D")
        seen.append(item.item_id)
        out = api.submit(state.session_id, item.seq, item.item_id, 1 + len(seen) % 4, 1500, uuid.uuid4())
        assert out.accepted and not out.replayed and out.answered == len(seen)
        if out.finished:
            break
    assert len(seen) == 8 == len(set(seen))
    assert api.next_item(state.session_id) is None
    result = api.finish(state.session_id)
    assert result.status == "completed" and result.answered == 8
    # quiz_a shows number correct and % correct, nothing else
    assert result.n_correct is not None and 0 <= result.n_correct <= 8 and result.theta is None
    assert result.percent_correct == round(100 * result.n_correct / 8, 1) and result.se is None
    assert api.state(state.session_id).stop_reason == "max_items"
