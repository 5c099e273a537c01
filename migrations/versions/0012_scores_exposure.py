"""named scores in typed columns, restricted maximum exposure on the server, audited answer
corrections, an EAP grid that does not cut off extreme patterns (issue 13)

* ``exam_sessions`` gets typed ``engine_version``, ``stop_reason``, ``paused_seconds`` (they were
  untyped ``meta`` keys; moved) and ``n_answered`` / ``n_correct``, kept by a trigger on
  ``attempts`` (answers, corrections, deletions). The ``score`` column (100·Φ(θ), a percentile of
  an assumed population shown as "score") and ``exam.norm_cdf`` are dropped.
* ``exams.show_result``: ``none`` | ``correct`` (number correct of answered and % correct) |
  ``theta`` (θ with SE); ``score`` becomes ``correct`` and ``band`` becomes ``theta``.
  ``CALL exam.finish`` returns exactly what the teacher chose, each under its own name.
* ``exposure_control: "restricted"``: ``exam.exposure`` counts the sessions of an exam that were
  given each item; ``exam.select_item`` leaves out items whose running rate is at the target
  (``exam.over_exposed``, the rule of ``cat.selection``), under a per-exam lock in
  ``exam.advance``.
* ``exam.correct_answer(attempt, correct, reason)``: the teacher of the session's class (or an
  admin of its organization) corrects one answer of an ended session; θ/SE after every answer
  are recomputed with the session's stored design; audited with old, new and the reason.
* ``exam.default_config()``: EAP grid 121 points on [-6, 6] (was 81 on [-4, 4]), the engine's
  new default (docs/cat.md: precision at the extremes).
* ``exam.proctor_live`` adds ``n_correct``.

Revision ID: 0012
Revises: 0011
"""
from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- typed columns instead of untyped meta keys, and the named scores of a session
ALTER TABLE public.exam_sessions
    ADD COLUMN engine_version text,
    ADD COLUMN stop_reason text,
    ADD COLUMN paused_seconds double precision NOT NULL DEFAULT 0
        CONSTRAINT ck_exam_sessions_paused_nonneg CHECK (paused_seconds >= 0),
    ADD COLUMN n_answered integer NOT NULL DEFAULT 0,
    ADD COLUMN n_correct integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_exam_sessions_counts CHECK (n_correct >= 0 AND n_correct <= n_answered);
UPDATE public.exam_sessions es SET
    engine_version = es.meta ->> 'engine',
    stop_reason = es.meta ->> 'stop_reason',
    paused_seconds = GREATEST(COALESCE((es.meta ->> 'paused_sec')::double precision, 0), 0),
    n_answered = c.n, n_correct = c.k,
    meta = es.meta - 'engine' - 'stop_reason' - 'paused_sec'
FROM (SELECT s.id, pg_catalog.count(a.id)::integer AS n,
             (pg_catalog.count(a.id) FILTER (WHERE a.correct))::integer AS k
      FROM public.exam_sessions s LEFT JOIN public.attempts a ON a.exam_session_id = s.id GROUP BY s.id) c
WHERE c.id = es.id;
UPDATE public.exam_sessions es SET paused_seconds = EXTRACT(EPOCH FROM st.paused_total)::double precision
FROM exam.session_state st WHERE st.session_id = es.id AND es.status IN ('completed', 'terminated');
-- 100·Φ(θ) was a percentile of an assumed population shown as "score": gone
ALTER TABLE public.exam_sessions DROP COLUMN score;
DROP FUNCTION exam.norm_cdf(double precision);
-- what the student sees at the end: nothing, number correct and % correct, or θ with its SE
ALTER TABLE public.exams DROP CONSTRAINT ck_exams_show_result;
UPDATE public.exams SET show_result = CASE show_result WHEN 'score' THEN 'correct' WHEN 'band' THEN 'theta'
                                                       ELSE show_result END;
ALTER TABLE public.exams ADD CONSTRAINT ck_exams_show_result CHECK (show_result IN ('none', 'correct', 'theta'));

-- restricted maximum exposure: sessions of an exam that were given each item
CREATE TABLE exam.exposure (
    exam_id integer NOT NULL REFERENCES public.exams (id) ON DELETE CASCADE,
    item_id bigint NOT NULL REFERENCES public.items (id) ON DELETE CASCADE,
    n       integer NOT NULL CHECK (n >= 0),
    PRIMARY KEY (exam_id, item_id)
);
ALTER TABLE exam.exposure OWNER TO dreamseed_owner;
ALTER TABLE exam.exposure ENABLE ROW LEVEL SECURITY;
ALTER TABLE exam.exposure FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON exam.exposure TO dreamseed_owner USING (true) WITH CHECK (true);
REVOKE ALL ON TABLE exam.exposure FROM PUBLIC;
INSERT INTO exam.exposure (exam_id, item_id, n)
SELECT es.exam_id, a.item_id, pg_catalog.count(DISTINCT es.id)::integer
FROM public.exam_sessions es JOIN public.attempts a ON a.exam_session_id = es.id
WHERE es.exam_id IS NOT NULL GROUP BY es.exam_id, a.item_id;

ALTER TYPE exam.final_result DROP ATTRIBUTE score, ADD ATTRIBUTE n_correct integer,
    ADD ATTRIBUTE percent_correct double precision, ADD ATTRIBUTE stop_reason text;

CREATE FUNCTION exam.engine_version() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$ SELECT 'postgresql/exam-api-2'::text $$;

-- number answered / number correct of each session follow its attempts (answers, corrections,
-- deletions), so every reader sees the counts the session row stores
CREATE FUNCTION public.exam_session_counts_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE public.exam_sessions SET n_answered = n_answered - 1, n_correct = n_correct - OLD.correct::integer
        WHERE id = OLD.exam_session_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE public.exam_sessions SET n_answered = n_answered + 1, n_correct = n_correct + NEW.correct::integer
        WHERE id = NEW.exam_session_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_attempts_session_counts AFTER INSERT OR DELETE OR UPDATE OF correct, exam_session_id
    ON public.attempts FOR EACH ROW EXECUTE FUNCTION public.exam_session_counts_apply();

-- Items of the session's exam that the restricted maximum-exposure rule keeps out now
-- (mirrors cat.selection.restrict_exposure): with N the exam's sessions started (this one
-- included) and n_i the sessions given item i, items with n_i >= r N; if that leaves no eligible
-- item in the content area, every item used more often than the least used eligible one.
CREATE FUNCTION exam.over_exposed(st exam.session_state, p_area text) RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_limit double precision;
    v_over bigint[];
    v_min integer;
    probe exam.session_state := st;
BEGIN
    IF COALESCE(st.config ->> 'exposure_control', 'none') <> 'restricted' THEN
        RETURN '{}';
    END IF;
    SELECT (st.config ->> 'exposure_target')::double precision * GREATEST(pg_catalog.count(*), 1)
    INTO v_limit FROM exam.session_state s WHERE s.exam_id = st.exam_id;
    SELECT COALESCE(pg_catalog.array_agg(x.item_id), '{}') INTO v_over
    FROM exam.exposure x WHERE x.exam_id = st.exam_id AND x.n >= v_limit;
    probe.excluded := st.excluded || v_over;
    IF exam.has_eligible(probe, p_area) THEN
        RETURN v_over;
    END IF;
    SELECT pg_catalog.min(COALESCE(x.n, 0)) INTO v_min
    FROM public.items i
    LEFT JOIN exam.exposure x ON x.exam_id = st.exam_id AND x.item_id = i.id
    WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
      AND (st.grades IS NULL OR i.grade = ANY (st.grades))
      AND (st.strands IS NULL OR i.strand = ANY (st.strands))
      AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area);
    SELECT COALESCE(pg_catalog.array_agg(x.item_id), '{}') INTO v_over
    FROM exam.exposure x WHERE x.exam_id = st.exam_id AND x.n > COALESCE(v_min, 0);
    RETURN v_over;
END $$;

-- End a session: status, times, θ/SE, how it ended (stop_reason) and the paused time, in typed
-- columns. No 0-100 number: number correct / answered are kept by the attempts trigger.
CREATE OR REPLACE FUNCTION exam.finalize(p_session bigint, p_status text, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    es public.exam_sessions;
    v_end timestamptz := pg_catalog.now();
BEGIN
    PERFORM exam.settle(p_session);
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    SELECT * INTO es FROM public.exam_sessions WHERE id = p_session FOR UPDATE;
    IF es.status IN ('completed', 'terminated') THEN
        RETURN;
    END IF;
    IF es.status = 'suspended' AND st.paused_at IS NOT NULL THEN
        st.paused_total := st.paused_total + (v_end - st.paused_at);
    END IF;
    UPDATE exam.session_state SET pending_seq = NULL, pending_item = NULL, pending_at = NULL,
        stop_reason = p_reason, paused_at = NULL, paused_by_proctor = false, paused_total = st.paused_total,
        last_activity_at = v_end
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET status = p_status, ended_at = v_end,
        duration_sec = GREATEST(0, EXTRACT(EPOCH FROM (v_end - es.started_at - st.paused_total)))::integer,
        paused_seconds = EXTRACT(EPOCH FROM st.paused_total)::double precision,
        stop_reason = p_reason,
        theta = CASE WHEN st.answered > 0 THEN st.theta END,
        standard_error = CASE WHEN st.answered > 0 THEN st.se END,
        version = version + 1
    WHERE id = p_session;
    PERFORM auth.audit(auth.current_user_id(), (SELECT c.organization_id FROM public.classes c WHERE c.id = es.class_id),
        CASE WHEN p_status = 'terminated' THEN 'exam_session.terminate' ELSE 'exam_session.finish' END, 'exam_session',
        p_session::text, ARRAY[(SELECT s.user_id FROM public.students s WHERE s.id = es.student_id)],
        pg_catalog.jsonb_build_object('reason', p_reason, 'answered', st.answered, 'theta', st.theta, 'se', st.se));
END $$;
CREATE OR REPLACE FUNCTION exam.advance(p_session bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    cfg jsonb;
    sel record;
    v_reason text;
    v_best double precision;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session;
    cfg := st.config;
    IF st.answered >= (cfg ->> 'max_items')::integer THEN
        v_reason := 'max_items';
    ELSIF st.deadline_at IS NOT NULL AND pg_catalog.now() >= st.deadline_at THEN
        v_reason := 'time_limit';
    ELSIF st.answered >= (cfg ->> 'min_items')::integer THEN
        IF COALESCE((cfg ->> 'min_information')::double precision, 0) > 0 THEN
            SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
            FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, false, 1) r
                                              WHERE r.g >= 1 OR r.exact_all);
            IF v_best IS NULL THEN
                SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
                FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, true, 1) r);
            END IF;
            IF v_best IS NOT NULL AND v_best < (cfg ->> 'min_information')::double precision THEN
                v_reason := 'min_information';
            END IF;
        END IF;
        IF v_reason IS NULL AND cfg ->> 'se_target' IS NOT NULL
           AND st.se <= (cfg ->> 'se_target')::double precision THEN
            v_reason := 'se_target';
        END IF;
    END IF;
    IF v_reason IS NULL THEN
        IF cfg ->> 'exposure_control' = 'restricted' THEN
            -- the exam's exposure counts are read and moved under one lock, so two students'
            -- selections cannot both take an item's last place below the target
            PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('exam.exposure'), st.exam_id);
        END IF;
        SELECT * INTO sel FROM exam.select_item(st);
        IF sel.item_id IS NULL THEN
            v_reason := 'no_items';
        END IF;
    END IF;
    IF v_reason IS NOT NULL THEN
        PERFORM exam.finalize(p_session, 'completed', v_reason);
        RETURN false;
    END IF;
    UPDATE exam.session_state SET pending_seq = st.answered + 1, pending_item = sel.item_id,
        pending_at = pg_catalog.now(), excluded = excluded || sel.blocked
    WHERE session_id = p_session;
    -- the item is given: one more session of this exam has seen it
    INSERT INTO exam.exposure AS x (exam_id, item_id, n) VALUES (st.exam_id, sel.item_id, 1)
    ON CONFLICT (exam_id, item_id) DO UPDATE SET n = x.n + 1;
    RETURN true;
END $$;
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
CREATE OR REPLACE FUNCTION exam.default_config() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT '{"algorithm_version": "dreamseed-cat/1.0", "estimator": "eap",
             "grid_min": -6.0, "grid_max": 6.0, "grid_points": 121,
             "prior_mean": 0.0, "prior_sd": 1.0, "mle_min": -4.0, "mle_max": 4.0,
             "start_theta": null, "randomesque_k": 1,
             "exposure_control": "none", "exposure_target": 0.25,
             "exposure_parameters": {}, "content_key": "subject",
             "content_targets": {}, "min_items": 5, "max_items": 30,
             "se_target": 0.3, "time_limit_seconds": null, "min_information": 0.0}'::jsonb
$$;
CREATE OR REPLACE FUNCTION exam.act_start(p_exam integer) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    e public.exams;
    st exam.session_state;
    v_status text;
    cfg jsonb;
    v_unknown text;
    v_grid double precision[];
    v_lp double precision[];
    v_theta double precision;
    v_se double precision;
    v_deadline timestamptz;
    v_session bigint;
    v_bank integer;
    v_filter jsonb;
    v_org integer;
BEGIN
    PERFORM exam.require_procedure();
    i := exam.require_student();
    SELECT * INTO e FROM public.exams WHERE id = p_exam;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM public.student_classroom sc
                                WHERE sc.class_id = e.class_id AND sc.student_id = i.student_id) THEN
        RAISE EXCEPTION 'Exam not found.' USING ERRCODE = 'DS404';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(p_exam, i.student_id);
    SELECT * INTO st FROM exam.session_state WHERE exam_id = p_exam AND student_id = i.student_id FOR UPDATE;
    IF FOUND THEN
        SELECT status INTO v_status FROM public.exam_sessions WHERE id = st.session_id;
        IF v_status = 'in_progress' THEN
            PERFORM exam.enforce_deadline(st.session_id, false);
        ELSIF v_status = 'suspended' AND NOT st.paused_by_proctor THEN
            IF st.paused_at < pg_catalog.now() - pg_catalog.make_interval(days => e.resume_days) THEN
                PERFORM exam.finalize(st.session_id, 'terminated', 'resume_expired');
                RAISE EXCEPTION 'The time to resume this exam has passed. Ask your teacher.' USING ERRCODE = 'DS409';
            END IF;
            PERFORM exam.resume_session(st.session_id);
            PERFORM auth.audit(i.user_id, i.organization_id, 'exam_session.resume', 'exam_session', st.session_id::text,
                               ARRAY[i.user_id], '{}');
        ELSIF v_status IN ('completed', 'terminated') THEN
            RAISE EXCEPTION 'You have already taken this exam.' USING ERRCODE = 'DS409';
        END IF;
        RETURN exam.info_of(st.session_id);
    END IF;

    IF NOT e.is_open OR (e.opens_at IS NOT NULL AND pg_catalog.now() < e.opens_at)
       OR (e.closes_at IS NOT NULL AND pg_catalog.now() >= e.closes_at) THEN
        RAISE EXCEPTION 'This exam is not open now.' USING ERRCODE = 'DS403';
    END IF;
    SELECT k INTO v_unknown FROM pg_catalog.jsonb_object_keys(e.cat_config) k
    WHERE NOT exam.default_config() ? k LIMIT 1;
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'The exam''s adaptive-test settings are invalid (unknown setting "%"). Ask your teacher.',
            v_unknown USING ERRCODE = 'DS422';
    END IF;
    cfg := exam.default_config() || e.cat_config;
    IF cfg ->> 'estimator' <> 'eap' THEN
        RAISE EXCEPTION 'The exam server scores with EAP only; ask your teacher to choose the EAP estimator.'
            USING ERRCODE = 'DS422';
    END IF;
    v_filter := COALESCE(e.item_filter, '{}');
    v_grid := exam.grid_points((cfg ->> 'grid_min')::double precision, (cfg ->> 'grid_max')::double precision,
                               (cfg ->> 'grid_points')::integer);
    v_lp := exam.log_prior(v_grid, (cfg ->> 'prior_mean')::double precision, (cfg ->> 'prior_sd')::double precision);
    SELECT s.theta, s.se INTO v_theta, v_se FROM exam.eap_update(v_grid, v_lp, 1, 0, 0, NULL) s;
    v_theta := COALESCE((cfg ->> 'start_theta')::double precision, (cfg ->> 'prior_mean')::double precision);
    IF cfg ->> 'time_limit_seconds' IS NOT NULL THEN
        v_deadline := pg_catalog.now() + pg_catalog.make_interval(secs => (cfg ->> 'time_limit_seconds')::double precision);
    END IF;
    IF e.closes_at IS NOT NULL THEN
        v_deadline := LEAST(COALESCE(v_deadline, e.closes_at), e.closes_at);
    END IF;
    SELECT pg_catalog.max(it.bank_version) INTO v_bank FROM public.items it
    WHERE it.subject = e.subject AND it.status = 'active';
    INSERT INTO public.exam_sessions (student_id, class_id, exam_id, exam_type, status, deadline_at,
                                      engine_version, meta)
    VALUES (i.student_id, e.class_id, e.id, e.exam_type, 'in_progress', v_deadline, exam.engine_version(),
            pg_catalog.jsonb_build_object('cat_config', cfg, 'algorithm_version', cfg ->> 'algorithm_version',
                                          'bank_version', v_bank, 'item_filter', v_filter))
    RETURNING id INTO v_session;
    INSERT INTO exam.session_state (session_id, exam_id, student_id, config, subject, grades, strands, content_key,
                                    grid, log_post, theta, se, excluded, deadline_at)
    VALUES (v_session, e.id, i.student_id, cfg, e.subject,
            CASE WHEN v_filter ? 'grades' THEN ARRAY(SELECT pg_catalog.jsonb_array_elements_text(v_filter -> 'grades'))::smallint[]
                 WHEN v_filter ? 'grade' THEN ARRAY[(v_filter ->> 'grade')::smallint] END,
            CASE WHEN v_filter ? 'strands' THEN ARRAY(SELECT pg_catalog.jsonb_array_elements_text(v_filter -> 'strands'))
                 WHEN v_filter ? 'strand' THEN ARRAY[v_filter ->> 'strand'] END,
            cfg ->> 'content_key', v_grid, v_lp, v_theta, v_se,
            -- items this student saw in earlier sessions are excluded
            COALESCE((SELECT pg_catalog.array_agg(DISTINCT a.item_id) FROM public.attempts a
                      WHERE a.student_id = i.student_id), '{}'),
            v_deadline);
    SELECT c.organization_id INTO v_org FROM public.classes c WHERE c.id = e.class_id;
    PERFORM auth.audit(i.user_id, v_org, 'exam_session.start', 'exam_session', v_session::text, ARRAY[i.user_id],
                       pg_catalog.jsonb_build_object('exam_id', e.id));
    PERFORM exam.advance(v_session);
    RETURN exam.info_of(v_session);
END $$;
CREATE OR REPLACE FUNCTION exam.act_finish(p_session bigint) RETURNS exam.final_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    es public.exam_sessions;
    v_show text;
    res exam.final_result;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);
    PERFORM exam.enforce_deadline(p_session, false);
    SELECT * INTO es FROM public.exam_sessions WHERE id = p_session;
    IF es.status = 'suspended' AND st.paused_by_proctor THEN
        RAISE EXCEPTION 'Your teacher has paused the exam. Please wait.' USING ERRCODE = 'DS425';
    END IF;
    IF es.status NOT IN ('completed', 'terminated') THEN
        PERFORM exam.finalize(p_session, 'completed', 'student_finished');
        SELECT * INTO es FROM public.exam_sessions WHERE id = p_session;
    END IF;
    SELECT e.show_result INTO v_show FROM public.exams e WHERE e.id = st.exam_id;
    res.session_id := p_session; res.status := es.status; res.answered := es.n_answered;
    res.show_result := v_show; res.stop_reason := es.stop_reason;
    -- only what the teacher chose to show, each under its own name
    IF v_show = 'correct' THEN
        res.n_correct := es.n_correct;
        res.percent_correct := CASE WHEN es.n_answered > 0
            THEN pg_catalog.round((100.0 * es.n_correct / es.n_answered)::numeric, 1)::double precision END;
    ELSIF v_show = 'theta' THEN
        res.theta := es.theta;
        res.se := es.standard_error;
    END IF;
    RETURN res;
END $$;
-- A staff correction of one answer's right/wrong (e.g. a wrong key), by the teacher of the
-- session's class or an admin of its organization, for a session that has ended. The answer
-- changes, θ/SE after every answer are recomputed with the session's stored design (EAP on its
-- own grid and prior, as the session was scored), and the audit log keeps the old and new
-- values with the reason. Returns the old and new values.
CREATE FUNCTION exam.correct_answer(p_attempt bigint, p_correct boolean, p_reason text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    a public.attempts;
    es public.exam_sessions;
    cfg jsonb;
    v_grid double precision[];
    v_lp double precision[];
    v_theta double precision;
    v_se double precision;
    r record;
    v_old jsonb;
    v_new jsonb;
    v_org integer;
    v_teacher integer;
BEGIN
    i := auth.require();
    IF i.role NOT IN ('teacher', 'admin') THEN
        RAISE EXCEPTION 'Only the teacher of the class can do this.' USING ERRCODE = 'DS403';
    END IF;
    IF p_correct IS NULL THEN
        RAISE EXCEPTION 'Say whether the answer is right or wrong.' USING ERRCODE = 'DS422';
    END IF;
    IF p_reason IS NULL OR pg_catalog.btrim(p_reason) = '' THEN
        RAISE EXCEPTION 'Give a reason for the correction.' USING ERRCODE = 'DS422';
    END IF;
    SELECT * INTO a FROM public.attempts x WHERE x.id = p_attempt;
    -- the teacher of the session's class or an admin of its organization; anyone else is told
    -- nothing about the answer
    SELECT c.organization_id, c.teacher_id INTO v_org, v_teacher
    FROM public.exam_sessions s JOIN public.classes c ON c.id = s.class_id WHERE s.id = a.exam_session_id;
    IF a.id IS NULL OR v_org IS NULL
       OR NOT ((i.role = 'teacher' AND i.teacher_id = v_teacher) OR auth.is_admin_of(v_org)) THEN
        RAISE EXCEPTION 'Answer not found.' USING ERRCODE = 'DS404';
    END IF;
    SELECT * INTO es FROM public.exam_sessions x WHERE x.id = a.exam_session_id FOR UPDATE;
    IF es.status NOT IN ('completed', 'terminated') THEN
        RAISE EXCEPTION 'This session is still running in the exam window; correct its answers after it has ended.'
            USING ERRCODE = 'DS409';
    END IF;
    SELECT * INTO a FROM public.attempts x WHERE x.id = p_attempt FOR UPDATE;
    IF a.correct = p_correct THEN
        RAISE EXCEPTION 'The answer is already marked that way; nothing was changed.' USING ERRCODE = 'DS422';
    END IF;
    v_old := pg_catalog.jsonb_build_object('correct', a.correct, 'theta', es.theta, 'se', es.standard_error);
    UPDATE public.attempts SET correct = p_correct WHERE id = p_attempt;
    cfg := exam.default_config() || COALESCE(es.meta -> 'cat_config', '{}');
    v_grid := exam.grid_points((cfg ->> 'grid_min')::double precision, (cfg ->> 'grid_max')::double precision,
                               (cfg ->> 'grid_points')::integer);
    v_lp := exam.log_prior(v_grid, (cfg ->> 'prior_mean')::double precision, (cfg ->> 'prior_sd')::double precision);
    FOR r IN SELECT x.id, x.correct, it.a, it.b, it.c FROM public.attempts x JOIN public.items it ON it.id = x.item_id
             WHERE x.exam_session_id = es.id ORDER BY x.seq LOOP
        SELECT u.new_log_post, u.theta, u.se INTO v_lp, v_theta, v_se
        FROM exam.eap_update(v_grid, v_lp, r.a, r.b, r.c, r.correct) u;
        UPDATE public.attempts SET theta_after = v_theta, se_after = v_se WHERE id = r.id;
    END LOOP;
    UPDATE public.exam_sessions SET theta = v_theta, standard_error = v_se, version = version + 1
    WHERE id = es.id;
    UPDATE exam.session_state SET theta = v_theta, se = v_se, log_post = v_lp WHERE session_id = es.id;
    v_new := pg_catalog.jsonb_build_object('correct', p_correct, 'theta', v_theta, 'se', v_se);
    PERFORM auth.audit(i.user_id, v_org,
        'attempt.correct', 'attempt', p_attempt::text,
        ARRAY[(SELECT s.user_id FROM public.students s WHERE s.id = es.student_id)],
        pg_catalog.jsonb_build_object('exam_session_id', es.id, 'item_id', a.item_id, 'seq', a.seq,
                                      'reason', p_reason, 'old', v_old, 'new', v_new));
    RETURN pg_catalog.jsonb_build_object('old', v_old, 'new', v_new);
END $$;


DROP PROCEDURE exam.finish(text, bigint);
CREATE PROCEDURE exam.finish(p_token text, p_session bigint,
    OUT session_id bigint, OUT status text, OUT answered integer, OUT n_correct integer,
    OUT percent_correct double precision, OUT theta double precision, OUT se double precision,
    OUT show_result text, OUT stop_reason text)
LANGUAGE plpgsql AS $$
DECLARE
    r exam.final_result;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: the call is refused before it does anything
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    r := exam.act_finish(p_session);
    COMMIT;
    session_id := r.session_id; status := r.status; answered := r.answered; n_correct := r.n_correct;
    percent_correct := r.percent_correct; theta := r.theta; se := r.se; show_result := r.show_result;
    stop_reason := r.stop_reason;
END $$;

DROP FUNCTION exam.proctor_live(integer);
CREATE FUNCTION exam.proctor_live(p_exam integer)
RETURNS TABLE (session_id bigint, student_id integer, student_name text, student_number text, status text,
               answered integer, n_correct integer, theta double precision, se double precision, started_at timestamptz,
               last_activity_at timestamptz, time_used_sec double precision, deadline_at timestamptz,
               mean_response_ms_last5 double precision, paused_by_proctor boolean, stop_reason text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM exam.require_proctor_of_exam(p_exam);
    RETURN QUERY
    SELECT s.session_id, st.id, u.name::text, st.student_number,
           CASE es.status WHEN 'in_progress' THEN 'testing' WHEN 'suspended' THEN 'paused'
                          WHEN 'completed' THEN 'finished' WHEN 'terminated' THEN 'terminated'
                          ELSE 'not_started' END,
           COALESCE(s.answered, 0), COALESCE(es.n_correct, 0),
           CASE WHEN s.answered > 0 THEN s.theta END, CASE WHEN s.answered > 0 THEN s.se END,
           es.started_at, s.last_activity_at,
           CASE WHEN es.id IS NULL THEN NULL ELSE EXTRACT(EPOCH FROM
               COALESCE(es.ended_at, s.paused_at, pg_catalog.now()) - es.started_at - s.paused_total)::double precision END,
           s.deadline_at,
           (SELECT pg_catalog.avg(l.server_response_ms)::double precision FROM (
                SELECT a.server_response_ms FROM public.attempts a WHERE a.exam_session_id = s.session_id
                ORDER BY a.seq DESC LIMIT 5) l),
           COALESCE(s.paused_by_proctor, false), s.stop_reason
    FROM public.exams e
    JOIN public.student_classroom sc ON sc.class_id = e.class_id
    JOIN public.students st ON st.id = sc.student_id
    JOIN public.users u ON u.id = st.user_id
    LEFT JOIN exam.session_state s ON s.exam_id = e.id AND s.student_id = st.id
    LEFT JOIN public.exam_sessions es ON es.id = s.session_id
    WHERE e.id = p_exam
    ORDER BY u.name, st.id;
END $$;

ALTER FUNCTION exam.engine_version() OWNER TO dreamseed_owner;
ALTER FUNCTION exam.over_exposed(exam.session_state, text) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.correct_answer(bigint, boolean, text) OWNER TO dreamseed_owner;
ALTER FUNCTION public.exam_session_counts_apply() OWNER TO dreamseed_owner;
ALTER FUNCTION exam.proctor_live(integer) OWNER TO dreamseed_owner;
ALTER PROCEDURE exam.finish(text, bigint) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.engine_version(), exam.over_exposed(exam.session_state, text),
    exam.correct_answer(bigint, boolean, text), public.exam_session_counts_apply(), exam.proctor_live(integer)
    FROM PUBLIC;
REVOKE ALL ON PROCEDURE exam.finish(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.correct_answer(bigint, boolean, text), exam.proctor_live(integer)
    TO dreamseed_client;
GRANT EXECUTE ON PROCEDURE exam.finish(text, bigint) TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP PROCEDURE exam.finish(text, bigint);
DROP FUNCTION exam.proctor_live(integer);
DROP FUNCTION exam.correct_answer(bigint, boolean, text);
DROP TRIGGER trg_attempts_session_counts ON public.attempts;
DROP FUNCTION public.exam_session_counts_apply();
CREATE FUNCTION exam.norm_cdf(z double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN z >= 0 THEN 1 - v ELSE v END
    FROM (SELECT 0.5 * t * pg_catalog.exp(-x * x) * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                 + t * (-1.453152027 + t * 1.061405429)))) AS v
          FROM (SELECT pg_catalog.abs(z) / pg_catalog.sqrt(2.0::double precision) AS x,
                       1 / (1 + 0.3275911 * pg_catalog.abs(z) / pg_catalog.sqrt(2.0::double precision)) AS t) s) q
$$;
ALTER FUNCTION exam.norm_cdf(double precision) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.norm_cdf(double precision) FROM PUBLIC;
ALTER TYPE exam.final_result DROP ATTRIBUTE n_correct, DROP ATTRIBUTE percent_correct, DROP ATTRIBUTE stop_reason,
    ADD ATTRIBUTE score double precision;
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
CREATE OR REPLACE FUNCTION exam.advance(p_session bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    cfg jsonb;
    sel record;
    v_reason text;
    v_best double precision;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session;
    cfg := st.config;
    IF st.answered >= (cfg ->> 'max_items')::integer THEN
        v_reason := 'max_items';
    ELSIF st.deadline_at IS NOT NULL AND pg_catalog.now() >= st.deadline_at THEN
        v_reason := 'time_limit';
    ELSIF st.answered >= (cfg ->> 'min_items')::integer THEN
        IF COALESCE((cfg ->> 'min_information')::double precision, 0) > 0 THEN
            SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
            FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, false, 1) r
                                              WHERE r.g >= 1 OR r.exact_all);
            IF v_best IS NULL THEN
                SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
                FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, true, 1) r);
            END IF;
            IF v_best IS NOT NULL AND v_best < (cfg ->> 'min_information')::double precision THEN
                v_reason := 'min_information';
            END IF;
        END IF;
        IF v_reason IS NULL AND cfg ->> 'se_target' IS NOT NULL
           AND st.se <= (cfg ->> 'se_target')::double precision THEN
            v_reason := 'se_target';
        END IF;
    END IF;
    IF v_reason IS NULL THEN
        SELECT * INTO sel FROM exam.select_item(st);
        IF sel.item_id IS NULL THEN
            v_reason := 'no_items';
        END IF;
    END IF;
    IF v_reason IS NOT NULL THEN
        PERFORM exam.finalize(p_session, 'completed', v_reason);
        RETURN false;
    END IF;
    UPDATE exam.session_state SET pending_seq = st.answered + 1, pending_item = sel.item_id,
        pending_at = pg_catalog.now(), excluded = excluded || sel.blocked
    WHERE session_id = p_session;
    RETURN true;
END $$;
DROP FUNCTION exam.over_exposed(exam.session_state, text);
DROP TABLE exam.exposure;
ALTER TABLE public.exams DROP CONSTRAINT ck_exams_show_result;
UPDATE public.exams SET show_result = CASE show_result WHEN 'correct' THEN 'score' WHEN 'theta' THEN 'band'
                                                       ELSE show_result END;
ALTER TABLE public.exams ADD CONSTRAINT ck_exams_show_result CHECK (show_result IN ('none', 'score', 'band'));
ALTER TABLE public.exam_sessions ADD COLUMN score double precision
    CONSTRAINT ck_exam_sessions_score_range CHECK (score IS NULL OR score BETWEEN 0 AND 100);
UPDATE public.exam_sessions SET meta = meta
    || CASE WHEN engine_version IS NULL THEN '{}'::jsonb ELSE pg_catalog.jsonb_build_object('engine', engine_version) END
    || CASE WHEN stop_reason IS NULL THEN '{}'::jsonb ELSE pg_catalog.jsonb_build_object('stop_reason', stop_reason) END;
ALTER TABLE public.exam_sessions DROP CONSTRAINT ck_exam_sessions_counts, DROP COLUMN engine_version,
    DROP COLUMN stop_reason, DROP COLUMN paused_seconds, DROP COLUMN n_answered, DROP COLUMN n_correct;
CREATE OR REPLACE FUNCTION exam.finalize(p_session bigint, p_status text, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    es public.exam_sessions;
    v_end timestamptz := pg_catalog.now();
    v_score double precision;
BEGIN
    PERFORM exam.settle(p_session);
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    SELECT * INTO es FROM public.exam_sessions WHERE id = p_session FOR UPDATE;
    IF es.status IN ('completed', 'terminated') THEN
        RETURN;
    END IF;
    IF es.status = 'suspended' AND st.paused_at IS NOT NULL THEN
        st.paused_total := st.paused_total + (v_end - st.paused_at);
    END IF;
    v_score := CASE WHEN st.answered > 0 THEN pg_catalog.round((100 * exam.norm_cdf(
                   (st.theta - (st.config ->> 'prior_mean')::double precision)
                   / (st.config ->> 'prior_sd')::double precision))::numeric, 1)::double precision END;
    UPDATE exam.session_state SET pending_seq = NULL, pending_item = NULL, pending_at = NULL,
        stop_reason = p_reason, paused_at = NULL, paused_by_proctor = false, paused_total = st.paused_total,
        last_activity_at = v_end
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET status = p_status, ended_at = v_end,
        duration_sec = GREATEST(0, EXTRACT(EPOCH FROM (v_end - es.started_at - st.paused_total)))::integer,
        score = v_score,
        theta = CASE WHEN st.answered > 0 THEN st.theta END,
        standard_error = CASE WHEN st.answered > 0 THEN st.se END,
        meta = es.meta || pg_catalog.jsonb_build_object('stop_reason', p_reason),
        version = version + 1
    WHERE id = p_session;
    PERFORM auth.audit(auth.current_user_id(), (SELECT c.organization_id FROM public.classes c WHERE c.id = es.class_id),
        CASE WHEN p_status = 'terminated' THEN 'exam_session.terminate' ELSE 'exam_session.finish' END, 'exam_session',
        p_session::text, ARRAY[(SELECT s.user_id FROM public.students s WHERE s.id = es.student_id)],
        pg_catalog.jsonb_build_object('reason', p_reason, 'answered', st.answered, 'theta', st.theta, 'se', st.se));
END $$;
CREATE OR REPLACE FUNCTION exam.default_config() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT '{"algorithm_version": "dreamseed-cat/1.0", "estimator": "eap",
             "grid_min": -4.0, "grid_max": 4.0, "grid_points": 81,
             "prior_mean": 0.0, "prior_sd": 1.0, "mle_min": -4.0, "mle_max": 4.0,
             "start_theta": null, "randomesque_k": 1,
             "exposure_control": "none", "exposure_target": 0.25,
             "exposure_parameters": {}, "content_key": "subject",
             "content_targets": {}, "min_items": 5, "max_items": 30,
             "se_target": 0.3, "time_limit_seconds": null, "min_information": 0.0}'::jsonb
$$;
CREATE OR REPLACE FUNCTION exam.act_start(p_exam integer) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    e public.exams;
    st exam.session_state;
    v_status text;
    cfg jsonb;
    v_unknown text;
    v_grid double precision[];
    v_lp double precision[];
    v_theta double precision;
    v_se double precision;
    v_deadline timestamptz;
    v_session bigint;
    v_bank integer;
    v_filter jsonb;
    v_org integer;
BEGIN
    PERFORM exam.require_procedure();
    i := exam.require_student();
    SELECT * INTO e FROM public.exams WHERE id = p_exam;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM public.student_classroom sc
                                WHERE sc.class_id = e.class_id AND sc.student_id = i.student_id) THEN
        RAISE EXCEPTION 'Exam not found.' USING ERRCODE = 'DS404';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(p_exam, i.student_id);
    SELECT * INTO st FROM exam.session_state WHERE exam_id = p_exam AND student_id = i.student_id FOR UPDATE;
    IF FOUND THEN
        SELECT status INTO v_status FROM public.exam_sessions WHERE id = st.session_id;
        IF v_status = 'in_progress' THEN
            PERFORM exam.enforce_deadline(st.session_id, false);
        ELSIF v_status = 'suspended' AND NOT st.paused_by_proctor THEN
            IF st.paused_at < pg_catalog.now() - pg_catalog.make_interval(days => e.resume_days) THEN
                PERFORM exam.finalize(st.session_id, 'terminated', 'resume_expired');
                RAISE EXCEPTION 'The time to resume this exam has passed. Ask your teacher.' USING ERRCODE = 'DS409';
            END IF;
            PERFORM exam.resume_session(st.session_id);
            PERFORM auth.audit(i.user_id, i.organization_id, 'exam_session.resume', 'exam_session', st.session_id::text,
                               ARRAY[i.user_id], '{}');
        ELSIF v_status IN ('completed', 'terminated') THEN
            RAISE EXCEPTION 'You have already taken this exam.' USING ERRCODE = 'DS409';
        END IF;
        RETURN exam.info_of(st.session_id);
    END IF;

    IF NOT e.is_open OR (e.opens_at IS NOT NULL AND pg_catalog.now() < e.opens_at)
       OR (e.closes_at IS NOT NULL AND pg_catalog.now() >= e.closes_at) THEN
        RAISE EXCEPTION 'This exam is not open now.' USING ERRCODE = 'DS403';
    END IF;
    SELECT k INTO v_unknown FROM pg_catalog.jsonb_object_keys(e.cat_config) k
    WHERE NOT exam.default_config() ? k LIMIT 1;
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'The exam''s adaptive-test settings are invalid (unknown setting "%"). Ask your teacher.',
            v_unknown USING ERRCODE = 'DS422';
    END IF;
    cfg := exam.default_config() || e.cat_config;
    IF cfg ->> 'estimator' <> 'eap' THEN
        RAISE EXCEPTION 'The exam server scores with EAP only; ask your teacher to choose the EAP estimator.'
            USING ERRCODE = 'DS422';
    END IF;
    v_filter := COALESCE(e.item_filter, '{}');
    v_grid := exam.grid_points((cfg ->> 'grid_min')::double precision, (cfg ->> 'grid_max')::double precision,
                               (cfg ->> 'grid_points')::integer);
    v_lp := exam.log_prior(v_grid, (cfg ->> 'prior_mean')::double precision, (cfg ->> 'prior_sd')::double precision);
    SELECT s.theta, s.se INTO v_theta, v_se FROM exam.eap_update(v_grid, v_lp, 1, 0, 0, NULL) s;
    v_theta := COALESCE((cfg ->> 'start_theta')::double precision, (cfg ->> 'prior_mean')::double precision);
    IF cfg ->> 'time_limit_seconds' IS NOT NULL THEN
        v_deadline := pg_catalog.now() + pg_catalog.make_interval(secs => (cfg ->> 'time_limit_seconds')::double precision);
    END IF;
    IF e.closes_at IS NOT NULL THEN
        v_deadline := LEAST(COALESCE(v_deadline, e.closes_at), e.closes_at);
    END IF;
    SELECT pg_catalog.max(it.bank_version) INTO v_bank FROM public.items it
    WHERE it.subject = e.subject AND it.status = 'active';
    INSERT INTO public.exam_sessions (student_id, class_id, exam_id, exam_type, status, deadline_at, meta)
    VALUES (i.student_id, e.class_id, e.id, e.exam_type, 'in_progress', v_deadline,
            pg_catalog.jsonb_build_object('cat_config', cfg, 'algorithm_version', cfg ->> 'algorithm_version',
                                          'bank_version', v_bank, 'engine', 'postgresql/exam-api-1',
                                          'item_filter', v_filter))
    RETURNING id INTO v_session;
    INSERT INTO exam.session_state (session_id, exam_id, student_id, config, subject, grades, strands, content_key,
                                    grid, log_post, theta, se, excluded, deadline_at)
    VALUES (v_session, e.id, i.student_id, cfg, e.subject,
            CASE WHEN v_filter ? 'grades' THEN ARRAY(SELECT pg_catalog.jsonb_array_elements_text(v_filter -> 'grades'))::smallint[]
                 WHEN v_filter ? 'grade' THEN ARRAY[(v_filter ->> 'grade')::smallint] END,
            CASE WHEN v_filter ? 'strands' THEN ARRAY(SELECT pg_catalog.jsonb_array_elements_text(v_filter -> 'strands'))
                 WHEN v_filter ? 'strand' THEN ARRAY[v_filter ->> 'strand'] END,
            cfg ->> 'content_key', v_grid, v_lp, v_theta, v_se,
            -- items this student saw in earlier sessions are excluded
            COALESCE((SELECT pg_catalog.array_agg(DISTINCT a.item_id) FROM public.attempts a
                      WHERE a.student_id = i.student_id), '{}'),
            v_deadline);
    SELECT c.organization_id INTO v_org FROM public.classes c WHERE c.id = e.class_id;
    PERFORM auth.audit(i.user_id, v_org, 'exam_session.start', 'exam_session', v_session::text, ARRAY[i.user_id],
                       pg_catalog.jsonb_build_object('exam_id', e.id));
    PERFORM exam.advance(v_session);
    RETURN exam.info_of(v_session);
END $$;
CREATE OR REPLACE FUNCTION exam.act_finish(p_session bigint) RETURNS exam.final_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    es public.exam_sessions;
    v_show text;
    res exam.final_result;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);
    PERFORM exam.enforce_deadline(p_session, false);
    SELECT * INTO es FROM public.exam_sessions WHERE id = p_session;
    IF es.status = 'suspended' AND st.paused_by_proctor THEN
        RAISE EXCEPTION 'Your teacher has paused the exam. Please wait.' USING ERRCODE = 'DS425';
    END IF;
    IF es.status NOT IN ('completed', 'terminated') THEN
        PERFORM exam.finalize(p_session, 'completed', 'student_finished');
        SELECT * INTO es FROM public.exam_sessions WHERE id = p_session;
    END IF;
    SELECT e.show_result INTO v_show FROM public.exams e WHERE e.id = st.exam_id;
    res.session_id := p_session; res.status := es.status; res.answered := st.answered; res.show_result := v_show;
    IF v_show = 'score' THEN
        res.score := es.score;
    ELSIF v_show = 'band' THEN
        res.theta := es.theta;
    END IF;
    RETURN res;
END $$;
DROP FUNCTION exam.engine_version();
CREATE PROCEDURE exam.finish(p_token text, p_session bigint,
    OUT session_id bigint, OUT status text, OUT answered integer, OUT score double precision,
    OUT theta double precision, OUT se double precision, OUT show_result text)
LANGUAGE plpgsql AS $$
DECLARE
    r exam.final_result;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: the call is refused before it does anything
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    r := exam.act_finish(p_session);
    COMMIT;
    session_id := r.session_id; status := r.status; answered := r.answered; score := r.score;
    theta := r.theta; se := r.se; show_result := r.show_result;
END $$;
CREATE FUNCTION exam.proctor_live(p_exam integer)
RETURNS TABLE (session_id bigint, student_id integer, student_name text, student_number text, status text,
               answered integer, theta double precision, se double precision, started_at timestamptz,
               last_activity_at timestamptz, time_used_sec double precision, deadline_at timestamptz,
               mean_response_ms_last5 double precision, paused_by_proctor boolean, stop_reason text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM exam.require_proctor_of_exam(p_exam);
    RETURN QUERY
    SELECT s.session_id, st.id, u.name::text, st.student_number,
           CASE es.status WHEN 'in_progress' THEN 'testing' WHEN 'suspended' THEN 'paused'
                          WHEN 'completed' THEN 'finished' WHEN 'terminated' THEN 'terminated'
                          ELSE 'not_started' END,
           COALESCE(s.answered, 0),
           CASE WHEN s.answered > 0 THEN s.theta END, CASE WHEN s.answered > 0 THEN s.se END,
           es.started_at, s.last_activity_at,
           CASE WHEN es.id IS NULL THEN NULL ELSE EXTRACT(EPOCH FROM
               COALESCE(es.ended_at, s.paused_at, pg_catalog.now()) - es.started_at - s.paused_total)::double precision END,
           s.deadline_at,
           (SELECT pg_catalog.avg(l.server_response_ms)::double precision FROM (
                SELECT a.server_response_ms FROM public.attempts a WHERE a.exam_session_id = s.session_id
                ORDER BY a.seq DESC LIMIT 5) l),
           COALESCE(s.paused_by_proctor, false), s.stop_reason
    FROM public.exams e
    JOIN public.student_classroom sc ON sc.class_id = e.class_id
    JOIN public.students st ON st.id = sc.student_id
    JOIN public.users u ON u.id = st.user_id
    LEFT JOIN exam.session_state s ON s.exam_id = e.id AND s.student_id = st.id
    LEFT JOIN public.exam_sessions es ON es.id = s.session_id
    WHERE e.id = p_exam
    ORDER BY u.name, st.id;
END $$;
ALTER FUNCTION exam.proctor_live(integer) OWNER TO dreamseed_owner;
ALTER PROCEDURE exam.finish(text, bigint) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.proctor_live(integer) FROM PUBLIC;
REVOKE ALL ON PROCEDURE exam.finish(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.proctor_live(integer) TO dreamseed_client;
GRANT EXECUTE ON PROCEDURE exam.finish(text, bigint) TO dreamseed_client;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
