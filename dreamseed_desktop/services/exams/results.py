"""Results of an exam for its teacher: one row per student, and one session's item record.

Read-only, except :meth:`ExamResultsService.correct_answer`, which goes through the audited server
function; row-level security decides which sessions the signed-in teacher/admin sees.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from dreamseed_desktop.db.classes import Enrollment
from dreamseed_desktop.db.exams import Attempt, Exam, ExamSession
from dreamseed_desktop.db.items import Item
from dreamseed_desktop.db.people import Student, User
from dreamseed_desktop.services.core.errors import NotFound
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.attempts import AttemptService
from dreamseed_desktop.services.exams.records import answer_choices
from dreamseed_desktop.services.exams.scoring import SessionScore


@dataclass(frozen=True)
class ResultRow:
    """One enrolled student's latest sitting (``session_id`` None: never started)."""

    student_id: int
    student_name: str
    student_number: str | None
    session_id: int | None
    status: str                      # not_started | in_progress | suspended | completed | terminated
    score: SessionScore | None       # None: never started
    theta: float | None
    se: float | None
    length: int
    duration_sec: int | None
    started_at: datetime | None
    ended_at: datetime | None


@dataclass(frozen=True)
class RecordItem:
    """One answered item of a session, in the order given."""

    seq: int
    item_id: int
    item_code: str
    strand: str | None
    b: float
    selected_choice: int | None
    correct: bool
    response_time_ms: int | None
    theta_after: float | None
    se_after: float | None
    attempt_id: int | None = None     # for a staff correction (exam.correct_answer)
    subject: str | None = None   # the item's subject code (names its strand)


@dataclass(frozen=True)
class SessionRecord:
    """A session's header, its stored algorithm settings and its item-by-item record."""

    session_id: int
    exam_id: int | None
    exam_title: str
    student_name: str
    status: str
    score: SessionScore
    theta: float | None
    se: float | None
    started_at: datetime
    ended_at: datetime | None
    duration_sec: int | None
    settings: dict[str, Any]
    items: tuple[RecordItem, ...]


class ExamResultsService:
    """Per-student results of an exam and the drill-down into one session."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def results(self, exam_id: int) -> list[ResultRow]:
        """Every enrolled student of the exam's class with their latest session, by name."""
        with self._db.session(readonly=True) as s:
            exam = s.get(Exam, exam_id)
            if exam is None:
                raise NotFound("This exam does not exist or you cannot see it.")
            latest = (select(ExamSession.id).where(ExamSession.exam_id == exam_id,
                                                   ExamSession.student_id == Student.id)
                      .order_by(ExamSession.started_at.desc(), ExamSession.id.desc())
                      .limit(1).correlate(Student).scalar_subquery())
            q = (select(Student.id, User.name, Student.student_number, latest)
                 .join(User, User.id == Student.user_id)
                 .join(Enrollment, Enrollment.student_id == Student.id)
                 .where(Enrollment.class_id == exam.class_id)
                 .order_by(User.name, Student.id))
            rows = s.execute(q).all()
            ids = [sid for *_, sid in rows if sid is not None]
            sessions = {x.id: x for x in s.scalars(select(ExamSession).where(ExamSession.id.in_(ids)))}
            return [_row(st_id, name, number, sessions.get(sid)) for st_id, name, number, sid in rows]

    def session_record(self, session_id: int) -> SessionRecord:
        """One session with every answered item (seq order) and its stored settings."""
        with self._db.session(readonly=True) as s:
            sess = s.get(ExamSession, session_id)
            if sess is None:
                raise NotFound("This session does not exist or you cannot see it.")
            name = s.scalar(select(User.name).join(Student, Student.user_id == User.id)
                            .where(Student.id == sess.student_id)) or ""
            title = s.scalar(select(Exam.title).where(Exam.id == sess.exam_id)) or ""
            choices = answer_choices(s, session_id)
            q = (select(Attempt, Item.code, Item.strand, Item.b, Item.subject)
                 .join(Item, Item.id == Attempt.item_id)
                 .where(Attempt.exam_session_id == session_id).order_by(Attempt.seq))
            items = tuple(RecordItem(
                seq=a.seq, item_id=a.item_id, item_code=code, strand=strand, b=float(b),
                selected_choice=choices.get(a.seq), correct=a.correct,
                response_time_ms=a.response_time_ms, theta_after=a.theta_after,
                se_after=a.se_after, attempt_id=a.id, subject=subject)
                for a, code, strand, b, subject in s.execute(q).all())
            return SessionRecord(
                session_id=sess.id, exam_id=sess.exam_id, exam_title=title, student_name=name,
                status=sess.status, score=session_score(sess),
                theta=sess.theta, se=sess.standard_error,
                started_at=sess.started_at, ended_at=sess.ended_at, duration_sec=sess.duration_sec,
                settings=dict(sess.meta or {}), items=items)


    def correct_answer(self, attempt_id: int, *, correct: bool, reason: str) -> SessionRecord:
        """Mark one answer of an ended session right or wrong with a reason (the audited server
        function ``exam.correct_answer``: the class's teacher or an admin; θ/SE re-scored with the
        session's stored design) and return the session's record as it is now."""
        AttemptService(self._db).correct(attempt_id, correct=correct, reason=reason)
        with self._db.session(readonly=True) as s:
            session_id = s.scalar(select(Attempt.exam_session_id).where(Attempt.id == attempt_id))
        if session_id is None:
            raise NotFound("This session does not exist or you cannot see it.")
        return self.session_record(int(session_id))


def session_score(sess: ExamSession) -> SessionScore:
    """The named scores a session stores (see :mod:`services.exams.scoring`)."""
    config = (sess.meta or {}).get("cat_config") or {}
    try:
        min_items = int(config.get("min_items") or 0)
    except (TypeError, ValueError):
        min_items = 0
    return SessionScore(n_correct=sess.n_correct, n_answered=sess.n_answered, theta=sess.theta,
                        se=sess.standard_error, status=sess.status, stop_reason=sess.stop_reason,
                        min_items=min_items)


def _row(student_id: int, name: str, number: str | None, sess: ExamSession | None) -> ResultRow:
    if sess is None:
        return ResultRow(student_id, name, number, None, "not_started", None, None, None, 0,
                         None, None, None)
    return ResultRow(student_id, name, number, sess.id, sess.status, session_score(sess), sess.theta,
                     sess.standard_error, sess.n_answered, sess.duration_sec, sess.started_at,
                     sess.ended_at)
