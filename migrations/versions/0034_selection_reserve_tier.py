"""selection that stays banded: a reserve tier of candidates per band before a full scan

A step ranks the candidates of θ's band (``exam.bands`` / ``exam.band_candidates``: every item
whose upper bound reaches the ``band_top_n``-th largest lower bound of the subject's items) and
fell back to ranking the whole pool when fewer than ``k`` eligible candidates were guaranteed.
For a student who took earlier exams on the bank (the items they saw are excluded) with a grade
or strand filter (issue 14), most guaranteed candidates are ineligible — the earlier exams took
exactly the most informative items at their θ, and the filter keeps a fraction of the rest — so
the step fell back to the whole pool on most steps.

* Each band gets a reserve tier: ``reserve_threshold`` is the (4 x ``band_top_n``)-th largest
  lower bound, and candidates carry ``tier`` 1 (upper bound >= ``threshold``, as before) or 2
  (>= ``reserve_threshold`` only). The exactness argument holds per tier: an item outside the
  tiers ranked has an upper bound below the last tier's threshold, so every guaranteed item
  (lower bound >= that threshold) beats it at every θ of the band.
* ``exam.select_item`` ranks tier 1; with too few guaranteed eligible candidates, tiers 1 and 2;
  then the whole pool (``exam.rank_tier``). ``auth.settings.band_reserve = 0`` skips tier 2
  (the behaviour before, for measuring in the same run).
* Ranking is split into ``exam.rank_band`` (a band's tiers) and ``exam.rank_pool`` (the whole
  pool), so ``pg_stat_user_functions`` counts the full scans (benchmarks/bench_selection.py).
  ``exam.rank_items`` keeps its signature and results (tier 1, or the pool).
* ``exam.rebuild_bands`` (0032's text plus the reserve; its pruning bound is now the
  (4 x band_top_n)-th largest lower bound among the items peaking near the band, which is below
  both thresholds) and ``exam.add_band_candidates`` (the baseline's text plus tiers) are replaced
  whole; every subject's bands are rebuilt.

Downgrade restores 0012's ``exam.select_item``, 0019's ``exam.rank_items``, the baseline's
``exam.add_band_candidates`` and 0032's ``exam.rebuild_bands``, drops the new functions, columns
and setting, and rebuilds the bands.

Revision ID: 0034
Revises: 0033
"""
from __future__ import annotations

from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- 1. a reserve tier per band: the band_top_n-th largest lower bound is the first tier's
--    threshold, the (4 x band_top_n)-th the reserve's; a candidate's tier is the first whose
--    threshold its upper bound reaches
ALTER TABLE exam.bands ADD COLUMN reserve_threshold double precision NOT NULL DEFAULT '-Infinity';
ALTER TABLE exam.band_candidates ADD COLUMN tier smallint NOT NULL DEFAULT 1;
INSERT INTO auth.settings (key, value) VALUES ('band_reserve', 1);  -- 0: no reserve tier (measuring)

CREATE OR REPLACE FUNCTION exam.rebuild_bands(p_subject text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET work_mem = '64MB' AS $$
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
END $$;

CREATE OR REPLACE FUNCTION exam.add_band_candidates(p_ids bigint[]) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
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
$$;

-- 2. ranking split by where it looks: a band's tiers (exam.rank_band) or the whole pool
--    (exam.rank_pool, so that pg_stat_user_functions counts the full scans)
CREATE FUNCTION exam.rank_band(st exam.session_state, p_area text, p_tier integer,
                               OUT ids bigint[], OUT g integer, OUT banded boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
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
END $$;
ALTER FUNCTION exam.rank_band(exam.session_state, text, integer) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.rank_band(exam.session_state, text, integer) FROM PUBLIC;

CREATE FUNCTION exam.rank_pool(st exam.session_state, p_area text, p_limit integer, OUT ids bigint[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_org integer := exam.exam_org(st.exam_id);
BEGIN
    -- whole pool, one ORDER BY (also the naive benchmark baseline)
    SELECT pg_catalog.array_agg(q.id ORDER BY q.inf DESC, q.id) INTO ids
    FROM (SELECT f.id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                       / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf          -- exam.info, one exp
          FROM (SELECT i.id, i.a, i.c, 1 / (1 + pg_catalog.exp(LEAST(-i.a * (st.theta - i.b), 700))) AS f
                FROM public.items i
                WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
                  AND (i.organization_id IS NULL OR i.shared OR i.organization_id = v_org)
                  AND (st.grades IS NULL OR i.grade = ANY (st.grades))
                  AND (st.strands IS NULL OR i.strand = ANY (st.strands))
                  AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area)
               ) f
          ORDER BY inf DESC, f.id LIMIT p_limit) q;
END $$;
ALTER FUNCTION exam.rank_pool(exam.session_state, text, integer) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.rank_pool(exam.session_state, text, integer) FROM PUBLIC;

-- tier 1, or tiers 1 and 2, of θ's band (the whole pool when θ has no band); 3: the whole pool
CREATE FUNCTION exam.rank_tier(st exam.session_state, p_area text, p_tier integer, p_limit integer,
                               OUT ids bigint[], OUT g integer, OUT exact_all boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
BEGIN
    IF p_tier < 3 THEN
        SELECT * INTO r FROM exam.rank_band(st, p_area, p_tier);
        IF r.banded THEN
            ids := r.ids;
            g := r.g;
            exact_all := false;
            RETURN;
        END IF;
    END IF;
    ids := (SELECT p.ids FROM exam.rank_pool(st, p_area, p_limit) p);
    g := COALESCE(pg_catalog.array_length(ids, 1), 0);
    exact_all := true;
END $$;
ALTER FUNCTION exam.rank_tier(exam.session_state, text, integer, integer) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.rank_tier(exam.session_state, text, integer, integer) FROM PUBLIC;

-- the band's first tier, or the whole pool (p_full): the same signature and results as 0019's
CREATE OR REPLACE FUNCTION exam.rank_items(st exam.session_state, p_area text, p_full boolean, p_limit integer,
                                OUT ids bigint[], OUT g integer, OUT exact_all boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    SELECT r.ids, r.g, r.exact_all INTO ids, g, exact_all
    FROM exam.rank_tier(st, p_area, CASE WHEN p_full THEN 3 ELSE 1 END, p_limit) r;
END $$;

-- 3. selection tries the band's tiers before the whole pool
CREATE OR REPLACE FUNCTION exam.select_item(st exam.session_state, OUT item_id bigint, OUT blocked bigint[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k integer := GREATEST(COALESCE((st.config ->> 'randomesque_k')::integer, 1), 1);
    sh boolean := COALESCE(st.config ->> 'exposure_control', 'none') = 'sympson_hetter';
    v_area text := exam.pick_area(st);
    r record;
    ranked bigint[];
    g integer;
    n integer;
    kk integer;
    pos integer;
    j bigint;
    -- 1: the band's first tier of candidates, 2: with its reserve tier, 3: the whole pool
    tier integer := 1;
    reserve boolean := COALESCE(auth.setting('band_reserve'), 0) = 1;
BEGIN
    blocked := '{}';
    -- restricted maximum exposure (cat.selection rule 5): items at or above the exam's target
    -- rate compete no more (the least used of the area's items when that leaves none)
    st.excluded := st.excluded || exam.over_exposed(st, v_area);
    LOOP
        SELECT * INTO r FROM exam.rank_tier(st, v_area, tier, CASE WHEN sh THEN NULL ELSE k END);
        ranked := COALESCE(r.ids, '{}');
        g := r.g;
        n := COALESCE(pg_catalog.array_length(ranked, 1), 0);
        IF NOT r.exact_all AND g < k THEN
            -- too few guaranteed candidates: the reserve tier, then the whole pool
            tier := CASE WHEN tier = 1 AND reserve THEN 2 ELSE 3 END;
            CONTINUE;
        END IF;
        IF NOT sh THEN
            IF n = 0 THEN
                item_id := NULL;
                RETURN;
            END IF;
            kk := LEAST(k, n);
            pos := CASE WHEN kk <= 1 THEN 1 ELSE 1 + pg_catalog.floor(pg_catalog.random() * kk)::integer END;
            item_id := ranked[pos];
            RETURN;
        END IF;
        -- Sympson-Hetter walk over the ranking (exact while g covers the draw window)
        blocked := '{}';
        LOOP
            n := COALESCE(pg_catalog.array_length(ranked, 1), 0);
            IF n = 0 THEN
                EXIT;
            END IF;
            kk := LEAST(k, n);
            IF NOT r.exact_all AND g < kk THEN
                EXIT;
            END IF;
            pos := CASE WHEN kk <= 1 THEN 1 ELSE 1 + pg_catalog.floor(pg_catalog.random() * kk)::integer END;
            j := ranked[pos];
            ranked := ranked[1:pos - 1] || ranked[pos + 1:n];
            g := g - 1;
            IF pg_catalog.random() < exam.sh_k(st, j) OR (r.exact_all AND n = 1) THEN
                item_id := j;
                RETURN;
            END IF;
            blocked := blocked || j;
        END LOOP;
        IF r.exact_all THEN
            item_id := NULL;
            RETURN;
        END IF;
        -- ran out of guaranteed candidates: redo the walk on the reserve tier, then the whole pool
        tier := CASE WHEN tier = 1 AND reserve THEN 2 ELSE 3 END;
    END LOOP;
END $$;

-- 4. every subject's bands with their reserve tier
SELECT exam.rebuild_bands(s.subject) FROM (SELECT DISTINCT bd.subject FROM exam.bands bd) s;
"""

DOWNGRADE = r"""
CREATE OR REPLACE FUNCTION exam.select_item(st exam.session_state, OUT item_id bigint, OUT blocked bigint[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k integer := GREATEST(COALESCE((st.config ->> 'randomesque_k')::integer, 1), 1);
    sh boolean := COALESCE(st.config ->> 'exposure_control', 'none') = 'sympson_hetter';
    v_area text := exam.pick_area(st);
    r record;
    ranked bigint[];
    g integer;
    n integer;
    kk integer;
    pos integer;
    j bigint;
    full_scan boolean := false;
BEGIN
    blocked := '{}';
    -- restricted maximum exposure (cat.selection rule 5): items at or above the exam's target
    -- rate compete no more (the least used of the area's items when that leaves none)
    st.excluded := st.excluded || exam.over_exposed(st, v_area);
    LOOP
        SELECT * INTO r FROM exam.rank_items(st, v_area, full_scan, CASE WHEN sh THEN NULL ELSE k END);
        ranked := COALESCE(r.ids, '{}');
        g := r.g;
        n := COALESCE(pg_catalog.array_length(ranked, 1), 0);
        IF NOT r.exact_all AND g < k THEN
            full_scan := true;   -- too few guaranteed candidates: rank the whole pool
            CONTINUE;
        END IF;
        IF NOT sh THEN
            IF n = 0 THEN
                item_id := NULL;
                RETURN;
            END IF;
            kk := LEAST(k, n);
            pos := CASE WHEN kk <= 1 THEN 1 ELSE 1 + pg_catalog.floor(pg_catalog.random() * kk)::integer END;
            item_id := ranked[pos];
            RETURN;
        END IF;
        -- Sympson-Hetter walk over the ranking (exact while g covers the draw window)
        blocked := '{}';
        LOOP
            n := COALESCE(pg_catalog.array_length(ranked, 1), 0);
            IF n = 0 THEN
                EXIT;
            END IF;
            kk := LEAST(k, n);
            IF NOT r.exact_all AND g < kk THEN
                EXIT;
            END IF;
            pos := CASE WHEN kk <= 1 THEN 1 ELSE 1 + pg_catalog.floor(pg_catalog.random() * kk)::integer END;
            j := ranked[pos];
            ranked := ranked[1:pos - 1] || ranked[pos + 1:n];
            g := g - 1;
            IF pg_catalog.random() < exam.sh_k(st, j) OR (r.exact_all AND n = 1) THEN
                item_id := j;
                RETURN;
            END IF;
            blocked := blocked || j;
        END LOOP;
        IF r.exact_all THEN
            item_id := NULL;
            RETURN;
        END IF;
        full_scan := true;  -- ran out of guaranteed candidates: redo the walk on the whole pool
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION exam.rank_items(st exam.session_state, p_area text, p_full boolean, p_limit integer,
                                OUT ids bigint[], OUT g integer, OUT exact_all boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    lo double precision;
    w double precision;
    nb integer;
    naive boolean;
    v_band integer;
    thr double precision;
    v_org integer := exam.exam_org(st.exam_id);
BEGIN
    SELECT pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_min'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_width'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_count'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'naive_selection') = 1
    INTO lo, w, nb, naive
    FROM auth.settings s WHERE s.key IN ('band_min', 'band_width', 'band_count', 'naive_selection');
    v_band := pg_catalog.floor((st.theta - lo) / w)::integer;
    IF NOT p_full AND NOT naive AND v_band >= 0 AND v_band < nb THEN
        SELECT bd.threshold INTO thr FROM exam.bands bd WHERE bd.subject = st.subject AND bd.band = v_band;
        IF FOUND THEN
            SELECT pg_catalog.array_agg(q.item_id ORDER BY q.inf DESC, q.item_id),
                   COALESCE(pg_catalog.sum(q.guaranteed::integer), 0)
            INTO ids, g
            FROM (SELECT f.item_id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                                    / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf,   -- exam.info, one exp
                         f.guaranteed
                  FROM (SELECT c.item_id, c.a, c.c, c.lower >= thr AS guaranteed,
                               1 / (1 + pg_catalog.exp(LEAST(-c.a * (st.theta - c.b), 700))) AS f
                  FROM exam.band_candidates c JOIN public.items it ON it.id = c.item_id
                  WHERE c.subject = st.subject AND c.band = v_band AND NOT (c.item_id = ANY (st.excluded))
                    AND (it.organization_id IS NULL OR it.shared OR it.organization_id = v_org)
                    AND (st.grades IS NULL OR c.grade = ANY (st.grades))
                    AND (st.strands IS NULL OR c.strand = ANY (st.strands))
                    AND (p_area IS NULL OR exam.area_label(st.content_key, st.subject, c.grade, c.strand) = p_area)
                 ) f) q;
            exact_all := false;
            RETURN;
        END IF;
    END IF;
    -- whole pool, one ORDER BY (also the naive benchmark baseline)
    SELECT pg_catalog.array_agg(q.id ORDER BY q.inf DESC, q.id) INTO ids
    FROM (SELECT f.id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                       / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf          -- exam.info, one exp
          FROM (SELECT i.id, i.a, i.c, 1 / (1 + pg_catalog.exp(LEAST(-i.a * (st.theta - i.b), 700))) AS f
                FROM public.items i
                WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
                  AND (i.organization_id IS NULL OR i.shared OR i.organization_id = v_org)
                  AND (st.grades IS NULL OR i.grade = ANY (st.grades))
                  AND (st.strands IS NULL OR i.strand = ANY (st.strands))
                  AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area)
               ) f
          ORDER BY inf DESC, f.id LIMIT p_limit) q;
    g := COALESCE(pg_catalog.array_length(ids, 1), 0);
    exact_all := true;
END $$;

DROP FUNCTION exam.rank_tier(exam.session_state, text, integer, integer);
DROP FUNCTION exam.rank_pool(exam.session_state, text, integer);
DROP FUNCTION exam.rank_band(exam.session_state, text, integer);
CREATE OR REPLACE FUNCTION exam.add_band_candidates(p_ids bigint[]) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO exam.band_candidates (subject, band, item_id, lower, a, b, c, grade, strand)
    SELECT i.subject, bd.band, i.id,
           exam.info_lower(i.a, i.b, i.c, s.lo + bd.band * s.w, s.lo + (bd.band + 1) * s.w),
           i.a, i.b, i.c, i.grade, i.strand
    FROM public.items i
    JOIN exam.bands bd ON bd.subject = i.subject
    CROSS JOIN (SELECT auth.setting('band_min') AS lo, auth.setting('band_width') AS w) s
    WHERE i.id = ANY (p_ids) AND i.status = 'active'
      AND exam.info_upper(i.a, i.b, i.c, s.lo + bd.band * s.w, s.lo + (bd.band + 1) * s.w) >= bd.threshold
    ON CONFLICT DO NOTHING
$$;

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

DELETE FROM auth.settings WHERE key = 'band_reserve';
ALTER TABLE exam.band_candidates DROP COLUMN tier;
ALTER TABLE exam.bands DROP COLUMN reserve_threshold;
SELECT exam.rebuild_bands(s.subject) FROM (SELECT DISTINCT bd.subject FROM exam.bands bd) s;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
