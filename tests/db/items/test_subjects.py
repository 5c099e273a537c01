"""The school's subjects and strands (영역): standard list, admin changes, row-level security,
bad input, and the migration of existing subject values (revision 0018)."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.db.migrate import downgrade, upgrade
from dreamseed_desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from dreamseed_desktop.services.items.subjects import SubjectCatalog, SubjectService
from tests.fixtures.school import School

STANDARD = ["korean", "math", "english", "social", "science", "history", "ethics", "tech_home",
            "informatics", "music", "art", "pe", "second_language"]


def test_every_school_starts_with_the_korean_curriculum(two_schools: School, connect_as) -> None:
    catalog = SubjectService(connect_as("teacher1")).catalog()
    assert [s.code for s in catalog.active()] == STANDARD
    assert catalog.subject_name("math", "ko") == "수학"
    assert catalog.subject_name("math", "en") == "Mathematics"
    assert [s.name_ko for s in catalog.active()][:5] == ["국어", "수학", "영어", "사회", "과학"]
    assert [st.name_ko for st in catalog.get("math").strands] == ["대수", "함수", "기하", "확률과 통계"]
    assert catalog.strand_name("english", "reading", "ko") == "읽기"
    # unknown codes show as themselves; a name or code in any case resolves to the code
    assert catalog.subject_name("physics", "ko") == "physics"
    assert catalog.strand_name("math", "topology", "ko") == "topology"
    assert [catalog.resolve(t) for t in ("수학", " Mathematics ", "MATH", "영어", "물리", "")] == \
        ["math", "math", "math", "english", None, None]
    assert catalog.resolve_strand("math", "확률과 통계") == "statistics"


def test_a_school_created_later_gets_the_list_too(two_schools: School, connect_as) -> None:
    from dreamseed_desktop.services.people.organizations import OrganizationService

    root = connect_as("root")
    org = OrganizationService(root).create("East High")
    assert [s.code for s in SubjectService(root).list(org.id)] == STANDARD


def test_admin_adds_renames_and_retires_subjects_and_strands(two_schools: School, connect_as, db_url: str) -> None:
    svc = SubjectService(connect_as("admin"))
    physics = svc.create(" Physics ", "물리학", "Physics")
    assert (physics.code, physics.organization_id, physics.active) == ("physics", two_schools.org, True)
    assert physics.sort_order > max(s.sort_order for s in svc.list() if s.code != "physics")
    mech = svc.create_strand(physics.id, "mechanics", "역학", "Mechanics")
    renamed = svc.update(physics.id, physics.version, name_ko="물리", active=False)
    assert (renamed.name_ko, renamed.active, renamed.code) == ("물리", False, "physics")
    assert [st.code for st in renamed.strands] == ["mechanics"]
    strand = svc.update_strand(mech.id, mech.version, name_en="Mechanics and energy")
    assert strand.name_en == "Mechanics and energy"
    catalog = svc.catalog()
    assert "physics" not in [s.code for s in catalog.active()]          # retired: not offered
    assert catalog.subject_name("physics", "ko") == "물리"                # but still named
    with psycopg.connect(db_url) as conn:
        actions = [a for (a,) in conn.execute(
            "SELECT action FROM audit_log WHERE action LIKE 'item.s%%' ORDER BY id").fetchall()]
    assert actions == ["item.subject_create", "item.strand_create", "item.subject_update",
                       "item.strand_update"]


def test_bad_input_is_refused_and_changes_nothing(two_schools: School, connect_as) -> None:
    svc = SubjectService(connect_as("admin"))
    before = svc.list()
    math = next(s for s in before if s.code == "math")
    for kwargs, field in ((dict(code="two words", name_ko="둘", name_en="Two"), "code"),
                          (dict(code="", name_ko="빈", name_en="Empty"), "code"),
                          (dict(code="math", name_ko="산수", name_en="Arithmetic"), "code"),
                          (dict(code="arith", name_ko="수학", name_en="Arithmetic"), "name_ko"),
                          (dict(code="arith", name_ko="  ", name_en="Arithmetic"), "name_ko"),
                          (dict(code="arith", name_ko="산수", name_en="x" * 51), "name_en"),
                          (dict(code="a" * 51, name_ko="산수", name_en="Arithmetic"), "code")):
        with pytest.raises(ValidationError) as err:
            svc.create(**kwargs)
        assert err.value.field == field, kwargs
    with pytest.raises(ValidationError):
        svc.update(math.id, math.version, name_ko="영어")                 # another subject's name
    with pytest.raises(ValidationError):
        svc.update(math.id, math.version, sort_order=-1)
    with pytest.raises(ValidationError):
        svc.create_strand(math.id, "algebra", "대수2", "Algebra 2")       # code already used
    with pytest.raises(NotFound):
        svc.update(10**6, 1, name_ko="없음")
    assert svc.list() == before


def test_only_the_schools_admins_change_its_lists(two_schools: School, connect_as, raw_client) -> None:
    north = SubjectService(connect_as("admin")).list()
    math = next(s for s in north if s.code == "math")
    with pytest.raises(PermissionDenied):
        SubjectService(connect_as("teacher1")).create("drama", "연극", "Drama")
    with pytest.raises(PermissionDenied):
        SubjectService(connect_as("student1")).update(math.id, math.version, name_ko="산수")
    # another school's admin neither sees nor changes North High's subjects
    south = SubjectService(connect_as("admin_b"))
    assert {s.organization_id for s in south.list()} == {two_schools.org_b}
    with pytest.raises(NotFound):
        south.update(math.id, math.version, name_ko="산수")
    with pytest.raises(NotFound):
        south.create_strand(math.id, "logic", "논리", "Logic")
    # a student reads their school's names (their results show them) but cannot write, even with SQL
    student = connect_as("student1")
    assert SubjectService(student).catalog().subject_name("math", "ko") == "수학"
    conn = raw_client(student.identity.token)
    for sql in ("INSERT INTO subjects (organization_id, code, name_ko, name_en) VALUES (%s, 'x', 'x', 'x')",
                "DELETE FROM subjects WHERE organization_id = %s",
                "UPDATE subjects SET code = 'x' WHERE organization_id = %s"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(sql, (two_schools.org,))
    # the name columns are granted (for admins); the policy leaves a student no row to change
    assert conn.execute("UPDATE subjects SET name_ko = 'x' WHERE organization_id = %s",
                        (two_schools.org,)).rowcount == 0
    assert SubjectService(connect_as("admin")).list() == north


def test_catalog_without_subjects_names_codes() -> None:
    empty = SubjectCatalog()
    assert empty.subject_name("math", "ko") == "math" and empty.active() == []
    assert empty.resolve("수학") is None and empty.subject_name(None, "ko") == ""


def test_migration_turns_names_into_codes_and_keeps_other_subjects(db_url: str) -> None:
    downgrade(db_url, "0017")
    with psycopg.connect(db_url, autocommit=True) as conn:
        q = conn.execute
        org = q("INSERT INTO organizations (name) VALUES ('서울고') RETURNING id").fetchone()[0]
        other = q("INSERT INTO organizations (name) VALUES ('부산고') RETURNING id").fetchone()[0]
        classes = {}
        for name, subject in (("수학반", "수학"), ("영어반", "English"), ("물리반", " Physics "), ("빈반", None)):
            classes[name] = q("INSERT INTO classes (organization_id, name, subject, grade, school_year) "
                              "VALUES (%s, %s, %s, 1, 2026) RETURNING id", (org, name, subject)).fetchone()[0]
        q("INSERT INTO exams (class_id, title, subject) VALUES (%s, '중간', '수학')", (classes["수학반"],))
        q("INSERT INTO items (code, subject, strand, stem, choices, organization_id) VALUES "
          "('i1', '수학', 'algebra', 'q', '[\"a\", \"b\"]', %s), "
          "('i2', 'math', 'probability', 'q', '[\"a\", \"b\"]', %s), "
          "('i3', 'physics', 'optics', 'q', '[\"a\", \"b\"]', %s)", (org, org, org))
    upgrade(db_url)
    with psycopg.connect(db_url) as conn:
        q = conn.execute
        cls = dict(q("SELECT name, subject FROM classes").fetchall())
        exam = q("SELECT subject FROM exams").fetchone()[0]
        items = dict(q("SELECT code, subject FROM items").fetchall())
        subjects = {(o, c): (ko, en) for o, c, ko, en in q(
            "SELECT organization_id, code, name_ko, name_en FROM subjects").fetchall()}
        strands = {(c, st): ko for c, st, ko in q(
            "SELECT sj.code, st.code, st.name_ko FROM strands st JOIN subjects sj ON sj.id = st.subject_id "
            "WHERE sj.organization_id = %s", (org,)).fetchall()}
        bands = {s for (s,) in q("SELECT DISTINCT subject FROM exam.bands").fetchall()}
    assert cls == {"수학반": "math", "영어반": "english", "물리반": "physics", "빈반": None}
    assert exam == "math" and items == {"i1": "math", "i2": "math", "i3": "physics"}
    assert subjects[(org, "math")] == ("수학", "Mathematics")
    assert subjects[(org, "physics")] == ("Physics", "Physics")          # named as written
    assert (other, "physics") not in subjects                             # only where it is used
    assert all((other, code) in subjects for code in STANDARD)
    assert strands[("math", "algebra")] == "대수" and strands[("math", "probability")] == "probability"
    assert strands[("physics", "optics")] == "optics"
    assert "수학" not in bands
