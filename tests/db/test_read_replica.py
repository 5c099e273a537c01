"""The read-only copy for statistics and reports (``DREAMSEED_READONLY_URL``) never costs a
wrong or failed screen: writes, an unreachable copy and a sign-in the copy does not know yet all
go to the primary. Here the "copy" is a second address of the test database (or one that does
not answer); tests/reliability/test_district_server.py runs the same against a real streaming
replica of Debian's PostgreSQL."""
from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from sqlalchemy import event, text

from dreamseed_desktop.bootstrap import build_services, open_read_replica
from dreamseed_desktop.config.settings import ENV_READONLY_URL, Settings, resolve_readonly_url
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import STAFF_ROLE, client_url
from dreamseed_desktop.services.core.replica import ReadReplica
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.stats.statistics import StatisticsService
from tests.fixtures.school import School
from tests.fixtures.sittings import store_sitting
from tests.reliability.harness.pgcluster import free_port


def test_readonly_url_from_environment_then_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_READONLY_URL, raising=False)
    assert resolve_readonly_url(Settings()) is None
    assert resolve_readonly_url(Settings(readonly_database_url="postgresql://s@replica/d")) == "postgresql://s@replica/d"
    monkeypatch.setenv(ENV_READONLY_URL, "postgresql://s@copy/d")
    assert resolve_readonly_url(Settings(readonly_database_url="postgresql://s@replica/d")) == "postgresql://s@copy/d"


def test_reads_go_to_the_copy_and_writes_to_the_primary(
        school: School, connect_as: Callable[..., Database], client_engine_url: str, owner_db: Database) -> None:
    store_sitting(owner_db, school.students["student1"], school.classes["8A"], when="2026-11-02 10:00+09",
                  answers=[(school.items[0], True, 4000), (school.items[1], False, 5000)], theta=0.4)
    primary = connect_as("teacher1")
    replica = open_read_replica(client_url(client_engine_url, role=STAFF_ROLE), primary)
    try:
        services = build_services(primary, reports_db=replica)
        assert services.statistics._db is replica and services.people._db is primary
        with replica.session(readonly=True) as s:
            assert s.get_bind() is replica.engine
            assert s.execute(text("SELECT (SELECT auth.current_user_id())")).scalar_one() == school.users["teacher1"]
        with replica.session() as s:                               # may write: the primary
            assert s.get_bind() is primary.engine
        klass = school.classes["8A"]
        stats = services.statistics.class_exam_stats(klass)
        assert stats == StatisticsService(primary).class_exam_stats(klass) and stats.total_exams == 1
        # the identity is the primary's, also after it signs in again
        primary.identity = connect_as("teacher2").identity
        assert replica.identity is primary.identity
    finally:
        replica.engine.dispose()


def test_an_unreachable_copy_costs_one_attempt_then_reads_go_to_the_primary(
        school: School, connect_as: Callable[..., Database]) -> None:
    primary = connect_as("teacher1")
    nowhere = f"postgresql://dreamseed_staff:dreamseed-staff@127.0.0.1:{free_port()}/dreamseed"
    replica = ReadReplica(make_engine(nowhere, pool_size=1), primary)
    attempts = []
    event.listen(replica.engine, "do_connect", lambda *a: attempts.append(1))
    try:
        klass = school.classes["8A"]
        expected = StatisticsService(primary).class_exam_stats(klass)
        assert StatisticsService(replica).class_exam_stats(klass) == expected
        tried = len(attempts)
        assert tried >= 1
        assert StatisticsService(replica).class_exam_stats(klass) == expected
        assert len(attempts) == tried                              # not tried again at once
    finally:
        replica.engine.dispose()


def test_a_sign_in_the_copy_does_not_know_reads_from_the_primary(
        school: School, connect_as: Callable[..., Database], pg_server: object, template_db: str) -> None:
    """A copy that lags: another database where the teacher's token means nobody."""
    from tests.conftest import create_database_from_template, drop_database

    primary = connect_as("teacher1")
    name = f"t_lagging_copy_{os.getpid()}"
    lagging = create_database_from_template(pg_server, template_db, name)   # type: ignore[arg-type]
    replica = open_read_replica(client_url(lagging, role=STAFF_ROLE), primary)
    try:
        klass = school.classes["8A"]
        stats = StatisticsService(replica).class_exam_stats(klass)
        assert stats == StatisticsService(primary).class_exam_stats(klass)
        with replica.session(readonly=True) as s:
            assert s.get_bind() is primary.engine
    finally:
        replica.engine.dispose()
        drop_database(pg_server, name)   # type: ignore[arg-type]
