"""학년 as schools count them: levels, 반, 번호, the school's 학번 format, and the migration of
grades counted 1-12 (revision 0015)."""
from __future__ import annotations

import psycopg
import pytest

from dreamseed_desktop.db.migrate import downgrade, upgrade
from dreamseed_desktop.services.core.errors import ValidationError
from dreamseed_desktop.services.core.school import format_student_number
from tests.fixtures.people import School, Services

HEADER = "이름,이메일,학년,반,번호\n"


def test_number_format() -> None:
    assert format_student_number("GCCNN", grade=1, class_no=1, seat_no=1, school_year=2026) == "10101"
    assert format_student_number("GCCNNN", grade=3, class_no=12, seat_no=7, school_year=2026) == "312007"
    assert format_student_number("YYYYGCCNN", grade=2, class_no=3, seat_no=25,
                                 school_year=2026) == "202620325"
    assert format_student_number("GCCNN", grade=1, class_no=None, seat_no=1, school_year=2026) is None
    with pytest.raises(ValidationError, match="does not fit"):
        format_student_number("GCNN", grade=1, class_no=12, seat_no=1, school_year=2026)


def test_student_gets_the_schools_number(svc: Services, school: School) -> None:
    made = svc.people.create_student("ban@seoul.kr", "반학생", 1, class_no=3, seat_no=7,
                                     organization_id=school.org.id)
    assert (made.grade, made.class_no, made.seat_no, made.student_number) == (1, 3, 7, "10307")
    svc.orgs.update(school.org.id, svc.orgs.get(school.org.id).version, student_number_format="GCCNNN")
    other = svc.people.create_student("ban2@seoul.kr", "반학생2", 2, class_no=1, seat_no=12,
                                      organization_id=school.org.id)
    assert other.student_number == "201012"
    # a high school has 학년 1-3: 4학년 is refused and nothing is saved
    with pytest.raises(ValidationError, match="grades 1 to 3"):
        svc.people.create_student("four@seoul.kr", "사학년", 4, organization_id=school.org.id)
    with pytest.raises(ValidationError, match="between 1 and 6"):
        svc.people.create_student("ten@seoul.kr", "십학년", 10, organization_id=school.org.id)
    with pytest.raises(ValidationError, match="class number"):
        svc.people.create_student("c@seoul.kr", "반없음", 1, class_no=100, organization_id=school.org.id)
    assert svc.people.list(search="@seoul.kr", organization_id=school.org.id).total == \
        len(school.students) + 3


def test_elementary_school_has_six_grades(svc: Services) -> None:
    org = svc.orgs.create("서울초등학교", school_level="elementary")
    pupil = svc.people.create_student("six@cho.kr", "육학년", 6, class_no=2, seat_no=3,
                                      organization_id=org.id)
    assert pupil.student_number == "60203"
    with pytest.raises(ValidationError, match="grades 1 to 3|above grade 3"):
        svc.orgs.update(org.id, svc.orgs.get(org.id).version, school_level="middle")
    with pytest.raises(ValidationError, match="학번 format"):
        svc.orgs.update(org.id, svc.orgs.get(org.id).version, student_number_format="GC")
    assert svc.orgs.get(org.id).school_level == "elementary"


def test_roster_with_ban_and_beonho(svc: Services, school: School) -> None:
    # 학년 "1" stays 1학년 (no more grade 10); 반 and 번호 make the 학번; a 반 without a
    # homeroom class is recorded on the student without an error
    data = (HEADER + "가학생,ga@seoul.kr,1,1,1\n나학생,na@seoul.kr,1,2반,15\n").encode()
    plan = svc.roster.preview(data, organization_id=school.org.id)
    assert plan.ok, plan.errors
    svc.roster.commit(plan)
    ga, na = svc.people.get_by_email("ga@seoul.kr"), svc.people.get_by_email("na@seoul.kr")
    assert (ga.grade, ga.class_no, ga.seat_no, ga.student_number) == (1, 1, 1, "10101")
    assert (na.grade, na.class_no, na.seat_no, na.student_number) == (1, 2, 15, "10215")
    # a homeroom class (1학년 2반) receives the students of its 반
    home = svc.classes.create("1학년 2반", 1, class_no=2, school_year=2026, organization_id=school.org.id)
    plan = svc.roster.preview((HEADER + "다학생,da@seoul.kr,1,2,16\n").encode(),
                              organization_id=school.org.id)
    assert [e.class_id for e in plan.enrollments] == [home.id]
    # 4학년 in a high school, a 학번 (made from 반/번호) that 가학생 has, and one made twice
    # in the file are row errors
    bad = svc.roster.preview((HEADER + "라학생,ra@seoul.kr,4,1,1\n마학생,ma@seoul.kr,1,1,1\n"
                              "바학생,ba@seoul.kr,1,3,1\n사학생,sa@seoul.kr,1,3,1\n").encode(),
                             organization_id=school.org.id)
    assert sorted((e.row, e.field) for e in bad.errors) == [
        (2, "grade"), (3, "student_number"), (5, "student_number")]
    assert "ga@seoul.kr" in next(e.message for e in bad.errors if e.row == 3)
    # the export keeps 반 and 번호 and imports back unchanged
    exported = svc.roster.export_organization(school.org.id)
    again = svc.roster.preview(exported, organization_id=school.org.id)
    assert again.ok and not again.to_create and not again.to_update


def test_migration_moves_grades_to_the_schools_count(db_url: str) -> None:
    downgrade(db_url, "0014")
    with psycopg.connect(db_url, autocommit=True) as conn:
        orgs = {}
        for name in ("고등", "중등", "초등", "빈학교"):
            orgs[name] = conn.execute("INSERT INTO organizations (name) VALUES (%s) RETURNING id",
                                      (name,)).fetchone()[0]
        n = 0
        for org, grades in ((orgs["고등"], (10, 11, 12)), (orgs["중등"], (7, 9)), (orgs["초등"], (1, 6))):
            for grade in grades:
                n += 1
                uid = conn.execute("INSERT INTO users (organization_id, email, role, name) "
                                   "VALUES (%s, %s, 'student', '학생') RETURNING id",
                                   (org, f"m{n}@x.kr")).fetchone()[0]
                conn.execute("INSERT INTO students (user_id, organization_id, grade, student_number) "
                             "VALUES (%s, %s, %s, %s)", (uid, org, grade, f"{n:05d}"))
        conn.execute("INSERT INTO classes (organization_id, name, grade, school_year) "
                     "VALUES (%s, '3학년', 12, 2026)", (orgs["고등"],))
    upgrade(db_url)
    with psycopg.connect(db_url) as conn:
        levels = dict(conn.execute("SELECT name, school_level FROM organizations").fetchall())
        grades = sorted(conn.execute("SELECT o.name, s.grade, s.student_number FROM students s "
                                     "JOIN organizations o ON o.id = s.organization_id").fetchall())
        klass = conn.execute("SELECT grade FROM classes").fetchone()[0]
    assert levels == {"고등": "high", "중등": "middle", "초등": "elementary", "빈학교": "high"}
    assert grades == [("고등", 1, "00001"), ("고등", 2, "00002"), ("고등", 3, "00003"),
                      ("중등", 1, "00004"), ("중등", 3, "00005"), ("초등", 1, "00006"),
                      ("초등", 6, "00007")]
    assert klass == 3
    # and back: the downgrade restores the 1-12 count
    downgrade(db_url, "0014")
    with psycopg.connect(db_url) as conn:
        back = sorted(g for (g,) in conn.execute("SELECT grade FROM students").fetchall())
    assert back == [1, 6, 7, 9, 10, 11, 12]
    upgrade(db_url)


def test_roster_import_gives_students_initial_passwords(svc: Services, school: School, db_url: str,
                                                        client_engine_url: str) -> None:
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.roles import client_url
    from dreamseed_desktop.services.core.auth import AuthService
    from dreamseed_desktop.services.core.uow import Database

    data = (HEADER + "가학생,ga@seoul.kr,1,1,1\n나학생,na@seoul.kr,2,3,4\n").encode()
    result = svc.roster.commit(svc.roster.preview(data, organization_id=school.org.id))
    assert [(n, num, e) for n, num, e, _ in result.initial_passwords] == [
        ("가학생", "10101", "ga@seoul.kr"), ("나학생", "20304", "na@seoul.kr")]
    passwords = [p for *_, p in result.initial_passwords]
    assert len(set(passwords)) == 2 and all(len(p) == 11 for p in passwords)
    assert svc.people.get_by_email("ga@seoul.kr").has_password
    # the student signs in with 학번 and the printed password through the client role
    engine = make_engine(client_url(client_engine_url, role="dreamseed_student"))
    try:
        ident = AuthService(Database(engine)).login("20304", passwords[1], organization_id=school.org.id)
        assert ident.name == "나학생"
    finally:
        engine.dispose()
    # without initial passwords nobody gets one
    quiet = svc.roster.commit(svc.roster.preview((HEADER + "다학생,da@seoul.kr,1,1,2\n").encode(),
                                                 organization_id=school.org.id),
                              initial_passwords=False)
    assert quiet.initial_passwords == () and not svc.people.get_by_email("da@seoul.kr").has_password


