"""A student's own finished exams, with exactly what the teacher chose to show.

Read as the signed-in student through row-level security (a student sees only their own
sittings and the exams of their classes). Each exam's ``show_result`` decides what is filled in:
``none`` — only that it is finished; ``correct`` — number correct of the items answered and percent
correct; ``theta`` — θ, its SE and 95% interval. The same rule as the test window's end screen
(``exam.finish``), so the student never sees more here than there.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from dreamseed_desktop.db.classes import Classroom
from dreamseed_desktop.db.exams import Exam, ExamSession
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.scoring import percent_correct

__all__ = ["MyResult", "my_results"]

FINISHED = ("completed", "terminated")


@dataclass(frozen=True)
class MyResult:
    """One finished sitting as its student may see it (None = not shown by the teacher)."""

    session_id: int
    exam_id: int | None
    title: str
    subject: str | None
    class_name: str | None
    status: str                    # completed / terminated (ended by the teacher)
    ended_at: datetime | None
    show_result: str               # none / correct / theta
    answered: int | None
    n_correct: int | None
    percent_correct: float | None
    theta: float | None
    se: float | None


def my_results(db: Database) -> list[MyResult]:
    """The signed-in student's finished sittings, newest first (one statement)."""
    require_role(db.identity, "student")
    q = (select(ExamSession.id, ExamSession.exam_id, Exam.title, Exam.subject, Classroom.name,
                ExamSession.status, ExamSession.ended_at, Exam.show_result, ExamSession.n_answered,
                ExamSession.n_correct, ExamSession.theta, ExamSession.standard_error)
         .join(Exam, Exam.id == ExamSession.exam_id)
         .outerjoin(Classroom, Classroom.id == ExamSession.class_id)
         .where(ExamSession.status.in_(FINISHED))
         .order_by(ExamSession.ended_at.desc().nulls_last(), ExamSession.id.desc()))
    with db.session(readonly=True) as s:
        rows = s.execute(q).all()
    out = []
    for r in rows:
        shown = r.show_result if r.status == "completed" else "none"
        correct = shown == "correct"
        theta = shown == "theta"
        out.append(MyResult(
            session_id=int(r.id), exam_id=r.exam_id, title=r.title, subject=r.subject, class_name=r.name,
            status=r.status, ended_at=r.ended_at, show_result=shown,
            answered=int(r.n_answered) if correct else None,
            n_correct=int(r.n_correct) if correct else None,
            percent_correct=percent_correct(int(r.n_correct), int(r.n_answered)) if correct else None,
            theta=r.theta if theta else None, se=r.standard_error if theta else None))
    return out
