"""banded selection without a lookup of every candidate's item: the candidates carry its school

``exam.rank_band`` (every step of every sitting) joined each of a band's ~120 tier-1 candidates
with ``items`` only to test whether the exam's school may use it (the item's
``organization_id`` / ``shared``, revision 0010): one index probe per candidate, about a third of
the step's server time after revision 0037. The candidates now carry the two columns themselves:

* ``exam.band_candidates.organization_id`` and ``.shared``, filled by ``exam.rebuild_bands`` and
  ``exam.add_band_candidates`` (0034's texts plus the two columns) from the item's row. Any update
  of an item already deletes and re-derives its candidates (``trg_items_bands_update``, a
  statement trigger on every update), so a change of the item's school or sharing reaches them
  in the same statement; existing candidates are filled here;
* ``exam.rank_band`` (0034's text) tests the candidate's own columns: the same candidates, the
  same ranking.

Downgrade restores 0034's three functions and drops the columns.

Revision ID: 0040
Revises: 0039
"""
from __future__ import annotations

from alembic import op

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE exam.band_candidates ADD COLUMN organization_id integer,
                                 ADD COLUMN shared boolean NOT NULL DEFAULT false;
UPDATE exam.band_candidates c SET organization_id = i.organization_id, shared = i.shared
FROM public.items i WHERE i.id = c.item_id;

CREATE OR REPLACE FUNCTION exam.rank_band(st exam.session_state, p_area text, p_tier integer, OUT ids bigint[], OUT g integer, OUT banded boolean)
 RETURNS record
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    lo double precision;
    w double precision;
    nb integer;
    naive boolean;
    v_band integer;
    thr double precision;
    v_org integer := exam.exam_org(st.exam_id);
BEGIN
    banded := false;
    SELECT pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_min'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_width'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_count'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'naive_selection') = 1
    INTO lo, w, nb, naive
    FROM auth.settings s WHERE s.key IN ('band_min', 'band_width', 'band_count', 'naive_selection');
    v_band := pg_catalog.floor((st.theta - lo) / w)::integer;
    IF naive OR v_band < 0 OR v_band >= nb THEN
        RETURN;
    END IF;
    SELECT CASE WHEN p_tier = 1 THEN bd.threshold ELSE bd.reserve_threshold END INTO thr
    FROM exam.bands bd WHERE bd.subject = st.subject AND bd.band = v_band;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- the tiers' candidates: every item whose upper bound reaches the last tier's threshold;
    -- the guaranteed ones (lower bound at or above it) beat every item outside them
    SELECT pg_catalog.array_agg(q.item_id ORDER BY q.inf DESC, q.item_id),
           COALESCE(pg_catalog.sum(q.guaranteed::integer), 0)
    INTO ids, g
    FROM (SELECT f.item_id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                            / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf,   -- exam.info, one exp
                 f.guaranteed
          FROM (SELECT c.item_id, c.a, c.c, c.lower >= thr AS guaranteed,
                       1 / (1 + pg_catalog.exp(LEAST(-c.a * (st.theta - c.b), 700))) AS f
          FROM exam.band_candidates c
          WHERE c.subject = st.subject AND c.band = v_band AND c.tier <= p_tier
            AND NOT (c.item_id = ANY (st.excluded))
            AND (c.organization_id IS NULL OR c.shared OR c.organization_id = v_org)
            AND (st.grades IS NULL OR c.grade = ANY (st.grades))
            AND (st.strands IS NULL OR c.strand = ANY (st.strands))
            AND (p_area IS NULL OR exam.area_label(st.content_key, st.subject, c.grade, c.strand) = p_area)
         ) f) q;
    banded := true;
END $function$

;

CREATE OR REPLACE FUNCTION exam.add_band_candidates(p_ids bigint[])
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand, tier,
                                      organization_id, shared)
    SELECT q.subject, q.band, q.id, q.lower, q.a, q.b, q.c, q.grade, q.strand,
           CASE WHEN q.upper >= q.threshold THEN 1 ELSE 2 END, q.organization_id, q.shared
    FROM (SELECT i.subject, bd.band, i.id, i.a, i.b, i.c, i.grade, i.strand, bd.threshold, bd.reserve_threshold,
                 i.organization_id, i.shared,
                 exam.info_lower(i.a, i.b, i.c, s.lo + bd.band * s.w, s.lo + (bd.band + 1) * s.w) AS lower,
                 exam.info_upper(i.a, i.b, i.c, s.lo + bd.band * s.w, s.lo + (bd.band + 1) * s.w) AS upper
          FROM public.items i
          JOIN exam.bands bd ON bd.subject = i.subject
          CROSS JOIN (SELECT auth.setting('band_min') AS lo, auth.setting('band_width') AS w) s
          WHERE i.id = ANY (p_ids) AND i.status = 'active') q
    WHERE q.upper >= q.reserve_threshold
    ON CONFLICT DO NOTHING
$function$

;

CREATE OR REPLACE FUNCTION exam.rebuild_bands(p_subject text)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET work_mem TO '64MB'
AS $function$
DECLARE
    lo double precision := auth.setting('band_min');
    w double precision := auth.setting('band_width');
    nb integer := auth.setting('band_count')::integer;
    m integer := auth.setting('band_top_n')::integer;
    m2 integer := 4 * m;   -- the reserve tier
    n integer;
BEGIN
    DELETE FROM exam.band_candidates WHERE subject = p_subject;
    DELETE FROM exam.bands WHERE subject = p_subject;
    WITH g AS (
        SELECT k AS band, lo + k * w AS t0, lo + (k + 1) * w AS t1
        FROM pg_catalog.generate_series(0, nb - 1) k
    ), it AS MATERIALIZED (
        SELECT i.id, i.a, i.b, i.c, i.grade, i.strand, i.organization_id, i.shared, q.p,
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
            FROM near) q ON q.band = g.band AND q.r = m2
    ), x AS (
        SELECT * FROM (
            SELECT it.id, it.a, it.b, it.c, it.grade, it.strand, it.organization_id, it.shared, lb.band, lb.bound,
                   LEAST(it.ie[lb.band + 1], it.ie[lb.band + 2]) * (1 - 1e-9) AS lower,
                   CASE WHEN it.p <= lb.t0 THEN it.ie[lb.band + 1]
                        WHEN it.p >= lb.t1 THEN it.ie[lb.band + 2]
                        ELSE it.ip END * (1 + 1e-9) AS upper
            FROM it CROSS JOIN lb OFFSET 0) q
        WHERE q.upper >= q.bound
    ), cand AS MATERIALIZED (
        SELECT * FROM (
            SELECT x.*, pg_catalog.nth_value(x.lower, m) OVER w AS th,
                   pg_catalog.nth_value(x.lower, m2) OVER w AS th2
            FROM x
            WINDOW w AS (PARTITION BY x.band ORDER BY x.lower DESC
                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) y
        WHERE y.upper >= COALESCE(y.th2, '-Infinity')
    ), bands AS (
        INSERT INTO exam.bands (subject, band, threshold, reserve_threshold)
        SELECT p_subject, g.band, COALESCE(t.th, '-Infinity'), COALESCE(t.th2, '-Infinity')
        FROM g LEFT JOIN (SELECT DISTINCT cand.band, cand.th, cand.th2 FROM cand) t ON t.band = g.band
    )
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand, tier,
                                      organization_id, shared)
    SELECT p_subject, cand.band, cand.id, cand.lower, cand.a, cand.b, cand.c, cand.grade, cand.strand,
           CASE WHEN cand.upper >= COALESCE(cand.th, '-Infinity') THEN 1 ELSE 2 END, cand.organization_id, cand.shared
    FROM cand;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $function$

;

"""

DOWNGRADE = r"""
CREATE OR REPLACE FUNCTION exam.rank_band(st exam.session_state, p_area text, p_tier integer, OUT ids bigint[], OUT g integer, OUT banded boolean)
 RETURNS record
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    lo double precision;
    w double precision;
    nb integer;
    naive boolean;
    v_band integer;
    thr double precision;
    v_org integer := exam.exam_org(st.exam_id);
BEGIN
    banded := false;
    SELECT pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_min'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_width'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_count'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'naive_selection') = 1
    INTO lo, w, nb, naive
    FROM auth.settings s WHERE s.key IN ('band_min', 'band_width', 'band_count', 'naive_selection');
    v_band := pg_catalog.floor((st.theta - lo) / w)::integer;
    IF naive OR v_band < 0 OR v_band >= nb THEN
        RETURN;
    END IF;
    SELECT CASE WHEN p_tier = 1 THEN bd.threshold ELSE bd.reserve_threshold END INTO thr
    FROM exam.bands bd WHERE bd.subject = st.subject AND bd.band = v_band;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- the tiers' candidates: every item whose upper bound reaches the last tier's threshold;
    -- the guaranteed ones (lower bound at or above it) beat every item outside them
    SELECT pg_catalog.array_agg(q.item_id ORDER BY q.inf DESC, q.item_id),
           COALESCE(pg_catalog.sum(q.guaranteed::integer), 0)
    INTO ids, g
    FROM (SELECT f.item_id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                            / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf,   -- exam.info, one exp
                 f.guaranteed
          FROM (SELECT c.item_id, c.a, c.c, c.lower >= thr AS guaranteed,
                       1 / (1 + pg_catalog.exp(LEAST(-c.a * (st.theta - c.b), 700))) AS f
          FROM exam.band_candidates c JOIN public.items it ON it.id = c.item_id
          WHERE c.subject = st.subject AND c.band = v_band AND c.tier <= p_tier
            AND NOT (c.item_id = ANY (st.excluded))
            AND (it.organization_id IS NULL OR it.shared OR it.organization_id = v_org)
            AND (st.grades IS NULL OR c.grade = ANY (st.grades))
            AND (st.strands IS NULL OR c.strand = ANY (st.strands))
            AND (p_area IS NULL OR exam.area_label(st.content_key, st.subject, c.grade, c.strand) = p_area)
         ) f) q;
    banded := true;
END $function$

;

CREATE OR REPLACE FUNCTION exam.add_band_candidates(p_ids bigint[])
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand, tier)
    SELECT q.subject, q.band, q.id, q.lower, q.a, q.b, q.c, q.grade, q.strand,
           CASE WHEN q.upper >= q.threshold THEN 1 ELSE 2 END
    FROM (SELECT i.subject, bd.band, i.id, i.a, i.b, i.c, i.grade, i.strand, bd.threshold, bd.reserve_threshold,
                 exam.info_lower(i.a, i.b, i.c, s.lo + bd.band * s.w, s.lo + (bd.band + 1) * s.w) AS lower,
                 exam.info_upper(i.a, i.b, i.c, s.lo + bd.band * s.w, s.lo + (bd.band + 1) * s.w) AS upper
          FROM public.items i
          JOIN exam.bands bd ON bd.subject = i.subject
          CROSS JOIN (SELECT auth.setting('band_min') AS lo, auth.setting('band_width') AS w) s
          WHERE i.id = ANY (p_ids) AND i.status = 'active') q
    WHERE q.upper >= q.reserve_threshold
    ON CONFLICT DO NOTHING
$function$

;

CREATE OR REPLACE FUNCTION exam.rebuild_bands(p_subject text)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET work_mem TO '64MB'
AS $function$
DECLARE
    lo double precision := auth.setting('band_min');
    w double precision := auth.setting('band_width');
    nb integer := auth.setting('band_count')::integer;
    m integer := auth.setting('band_top_n')::integer;
    m2 integer := 4 * m;   -- the reserve tier
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
            FROM near) q ON q.band = g.band AND q.r = m2
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
            SELECT x.*, pg_catalog.nth_value(x.lower, m) OVER w AS th,
                   pg_catalog.nth_value(x.lower, m2) OVER w AS th2
            FROM x
            WINDOW w AS (PARTITION BY x.band ORDER BY x.lower DESC
                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) y
        WHERE y.upper >= COALESCE(y.th2, '-Infinity')
    ), bands AS (
        INSERT INTO exam.bands (subject, band, threshold, reserve_threshold)
        SELECT p_subject, g.band, COALESCE(t.th, '-Infinity'), COALESCE(t.th2, '-Infinity')
        FROM g LEFT JOIN (SELECT DISTINCT cand.band, cand.th, cand.th2 FROM cand) t ON t.band = g.band
    )
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand, tier)
    SELECT p_subject, cand.band, cand.id, cand.lower, cand.a, cand.b, cand.c, cand.grade, cand.strand,
           CASE WHEN cand.upper >= COALESCE(cand.th, '-Infinity') THEN 1 ELSE 2 END
    FROM cand;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $function$

;


ALTER TABLE exam.band_candidates DROP COLUMN organization_id, DROP COLUMN shared;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
