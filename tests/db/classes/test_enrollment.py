"""Enrollment: one and bulk (all-or-nothing), listings, available students, unenroll."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from dreamseed_desktop.services.classes.enrollment import StudentsNotFound
from dreamseed_desktop.services.core.errors import AlreadyEnrolled, NotFound, ValidationError
from tests.fixtures.people import School, Services


def _enrolled(svc: Services, class_id: int) -> list[int]:
    return [s.student_id for s in svc.enrollment.list_class_students(class_id)]


def test_enroll_one_and_duplicate(svc: Services, school: School) -> None:
    sid, cid = school.students[0].student_id, school.klass.id
    svc.enrollment.enroll(sid, cid)
    with pytest.raises(AlreadyEnrolled) as info:
        svc.enrollment.enroll(sid, cid)
    assert str(info.value) == "Already enrolled" and info.value.student_ids == (sid,)
    with pytest.raises(NotFound, match="Student 999 does not exist"):
        svc.enrollment.enroll(999, cid)
    with pytest.raises(NotFound, match="Class 999 does not exist"):
        svc.enrollment.enroll(sid, 999)
    with svc.db.session(readonly=True) as s:
        affected = s.scalar(text("SELECT affected_user_ids FROM audit_log "
                                 "WHERE action = 'enrollment.add'"))
    assert affected == [school.students[0].id]


def test_bulk_enroll_all_or_nothing(svc: Services, school: School) -> None:
    ids = [p.student_id for p in school.students]
    cid = school.klass.id
    svc.enrollment.enroll(ids[0], cid)
    svc.enrollment.enroll(ids[1], cid)
    with pytest.raises(AlreadyEnrolled, match="Already enrolled") as dup:
        svc.enrollment.bulk_enroll(cid, ids)
    assert dup.value.student_ids == (ids[0], ids[1])
    assert sorted(_enrolled(svc, cid)) == [ids[0], ids[1]]
    with pytest.raises(StudentsNotFound) as unknown:
        svc.enrollment.bulk_enroll(cid, [ids[0], ids[2], 9998, 9999])
    assert unknown.value.student_ids == (9998, 9999)
    assert unknown.value.already_enrolled == (ids[0],)
    assert "9998, 9999" in str(unknown.value) and isinstance(unknown.value, NotFound)
    assert sorted(_enrolled(svc, cid)) == [ids[0], ids[1]]
    assert svc.enrollment.bulk_enroll(cid, ids[2:] + ids[2:]) == 4
    assert sorted(_enrolled(svc, cid)) == sorted(ids)
    assert svc.enrollment.bulk_enroll(cid, []) == 0
    assert svc.classes.get(cid).student_count == 6


def test_bulk_enroll_refuses_other_organization(svc: Services, school: School) -> None:
    other = svc.orgs.create("다른학교")
    stranger = svc.people.create_student("x@other.kr", "X", 1, organization_id=other.id)
    with pytest.raises(ValidationError, match="another organization"):
        svc.enrollment.bulk_enroll(school.klass.id, [school.students[0].student_id,
                                                     stranger.student_id])
    assert _enrolled(svc, school.klass.id) == []


def test_class_roster_and_student_classes(svc: Services, school: School) -> None:
    cid = school.klass.id
    svc.enrollment.bulk_enroll(cid, [school.students[3].student_id, school.students[1].student_id])
    roster = svc.enrollment.list_class_students(cid)
    assert [(r.student_number, r.name) for r in roster] == [("00002", "학생02"), ("00004", "학생04")]
    assert roster[0].enrolled_at is not None and roster[0].email == "s2@seoul.kr"
    second = svc.classes.create("방과후", 1, school_year=2027, organization_id=school.org.id)
    svc.enrollment.enroll(school.students[1].student_id, second.id)
    classes = svc.enrollment.list_student_classes(school.students[1].student_id)
    assert [(c.name, c.school_year, c.teacher_name) for c in classes] == [
        ("방과후", 2027, None), ("1-1", 2026, "김선생")]
    with pytest.raises(NotFound):
        svc.enrollment.list_student_classes(999)
    with pytest.raises(NotFound):
        svc.enrollment.list_class_students(999)


def test_available_students(svc: Services, school: School) -> None:
    cid = school.klass.id
    svc.enrollment.enroll(school.students[0].student_id, cid)
    svc.people.deactivate(school.students[5].id)
    svc.people.create_student("o@other.kr", "Outsider", 1,
                              organization_id=svc.orgs.create("다른학교").id)
    page = svc.enrollment.list_available(cid)
    assert page.total == 4
    assert {p.student_id for p in page.items} == {s.student_id for s in school.students[1:5]}
    grade_one = svc.enrollment.list_available(cid, grade=1)
    assert {p.grade for p in grade_one.items} == {1}
    assert [p.name for p in svc.enrollment.list_available(cid, search="00003").items] == ["학생03"]
    assert svc.enrollment.list_available(cid, search="학생0", limit=2).has_next


def test_unenroll_one_and_bulk(svc: Services, school: School) -> None:
    ids = [p.student_id for p in school.students]
    cid = school.klass.id
    svc.enrollment.bulk_enroll(cid, ids)
    svc.enrollment.unenroll(ids[0], cid)
    with pytest.raises(NotFound, match="not enrolled"):
        svc.enrollment.unenroll(ids[0], cid)
    with pytest.raises(NotFound, match=str(ids[0])):
        svc.enrollment.bulk_unenroll(cid, ids[:3])
    assert len(_enrolled(svc, cid)) == 5
    assert svc.enrollment.bulk_unenroll(cid, ids[1:3]) == 2
    assert sorted(_enrolled(svc, cid)) == ids[3:]
    with svc.db.session(readonly=True) as s:
        removed = s.scalars(text("SELECT affected_user_ids FROM audit_log "
                                 "WHERE action = 'enrollment.remove' ORDER BY id")).all()
    assert removed == [[school.students[0].id], sorted(p.id for p in school.students[1:3])]


def test_simultaneous_bulk_enrolls_do_not_half_apply(svc: Services, school: School) -> None:
    """Two staff bulk-enroll overlapping groups at once: one succeeds completely, the other
    gets AlreadyEnrolled and writes nothing."""
    import threading

    ids = [p.student_id for p in school.students]
    groups = {"A": ids[:4], "B": ids[2:]}
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def run(label: str) -> None:
        barrier.wait()
        try:
            outcomes[label] = svc.enrollment.bulk_enroll(school.klass.id, groups[label])
        except AlreadyEnrolled as exc:
            outcomes[label] = exc

    threads = [threading.Thread(target=run, args=(k,)) for k in groups]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    winners = [k for k, v in outcomes.items() if v == 4]
    losers = [k for k, v in outcomes.items() if isinstance(v, AlreadyEnrolled)]
    assert len(winners) == 1 and len(losers) == 1
    assert sorted(_enrolled(svc, school.klass.id)) == sorted(groups[winners[0]])
