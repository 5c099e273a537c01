"""Selection stays banded for a repeat student with a grade filter (revision 0034), and exact.

A student whose earlier exams took the most informative items at their θ, in an exam limited
to one grade, finds none of the band's first-tier guaranteed candidates eligible; before 0034
every such step ranked the whole pool. The band's reserve tier (4 x band_top_n) still
guarantees candidates, its ranking's guaranteed prefix equals the whole pool's ranking, and
``exam.select_item`` picks the pool's best item without ranking the pool.
"""
from __future__ import annotations

import psycopg

from dreamseed_desktop.services.exams.api import ExamApi
from tests.fixtures.school import seed_school


def test_reserve_tier_keeps_a_repeat_students_filtered_step_banded_and_exact(db_url: str, connect_as) -> None:
    sch = seed_school(db_url, bank_size=900, cat_config='{"max_items": 8, "min_items": 8}')
    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE auth.settings SET value = 20 WHERE key = 'band_top_n'")
        conn.execute("UPDATE items SET grade = 1 + id % 3")          # rebuilds the bands (trigger)
        conn.commit()
    api = ExamApi(connect_as("student1"))
    session = api.start(sch.exams["quiz_a"]).session_id
    with psycopg.connect(db_url) as conn:
        st = "(SELECT st FROM exam.session_state st WHERE st.session_id = %(s)s)"
        # a grade-2 exam for a student who was given the 12 best grade-2 items at this θ before
        conn.execute("UPDATE exam.session_state SET grades = '{2}' WHERE session_id = %(s)s", {"s": session})
        best = conn.execute(f"SELECT ids FROM exam.rank_pool({st}, NULL, NULL)", {"s": session}).fetchone()[0]
        conn.execute("UPDATE exam.session_state SET excluded = excluded || %(x)s::bigint[] WHERE session_id = %(s)s",
                     {"s": session, "x": best[:12]})
        pool = conn.execute(f"SELECT ids FROM exam.rank_pool({st}, NULL, NULL)", {"s": session}).fetchone()[0]
        ids1, g1, banded1 = conn.execute(f"SELECT * FROM exam.rank_band({st}, NULL, 1)", {"s": session}).fetchone()
        ids2, g2, banded2 = conn.execute(f"SELECT * FROM exam.rank_band({st}, NULL, 2)", {"s": session}).fetchone()
        assert banded1 and banded2
        assert g1 == 0                    # the first tier guarantees nothing: a full scan before 0034
        assert g2 >= 3                    # the reserve does
        assert ids2[:g2] == pool[:g2]     # and its guaranteed prefix is the whole pool's ranking
        assert set(ids2) <= set(pool) and len(ids2) < len(pool) / 2
        # the step itself: the pool's best item, without ranking the pool (with the reserve off,
        # the same item through the pool)
        chosen = conn.execute(f"SELECT item_id FROM exam.select_item({st})", {"s": session}).fetchone()[0]
        conn.execute("UPDATE auth.settings SET value = 0 WHERE key = 'band_reserve'")
        before = conn.execute(f"SELECT item_id FROM exam.select_item({st})", {"s": session}).fetchone()[0]
        assert chosen == before == pool[0]
        conn.rollback()
