"""pretest seeding: unscored new items at random positions of an adaptive exam (issue 18)

* Items get the state ``pretest`` (chosen by the school: new items without calibrated
  parameters); the engine never selects them as scored items (selection takes ``active`` only).
* ``cat_config.pretest_items`` (0-10, default 0; ``exam.default_config``): ``exam.act_start``
  draws n = min(pretest_items, eligible pretest items) and n distinct random positions among
  the first ``min_items + n`` of the sitting, kept in ``exam.session_state.pretest_positions``
  (no client can read it). ``exam.pretest_pool(st)``: pretest items of the exam's subject, bank
  scope (the exam's school or shared), grades/strands filter, with a key, not seen by the
  student before.
* ``exam.advance``: at a pretest position (after the time limit check, before any stopping rule)
  the next item is a random item of the pool, ``pending_pretest``; the rules count scored
  answers only (``answered - pretest_given``), so max_items/min_items/SE rules are as without
  pretest items. ``exam.settle`` records a pretest answer with its right/wrong
  (``attempts.pretest``), never updates θ/SE/log posterior or content areas.
* The student sees nothing different: ``exam.next_item`` returns the same columns,
  ``exam.info_of`` reports min/max items with the pretest items included, ``attempts.pretest``
  is not granted to any client (column grants of 0013).
* ``public.exam_session_counts_apply``: number answered / correct count scored answers only.
* ``exam.correct_answer``: re-scores the scored answers only (a pretest answer may be corrected
  for calibration; θ/SE stay).
* ``exam.pretest_answer_counts(subject)``: staff see how many pretest answers each item has
  (item analysis).

Functions replaced whole from their newest text (default_config, correct_answer,
exam_session_counts_apply: 0012; act_start, advance, settle, info_of: 0020).

Revision ID: 0030
Revises: 0029
"""
from __future__ import annotations

from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.items DROP CONSTRAINT ck_items_status;
ALTER TABLE public.items ADD CONSTRAINT ck_items_status
    CHECK (status IN ('draft', 'review', 'active', 'retired', 'pretest'));
ALTER TABLE public.attempts ADD COLUMN pretest boolean NOT NULL DEFAULT false;
ALTER TABLE exam.session_state
    ADD COLUMN pretest_positions integer[] NOT NULL DEFAULT '{}',
    ADD COLUMN pretest_given integer NOT NULL DEFAULT 0,
    ADD COLUMN pending_pretest boolean NOT NULL DEFAULT false;

-- the pretest items a session may be given now
CREATE FUNCTION exam.pretest_pool(st exam.session_state) RETURNS TABLE (item_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT i.id FROM public.items i
    WHERE i.subject = st.subject AND i.status = 'pretest' AND NOT (i.id = ANY (st.excluded))
      AND (i.organization_id IS NULL OR i.shared OR i.organization_id = exam.exam_org(st.exam_id))
      AND (st.grades IS NULL OR i.grade = ANY (st.grades))
      AND (st.strands IS NULL OR i.strand = ANY (st.strands))
      AND EXISTS (SELECT 1 FROM public.item_keys k WHERE k.item_id = i.id)
$$;

-- staff: pretest answers per item of a subject (of the caller's school's sittings)
CREATE FUNCTION exam.pretest_answer_counts(p_subject text) RETURNS TABLE (item_id bigint, n integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
BEGIN
    IF pg_catalog.pg_has_role(session_user, 'dreamseed_owner', 'MEMBER') THEN
        i.organization_id := NULL;      -- the owner's own connection (dreamseed-admin): every school
    ELSE
        i := auth.require();
        IF i.role NOT IN ('teacher', 'admin') THEN
            RAISE EXCEPTION 'Only teachers and administrators can see item statistics.' USING ERRCODE = 'DS403';
        END IF;
    END IF;
    RETURN QUERY
    SELECT a.item_id, pg_catalog.count(*)::integer FROM public.attempts a JOIN public.items it ON it.id = a.item_id
    WHERE a.pretest AND (p_subject IS NULL OR it.subject = p_subject)
      AND (i.organization_id IS NULL OR a.organization_id = i.organization_id)
    GROUP BY a.item_id;
END $$;

CREATE OR REPLACE FUNCTION exam.default_config()
 RETURNS jsonb
 LANGUAGE sql
 IMMUTABLE
AS $function$
    SELECT '{"algorithm_version": "dreamseed-cat/1.0", "estimator": "eap",
             "grid_min": -6.0, "grid_max": 6.0, "grid_points": 121,
             "prior_mean": 0.0, "prior_sd": 1.0, "mle_min": -4.0, "mle_max": 4.0,
             "start_theta": null, "randomesque_k": 1,
             "exposure_control": "none", "exposure_target": 0.25,
             "exposure_parameters": {}, "content_key": "subject",
             "content_targets": {}, "min_items": 5, "max_items": 30,
             "se_target": 0.3, "time_limit_seconds": null, "min_information": 0.0,
             "pretest_items": 0}'::jsonb
$function$;

CREATE OR REPLACE FUNCTION exam.act_start(p_exam integer)
 RETURNS exam.session_info
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
    v_pre integer;
    v_state exam.session_state;
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
            IF st.paused_at < exam.clock() - pg_catalog.make_interval(days => e.resume_days) THEN
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

    IF NOT e.is_open OR (e.opens_at IS NOT NULL AND exam.clock() < e.opens_at)
       OR (e.closes_at IS NOT NULL AND exam.clock() >= e.closes_at) THEN
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
    IF pg_catalog.jsonb_typeof(cfg -> 'pretest_items') <> 'number'
       OR (cfg ->> 'pretest_items')::numeric NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) THEN
        RAISE EXCEPTION 'The exam''s number of pretest items must be a whole number from 0 to 10. Ask your teacher.'
            USING ERRCODE = 'DS422';
    END IF;
    v_filter := COALESCE(e.item_filter, '{}');
    v_grid := exam.grid_points((cfg ->> 'grid_min')::double precision, (cfg ->> 'grid_max')::double precision,
                               (cfg ->> 'grid_points')::integer);
    v_lp := exam.log_prior(v_grid, (cfg ->> 'prior_mean')::double precision, (cfg ->> 'prior_sd')::double precision);
    SELECT s.theta, s.se INTO v_theta, v_se FROM exam.eap_update(v_grid, v_lp, 1, 0, 0, NULL) s;
    v_theta := COALESCE((cfg ->> 'start_theta')::double precision, (cfg ->> 'prior_mean')::double precision);
    IF cfg ->> 'time_limit_seconds' IS NOT NULL THEN
        v_deadline := exam.clock() + pg_catalog.make_interval(secs => (cfg ->> 'time_limit_seconds')::double precision);
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
    -- pretest seeding: up to pretest_items unscored items of the exam's scope in state 'pretest'
    -- (never seen by this student), at random positions among the first min_items + n; where
    -- they are is kept here only (no client can read session_state or attempts.pretest)
    SELECT * INTO v_state FROM exam.session_state WHERE session_id = v_session;
    SELECT LEAST((cfg ->> 'pretest_items')::integer, pg_catalog.count(*))::integer INTO v_pre
    FROM exam.pretest_pool(v_state) p;
    IF v_pre > 0 THEN
        UPDATE exam.session_state SET pretest_positions = (
            SELECT pg_catalog.array_agg(x.p ORDER BY x.p) FROM (
                SELECT g.p FROM pg_catalog.generate_series(1, (cfg ->> 'min_items')::integer + v_pre) g(p)
                ORDER BY pg_catalog.random() LIMIT v_pre) x)
        WHERE session_id = v_session;
    END IF;
    SELECT c.organization_id INTO v_org FROM public.classes c WHERE c.id = e.class_id;
    PERFORM auth.audit(i.user_id, v_org, 'exam_session.start', 'exam_session', v_session::text, ARRAY[i.user_id],
                       pg_catalog.jsonb_build_object('exam_id', e.id));
    PERFORM exam.advance(v_session);
    RETURN exam.info_of(v_session);
END $function$;

CREATE OR REPLACE FUNCTION exam.advance(p_session bigint)
 RETURNS boolean
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    cfg jsonb;
    sel record;
    v_reason text;
    v_best double precision;
    v_scored integer;
    v_pretest bigint;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session;
    cfg := st.config;
    -- the rules count scored (operational) answers only; pretest items never change them
    v_scored := st.answered - st.pretest_given;
    IF st.deadline_at IS NOT NULL AND exam.clock() >= st.deadline_at THEN
        PERFORM exam.finalize(p_session, 'completed', 'time_limit');
        RETURN false;
    END IF;
    -- a pretest position: an unscored item of the pool, before any stopping rule is looked at
    -- (θ and SE do not move, so the rule's answer after it is the same as before it)
    IF (st.answered + 1) = ANY (st.pretest_positions)
       AND st.pretest_given < COALESCE(pg_catalog.array_length(st.pretest_positions, 1), 0) THEN
        SELECT p.item_id INTO v_pretest FROM exam.pretest_pool(st) p ORDER BY pg_catalog.random() LIMIT 1;
        IF v_pretest IS NOT NULL THEN
            UPDATE exam.session_state SET pending_seq = st.answered + 1, pending_item = v_pretest,
                pending_at = exam.clock(), pending_pretest = true, pretest_given = pretest_given + 1
            WHERE session_id = p_session;
            RETURN true;
        END IF;
    END IF;
    IF v_scored >= (cfg ->> 'max_items')::integer THEN
        v_reason := 'max_items';
    ELSIF v_scored >= (cfg ->> 'min_items')::integer THEN
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
        pending_at = exam.clock(), pending_pretest = false, excluded = excluded || sel.blocked
    WHERE session_id = p_session;
    -- the item is given: one more session of this exam has seen it
    INSERT INTO exam.exposure AS x (exam_id, item_id, n) VALUES (st.exam_id, sel.item_id, 1)
    ON CONFLICT (exam_id, item_id) DO UPDATE SET n = x.n + 1;
    RETURN true;
END $function$;

CREATE OR REPLACE FUNCTION exam.settle(p_session bigint)
 RETURNS exam.submit_result
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    it public.items;
    v_status text;
    v_correct boolean;
    v_key smallint;
    v_lp double precision[];
    v_theta double precision;
    v_se double precision;
    v_id bigint;
    res exam.submit_result;
BEGIN
    SELECT * INTO st FROM exam.session_state s WHERE s.session_id = p_session FOR UPDATE;
    IF NOT FOUND OR st.resp_seq IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO it FROM public.items x WHERE x.id = st.resp_item;
    SELECT k.correct_choice INTO v_key FROM public.item_keys k WHERE k.item_id = st.resp_item;
    v_correct := st.resp_choice IS NOT NULL AND v_key IS NOT NULL AND st.resp_choice = v_key;
    IF st.pending_pretest THEN
        -- a pretest item: recorded (with its right/wrong, for calibration), never scored
        v_lp := st.log_post; v_theta := st.theta; v_se := st.se;
    ELSE
        SELECT s.new_log_post, s.theta, s.se INTO v_lp, v_theta, v_se
        FROM exam.eap_update(st.grid, st.log_post, it.a, it.b, it.c, v_correct) s;
    END IF;
    -- the recorded answer is cleared before anything below can end the session (exam.finalize
    -- settles first, and must find nothing left to settle)
    UPDATE exam.session_state SET log_post = v_lp, theta = v_theta, se = v_se, answered = answered + 1,
        pending_seq = NULL, pending_item = NULL, pending_at = NULL,
        resp_seq = NULL, resp_item = NULL, resp_choice = NULL, resp_rt = NULL, resp_server_ms = NULL,
        resp_uuid = NULL,
        excluded = excluded || st.resp_item,
        areas = CASE WHEN st.pending_pretest THEN areas
                     ELSE areas || COALESCE(exam.area_label(content_key, it.subject, it.grade, it.strand), '') END,
        pending_pretest = false,
        last_activity_at = exam.clock()
    WHERE session_id = p_session;
    IF NOT st.pending_pretest THEN
        UPDATE public.exam_sessions SET theta = v_theta, standard_error = v_se WHERE id = p_session;
    END IF;
    res.session_id := p_session; res.seq := st.resp_seq;
    res.accepted := true; res.replayed := false; res.answered := st.answered + 1;
    SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    IF v_status = 'in_progress' THEN
        res.finished := NOT exam.advance(p_session);
    ELSE
        res.finished := v_status IN ('completed', 'terminated');
    END IF;
    -- the attempt row last: its item_stats trigger locks the item's statistics row, which every
    -- student answering that item needs, so it is held only until this transaction commits
    INSERT INTO public.attempts (student_id, exam_session_id, item_id, seq, correct, selected_choice,
                                 response_time_ms, server_response_ms, client_uuid, theta_after, se_after, pretest)
    VALUES (st.student_id, p_session, st.resp_item, st.resp_seq, v_correct, st.resp_choice, st.resp_rt,
            st.resp_server_ms, st.resp_uuid, v_theta, v_se, st.pending_pretest)
    ON CONFLICT DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'This answer was recorded by another request; send it again.' USING ERRCODE = 'DS409';
    END IF;
    RETURN res;
END $function$;

CREATE OR REPLACE FUNCTION exam.info_of(p_session bigint)
 RETURNS exam.session_info
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    SELECT s.session_id, s.exam_id, es.status::text, s.answered,
           (s.config ->> 'min_items')::integer + COALESCE(pg_catalog.array_length(s.pretest_positions, 1), 0),
           (s.config ->> 'max_items')::integer + COALESCE(pg_catalog.array_length(s.pretest_positions, 1), 0),
           exam.clock(), s.deadline_at,
           CASE WHEN s.deadline_at IS NULL THEN NULL
                WHEN es.status = 'suspended' AND s.paused_at IS NOT NULL
                    THEN GREATEST(0, EXTRACT(EPOCH FROM s.deadline_at - s.paused_at))::double precision
                ELSE GREATEST(0, EXTRACT(EPOCH FROM s.deadline_at - exam.clock()))::double precision END,
           e.confirm_answers, e.show_result::text, s.paused_by_proctor, s.stop_reason
    FROM exam.session_state s
    JOIN public.exam_sessions es ON es.id = s.session_id
    JOIN public.exams e ON e.id = s.exam_id
    WHERE s.session_id = p_session
$function$;

CREATE OR REPLACE FUNCTION exam.correct_answer(p_attempt bigint, p_correct boolean, p_reason text)
 RETURNS jsonb
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
    SELECT u.theta, u.se INTO v_theta, v_se FROM exam.eap_update(v_grid, v_lp, 1, 0, 0, NULL) u;
    v_theta := COALESCE((cfg ->> 'start_theta')::double precision, (cfg ->> 'prior_mean')::double precision);
    FOR r IN SELECT x.id, x.correct, x.pretest, it.a, it.b, it.c FROM public.attempts x
             JOIN public.items it ON it.id = x.item_id
             WHERE x.exam_session_id = es.id ORDER BY x.seq LOOP
        IF NOT r.pretest THEN     -- pretest answers are kept (right/wrong) but never scored
            SELECT u.new_log_post, u.theta, u.se INTO v_lp, v_theta, v_se
            FROM exam.eap_update(v_grid, v_lp, r.a, r.b, r.c, r.correct) u;
        END IF;
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
END $function$;

CREATE OR REPLACE FUNCTION public.exam_session_counts_apply()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') AND NOT OLD.pretest THEN
        UPDATE public.exam_sessions SET n_answered = n_answered - 1, n_correct = n_correct - OLD.correct::integer
        WHERE id = OLD.exam_session_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.pretest THEN
        UPDATE public.exam_sessions SET n_answered = n_answered + 1, n_correct = n_correct + NEW.correct::integer
        WHERE id = NEW.exam_session_id;
    END IF;
    RETURN NULL;
END $function$;

ALTER FUNCTION exam.pretest_pool(exam.session_state) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.pretest_answer_counts(text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.pretest_pool(exam.session_state), exam.pretest_answer_counts(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.pretest_answer_counts(text) TO dreamseed_client;
"""

DOWNGRADE = r"""
CREATE OR REPLACE FUNCTION exam.default_config()
 RETURNS jsonb
 LANGUAGE sql
 IMMUTABLE
AS $function$
    SELECT '{"algorithm_version": "dreamseed-cat/1.0", "estimator": "eap",
             "grid_min": -6.0, "grid_max": 6.0, "grid_points": 121,
             "prior_mean": 0.0, "prior_sd": 1.0, "mle_min": -4.0, "mle_max": 4.0,
             "start_theta": null, "randomesque_k": 1,
             "exposure_control": "none", "exposure_target": 0.25,
             "exposure_parameters": {}, "content_key": "subject",
             "content_targets": {}, "min_items": 5, "max_items": 30,
             "se_target": 0.3, "time_limit_seconds": null, "min_information": 0.0}'::jsonb
$function$;

CREATE OR REPLACE FUNCTION exam.act_start(p_exam integer)
 RETURNS exam.session_info
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
            IF st.paused_at < exam.clock() - pg_catalog.make_interval(days => e.resume_days) THEN
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

    IF NOT e.is_open OR (e.opens_at IS NOT NULL AND exam.clock() < e.opens_at)
       OR (e.closes_at IS NOT NULL AND exam.clock() >= e.closes_at) THEN
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
        v_deadline := exam.clock() + pg_catalog.make_interval(secs => (cfg ->> 'time_limit_seconds')::double precision);
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
END $function$;

CREATE OR REPLACE FUNCTION exam.advance(p_session bigint)
 RETURNS boolean
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
    ELSIF st.deadline_at IS NOT NULL AND exam.clock() >= st.deadline_at THEN
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
        pending_at = exam.clock(), excluded = excluded || sel.blocked
    WHERE session_id = p_session;
    -- the item is given: one more session of this exam has seen it
    INSERT INTO exam.exposure AS x (exam_id, item_id, n) VALUES (st.exam_id, sel.item_id, 1)
    ON CONFLICT (exam_id, item_id) DO UPDATE SET n = x.n + 1;
    RETURN true;
END $function$;

CREATE OR REPLACE FUNCTION exam.settle(p_session bigint)
 RETURNS exam.submit_result
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    it public.items;
    v_status text;
    v_correct boolean;
    v_key smallint;
    v_lp double precision[];
    v_theta double precision;
    v_se double precision;
    v_id bigint;
    res exam.submit_result;
BEGIN
    SELECT * INTO st FROM exam.session_state s WHERE s.session_id = p_session FOR UPDATE;
    IF NOT FOUND OR st.resp_seq IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO it FROM public.items x WHERE x.id = st.resp_item;
    SELECT k.correct_choice INTO v_key FROM public.item_keys k WHERE k.item_id = st.resp_item;
    v_correct := st.resp_choice IS NOT NULL AND v_key IS NOT NULL AND st.resp_choice = v_key;
    SELECT s.new_log_post, s.theta, s.se INTO v_lp, v_theta, v_se
    FROM exam.eap_update(st.grid, st.log_post, it.a, it.b, it.c, v_correct) s;
    -- the recorded answer is cleared before anything below can end the session (exam.finalize
    -- settles first, and must find nothing left to settle)
    UPDATE exam.session_state SET log_post = v_lp, theta = v_theta, se = v_se, answered = answered + 1,
        pending_seq = NULL, pending_item = NULL, pending_at = NULL,
        resp_seq = NULL, resp_item = NULL, resp_choice = NULL, resp_rt = NULL, resp_server_ms = NULL,
        resp_uuid = NULL,
        excluded = excluded || st.resp_item,
        areas = areas || COALESCE(exam.area_label(content_key, it.subject, it.grade, it.strand), ''),
        last_activity_at = exam.clock()
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET theta = v_theta, standard_error = v_se WHERE id = p_session;
    res.session_id := p_session; res.seq := st.resp_seq;
    res.accepted := true; res.replayed := false; res.answered := st.answered + 1;
    SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    IF v_status = 'in_progress' THEN
        res.finished := NOT exam.advance(p_session);
    ELSE
        res.finished := v_status IN ('completed', 'terminated');
    END IF;
    -- the attempt row last: its item_stats trigger locks the item's statistics row, which every
    -- student answering that item needs, so it is held only until this transaction commits
    INSERT INTO public.attempts (student_id, exam_session_id, item_id, seq, correct, selected_choice,
                                 response_time_ms, server_response_ms, client_uuid, theta_after, se_after)
    VALUES (st.student_id, p_session, st.resp_item, st.resp_seq, v_correct, st.resp_choice, st.resp_rt,
            st.resp_server_ms, st.resp_uuid, v_theta, v_se)
    ON CONFLICT DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'This answer was recorded by another request; send it again.' USING ERRCODE = 'DS409';
    END IF;
    RETURN res;
END $function$;

CREATE OR REPLACE FUNCTION exam.info_of(p_session bigint)
 RETURNS exam.session_info
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    SELECT s.session_id, s.exam_id, es.status::text, s.answered, (s.config ->> 'min_items')::integer,
           (s.config ->> 'max_items')::integer, exam.clock(), s.deadline_at,
           CASE WHEN s.deadline_at IS NULL THEN NULL
                WHEN es.status = 'suspended' AND s.paused_at IS NOT NULL
                    THEN GREATEST(0, EXTRACT(EPOCH FROM s.deadline_at - s.paused_at))::double precision
                ELSE GREATEST(0, EXTRACT(EPOCH FROM s.deadline_at - exam.clock()))::double precision END,
           e.confirm_answers, e.show_result::text, s.paused_by_proctor, s.stop_reason
    FROM exam.session_state s
    JOIN public.exam_sessions es ON es.id = s.session_id
    JOIN public.exams e ON e.id = s.exam_id
    WHERE s.session_id = p_session
$function$;

CREATE OR REPLACE FUNCTION exam.correct_answer(p_attempt bigint, p_correct boolean, p_reason text)
 RETURNS jsonb
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
END $function$;

CREATE OR REPLACE FUNCTION public.exam_session_counts_apply()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
END $function$;

DROP FUNCTION exam.pretest_answer_counts(text);
DROP FUNCTION exam.pretest_pool(exam.session_state);
ALTER TABLE exam.session_state DROP COLUMN pretest_positions, DROP COLUMN pretest_given, DROP COLUMN pending_pretest;
-- pretest answers stay as answers of their sessions (the counts trigger now counts them)
UPDATE public.exam_sessions es SET n_answered = c.n, n_correct = c.k
FROM (SELECT a.exam_session_id, pg_catalog.count(*)::integer AS n,
             (pg_catalog.count(*) FILTER (WHERE a.correct))::integer AS k
      FROM public.attempts a GROUP BY a.exam_session_id) c
WHERE c.exam_session_id = es.id AND EXISTS (SELECT 1 FROM public.attempts p WHERE p.exam_session_id = es.id AND p.pretest);
ALTER TABLE public.attempts DROP COLUMN pretest;
UPDATE public.items SET status = 'draft' WHERE status = 'pretest';
ALTER TABLE public.items DROP CONSTRAINT ck_items_status;
ALTER TABLE public.items ADD CONSTRAINT ck_items_status CHECK (status IN ('draft', 'review', 'active', 'retired'));
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
