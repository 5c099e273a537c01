-- CAT mathematics in SQL: 3PL information, EAP on a quadrature grid, banded candidate sets.
-- Matches dreamseed_desktop.cat (models.item_information, estimation.eap/ThetaEstimator).

-- Fisher information I = a^2 f^2 (1-P)/max(P, 1e-12), f = logistic(a(theta-b)), P = c + (1-c) f.
-- One expression without FROM or SET so the planner inlines it (a function call per row would
-- cost ~15 us; inlined it is a few arithmetic operations).
CREATE FUNCTION exam.info(theta double precision, a double precision, b double precision, c double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT a * a * (1 / (1 + pg_catalog.exp(LEAST(-a * (theta - b), 700))))
           * (1 / (1 + pg_catalog.exp(LEAST(-a * (theta - b), 700))))
           * (1 - (c + (1 - c) * (1 / (1 + pg_catalog.exp(LEAST(-a * (theta - b), 700))))))
           / GREATEST(c + (1 - c) * (1 / (1 + pg_catalog.exp(LEAST(-a * (theta - b), 700)))), 1e-12)
$$;

-- theta where the 3PL information peaks
CREATE FUNCTION exam.info_peak(a double precision, b double precision, c double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT b + pg_catalog.ln((1 + pg_catalog.sqrt(1 + 8 * c)) / 2) / a
$$;

-- bounds of the information on [t0, t1], widened by 1e-9 relative against rounding
CREATE FUNCTION exam.info_lower(a double precision, b double precision, c double precision,
                                t0 double precision, t1 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT LEAST(exam.info(t0, a, b, c), exam.info(t1, a, b, c)) * (1 - 1e-9)
$$;
CREATE FUNCTION exam.info_upper(a double precision, b double precision, c double precision,
                                t0 double precision, t1 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT exam.info(LEAST(GREATEST(exam.info_peak(a, b, c), t0), t1), a, b, c) * (1 + 1e-9)
$$;

-- grid points lo + k (hi - lo)/(n - 1)
CREATE FUNCTION exam.grid_points(lo double precision, hi double precision, n integer)
RETURNS double precision[] LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.array_agg(lo + k * (hi - lo) / (n - 1) ORDER BY k) FROM pg_catalog.generate_series(0, n - 1) k
$$;

-- log of the normalised normal prior weights on the grid
CREATE FUNCTION exam.log_prior(grid double precision[], mu double precision, sigma double precision)
RETURNS double precision[] LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.array_agg(pg_catalog.ln(d / s.total) ORDER BY k)
    FROM (SELECT k, pg_catalog.exp(-0.5 * ((x - mu) / sigma) * ((x - mu) / sigma)) AS d
          FROM pg_catalog.unnest(grid) WITH ORDINALITY AS g(x, k)) q,
         (SELECT pg_catalog.sum(pg_catalog.exp(-0.5 * ((x - mu) / sigma) * ((x - mu) / sigma))) AS total
          FROM pg_catalog.unnest(grid) AS x) s
$$;

-- Add one answered item's log-likelihood to the log-posterior (P clipped to [1e-12, 1-1e-12];
-- correct = NULL adds nothing) and summarise it: posterior mean and SD, as
-- cat.estimation.posterior_summary does.
CREATE FUNCTION exam.eap_update(grid double precision[], log_post double precision[],
                                a double precision, b double precision, c double precision, correct boolean,
                                OUT new_log_post double precision[], OUT theta double precision,
                                OUT se double precision)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    sw double precision;
    swx double precision;
    swxx double precision;
BEGIN
    -- one pass: new log-posterior, weights exp(L - max L), and the weighted sums
    SELECT pg_catalog.array_agg(q.nl ORDER BY q.k), pg_catalog.sum(q.w), pg_catalog.sum(q.w * q.x),
           pg_catalog.sum(q.w * q.x * q.x)
    INTO new_log_post, sw, swx, swxx
    FROM (SELECT r.k, r.x, r.nl,
                 CASE WHEN r.nl - pg_catalog.max(r.nl) OVER () < -700 THEN 0
                      ELSE pg_catalog.exp(r.nl - pg_catalog.max(r.nl) OVER ()) END AS w
          FROM (SELECT g.k, g.x,
                       g.lp + CASE WHEN correct IS NULL THEN 0
                                   WHEN correct THEN pg_catalog.ln(LEAST(GREATEST(
                                       c + (1 - c) * (1 / (1 + pg_catalog.exp(-a * (g.x - b)))), 1e-12), 1 - 1e-12))
                                   ELSE pg_catalog.ln(1 - LEAST(GREATEST(
                                       c + (1 - c) * (1 / (1 + pg_catalog.exp(-a * (g.x - b)))), 1e-12), 1 - 1e-12))
                              END AS nl
                FROM unnest(grid, log_post) WITH ORDINALITY AS g(x, lp, k)) r) q;
    theta := swx / sw;
    -- E[x^2] - E[x]^2 (the posterior SD is far above the rounding error of this form)
    se := pg_catalog.sqrt(GREATEST(swxx / sw - theta * theta, 0));
END $$;

-- Standard normal CDF (Abramowitz-Stegun 7.1.26, |error| < 1.5e-7) for the 0-100 score.
CREATE FUNCTION exam.norm_cdf(z double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN z >= 0 THEN 1 - v ELSE v END
    FROM (SELECT 0.5 * t * pg_catalog.exp(-x * x) * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                 + t * (-1.453152027 + t * 1.061405429)))) AS v
          FROM (SELECT pg_catalog.abs(z) / pg_catalog.sqrt(2.0::double precision) AS x,
                       1 / (1 + 0.3275911 * pg_catalog.abs(z) / pg_catalog.sqrt(2.0::double precision)) AS t) s) q
$$;

-- Rebuild the candidate sets of one subject (bulk imports; new subjects).
CREATE FUNCTION exam.rebuild_bands(p_subject text) RETURNS integer
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

-- Add changed/new active items as candidates where they may matter (thresholds stay valid:
-- an item below a band's threshold is beaten there by every guaranteed candidate).
CREATE FUNCTION exam.add_band_candidates(p_ids bigint[]) RETURNS void
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

CREATE FUNCTION exam.items_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM exam.band_candidates WHERE item_id IN (SELECT id FROM old_rows);
    END IF;
    FOR r IN
        SELECT n.subject, pg_catalog.count(*) AS changed,
               pg_catalog.array_agg(n.id) AS ids,
               (SELECT pg_catalog.count(*) FROM public.items i WHERE i.subject = n.subject) AS total,
               EXISTS (SELECT 1 FROM exam.bands bd WHERE bd.subject = n.subject) AS has_bands
        FROM new_rows n GROUP BY n.subject
    LOOP
        IF NOT r.has_bands OR r.changed * 5 > r.total THEN
            PERFORM exam.rebuild_bands(r.subject);
        ELSE
            PERFORM exam.add_band_candidates(r.ids);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_items_bands_insert AFTER INSERT ON public.items
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION exam.items_changed();
CREATE TRIGGER trg_items_bands_update AFTER UPDATE ON public.items
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION exam.items_changed();
