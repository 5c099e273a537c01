"""Teacher exam administration: create, edit, close and reopen exams for a class.

An exam is made from a template (:data:`EXAM_TEMPLATES`) and then adjusted: subject, item
pool filter (grades, strands), the CAT design (:class:`~dreamseed_desktop.cat.CatConfig`:
estimator, selection, exposure, content targets, stopping rule, time limit), the schedule
window, what the student sees at the end, the confirmation step, how many days a suspended
session may be resumed, and an optional proctor quit password (stored as a salted PBKDF2
hash in ``exam_kiosk_settings``). Every write is audited; edits take ``expected_version``.

Results and session records live in :mod:`dreamseed_desktop.services.exams.results`.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import column, func, select, table, text
from sqlalchemy.orm import Session

from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.config.settings import load_settings, save_settings
from dreamseed_desktop.db.classes import Classroom, Enrollment
from dreamseed_desktop.db.exams import EXAM_TYPES, RESULT_DISPLAY, Exam, ExamSession
from dreamseed_desktop.db.items import Item, Subject
from dreamseed_desktop.services.core import audit, passwords
from dreamseed_desktop.services.core.errors import Conflict, NotFound, ValidationError
from dreamseed_desktop.services.core.uow import Database

#: Shortest proctor quit password (the kiosk guide asks for 8+ characters).
QUIT_PASSWORD_MIN_LENGTH = 8
# Settings.extra key holding the lab PC's proctor quit-password hash (see set_lab_quit_password)
QUIT_HASH_SETTING = "exam_quit_password_hash"
MAX_RESUME_DAYS = 30
MAX_ITEMS_LIMIT = 200
_PBKDF2_ITER = 200_000

EXAM_TEMPLATES: dict[str, tuple[str, CatConfig]] = {
    "quick": ("formative", CatConfig(min_items=5, max_items=15, se_target=0.45,
                                     time_limit_seconds=15 * 60, randomesque_k=3)),
    "standard": ("diagnostic", CatConfig(min_items=10, max_items=30, se_target=0.3,
                                         time_limit_seconds=40 * 60, randomesque_k=3)),
    "precise": ("placement", CatConfig(min_items=15, max_items=40, se_target=0.25,
                                       time_limit_seconds=60 * 60, randomesque_k=2,
                                       exposure_control="none")),
    # 단원평가: the end of a unit; its strands share the test, classmates rarely see the same items
    "unit": ("unit", CatConfig(min_items=12, max_items=25, se_target=0.35,
                               time_limit_seconds=45 * 60, randomesque_k=3,
                               exposure_control="restricted", exposure_target=0.3)),
}
DEFAULT_TEMPLATE = "standard"


def hash_quit_password(password: str) -> str:
    """``pbkdf2_sha256$iterations$salt$hash`` (stdlib only, salted, slow on purpose)."""
    if len(password) < QUIT_PASSWORD_MIN_LENGTH:
        raise ValidationError("The quit password needs at least 8 characters.",
                              field="quit_password")
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), _PBKDF2_ITER)
    return f"pbkdf2_sha256${_PBKDF2_ITER}${salt}${digest.hex()}"


def verify_quit_password(password: str, stored: str) -> bool:
    """Constant-time check of a password against :func:`hash_quit_password` output."""
    try:
        algo, iterations, salt, want = stored.split("$")
        if algo != "pbkdf2_sha256":
            return False
        got = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), want)


def set_lab_quit_password(password: str | None, settings_file: Path | None = None) -> None:
    """Store (or with None/"" remove) this PC's proctor quit-password hash in the settings file.

    The test window accepts this password on this PC for every exam, in addition to the one a
    teacher set for the exam. Meant for a lab administrator's command line.
    """
    current = load_settings(settings_file)
    extra = dict(current.extra)
    if password:
        extra[QUIT_HASH_SETTING] = hash_quit_password(password)
    else:
        extra.pop(QUIT_HASH_SETTING, None)
    save_settings(current.with_changes(extra=extra), settings_file)


@dataclass(frozen=True)
class ExamDraft:
    """What the creation dialog edits. ``quit_password``: None keeps the current one, "" clears."""

    class_id: int
    title: str
    subject: str
    exam_type: str = "diagnostic"
    cat_config: CatConfig = field(default_factory=lambda: EXAM_TEMPLATES[DEFAULT_TEMPLATE][1])
    grades: tuple[int, ...] = ()
    strands: tuple[str, ...] = ()
    opens_at: datetime | None = None
    closes_at: datetime | None = None
    show_result: str = "none"
    confirm_answers: bool = True
    resume_days: int = 3
    quit_password: str | None = None

    @classmethod
    def from_template(cls, template: str, *, class_id: int, title: str, subject: str) -> ExamDraft:
        exam_type, config = EXAM_TEMPLATES[template]
        return cls(class_id=class_id, title=title, subject=subject, exam_type=exam_type,
                   cat_config=config)

    @property
    def item_filter(self) -> dict[str, Any]:
        flt: dict[str, Any] = {}
        if self.grades:
            flt["grades"] = sorted(set(int(g) for g in self.grades))
        if self.strands:
            flt["strands"] = sorted(set(self.strands))
        return flt


@dataclass(frozen=True)
class ExamSummary:
    """An exam as the teacher's list shows it."""

    id: int
    class_id: int
    class_name: str
    title: str
    subject: str
    exam_type: str
    cat_config: CatConfig
    item_filter: dict[str, Any]
    opens_at: datetime | None
    closes_at: datetime | None
    show_result: str
    confirm_answers: bool
    resume_days: int
    is_open: bool
    version: int
    n_sessions: int
    n_finished: int
    has_quit_password: bool


@dataclass(frozen=True)
class ClassOption:
    """A class the teacher can make an exam for."""

    id: int
    name: str
    subject: str | None
    grade: int
    school_year: int
    n_students: int


def validate_draft(draft: ExamDraft, pool_size: int | None = None) -> None:
    """Raise :class:`ValidationError` (with ``field``) for the first problem found."""
    if not draft.title.strip():
        raise ValidationError("Please enter a title.", field="title")
    if len(draft.title.strip()) > 200:
        raise ValidationError("The title is too long (200 characters at most).", field="title")
    if not draft.subject.strip() or len(draft.subject) > 50:
        raise ValidationError("Please choose a subject.", field="subject")
    if draft.exam_type not in EXAM_TYPES:
        raise ValidationError("Unknown exam type.", field="exam_type")
    if draft.show_result not in RESULT_DISPLAY:
        raise ValidationError("Unknown result display.", field="show_result")
    if not 0 <= draft.resume_days <= MAX_RESUME_DAYS:
        raise ValidationError("Resume days must be between 0 and {max_days}.",
                              params={"max_days": MAX_RESUME_DAYS}, field="resume_days")
    if draft.opens_at and draft.closes_at and draft.closes_at <= draft.opens_at:
        raise ValidationError("The exam must close after it opens.", field="closes_at")
    cfg = draft.cat_config
    if cfg.estimator != "eap":
        raise ValidationError("The exam server scores with EAP; choose the EAP estimator.",
                              field="estimator")
    if cfg.start_selection != "fisher":
        raise ValidationError("The exam server chooses every item by Fisher information; "
                              "KL and posterior-weighted first items are for simulations only.",
                              field="start_selection")
    if cfg.min_items < 1:
        raise ValidationError("At least one item must be given.", field="min_items")
    if cfg.max_items > MAX_ITEMS_LIMIT:
        raise ValidationError("At most {max_items} items.", params={"max_items": MAX_ITEMS_LIMIT},
                              field="max_items")
    if cfg.time_limit_seconds is not None and not 60 <= cfg.time_limit_seconds <= 6 * 3600:
        raise ValidationError("The time limit must be between 1 minute and 6 hours.",
                              field="time_limit")
    if cfg.se_target is not None and not 0.1 <= cfg.se_target <= 1.0:
        raise ValidationError("The SE target must be between 0.1 and 1.0.", field="se_target")
    if pool_size == 0:
        raise ValidationError("No active items of this subject match these grades and strands. Choose "
                              "other grades or strands, or ask an administrator to add items for the "
                              "subject to the item bank.", field="subject")
    if pool_size is not None and pool_size < cfg.max_items:
        raise ValidationError("The item pool has fewer items than the maximum test length; "
                              "lower the maximum or widen the filter.", field="max_items")
    if draft.quit_password and len(draft.quit_password) < QUIT_PASSWORD_MIN_LENGTH:
        raise ValidationError("The quit password needs at least 8 characters.",
                              field="quit_password")


def config_from_dict(data: dict[str, Any]) -> CatConfig:
    """A stored config (missing keys take defaults); ValidationError if it is invalid."""
    try:
        return CatConfig.from_dict(data or {})
    except (ValueError, TypeError) as exc:
        raise ValidationError(str(exc), field="cat_config") from exc


def _check_subject(s: Session, organization_id: int | None, code: str) -> None:
    """The exam's subject must be one of the school's (active) subjects."""
    found = s.scalar(select(Subject.id).where(Subject.organization_id == organization_id,
                                              Subject.code == code.strip(), Subject.active))
    if found is None:
        raise ValidationError("'{subject}' is not one of the school's subjects. Choose one from the "
                              "list; an administrator adds subjects under Subjects.",
                              params={"subject": code}, field="subject")


def _pool_query(subject: str, grades: tuple[int, ...], strands: tuple[str, ...]) -> Any:
    q = select(func.count()).select_from(Item).where(Item.subject == subject,
                                                    Item.status == "active")
    if grades:
        q = q.where(Item.grade.in_(list(grades)))
    if strands:
        q = q.where(Item.strand.in_(list(strands)))
    return q


class ExamAdminService:
    """Exam definitions for teachers (their classes) and admins (their organization)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ look-ups
    def classes(self) -> list[ClassOption]:
        """Classes visible to the signed-in teacher/admin (RLS decides), with head counts."""
        n = (select(Enrollment.class_id, func.count().label("n"))
             .group_by(Enrollment.class_id).subquery())
        q = (select(Classroom, func.coalesce(n.c.n, 0))
             .outerjoin(n, n.c.class_id == Classroom.id)
             .order_by(Classroom.school_year.desc(), Classroom.name))
        with self._db.session(readonly=True) as s:
            return [ClassOption(c.id, c.name, c.subject, c.grade, c.school_year, int(k))
                    for c, k in s.execute(q).all()]

    def subjects(self) -> list[str]:
        """Subjects with at least one active item."""
        with self._db.session(readonly=True) as s:
            return list(s.scalars(select(Item.subject).where(Item.status == "active")
                                  .distinct().order_by(Item.subject)))

    def strands(self, subject: str) -> list[str]:
        with self._db.session(readonly=True) as s:
            return list(s.scalars(select(Item.strand).where(
                Item.subject == subject, Item.status == "active", Item.strand.is_not(None))
                .distinct().order_by(Item.strand)))

    def pool_summary(self, subject: str, grades: tuple[int, ...] = (),
                     strands: tuple[str, ...] = ()) -> tuple[int, int]:
        """(active items the filter leaves, active items of the subject) in one statement."""
        pool = _pool_query(subject, grades, strands).scalar_subquery()
        whole = _pool_query(subject, (), ()).scalar_subquery()
        with self._db.session(readonly=True) as s:
            n, total = s.execute(select(pool, whole)).one()
            return int(n), int(total)

    def pool_size(self, subject: str, grades: tuple[int, ...] = (),
                  strands: tuple[str, ...] = ()) -> int:
        """How many active items the filter leaves."""
        with self._db.session(readonly=True) as s:
            return int(s.execute(_pool_query(subject, grades, strands)).scalar_one())

    # ------------------------------------------------------------------ reads
    def list_exams(self, class_id: int | None = None) -> list[ExamSummary]:
        """Exams (of one class or all visible), newest first."""
        with self._db.session(readonly=True) as s:
            q = _summary_select().order_by(Exam.created_at.desc(), Exam.id.desc())
            if class_id is not None:
                q = q.where(Exam.class_id == class_id)
            return [_summary_from(row) for row in s.execute(q).all()]

    def get_exam(self, exam_id: int) -> ExamSummary:
        with self._db.session(readonly=True) as s:
            return self._summary(s, _require_exam(s, exam_id))

    def server_now(self) -> datetime:
        """The database server's clock (the proctor console measures ages against it)."""
        with self._db.session(readonly=True) as s:
            return s.execute(text("SELECT now()")).scalar_one()

    # ------------------------------------------------------------------ writes
    def create_exam(self, draft: ExamDraft) -> ExamSummary:
        """Validate and create; the creator and the full design are audited."""
        with self._db.session() as s:
            cls = s.get(Classroom, draft.class_id)
            if cls is None:
                raise NotFound("This class does not exist or you cannot see it.")
            _check_subject(s, cls.organization_id, draft.subject)
            validate_draft(draft, self._pool(s, draft))
            exam = Exam(class_id=draft.class_id, created_by=self._db.identity.user_id)
            self._apply(exam, draft)
            s.add(exam)
            s.flush()
            if draft.quit_password:                 # a new exam has none to clear
                self._store_quit_password(s, exam.id, draft.quit_password)
            audit.record(s, self._db.identity, "exam.create", "exam", exam.id,
                         organization_id=cls.organization_id,
                         details={"title": exam.title, "class_id": exam.class_id,
                                  "cat_config": exam.cat_config, "item_filter": exam.item_filter})
            return self._summary(s, exam)

    def update_exam(self, exam_id: int, draft: ExamDraft, expected_version: int) -> ExamSummary:
        """Edit an exam. Once sessions exist, the subject, pool and CAT design are frozen."""
        with self._db.session() as s:
            exam = _require_exam(s, exam_id, lock=True)
            _check_version(exam, expected_version)
            if draft.class_id != exam.class_id:
                raise ValidationError("An exam cannot move to another class.", field="class_id")
            validate_draft(draft, self._pool(s, draft))
            if draft.subject != exam.subject:
                org = s.scalar(select(Classroom.organization_id).where(Classroom.id == exam.class_id))
                _check_subject(s, org, draft.subject)
            started = _count_sessions(s, exam_id) > 0
            design_changed = (draft.subject != exam.subject or draft.item_filter != exam.item_filter
                              or draft.cat_config.to_dict() != config_from_dict(exam.cat_config).to_dict())
            if started and design_changed:
                raise ValidationError("Students have already started this exam; its subject, item "
                                      "pool and CAT settings can no longer change.",
                                      field="cat_config")
            self._apply(exam, draft)
            exam.version += 1
            self._store_quit_password(s, exam.id, draft.quit_password)
            audit.record(s, self._db.identity, "exam.update", "exam", exam.id,
                         details={"title": exam.title, "cat_config": exam.cat_config})
            return self._summary(s, exam)

    def set_open(self, exam_id: int, is_open: bool, expected_version: int) -> ExamSummary:
        """Close an exam (no new starts or resumes) or reopen it."""
        with self._db.session() as s:
            exam = _require_exam(s, exam_id, lock=True)
            _check_version(exam, expected_version)
            exam.is_open = is_open
            exam.version += 1
            audit.record(s, self._db.identity, "exam.open" if is_open else "exam.close", "exam",
                         exam.id)
            return self._summary(s, exam)

    def close_exam(self, exam_id: int, expected_version: int) -> ExamSummary:
        return self.set_open(exam_id, False, expected_version)

    # ------------------------------------------------------------------ helpers
    def _pool(self, s: Session, draft: ExamDraft) -> int:
        return int(s.execute(_pool_query(draft.subject, draft.grades, draft.strands)).scalar_one())

    @staticmethod
    def _apply(exam: Exam, d: ExamDraft) -> None:
        exam.title, exam.subject, exam.exam_type = d.title.strip(), d.subject.strip(), d.exam_type
        exam.cat_config = d.cat_config.to_dict()
        exam.item_filter = d.item_filter
        exam.opens_at, exam.closes_at = d.opens_at, d.closes_at
        exam.show_result, exam.confirm_answers = d.show_result, d.confirm_answers
        exam.resume_days = d.resume_days

    @staticmethod
    def _store_quit_password(s: Session, exam_id: int, password: str | None) -> None:
        """Store salt + sha256(argon2id proof) on the server (the plain password stays here);
        the server checks the students' quit attempts itself (exam.kiosk_quit)."""
        if password is None:
            return
        salt, verifier = passwords.hash_for_storage(password) if password else (None, None)
        s.execute(text("SELECT exam.set_kiosk_quit_password(:e, :s, :v)"),
                  {"e": exam_id, "s": salt, "v": verifier})

    @staticmethod
    def _summary(s: Session, e: Exam) -> ExamSummary:
        s.flush()
        return _summary_from(s.execute(_summary_select().where(Exam.id == e.id)).one())


#: the proctor-set quit password's flag (a server-only table: no ORM model)
_KIOSK = table("exam_kiosk_settings", column("exam_id"), column("has_password"))


def _summary_select() -> Any:
    """Exams with their class name, started/finished counts and whether a quit password is set:
    one statement for the whole list (the exams screen refreshes it on a timer)."""
    n_all = (select(func.count()).select_from(ExamSession).where(ExamSession.exam_id == Exam.id)
             .correlate(Exam).scalar_subquery())
    n_done = (select(func.count()).select_from(ExamSession)
              .where(ExamSession.exam_id == Exam.id,
                     ExamSession.status.in_(("completed", "terminated")))
              .correlate(Exam).scalar_subquery())
    cls_name = select(Classroom.name).where(Classroom.id == Exam.class_id).correlate(Exam).scalar_subquery()
    has_pw = (select(_KIOSK.c.has_password).where(_KIOSK.c.exam_id == Exam.id).correlate(Exam)
              .scalar_subquery())
    return select(Exam, cls_name, n_all, n_done, has_pw)


def _summary_from(row: Any) -> ExamSummary:
    e, cls_name, n_all, n_done, has_pw = row
    return ExamSummary(
        id=e.id, class_id=e.class_id, class_name=cls_name or "", title=e.title, subject=e.subject,
        exam_type=e.exam_type, cat_config=config_from_dict(e.cat_config),
        item_filter=dict(e.item_filter or {}), opens_at=e.opens_at, closes_at=e.closes_at,
        show_result=e.show_result, confirm_answers=e.confirm_answers,
        resume_days=e.resume_days, is_open=e.is_open, version=e.version,
        n_sessions=int(n_all or 0), n_finished=int(n_done or 0), has_quit_password=bool(has_pw))


def _require_exam(s: Session, exam_id: int, *, lock: bool = False) -> Exam:
    q = select(Exam).where(Exam.id == exam_id)
    if lock:
        q = q.with_for_update()
    exam = s.scalars(q).first()
    if exam is None:
        raise NotFound("This exam does not exist or you cannot see it.")
    return exam


def _check_version(exam: Exam, expected_version: int) -> None:
    if exam.version != expected_version:
        raise Conflict()


def _count_sessions(s: Session, exam_id: int) -> int:
    return int(s.execute(select(func.count()).select_from(ExamSession)
                         .where(ExamSession.exam_id == exam_id)).scalar_one())
