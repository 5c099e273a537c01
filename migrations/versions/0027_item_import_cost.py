"""bulk item imports at the cost of their rows: bands rebuilt in one pass, key/history policies by primary key

1. Selection bands rebuilt in one pass.

``exam.rebuild_bands`` (run by the items' statement trigger when a subject gains many items, e.g.
a CSV import) computed the 3PL information through the SQL functions ``exam.info_lower`` and
``exam.info_upper``: PostgreSQL does not inline them (their arguments are expressions used
several times), so every band of every item cost five function calls, each evaluating the
logistic four times, over three passes (the 80 thresholds, then the candidates' upper and lower
bounds). Rebuilding a 10,000-item subject took about 13 s, so a 10,000-item import took 38-49 s.

It now makes one pass over items x bands, computing the logistic once per point (a LATERAL
subquery that is not flattened) and the same bounds with the same floating-point operations in
the same order as ``exam.info`` / ``exam.info_lower`` / ``exam.info_upper`` (so thresholds and
candidates are identical; tests/db/items/test_bulk_import.py compares them with the functions),
the thresholds as the ``band_top_n``-th largest lower bound per band (row_number), and writes
bands and candidates in one statement.

The function is replaced whole (from the baseline's text, its only version). Downgrade restores
the baseline's text.

2. The write policies of ``item_keys`` and ``item_param_history`` (0010) asked
``EXISTS (SELECT 1 FROM items i WHERE i.id = <row>.item_id AND i.organization_id = <caller's>)``
for every row written. Right after a school's first import the statistics say the school has
no items, so the planner probed that subquery through the organization index — reading every
item of the school for each key row (10,000 keys: ~10 s). The same rule is now written as
``(SELECT i.organization_id FROM items i WHERE i.id = <row>.item_id) = <caller's>``: the
subquery's only condition is the primary key, one index probe per row, whatever the
statistics say. Same rows allowed (a missing or invisible item gives NULL, which is not equal).

Revision ID: 0027
Revises: 0026
"""
from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

# exam.info(t, a, b, c) with s = the logistic at t, written out as exam.info writes it:
#   a * a * s * s * (1 - (c + (1 - c) * s)) / GREATEST(c + (1 - c) * s, 1e-12)
UPGRADE = r"""
CREATE OR REPLACE FUNCTION exam.rebuild_bands(p_subject text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    lo double precision := auth.setting('band_min');
    w double precision := auth.setting('band_width');
    nb integer := auth.setting('band_count')::integer;
    m integer := auth.setting('band_top_n')::integer;
    n integer;
BEGIN
    DELETE FROM exam.band_candidates WHERE subject = p_subject;
    DELETE FROM exam.bands WHERE subject = p_subject;
    WITH g AS (
        SELECT k AS band, lo + k * w AS t0, lo + (k + 1) * w AS t1
        FROM pg_catalog.generate_series(0, nb - 1) k
    ), x AS MATERIALIZED (
        SELECT i.id, i.a, i.b, i.c, i.grade, i.strand, g.band,
               LEAST(i.a * i.a * s.s0 * s.s0 * (1 - (i.c + (1 - i.c) * s.s0))
                         / GREATEST(i.c + (1 - i.c) * s.s0, 1e-12),
                     i.a * i.a * s.s1 * s.s1 * (1 - (i.c + (1 - i.c) * s.s1))
                         / GREATEST(i.c + (1 - i.c) * s.s1, 1e-12)) * (1 - 1e-9) AS lower,
               i.a * i.a * s.sp * s.sp * (1 - (i.c + (1 - i.c) * s.sp))
                   / GREATEST(i.c + (1 - i.c) * s.sp, 1e-12) * (1 + 1e-9) AS upper
        FROM public.items i
        CROSS JOIN g
        CROSS JOIN LATERAL (
            SELECT 1 / (1 + pg_catalog.exp(LEAST(-i.a * (g.t0 - i.b), 700))) AS s0,
                   1 / (1 + pg_catalog.exp(LEAST(-i.a * (g.t1 - i.b), 700))) AS s1,
                   1 / (1 + pg_catalog.exp(LEAST(-i.a * (LEAST(GREATEST(
                       i.b + pg_catalog.ln((1 + pg_catalog.sqrt(1 + 8 * i.c)) / 2) / i.a,
                       g.t0), g.t1) - i.b), 700))) AS sp
            OFFSET 0) s            -- not flattened: each logistic is computed once
        WHERE i.subject = p_subject AND i.status = 'active'
    ), th AS (
        SELECT band, lower FROM (
            SELECT band, lower, pg_catalog.row_number() OVER (PARTITION BY band ORDER BY lower DESC) AS r
            FROM x) q
        WHERE r = m
    ), bands AS (
        INSERT INTO exam.bands (subject, band, threshold)
        SELECT p_subject, g.band, COALESCE(th.lower, '-Infinity')
        FROM g LEFT JOIN th ON th.band = g.band
        RETURNING band, threshold
    )
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand)
    SELECT p_subject, x.band, x.id, x.lower, x.a, x.b, x.c, x.grade, x.strand
    FROM x JOIN bands bd ON bd.band = x.band
    WHERE x.upper >= bd.threshold;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

-- 2. the key/history write policies by primary key (same rule as 0010's EXISTS)
ALTER POLICY item_keys_owner ON public.item_keys
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND (
                   SELECT i.organization_id FROM public.items i WHERE i.id = item_keys.item_id)
               = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND (
                   SELECT i.organization_id FROM public.items i WHERE i.id = item_keys.item_id)
               = (SELECT auth.current_org())));
ALTER POLICY item_param_history_write ON public.item_param_history
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND (
                   SELECT i.organization_id FROM public.items i WHERE i.id = item_param_history.item_id)
               = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND (
                   SELECT i.organization_id FROM public.items i WHERE i.id = item_param_history.item_id)
               = (SELECT auth.current_org())));
"""

DOWNGRADE = r"""
ALTER POLICY item_keys_owner ON public.item_keys
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND EXISTS (
                   SELECT 1 FROM public.items i WHERE i.id = item_keys.item_id
                   AND i.organization_id = (SELECT auth.current_org()))))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND EXISTS (
                   SELECT 1 FROM public.items i WHERE i.id = item_keys.item_id
                   AND i.organization_id = (SELECT auth.current_org()))));
ALTER POLICY item_param_history_write ON public.item_param_history
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND EXISTS (
                   SELECT 1 FROM public.items i WHERE i.id = item_param_history.item_id
                   AND i.organization_id = (SELECT auth.current_org()))))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND EXISTS (
                   SELECT 1 FROM public.items i WHERE i.id = item_param_history.item_id
                   AND i.organization_id = (SELECT auth.current_org()))));
CREATE OR REPLACE FUNCTION exam.rebuild_bands(p_subject text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    lo double precision := auth.setting('band_min');
    w double precision := auth.setting('band_width');
    nb integer := auth.setting('band_count')::integer;
    m integer := auth.setting('band_top_n')::integer;
    n integer;
BEGIN
    DELETE FROM exam.band_candidates WHERE subject = p_subject;
    DELETE FROM exam.bands WHERE subject = p_subject;
    INSERT INTO exam.bands (subject, band, threshold)
    SELECT p_subject, g, COALESCE((
        SELECT exam.info_lower(i.a, i.b, i.c, lo + g * w, lo + (g + 1) * w) AS l
        FROM public.items i WHERE i.subject = p_subject AND i.status = 'active'
        ORDER BY l DESC OFFSET m - 1 LIMIT 1), '-Infinity')
    FROM pg_catalog.generate_series(0, nb - 1) g;
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand)
    SELECT p_subject, bd.band, i.id, exam.info_lower(i.a, i.b, i.c, lo + bd.band * w, lo + (bd.band + 1) * w),
           i.a, i.b, i.c, i.grade, i.strand
    FROM exam.bands bd JOIN public.items i ON i.subject = p_subject AND i.status = 'active'
    WHERE bd.subject = p_subject
      AND exam.info_upper(i.a, i.b, i.c, lo + bd.band * w, lo + (bd.band + 1) * w) >= bd.threshold;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
