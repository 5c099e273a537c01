-- Item selection (mirrors dreamseed_desktop.cat.selection; see its module docstring).

-- content label of an item for the session's content_key
CREATE FUNCTION exam.area_label(p_key text, p_subject text, p_grade smallint, p_strand text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE p_key WHEN 'subject' THEN p_subject WHEN 'grade' THEN p_grade::text
                      WHEN 'strand' THEN p_strand END
$$;

-- does the pool still hold an eligible item (optionally in one content area)?
CREATE FUNCTION exam.has_eligible(st exam.session_state, p_area text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.items i
        WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
          AND (st.grades IS NULL OR i.grade = ANY (st.grades))
          AND (st.strands IS NULL OR i.strand = ANY (st.strands))
          AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area))
$$;

-- Content balancing: the target area with the largest deficit that still has eligible items.
CREATE FUNCTION exam.pick_area(st exam.session_state) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    names text[];
    vals double precision[];
    total double precision := 0;
    r record;
    i integer;
BEGIN
    IF COALESCE(st.config -> 'content_targets', '{}') = '{}' THEN
        RETURN NULL;
    END IF;
    SELECT pg_catalog.array_agg(e.key ORDER BY e.key COLLATE "C"),
           pg_catalog.array_agg(e.value::text::double precision ORDER BY e.key COLLATE "C")
    INTO names, vals
    FROM pg_catalog.jsonb_each(st.config -> 'content_targets') e
    WHERE e.value::text::double precision > 0;
    IF names IS NULL THEN
        RETURN NULL;
    END IF;
    FOR i IN 1 .. pg_catalog.array_length(vals, 1) LOOP
        total := total + vals[i];
    END LOOP;
    FOR r IN
        SELECT t.name, (t.v / total) * (st.answered + 1)
                       - (SELECT pg_catalog.count(*) FROM pg_catalog.unnest(st.areas) x WHERE x = t.name) AS deficit
        FROM unnest(names, vals) WITH ORDINALITY AS t(name, v, ord)
        ORDER BY 2 DESC, t.ord
    LOOP
        IF exam.has_eligible(st, r.name) THEN
            RETURN r.name;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- Eligible items ranked by information at st.theta (desc, ties by lowest id), and how many of
-- the first ranks are exact for the whole pool (g). Banded unless p_full or the theta is
-- outside the bands; p_limit caps the ranking (NULL = all).
CREATE FUNCTION exam.rank_items(st exam.session_state, p_area text, p_full boolean, p_limit integer,
                                OUT ids bigint[], OUT g integer, OUT exact_all boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    lo double precision;
    w double precision;
    nb integer;
    naive boolean;
    v_band integer;
    thr double precision;
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
                  FROM exam.band_candidates c
                  WHERE c.subject = st.subject AND c.band = v_band AND NOT (c.item_id = ANY (st.excluded))
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
                  AND (st.grades IS NULL OR i.grade = ANY (st.grades))
                  AND (st.strands IS NULL OR i.strand = ANY (st.strands))
                  AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area)
               ) f
          ORDER BY inf DESC, f.id LIMIT p_limit) q;
    g := COALESCE(pg_catalog.array_length(ids, 1), 0);
    exact_all := true;
END $$;

-- Sympson-Hetter parameter of an item for this session's configuration.
CREATE FUNCTION exam.sh_k(st exam.session_state, p_item bigint) RETURNS double precision
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE((st.config -> 'exposure_parameters' ->> i.code)::double precision,
                    (st.config -> 'exposure_parameters' ->> i.id::text)::double precision,
                    (SELECT x.sh_k FROM exam.item_exposure x WHERE x.item_id = i.id), 1)
    FROM public.items i WHERE i.id = p_item
$$;

-- Choose the next item: content area, ranking, randomesque draw among the first k, and the
-- Sympson-Hetter walk. Returns NULL when nothing is eligible; items blocked by SH are returned
-- so the caller excludes them for the rest of the session.
CREATE FUNCTION exam.select_item(st exam.session_state, OUT item_id bigint, OUT blocked bigint[])
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
