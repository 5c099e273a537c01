"""One engine writes every session (issue 13): only the exam API's SQL writes exam_sessions and
attempts.

The package (services, CLI, GUI, demo seeder …) must not insert, update, delete or copy rows of
those tables (SQL text or SQLAlchemy ``insert/update/delete`` of the models, or building model
objects to ``add`` them); in the migrations, a write must sit inside a function of the ``exam``
schema (the exam API and its definer workers) or one of the few named others below, each with
its reason. The scanner is shown to find each kind of write in a bad snippet first.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TABLES = r"(?:public\.)?(?:exam_sessions|attempts)\b"
SQL_WRITE = re.compile(rf"\b(?:INSERT\s+INTO|UPDATE(?:\s+ONLY)?|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|COPY)\s+{TABLES}",
                       re.IGNORECASE)
ORM_WRITE = re.compile(r"\b(?:insert|update|delete)\(\s*(?:ExamSession|Attempt)\b|\b(?:ExamSession|Attempt)\(")
DEFINITION = re.compile(r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|PROCEDURE)\s+([\w.]+)\s*\(", re.IGNORECASE)
DOLLAR = re.compile(r"\$(\w*)\$")

# writers outside the exam schema, each with why it is not a second engine
ALLOWED_FUNCTIONS = {
    # keeps n_answered / n_correct of a session equal to its attempts (fires on the exam API's writes)
    "public.exam_session_counts_apply",
    # copy the row-level-security scope columns (organization, class) when a session or student
    # moves; no result is written
    "public.exam_sessions_scope_follow", "public.students_scope_follow",
}
# one-off data migrations of a revision, each filling columns that revision adds (no result is
# re-scored): 0011 the RLS scope columns, 0012 the typed columns moved out of meta, 0021 the
# content version of the items answered so far; 0030's downgrade recounts the sessions' answers
# when pretest answers become ordinary answers again
ALLOWED_TOP_LEVEL = {"0011_rls_scope_columns.py", "0012_scores_exposure.py", "0021_item_content.py",
                     "0030_pretest_seeding.py"}


def _function_spans(sql: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every function/procedure body in ``sql``."""
    spans = []
    for m in DEFINITION.finditer(sql):
        opening = DOLLAR.search(sql, m.end())
        if opening is None:
            continue
        close = sql.find(opening.group(0), opening.end())
        spans.append((m.start(), close if close >= 0 else len(sql), m.group(1).lower()))
    return spans


def sql_writers(sql: str) -> list[str]:
    """Where ``sql`` writes the two tables: the enclosing function's name, or '<top level>'."""
    spans = _function_spans(sql)
    found = []
    for m in SQL_WRITE.finditer(sql):
        inside = [name for start, end, name in spans if start <= m.start() <= end]
        found.append(inside[-1] if inside else "<top level>")
    return found


def python_writes(source: str) -> list[str]:
    """Lines of Python ``source`` that write the two tables (SQL text or the ORM models)."""
    return [line.strip() for line in source.splitlines()
            if (SQL_WRITE.search(line) or ORM_WRITE.search(line)) and not line.lstrip().startswith("class ")]


def test_scanner_finds_each_kind_of_write() -> None:
    bad_python = '''
s.execute(insert(ExamSession).values(student_id=1))
s.execute(update(Attempt).where(Attempt.id == 1).values(correct=True))
s.add(ExamSession(student_id=1, status="completed"))
s.execute(text("UPDATE public.attempts SET correct = true"))
conn.execute("copy exam_sessions from stdin")
'''
    assert len(python_writes(bad_python)) == 5
    assert python_writes("class ExamSession(VersionedMixin, Base):\nselect(ExamSession.id)\n") == []
    bad_sql = """
    UPDATE public.exam_sessions SET theta = 0;
    CREATE OR REPLACE FUNCTION public.rescore(p bigint) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN UPDATE public.attempts SET correct = true WHERE id = p; END $$;
    CREATE FUNCTION exam.settle(p bigint) RETURNS void LANGUAGE plpgsql AS $fn$
    BEGIN INSERT INTO public.attempts (id) VALUES (p); DELETE FROM attempts WHERE id = p; END $fn$;
    """
    assert sql_writers(bad_sql) == ["<top level>", "public.rescore", "exam.settle", "exam.settle"]


def test_package_never_writes_sessions_or_attempts() -> None:
    offenders = []
    for path in sorted((ROOT / "dreamseed_desktop").rglob("*.py")):
        offenders += [f"{path.relative_to(ROOT)}: {line}" for line in python_writes(path.read_text("utf-8"))]
    assert offenders == []


def test_migrations_write_sessions_and_attempts_only_in_the_exam_api() -> None:
    offenders, exam_api_writers = [], set()
    for path in sorted((ROOT / "migrations" / "versions").glob("*.py")):
        for where in sql_writers(path.read_text("utf-8")):
            if where.startswith("exam."):
                exam_api_writers.add(where)
            elif where == "<top level>" and path.name in ALLOWED_TOP_LEVEL:
                continue
            elif where not in ALLOWED_FUNCTIONS:
                offenders.append(f"{path.name}: {where}")
    assert offenders == []
    # the scan sees the exam API's own writers (it is not looking at nothing)
    assert {"exam.act_start", "exam.settle", "exam.finalize", "exam.correct_answer"} <= exam_api_writers
