"""item imports: set-based content-version triggers and a pruned band rebuild

Importing 10,000 items spent most of its time in the items' own triggers (issue 14):

1. ``trg_items_content_version_follow`` and ``trg_item_keys_version_follow`` (0021) ran once per
   row: a new item's version 1 and its key were written one row at a time, each asking
   ``auth.current_user_id()`` (a token lookup) again. The INSERT paths are now statement-level
   triggers with transition tables (``public.items_content_version_insert``,
   ``public.item_keys_version_insert``) that do the same work in one statement each, asking for
   the caller once; the UPDATE paths (``UPDATE OF content_version`` / ``OF correct_choice``, where
   PostgreSQL allows no transition table) keep the row-level functions of 0021 unchanged.

2. ``exam.rebuild_bands`` (0027) computed three logistics for every item x band (80 bands) and
   sorted all 800,000 pairs (spilling to disk) to find each band's threshold. It now computes
   each item's information once per band edge (81 values, an array) and once at its peak, and
   takes each band's lower/upper bound from those with the same floating-point operations as
   before (the clamp of the peak to the band is the edge itself or the peak), so the values are
   bit-identical. The threshold (the ``band_top_n``-th largest lower bound) is found after a
   pruning step that cannot change it: the ``band_top_n``-th largest lower bound among the items
   peaking within 0.5 of the band is a lower bound B of the threshold T, and a pair whose upper
   bound is below B has its lower bound below T and cannot be a candidate, so only the pairs
   with upper >= B are sorted (about one in eight). ``SET work_mem`` on the function keeps the
   sorts in memory. tests/db/items/test_bulk_import.py compares the result with the baseline's
   functions and with a from-scratch rebuild after imports.

Downgrade restores 0021's row-level triggers and 0027's ``exam.rebuild_bands``.

Revision ID: 0032
Revises: 0031
"""
from __future__ import annotations

from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- 1. content versions and version keys of inserted items, one statement per table
CREATE FUNCTION public.items_content_version_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- what 0021's row trigger did for each inserted row, for all of them at once: a row whose
    -- version already exists is left alone; otherwise an active/retired item's approved version
    -- is superseded, the row's version is written (its author, else the caller) with the keys
    UPDATE public.item_content_versions c SET status = 'superseded'
    FROM new_items n
    WHERE c.item_id = n.id AND c.status = 'approved' AND n.status IN ('active', 'retired')
      AND NOT EXISTS (SELECT 1 FROM public.item_content_versions x
                      WHERE x.item_id = n.id AND x.version = n.content_version);
    WITH made AS (
        INSERT INTO public.item_content_versions (item_id, version, status, stem, choices, created_by)
        SELECT n.id, n.content_version,
               CASE WHEN n.status IN ('draft', 'review') THEN n.status ELSE 'approved' END,
               n.stem, n.choices, COALESCE(n.created_by, (SELECT auth.current_user_id()))
        FROM new_items n
        WHERE NOT EXISTS (SELECT 1 FROM public.item_content_versions x
                          WHERE x.item_id = n.id AND x.version = n.content_version)
        RETURNING item_id, version
    )
    INSERT INTO public.item_version_keys (item_id, version, correct_choice)
    SELECT k.item_id, made.version, k.correct_choice
    FROM made JOIN public.item_keys k ON k.item_id = made.item_id;
    RETURN NULL;
END $$;
ALTER FUNCTION public.items_content_version_insert() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.items_content_version_insert() FROM PUBLIC;

CREATE FUNCTION public.item_keys_version_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- a new key is the key of its item's approved version (0021's row trigger, set-based)
    INSERT INTO public.item_version_keys (item_id, version, correct_choice)
    SELECT it.id, it.content_version, n.correct_choice
    FROM new_keys n JOIN public.items it ON it.id = n.item_id
    WHERE EXISTS (SELECT 1 FROM public.item_content_versions c
                  WHERE c.item_id = it.id AND c.version = it.content_version AND c.status = 'approved')
    ON CONFLICT ON CONSTRAINT pk_item_version_keys DO UPDATE SET correct_choice = EXCLUDED.correct_choice;
    RETURN NULL;
END $$;
ALTER FUNCTION public.item_keys_version_insert() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.item_keys_version_insert() FROM PUBLIC;

DROP TRIGGER trg_items_content_version_follow ON public.items;
CREATE TRIGGER trg_items_content_version_follow
    AFTER UPDATE OF content_version ON public.items
    FOR EACH ROW EXECUTE FUNCTION public.items_content_version_follow();
CREATE TRIGGER trg_items_content_version_insert
    AFTER INSERT ON public.items REFERENCING NEW TABLE AS new_items
    FOR EACH STATEMENT EXECUTE FUNCTION public.items_content_version_insert();

DROP TRIGGER trg_item_keys_version_follow ON public.item_keys;
CREATE TRIGGER trg_item_keys_version_follow
    AFTER UPDATE OF correct_choice ON public.item_keys
    FOR EACH ROW EXECUTE FUNCTION public.item_keys_version_follow();
CREATE TRIGGER trg_item_keys_version_insert
    AFTER INSERT ON public.item_keys REFERENCING NEW TABLE AS new_keys
    FOR EACH STATEMENT EXECUTE FUNCTION public.item_keys_version_insert();

-- 2. the selection bands of a subject, from the band edges, pruned before the sort
CREATE OR REPLACE FUNCTION exam.rebuild_bands(p_subject text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET work_mem = '64MB' AS $$
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
    ), it AS MATERIALIZED (
        SELECT i.id, i.a, i.b, i.c, i.grade, i.strand, q.p,
               i.a * i.a * q.sp * q.sp * (1 - (i.c + (1 - i.c) * q.sp))
                   / GREATEST(i.c + (1 - i.c) * q.sp, 1e-12) AS ip,
               ARRAY(SELECT i.a * i.a * e.s * e.s * (1 - (i.c + (1 - i.c) * e.s))
                            / GREATEST(i.c + (1 - i.c) * e.s, 1e-12)
                     FROM (SELECT k, 1 / (1 + pg_catalog.exp(LEAST(-i.a * ((lo + k * w) - i.b), 700))) AS s
                           FROM pg_catalog.generate_series(0, nb) k OFFSET 0) e
                     ORDER BY e.k) AS ie
        FROM public.items i
        CROSS JOIN LATERAL (
            SELECT r.p, 1 / (1 + pg_catalog.exp(LEAST(-i.a * (r.p - i.b), 700))) AS sp
            FROM (SELECT i.b + pg_catalog.ln((1 + pg_catalog.sqrt(1 + 8 * i.c)) / 2) / i.a AS p OFFSET 0) r
            OFFSET 0) q
        WHERE i.subject = p_subject AND i.status = 'active'
    ), near AS (
        SELECT k AS band, LEAST(it.ie[k + 1], it.ie[k + 2]) * (1 - 1e-9) AS lower
        FROM it CROSS JOIN LATERAL pg_catalog.generate_series(
            GREATEST(0, LEAST(nb - 1, pg_catalog.floor((it.p - 0.5 - lo) / w)))::integer,
            GREATEST(0, LEAST(nb - 1, pg_catalog.floor((it.p + 0.5 - lo) / w)))::integer) k
    ), lb AS MATERIALIZED (
        SELECT g.band, g.t0, g.t1, COALESCE(q.lower, '-Infinity') AS bound
        FROM g LEFT JOIN (
            SELECT band, lower, pg_catalog.row_number() OVER (PARTITION BY band ORDER BY lower DESC) AS r
            FROM near) q ON q.band = g.band AND q.r = m
    ), x AS (
        SELECT * FROM (
            SELECT it.id, it.a, it.b, it.c, it.grade, it.strand, lb.band, lb.bound,
                   LEAST(it.ie[lb.band + 1], it.ie[lb.band + 2]) * (1 - 1e-9) AS lower,
                   CASE WHEN it.p <= lb.t0 THEN it.ie[lb.band + 1]
                        WHEN it.p >= lb.t1 THEN it.ie[lb.band + 2]
                        ELSE it.ip END * (1 + 1e-9) AS upper
            FROM it CROSS JOIN lb OFFSET 0) q
        WHERE q.upper >= q.bound
    ), cand AS MATERIALIZED (
        SELECT * FROM (
            SELECT x.*, pg_catalog.nth_value(x.lower, m) OVER (
                       PARTITION BY x.band ORDER BY x.lower DESC
                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS th
            FROM x) y
        WHERE y.upper >= COALESCE(y.th, '-Infinity')
    ), bands AS (
        INSERT INTO exam.bands (subject, band, threshold)
        SELECT p_subject, g.band, COALESCE(t.th, '-Infinity')
        FROM g LEFT JOIN (SELECT DISTINCT cand.band, cand.th FROM cand) t ON t.band = g.band
    )
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand)
    SELECT p_subject, cand.band, cand.id, cand.lower, cand.a, cand.b, cand.c, cand.grade, cand.strand
    FROM cand;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;
"""

DOWNGRADE = r"""
DROP TRIGGER trg_item_keys_version_insert ON public.item_keys;
DROP TRIGGER trg_item_keys_version_follow ON public.item_keys;
CREATE TRIGGER trg_item_keys_version_follow
    AFTER INSERT OR UPDATE OF correct_choice ON public.item_keys
    FOR EACH ROW EXECUTE FUNCTION public.item_keys_version_follow();
DROP FUNCTION public.item_keys_version_insert();

DROP TRIGGER trg_items_content_version_insert ON public.items;
DROP TRIGGER trg_items_content_version_follow ON public.items;
CREATE TRIGGER trg_items_content_version_follow
    AFTER INSERT OR UPDATE OF content_version ON public.items
    FOR EACH ROW EXECUTE FUNCTION public.items_content_version_follow();
DROP FUNCTION public.items_content_version_insert();

-- 0027's text (CREATE OR REPLACE also drops this revision's SET work_mem)
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
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
