"""Bulk imports as the app runs them: 10,000 items and a 100,000-row roster, as the school's admin.

Run: ``python benchmarks/bench_imports.py [--items 10000 --roster 100000]`` (a private embedded
PostgreSQL; about two minutes; ``--roster 0`` imports the items only).

Ours: ``ItemCsvService.import_csv`` and ``RosterService.preview`` + ``commit`` through the staff
client role, signed in with a real password and token as the admin (row-level security, the
bands trigger and the content-version triggers all run), committed, timed end to end (parsing,
checks, writes). Peer measured in the same run: PostgreSQL's own bulk tool on the same rows —
the owner's ``COPY`` into the same tables (triggers on, no row-level security, no checks),
rolled back, run first so both start from an empty subject and school. Results: ours are
counted in the database after the commit. Targets (issue 14): 10,000 items <= 3 s; 100,000
roster rows <= 20 s. The roster is timed without initial passwords; their cost per student
(argon2id, one per new student, deliberately slow) is printed beside it.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._server import embedded_server
from benchmarks._signin import give_password, signed_in
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.services.classes.roster_csv import RosterService
from dreamseed_desktop.services.core.passwords import hash_for_storage
from dreamseed_desktop.services.items.csv_io import ItemCsvService
from tests.fixtures.school import seed_roster

HEADER = "code,subject,grade,strand,model,a,b,c,stem,choice_1,choice_2,choice_3,choice_4,key\n"


def item_rows(n: int, prefix: str) -> list[tuple]:
    return [(f"{prefix}-{k:06d}", "math", 1 + k % 3, f"strand {k % 4}", "3PL", 0.5 + (k % 17) / 10,
             (k % 61 - 30) / 10, (k % 5) / 20, f"문항 {k}: 다음 중 옳은 것은?", 1 + k % 4) for k in range(n)]


def items_csv(rows: list[tuple]) -> str:
    out = io.StringIO()
    out.write(HEADER)
    for code, subject, grade, strand, model, a, b, c, stem, key in rows:
        out.write(f"{code},{subject},{grade},{strand},{model},{a},{b},{c},{stem},1,2,3,4,{key}\n")
    return out.getvalue()


def copy_items_peer(url: str, rows: list[tuple], org: int) -> float:
    """The owner's COPY of the same items, keys and first history rows; rolled back."""
    with psycopg.connect(url) as conn:
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            with cur.copy("COPY items (code, subject, grade, strand, model, a, b, c, stem, choices, "
                          "organization_id) FROM STDIN") as cp:
                for code, subject, grade, strand, model, a, b, c, stem, _ in rows:
                    cp.write_row((code, subject, grade, strand, model, a, b, c, stem,
                                  '["1", "2", "3", "4"]', org))
            cur.execute("CREATE TEMP TABLE k (code text, key int) ON COMMIT DROP")
            with cur.copy("COPY k FROM STDIN") as cp:
                for r in rows:
                    cp.write_row((r[0], r[-1]))
            cur.execute("INSERT INTO item_keys (item_id, correct_choice) "
                        "SELECT i.id, k.key FROM k JOIN items i ON i.code = k.code")
            cur.execute("INSERT INTO item_param_history (item_id, bank_version, model, a, b, c, source) "
                        "SELECT i.id, 1, i.model, i.a, i.b, i.c, 'import' FROM k JOIN items i ON i.code = k.code")
        elapsed = time.perf_counter() - t0
        conn.rollback()
    return elapsed


def roster_csv(n: int) -> bytes:
    lines = ["이름,이메일,학번,학년"] + [f"학생{k},r{k}@school.kr,R{k:06d},{1 + k % 3}" for k in range(n)]
    return ("\n".join(lines) + "\n").encode()


def copy_roster_peer(url: str, n: int, org: int) -> float:
    with psycopg.connect(url) as conn:
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            with cur.copy("COPY users (organization_id, email, role, name) FROM STDIN") as cp:
                for k in range(n):
                    cp.write_row((org, f"p{k}@school.kr", "student", f"학생{k}"))
            cur.execute("INSERT INTO students (user_id, organization_id, grade, student_number) "
                        "SELECT id, organization_id, 1 + id % 3, 'P' || id FROM users WHERE email LIKE 'p%%@school.kr'")
        elapsed = time.perf_counter() - t0
        conn.rollback()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--roster", type=int, default=100_000)
    args = parser.parse_args()
    print("load average before the run: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with embedded_server("ds-bench-imports-") as server:
        server.ensure_database("bench")
        url = server.url("bench")
        upgrade(url)
        school = seed_roster(url)
        give_password(url, [school.admin_id])
        admin = signed_in(url, school.admin_email)

        rows = item_rows(args.items, "IT")
        peer = copy_items_peer(url, item_rows(args.items, "PE"), school.org_id)
        data = items_csv(rows)
        t0 = time.perf_counter()
        result = ItemCsvService(admin).import_csv(data)
        ours = time.perf_counter() - t0
        with psycopg.connect(url) as conn:
            stored = conn.execute("SELECT count(*), count(k.item_id) FROM items i "
                                  "LEFT JOIN item_keys k ON k.item_id = i.id WHERE i.code LIKE 'IT-%%'").fetchone()
        print(f"{args.items:,} items as the admin: ours {ours:.2f} s (target <= 3 s), owner COPY peer "
              f"{peer:.2f} s -> {ours / peer:.2f}x; created {len(result.created):,}, stored items/keys {stored}")

        if args.roster <= 0:                   # --roster 0: the items only
            admin.engine.dispose()
            return
        data = roster_csv(args.roster)
        peer = copy_roster_peer(url, args.roster, school.org_id)
        roster = RosterService(admin)
        t0 = time.perf_counter()
        plan = roster.preview(data)
        t1 = time.perf_counter()
        done = roster.commit(plan, initial_passwords=False)
        t2 = time.perf_counter()
        with psycopg.connect(url) as conn:
            stored = conn.execute("SELECT count(*) FROM users u JOIN students s ON s.user_id = u.id "
                                  "WHERE u.email LIKE 'r%%@school.kr'").fetchone()[0]
        print(f"{args.roster:,}-row roster as the admin: preview {t1 - t0:.2f} s + commit {t2 - t1:.2f} s = "
              f"{t2 - t0:.2f} s (target <= 20 s), owner COPY peer {peer:.2f} s -> {(t2 - t0) / peer:.1f}x; "
              f"created {done.created:,}, stored {stored:,}, per-row report: {len(plan.to_create):,} rows planned")
        t0 = time.perf_counter()
        for _ in range(5):
            hash_for_storage("initial password 1")
        per = (time.perf_counter() - t0) / 5
        print(f"initial passwords (argon2id): {per * 1000:.0f} ms per new student, i.e. "
              f"{per * args.roster / 60:.0f} min for {args.roster:,} students")
        admin.engine.dispose()


if __name__ == "__main__":
    main()
