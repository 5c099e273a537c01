"""Benchmarks sign in as the app does: the client role, a real password, a real token.

``give_password(owner_url, user_ids)`` stores one argon2id-derived credential for the given users
(seeding runs as the owner); ``signed_in(owner_url, email)`` returns a :class:`Database` on a client
login role after ``AuthService.login`` — row-level security applies to every statement it runs.
``owner(owner_url)`` is the superuser reference that bypasses row-level security: a figure for it
may stand beside a client figure, never alone.
"""
from __future__ import annotations

import functools
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import psycopg

from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.roles import STAFF_ROLE, client_url, database_privileges_sql
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.uow import Database

PASSWORD = "bench password 1"


@functools.lru_cache(maxsize=1)
def _salt_hash() -> tuple[str, str]:
    return passwords.hash_for_storage(PASSWORD)


def give_password(owner_url: str, user_ids: Sequence[int]) -> None:
    salt, hashed = _salt_hash()
    with psycopg.connect(owner_url, autocommit=True) as conn:
        conn.execute(database_privileges_sql())
        for uid in user_ids:
            conn.execute("SELECT auth.set_credentials(%s, %s, %s)", (uid, salt, hashed))


def signed_in(owner_url: str, email: str, *, role: str = STAFF_ROLE, **engine_kw: Any) -> Database:
    """Signed in as ``email`` on the client login role ``role`` (students: ``dreamseed_student``)."""
    db = Database(make_engine(client_url(owner_url, role=role), **engine_kw))
    AuthService(db).login(email, PASSWORD)
    return db


def owner(owner_url: str) -> Database:
    return Database(make_engine(owner_url))


def paired(fns: dict[str, Callable[[Any], object]], ids: Sequence[Any],
           repeat: int = 15) -> dict[str, float]:
    """Median ms of each function, called in turn on the same id (after one warm-up each), so a
    busy machine slows them alike."""
    for fn in fns.values():
        fn(ids[-1])
    samples: dict[str, list[float]] = {k: [] for k in fns}
    for k in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn(ids[k % len(ids)])
            samples[name].append((time.perf_counter() - start) * 1000)
    return {k: statistics.median(v) for k, v in samples.items()}


def explain_as(db: Database, sql: str, params: dict[str, Any]) -> list[str]:
    """EXPLAIN (ANALYZE, BUFFERS) of ``sql`` in a transaction of ``db`` (its token set first), so
    a client Database shows the plan with its row-level security policies."""
    from sqlalchemy import text

    with db.session(readonly=True) as s:
        return [r[0] for r in s.execute(text(f"EXPLAIN (ANALYZE, BUFFERS) {sql}"), params)]


def same(a: Any, b: Any, rel: float = 1e-9) -> bool:
    """Equal results, floats within ``rel`` (two plans may sum the same values in a different
    order); dataclasses, tuples, lists and dicts are compared field by field."""
    import dataclasses
    import math

    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=rel, abs_tol=1e-12) or (math.isnan(a) and math.isnan(b))
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return type(a) is type(b) and all(same(getattr(a, f.name), getattr(b, f.name), rel)
                                          for f in dataclasses.fields(a))
    if isinstance(a, (tuple, list)):
        return isinstance(b, (tuple, list)) and len(a) == len(b) and all(
            same(x, y, rel) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k], rel) for k in a)
    return bool(a == b)
