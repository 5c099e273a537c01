"""Bulk item and roster imports: a fixed number of statements, no limit on rows, same results.

Signed in through the client role as the school's admin (row-level security applies):

* an item import writes items, keys and parameter history in three statements whatever the
  number of items (statements counted on the engine), so the items' statement trigger that
  keeps the selection bands current runs once;
* revision 0027's one-pass ``exam.rebuild_bands`` gives exactly the thresholds and candidates
  the baseline's function calls (``exam.info_lower`` / ``exam.info_upper``) give, and so does
  revision 0032's pruned rebuild from the band edges, also with a small ``band_top_n`` and
  after a second import that rebuilds a subject which already has bands (equal to a rebuild
  from scratch);
* the statement-level version triggers (0032) give every imported item its approved version 1
  by the importing admin with the version's key, as the row triggers did;
* a roster of more than 65,535 rows (the protocol's parameter limit, which an ``IN (...)``
  list of e-mails hit) is previewed and imported all or nothing, with its per-row report (slow);
* a statement that would carry more than 65,535 values says so, not "check the network".
"""
from __future__ import annotations

import io
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import bindparam, text

from dreamseed_desktop.services.classes.roster_csv import RosterService
from dreamseed_desktop.services.core.errors import TOO_MANY_VALUES_MESSAGE, Unavailable, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.csv_io import ItemCsvService
from tests.fixtures.school import Roster, seed_roster
from tests.fixtures.statements import counting

HEADER = "code,subject,grade,strand,model,a,b,c,stem,choice_1,choice_2,choice_3,choice_4,key\n"


def _items_csv(n: int, prefix: str, *, shift: float = 0.0) -> str:
    out = io.StringIO()
    out.write(HEADER)
    for k in range(n):
        out.write(f"{prefix}-{k:05d},math,1,algebra,3PL,{0.5 + (k % 17) / 10},{(k % 61 - 30) / 10 + shift},"
                  f"{(k % 5) / 20},문항 {k},1,2,3,4,{1 + k % 4}\n")
    return out.getvalue()


@pytest.fixture
def roster(db_url: str) -> Roster:
    return seed_roster(db_url)


def test_item_import_statements_do_not_grow_with_rows(roster: Roster,
                                                      connect_as: Callable[..., Database],
                                                      db_url: str) -> None:
    db = connect_as("admin@school.kr")
    svc = ItemCsvService(db)
    with counting(db) as few:
        small = svc.import_csv(_items_csv(20, "S"))
    with counting(db) as many:
        large = svc.import_csv(_items_csv(600, "L"))
    assert len(small.created) == 20 and len(large.created) == 600
    assert len(many) == len(few), many
    with psycopg.connect(db_url) as conn:
        n_items, n_keys, n_history, n_versions = conn.execute(
            "SELECT count(*), count(k.item_id), count(h.item_id), count(v.item_id) FROM items i "
            "LEFT JOIN item_keys k ON k.item_id = i.id "
            "LEFT JOIN item_param_history h ON h.item_id = i.id "
            "LEFT JOIN item_content_versions v ON v.item_id = i.id "
            "WHERE i.code LIKE 'S-%' OR i.code LIKE 'L-%'").fetchone()
        # each row's own key: L-00007 has key 1 + 7 % 4 = 4
        key = conn.execute("SELECT k.correct_choice FROM items i JOIN item_keys k ON k.item_id = i.id "
                           "WHERE i.code = 'L-00007'").fetchone()[0]
    assert (n_items, n_keys, n_history, n_versions) == (620, 620, 620, 620)
    assert key == 4


def _bands_by_the_baseline_functions(conn: psycopg.Connection, subject: str,
                                     tier: int = 1) -> tuple[list, list]:
    """Thresholds and candidates of the first tier (the band_top_n-th largest lower bound) or of
    both tiers (the reserve: 4 x band_top_n, revision 0034), by the baseline's functions."""
    lo, w, nb, m = (conn.execute("SELECT auth.setting(%s)", (k,)).fetchone()[0]
                    for k in ("band_min", "band_width", "band_count", "band_top_n"))
    m = m if tier == 1 else 4 * m
    thresholds = conn.execute(
        "SELECT g, COALESCE((SELECT exam.info_lower(i.a, i.b, i.c, %(lo)s + g * %(w)s, %(lo)s + (g + 1) * %(w)s) AS l "
        "FROM items i WHERE i.subject = %(s)s AND i.status = 'active' ORDER BY l DESC OFFSET %(m)s - 1 LIMIT 1), "
        "'-Infinity') FROM generate_series(0, %(nb)s::int - 1) g ORDER BY g",
        {"lo": lo, "w": w, "nb": nb, "m": int(m), "s": subject}).fetchall()
    candidates = conn.execute(
        "SELECT t.band, i.id, exam.info_lower(i.a, i.b, i.c, %(lo)s + t.band * %(w)s, %(lo)s + (t.band + 1) * %(w)s) "
        "FROM unnest(%(bands)s::int[], %(ths)s::float8[]) AS t(band, th) "
        "JOIN items i ON i.subject = %(s)s AND i.status = 'active' "
        "WHERE exam.info_upper(i.a, i.b, i.c, %(lo)s + t.band * %(w)s, %(lo)s + (t.band + 1) * %(w)s) >= t.th "
        "ORDER BY 1, 2",
        {"lo": lo, "w": w, "s": subject, "bands": [b for b, _ in thresholds],
         "ths": [t for _, t in thresholds]}).fetchall()
    return thresholds, candidates


def test_one_pass_bands_equal_the_baseline_functions(roster: Roster,
                                                     connect_as: Callable[..., Database],
                                                     db_url: str) -> None:
    ItemCsvService(connect_as("admin@school.kr")).import_csv(_items_csv(400, "B"))
    with psycopg.connect(db_url) as conn:
        stored_th = conn.execute("SELECT band, threshold FROM exam.bands WHERE subject = 'math' "
                                 "ORDER BY band").fetchall()
        stored = conn.execute("SELECT band, item_id, lower FROM exam.band_candidates "
                              "WHERE subject = 'math' AND tier = 1 ORDER BY 1, 2").fetchall()
        thresholds, candidates = _bands_by_the_baseline_functions(conn, "math")
        stored_reserve = conn.execute("SELECT band, reserve_threshold FROM exam.bands "
                                      "WHERE subject = 'math' ORDER BY band").fetchall()
        stored_both = conn.execute("SELECT band, item_id, lower FROM exam.band_candidates "
                                   "WHERE subject = 'math' ORDER BY 1, 2").fetchall()
        reserve, both = _bands_by_the_baseline_functions(conn, "math", tier=2)
    assert stored_th == thresholds
    assert stored == candidates
    assert stored_reserve == reserve
    assert stored_both == both
    # the thresholds are real (400 items > band_top_n), so candidates were pruned
    assert any(t > float("-inf") for _, t in thresholds) and len(candidates) < 400 * len(thresholds)


@pytest.mark.slow
def test_a_roster_beyond_the_parameter_limit_imports_all_or_nothing(
        roster: Roster, connect_as: Callable[..., Database], db_url: str) -> None:
    n = 70_000                       # > 65,535: one IN (...) value per e-mail used to fail here
    lines = ["이름,이메일,학번,학년,반"] + [f"학생{k},bulk{k}@school.kr,B{k:06d},{1 + k % 3},"
                                            for k in range(n)]
    data = ("\n".join(lines) + "\n").encode()
    svc = RosterService(connect_as("admin@school.kr"))
    plan = svc.preview(data)
    assert plan.ok and len(plan.to_create) == n and plan.row_count == n
    # one bad row far down blocks everything, reported with its line
    bad = data + "누구,not-an-email,B999999,1,\n".encode()
    bad_plan = svc.preview(bad)
    assert [e.row for e in bad_plan.errors] == [n + 2]
    result = svc.commit(plan, initial_passwords=False)
    assert result.created == n
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM users u JOIN students s ON s.user_id = u.id "
                            "WHERE u.email LIKE 'bulk%%'").fetchone()[0] == n


def test_too_many_values_in_one_statement_says_so(roster: Roster,
                                                  connect_as: Callable[..., Database]) -> None:
    db = connect_as("admin@school.kr")
    many = text("SELECT count(*) FROM users WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    with pytest.raises(ValidationError) as caught:
        with db.session(readonly=True) as s:
            s.execute(many, {"ids": list(range(70_000))})
    assert not isinstance(caught.value, Unavailable)
    assert caught.value.template == TOO_MANY_VALUES_MESSAGE
    assert "65,535" in str(caught.value) and "network" not in str(caught.value).lower()


def _stored_bands(conn: psycopg.Connection, subject: str) -> tuple[list, list]:
    return (conn.execute("SELECT band, threshold, reserve_threshold FROM exam.bands WHERE subject = %s "
                         "ORDER BY band", (subject,)).fetchall(),
            conn.execute("SELECT band, item_id, lower, a, b, c, grade, strand, tier FROM exam.band_candidates "
                         "WHERE subject = %s ORDER BY 1, 2", (subject,)).fetchall())


@pytest.mark.parametrize("top_n", [pytest.param(100, marks=pytest.mark.slow), 4])   # 100: ~3.4 s
def test_bands_after_bulk_imports_equal_a_rebuild_from_scratch(
        roster: Roster, connect_as: Callable[..., Database], db_url: str, top_n: int) -> None:
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE auth.settings SET value = %s WHERE key = 'band_top_n'", (top_n,))
    svc = ItemCsvService(connect_as("admin@school.kr"))
    svc.import_csv(_items_csv(300, "F"))
    # a second import of more than a fifth of the subject rebuilds bands that already exist
    svc.import_csv(_items_csv(150, "G", shift=0.37))
    with psycopg.connect(db_url) as conn:
        after_import = _stored_bands(conn, "math")
        base_th, base_cand = _bands_by_the_baseline_functions(conn, "math")
        reserve_th, reserve_cand = _bands_by_the_baseline_functions(conn, "math", tier=2)
        conn.execute("DELETE FROM exam.band_candidates WHERE subject = 'math'")
        conn.execute("DELETE FROM exam.bands WHERE subject = 'math'")
        conn.execute("SELECT exam.rebuild_bands('math')")
        from_scratch = _stored_bands(conn, "math")
        conn.rollback()
    assert after_import == from_scratch
    assert [(band, th) for band, th, _ in after_import[0]] == base_th
    assert [(band, th) for band, _, th in after_import[0]] == reserve_th
    assert [(band, item, lower) for band, item, lower, *_, tier in after_import[1] if tier == 1] == base_cand
    assert [(band, item, lower) for band, item, lower, *_ in after_import[1]] == reserve_cand
    # the pruning kept real thresholds: far fewer candidates than items x bands
    assert sum(t > float("-inf") for _, t in base_th) > 40
    assert len(base_cand) < 450 * len(base_th) // 4


def test_imported_items_get_their_approved_version_and_key(
        roster: Roster, connect_as: Callable[..., Database], db_url: str) -> None:
    ItemCsvService(connect_as("admin@school.kr")).import_csv(_items_csv(50, "V"))
    with psycopg.connect(db_url) as conn:
        admin_id = conn.execute("SELECT id FROM users WHERE email = 'admin@school.kr'").fetchone()[0]
        rows = conn.execute(
            "SELECT i.code, i.content_version, v.version, v.status, v.stem = i.stem, v.choices = i.choices, "
            "v.created_by, vk.correct_choice, k.correct_choice FROM items i "
            "JOIN item_content_versions v ON v.item_id = i.id "
            "LEFT JOIN item_version_keys vk ON vk.item_id = v.item_id AND vk.version = v.version "
            "JOIN item_keys k ON k.item_id = i.id WHERE i.code LIKE 'V-%' ORDER BY i.code").fetchall()
    assert len(rows) == 50
    for k, (code, current, version, status, same_stem, same_choices, author, vkey, key) in enumerate(rows):
        assert (code, current, version, status) == (f"V-{k:05d}", 1, 1, "approved")
        assert same_stem and same_choices and author == admin_id
        assert vkey == key == 1 + k % 4


def test_a_small_import_adds_its_items_to_both_tiers(roster: Roster, connect_as: Callable[..., Database],
                                                     db_url: str) -> None:
    """An import of under a fifth of a subject keeps the bands and adds its items where their
    upper bound reaches a tier's threshold (exam.add_band_candidates, revision 0034): tier 1
    at or above ``threshold``, tier 2 at or above ``reserve_threshold`` only."""
    svc = ItemCsvService(connect_as("admin@school.kr"))
    svc.import_csv(_items_csv(450, "T"))
    with psycopg.connect(db_url) as conn:
        bands_before = _stored_bands(conn, "math")[0]
    svc.import_csv(_items_csv(40, "U", shift=0.21))
    with psycopg.connect(db_url) as conn:
        assert _stored_bands(conn, "math")[0] == bands_before          # not rebuilt
        lo, w = (conn.execute("SELECT auth.setting(%s)", (k,)).fetchone()[0] for k in ("band_min", "band_width"))
        expected = conn.execute(
            "SELECT bd.band, i.id, CASE WHEN u >= bd.threshold THEN 1 ELSE 2 END FROM items i "
            "JOIN exam.bands bd ON bd.subject = i.subject "
            "CROSS JOIN LATERAL (SELECT exam.info_upper(i.a, i.b, i.c, %(lo)s + bd.band * %(w)s, "
            "                                           %(lo)s + (bd.band + 1) * %(w)s) AS u) x "
            "WHERE i.code LIKE 'U-%%' AND u >= bd.reserve_threshold ORDER BY 1, 2", {"lo": lo, "w": w}).fetchall()
        stored = conn.execute("SELECT c.band, c.item_id, c.tier FROM exam.band_candidates c "
                              "JOIN items i ON i.id = c.item_id WHERE i.code LIKE 'U-%%' ORDER BY 1, 2").fetchall()
    assert stored == expected
    assert {tier for *_, tier in stored} == {1, 2}
