"""Item analysis, calibration, acceptance, simulation and reports through dreamseed_client with
real sign-ins, i.e. under row-level security (admin may, teacher may read but not recalibrate)."""
from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from dreamseed_desktop.cat import CatConfig
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import client_url, database_privileges_sql
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.psychometrics.service import CalibrationRequest, PsychometricsService
from dreamseed_desktop.services.stats.reports import ReportService
from tests.fixtures.simulated_school import build_school

PASSWORD = "correct horse 7"


@pytest.fixture
def signed_in(db_url, owner_db):
    school = build_school(owner_db, per_class=25)
    salt, hashed = passwords.hash_for_storage(PASSWORD)
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(database_privileges_sql())
        conn.execute("INSERT INTO users (organization_id, email, role, name) "
                     "VALUES (%s, 'admin@school.kr', 'admin', '관리자')", (school.org_id,))
        conn.execute("SELECT auth.set_credentials(id, %s, %s) FROM users "
                     "WHERE email IN ('admin@school.kr', 'teacher@school.kr')", (salt, hashed))
    engines = []

    def login(email: str) -> Database:
        engine = make_engine(client_url(db_url))
        engines.append(engine)
        db = Database(engine)
        AuthService(db).login(email, PASSWORD)
        return db

    yield school, login
    for engine in engines:
        engine.dispose()


@pytest.mark.slow
def test_admin_recalibrates_and_simulates_under_rls(signed_in, owner_db):
    school, login = signed_in
    admin = PsychometricsService(login("admin@school.kr"))
    analysis = admin.item_analysis("math", min_attempts=10)
    assert analysis.n_sessions == 75 * 3 and sum(r.n_attempts for r in analysis.rows) > 0
    run = admin.calibrate(CalibrationRequest(subject="math", model="2PL", min_responses=20,
                                             max_se_a=5.0, max_se_b=2.0))
    assert run.eligible
    accepted = admin.accept_calibration(run, [run.eligible[0].item_id])
    assert accepted.n_items == 1
    with owner_db.session() as s:
        rows = s.execute(text("SELECT bank_version, source FROM item_param_history WHERE item_id = :i "
                              "ORDER BY bank_version"), {"i": run.eligible[0].item_id}).all()
    assert [(r.bank_version, r.source) for r in rows] == [(1, "import"), (2, "calibration")]
    result = admin.what_if("math", CatConfig(max_items=10), n_examinees=50, seed=1)
    assert result.n_examinees == 50


@pytest.mark.slow
def test_teacher_reads_but_cannot_recalibrate(signed_in):
    school, login = signed_in
    db = login("teacher@school.kr")
    teacher = PsychometricsService(db)
    assert teacher.item_analysis("math", min_attempts=10).n_sessions > 0
    with pytest.raises(DomainError):
        teacher.calibrate(CalibrationRequest(subject="math"))
    report = ReportService(db).class_report(school.class_ids[0])
    assert report.stats.n_students == 25
