"""First run (issue 15): an empty database is set up from the app through the client role;
once any administrator exists the server refuses, whoever calls and however."""
from __future__ import annotations

import threading

import psycopg
import pytest

from dreamseed_desktop.db.roles import STAFF_ROLE
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from dreamseed_desktop.services.core.passwords import hash_for_storage
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.setup import SchoolSetup, SetupService
from tests.fixtures.school import School

SETUP = SchoolSetup(school_name="한빛중학교", school_level="middle", student_number_format="gccnn",
                    admin_name="김관리", admin_email="Admin@Hanbit.kr", password="hanbit admin 7")


def test_empty_database_is_set_up_once(connect_as, db_url: str) -> None:
    setup = SetupService(connect_as(None, role=STAFF_ROLE))
    assert setup.needs_setup()
    identity = setup.set_up(SETUP)
    assert (identity.role, identity.email, identity.name) == ("admin", "admin@hanbit.kr", "김관리")
    db = connect_as("admin@hanbit.kr", "hanbit admin 7")   # a fresh sign-in works too
    org = OrganizationService(db).get(identity.organization_id)
    assert (org.name, org.school_level, org.student_number_format) == ("한빛중학교", "middle", "GCCNN")
    assert not SetupService(connect_as(None)).needs_setup()   # a lab PC may ask
    with pytest.raises(Conflict):
        SetupService(connect_as(None, role=STAFF_ROLE)).set_up(SETUP)
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM organizations").fetchone()[0] == 1
        assert conn.execute("SELECT action FROM audit_log WHERE action = 'setup.first_run'").fetchall() \
            == [("setup.first_run",)]


def test_a_set_up_database_refuses_even_raw_calls(school: School, raw_client, connect_as) -> None:
    salt, digest = hash_for_storage("takeover pw 1")
    conn = raw_client(None, role=STAFF_ROLE)
    assert conn.execute("SELECT auth.needs_setup()").fetchone()[0] is False
    with pytest.raises(psycopg.DatabaseError) as err:
        conn.execute("SELECT auth.first_run_setup('X', 'high', 'GCCNN', 'evil@x.kr', 'Evil', "
                      "'takeover pw 1', %s, %s)", (salt, digest))
    assert err.value.sqlstate == "DS409"
    with pytest.raises(Conflict):
        SetupService(connect_as(None, role=STAFF_ROLE)).set_up(SETUP)
    with pytest.raises(PermissionDenied):     # the account was never created
        AuthService(connect_as(None)).login("evil@x.kr", "takeover pw 1")


def test_bad_values_change_nothing(connect_as, db_url: str) -> None:
    setup = SetupService(connect_as(None, role=STAFF_ROLE))
    for bad, field in ((SchoolSetup(**{**SETUP.__dict__, "password": "12345678"}), "password"),
                       (SchoolSetup(**{**SETUP.__dict__, "student_number_format": "GCC"}),
                        "student_number_format"),
                       (SchoolSetup(**{**SETUP.__dict__, "admin_email": "not-mail"}), "email"),
                       (SchoolSetup(**{**SETUP.__dict__, "school_level": "college"}), "school_level")):
        with pytest.raises(ValidationError) as err:
            setup.set_up(bad)
        assert err.value.field == field
    assert setup.needs_setup()


def test_two_pcs_racing_through_the_wizard(connect_as, db_url: str) -> None:
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def run(n: int) -> None:
        setup = SetupService(connect_as(None, role=STAFF_ROLE))
        values = SchoolSetup(**{**SETUP.__dict__, "school_name": f"학교{n}",
                                "admin_email": f"admin{n}@x.kr"})
        barrier.wait()
        try:
            setup.set_up(values)
            outcomes.append("ok")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "ok"]
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM users WHERE role = 'admin'").fetchone()[0] == 1


def test_a_lab_pc_cannot_claim_an_empty_database(connect_as, raw_client, db_url: str) -> None:
    """Issue 12 (revision 0028): before staff run the wizard, a student at a lab PC (the student
    login role, no token needed) cannot make themselves the first administrator."""
    salt, digest = hash_for_storage("takeover pw 1")
    lab = raw_client(None)
    assert lab.execute("SELECT auth.needs_setup()").fetchone()[0] is True     # asking is fine
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        lab.execute("SELECT auth.first_run_setup('X', 'high', 'GCCNN', 'evil@x.kr', 'Evil', "
                    "'takeover pw 1', %s, %s)", (salt, digest))
    with pytest.raises(PermissionDenied):
        SetupService(connect_as(None)).set_up(SETUP)
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0
    # legitimate path: the wizard on a staff PC
    assert SetupService(connect_as(None, role=STAFF_ROLE)).set_up(SETUP).role == "admin"
