"""Fuzzing fixtures: a small school, database fingerprints and the catalogue of bad values.

``unchanged(db_url)`` is a context manager asserting that every table's row count and
content hash are the same after the block (the same fingerprint the backup check uses).
"""
from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "backup_restore_check.py"
_spec = importlib.util.spec_from_file_location("backup_restore_check", _SCRIPT)
assert _spec and _spec.loader
backup_check = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("backup_restore_check", backup_check)
_spec.loader.exec_module(backup_check)

settings.register_profile(
    "fuzz", derandomize=True, max_examples=15, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FUZZ = settings.get_profile("fuzz")

NUL = "Kim\x00Minsu"
HUGE = "가" * 1_000_000
SQL_META = ("'; DROP TABLE users; --", "Robert'); DELETE FROM students;--", "%", "_", "\\",
            "$$ SELECT 1 $$", "\"quoted\"", "1 OR 1=1", "'; SELECT pg_sleep(10); --")
# values of the wrong type for a text parameter
WRONG_TYPES: tuple[object, ...] = (123, 4.5, float("nan"), b"bytes", ["list"], {"k": "v"}, object())
# impossible numbers for an id / count parameter
BAD_IDS: tuple[object, ...] = (-1, 0, 2**31, 2**63, -(2**63) - 1, 10**30)
WRONG_ID_TYPES: tuple[object, ...] = ("1; DROP TABLE users", "abc", 1.5, None, b"1", [1], float("inf"))

bad_text = st.one_of(
    st.sampled_from([NUL, HUGE, "", "   ", "\t\n", "\u200b", "\ufeff"]),
    st.text(min_size=1, max_size=20).map(lambda t: t + "\x00"),
    st.integers(min_value=301, max_value=5000).map(lambda n: "x" * n),  # over every text limit
)
wrong_type = st.sampled_from(WRONG_TYPES)
bad_id = st.one_of(st.sampled_from(BAD_IDS), st.integers(min_value=10**6, max_value=2**31 - 1),
                   st.integers(max_value=-1))


def fingerprint(url: str) -> dict[str, object]:
    return backup_check.table_fingerprints(url)


@contextmanager
def unchanged(url: str) -> Iterator[None]:
    before = fingerprint(url)
    yield
    after = fingerprint(url)
    changed = sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t))
    assert not changed, f"tables changed by a refused call: {changed}"


def refused(db_url: str, call: Callable[[], object]) -> DomainError:
    """``call`` must raise a DomainError with a message and leave every table as it was."""
    with unchanged(db_url):
        with pytest.raises(DomainError) as info:
            call()
    assert str(info.value).strip(), "a DomainError needs a message a teacher can read"
    assert "Traceback" not in str(info.value)
    return info.value


@dataclass(frozen=True)
class School:
    """Ids of the fixture school."""

    org_id: int
    org_version: int
    teacher_user_id: int
    teacher_id: int
    class_id: int
    student_user_ids: tuple[int, ...]
    student_ids: tuple[int, ...]


@pytest.fixture
def school(owner_db: Database) -> School:
    org = OrganizationService(owner_db).create("퍼즈 고등학교")
    people = PeopleService(owner_db)
    teacher = people.create_teacher("teacher@fuzz.kr", "김선생", subject="math", organization_id=org.id)
    cls = ClassService(owner_db).create("1-1", 1, school_year=2026, subject="math",
                                        teacher_id=teacher.teacher_id, organization_id=org.id)
    students = [people.create_student(f"s{i}@fuzz.kr", f"학생{i}", 1, student_number=f"{i:05d}",
                                      organization_id=org.id) for i in range(3)]
    return School(org.id, OrganizationService(owner_db).get(org.id).version, teacher.id,
                  int(teacher.teacher_id or 0), cls.id, tuple(s.id for s in students),
                  tuple(int(s.student_id or 0) for s in students))
