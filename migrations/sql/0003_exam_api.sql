-- Student exam API. Every function checks the caller from the session token; students have
-- no table privileges on sessions/attempts, so this is their only way to test.

-- Defaults of dreamseed_desktop.cat.config.CatConfig (a test keeps them equal).
CREATE FUNCTION exam.default_config() RETURNS jsonb
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

CREATE TYPE exam.session_info AS (
    session_id bigint, exam_id integer, status text, answered integer, min_items integer,
    max_items integer, server_now timestamptz, deadline_at timestamptz, remaining_sec double precision,
    confirm_answers boolean, show_result text, paused boolean, stop_reason text
);
CREATE TYPE exam.submit_result AS (
    session_id bigint, seq integer, accepted boolean, replayed boolean, finished boolean, answered integer
);
CREATE TYPE exam.final_result AS (
    session_id bigint, status text, answered integer, score double precision, theta double precision,
    se double precision, show_result text
);

-- the signed-in student (or an error)
CREATE FUNCTION exam.require_student() RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
BEGIN
    IF i.role <> 'student' OR i.student_id IS NULL THEN
        RAISE EXCEPTION 'Only students can take exams.' USING ERRCODE = 'DS403';
    END IF;
    RETURN i;
END $$;

-- the caller's own session state, locked (not found = someone else's or unknown)
CREATE FUNCTION exam.my_state(p_session bigint) RETURNS exam.session_state
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_student();
    st exam.session_state;
BEGIN
    SELECT * INTO st FROM exam.session_state s
    WHERE s.session_id = p_session AND s.student_id = i.student_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Exam session not found.' USING ERRCODE = 'DS404';
    END IF;
    RETURN st;
END $$;

-- End a session: status, times, score = 100 * Phi((theta - prior mean) / prior sd).
CREATE FUNCTION exam.finalize(p_session bigint, p_status text, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    es public.exam_sessions;
    v_end timestamptz := pg_catalog.now();
    v_score double precision;
BEGIN
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

-- Choose and store the next pending item, or end the session when a stopping rule fires.
-- Returns true while the session goes on.
CREATE FUNCTION exam.advance(p_session bigint) RETURNS boolean
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

-- Finalise an in-progress session whose deadline (plus grace, when p_grace) has passed.
CREATE FUNCTION exam.enforce_deadline(p_session bigint, p_grace boolean) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_deadline timestamptz;
    v_status text;
BEGIN
    SELECT s.deadline_at, es.status INTO v_deadline, v_status
    FROM exam.session_state s JOIN public.exam_sessions es ON es.id = s.session_id
    WHERE s.session_id = p_session;
    IF p_grace THEN
        v_deadline := v_deadline + pg_catalog.make_interval(secs => auth.setting('deadline_grace_seconds'));
    END IF;
    IF v_status = 'in_progress' AND v_deadline IS NOT NULL AND pg_catalog.now() >= v_deadline THEN
        PERFORM exam.finalize(p_session, 'completed', 'time_limit');
    END IF;
END $$;

CREATE FUNCTION exam.info_of(p_session bigint) RETURNS exam.session_info
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT s.session_id, s.exam_id, es.status::text, s.answered, (s.config ->> 'min_items')::integer,
           (s.config ->> 'max_items')::integer, pg_catalog.now(), s.deadline_at,
           CASE WHEN s.deadline_at IS NULL THEN NULL
                WHEN es.status = 'suspended' AND s.paused_at IS NOT NULL
                    THEN GREATEST(0, EXTRACT(EPOCH FROM s.deadline_at - s.paused_at))::double precision
                ELSE GREATEST(0, EXTRACT(EPOCH FROM s.deadline_at - pg_catalog.now()))::double precision END,
           e.confirm_answers, e.show_result::text, s.paused_by_proctor, s.stop_reason
    FROM exam.session_state s
    JOIN public.exam_sessions es ON es.id = s.session_id
    JOIN public.exams e ON e.id = s.exam_id
    WHERE s.session_id = p_session
$$;

-- Start the exam or resume the student's session of it.
CREATE FUNCTION exam.start(p_exam integer) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_student();
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

-- resume a suspended session: the deadline moves by the paused time
CREATE FUNCTION exam.resume_session(p_session bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    v_paused interval;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    v_paused := pg_catalog.now() - COALESCE(st.paused_at, pg_catalog.now());
    UPDATE exam.session_state SET paused_at = NULL, paused_by_proctor = false,
        paused_total = paused_total + v_paused, deadline_at = deadline_at + v_paused,
        last_activity_at = pg_catalog.now()
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET status = 'in_progress', deadline_at = deadline_at + v_paused,
        version = version + 1 WHERE id = p_session;
    PERFORM exam.enforce_deadline(p_session, false);
    IF st.pending_item IS NULL AND (SELECT es.status FROM public.exam_sessions es WHERE es.id = p_session) = 'in_progress' THEN
        PERFORM exam.advance(p_session);
    END IF;
END $$;

CREATE FUNCTION exam.status(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);
BEGIN
    PERFORM exam.enforce_deadline(p_session, false);
    RETURN exam.info_of(p_session);
END $$;

-- The pending item (the same until answered); no row when the session is over.
CREATE FUNCTION exam.next_item(p_session bigint)
RETURNS TABLE (session_id bigint, seq integer, item_id bigint, stem text, choices jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);
    v_status text;
BEGIN
    PERFORM exam.enforce_deadline(p_session, false);
    SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    IF v_status IN ('completed', 'terminated') THEN
        RETURN;
    END IF;
    IF v_status = 'suspended' THEN
        IF st.paused_by_proctor THEN
            RAISE EXCEPTION 'Your teacher has paused the exam. Please wait.' USING ERRCODE = 'DS425';
        END IF;
        RAISE EXCEPTION 'This exam is paused. Open it again from your exam list.' USING ERRCODE = 'DS425';
    END IF;
    IF st.pending_item IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT p_session, st.pending_seq, i.id, i.stem, i.choices FROM public.items i
                 WHERE i.id = st.pending_item;
END $$;

-- Answer the pending item exactly once; see docs/security.md for the replay rules.
CREATE FUNCTION exam.submit(p_session bigint, p_seq integer, p_item bigint, p_choice integer,
                            p_response_time_ms integer, p_client_uuid uuid) RETURNS exam.submit_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);   -- locks the session: submits serialise
    a public.attempts;
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
    IF p_client_uuid IS NULL OR p_seq IS NULL OR p_item IS NULL THEN
        RAISE EXCEPTION 'An answer needs its item, number and id.' USING ERRCODE = 'DS422';
    END IF;
    res.session_id := p_session; res.seq := p_seq;
    -- 1. replay of a stored answer?
    SELECT * INTO a FROM public.attempts x WHERE x.client_uuid = p_client_uuid;
    IF NOT FOUND THEN
        SELECT * INTO a FROM public.attempts x WHERE x.exam_session_id = p_session AND x.seq = p_seq;
    END IF;
    IF a.id IS NOT NULL THEN
        IF a.exam_session_id = p_session AND a.seq = p_seq AND a.item_id = p_item
           AND a.selected_choice IS NOT DISTINCT FROM p_choice THEN
            SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
            res.accepted := true; res.replayed := true; res.answered := st.answered;
            res.finished := v_status IN ('completed', 'terminated');
            RETURN res;
        END IF;
        RAISE EXCEPTION 'This item has already been answered; the answer cannot be changed.' USING ERRCODE = 'DS409';
    END IF;
    -- 2. a new answer: to the pending item, in time
    PERFORM exam.enforce_deadline(p_session, true);
    SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    IF v_status IN ('completed', 'terminated') THEN
        res.accepted := false; res.replayed := false; res.finished := true; res.answered := st.answered;
        RETURN res;
    END IF;
    SELECT * INTO st FROM exam.session_state s WHERE s.session_id = p_session;
    IF st.pending_item IS NULL OR p_seq <> st.pending_seq OR p_item <> st.pending_item THEN
        RAISE EXCEPTION 'This is not the current item of the exam. Reload the exam.' USING ERRCODE = 'DS409';
    END IF;
    SELECT * INTO it FROM public.items x WHERE x.id = p_item;
    IF p_choice IS NOT NULL AND (p_choice < 1 OR p_choice > GREATEST(pg_catalog.jsonb_array_length(it.choices), 1)
                                 OR p_choice > 10) THEN
        RAISE EXCEPTION 'The chosen answer does not exist.' USING ERRCODE = 'DS422';
    END IF;
    IF p_response_time_ms IS NOT NULL AND p_response_time_ms < 0 THEN
        RAISE EXCEPTION 'Response time cannot be negative.' USING ERRCODE = 'DS422';
    END IF;
    SELECT k.correct_choice INTO v_key FROM public.item_keys k WHERE k.item_id = p_item;
    v_correct := p_choice IS NOT NULL AND v_key IS NOT NULL AND p_choice = v_key;
    -- 3. score: one item's log-likelihood added to the stored posterior
    SELECT s.new_log_post, s.theta, s.se INTO v_lp, v_theta, v_se
    FROM exam.eap_update(st.grid, st.log_post, it.a, it.b, it.c, v_correct) s;
    UPDATE exam.session_state SET log_post = v_lp, theta = v_theta, se = v_se, answered = answered + 1,
        pending_seq = NULL, pending_item = NULL, pending_at = NULL,
        excluded = excluded || p_item,
        areas = areas || COALESCE(exam.area_label(content_key, it.subject, it.grade, it.strand), ''),
        last_activity_at = pg_catalog.now()
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET theta = v_theta, standard_error = v_se WHERE id = p_session;
    -- 4. stopping rule, then the next item (pending until answered)
    res.accepted := true; res.replayed := false; res.answered := st.answered + 1;
    -- (an answer to an item shown before a pause is kept; the next item is chosen on resume)
    res.finished := false;
    IF v_status <> 'suspended' THEN
        res.finished := NOT exam.advance(p_session);
    END IF;
    -- 5. the attempt row last: its item_stats trigger locks the item's statistics row, which every
    -- student answering that item needs, so it is held only until this transaction commits
    INSERT INTO public.attempts (student_id, exam_session_id, item_id, seq, correct, selected_choice,
                                 response_time_ms, client_uuid, theta_after, se_after)
    VALUES (st.student_id, p_session, p_item, p_seq, v_correct, p_choice, p_response_time_ms, p_client_uuid,
            v_theta, v_se)
    ON CONFLICT DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'This answer was recorded by another request; send it again.' USING ERRCODE = 'DS409';
    END IF;
    RETURN res;
END $$;

-- End the session now (the student chose to stop, or the client saw the last answer).
CREATE FUNCTION exam.finish(p_session bigint) RETURNS exam.final_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);
    es public.exam_sessions;
    v_show text;
    res exam.final_result;
BEGIN
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

-- The student leaves and may resume within the exam's resume_days (the clock stops).
CREATE FUNCTION exam.suspend(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state := exam.my_state(p_session);
BEGIN
    PERFORM exam.enforce_deadline(p_session, false);
    IF (SELECT es.status FROM public.exam_sessions es WHERE es.id = p_session) = 'in_progress' THEN
        UPDATE public.exam_sessions SET status = 'suspended', version = version + 1 WHERE id = p_session;
        UPDATE exam.session_state SET paused_at = pg_catalog.now(), paused_by_proctor = false
        WHERE session_id = p_session;
        PERFORM auth.audit(auth.current_user_id(), auth.current_org(), 'exam_session.suspend', 'exam_session',
                           p_session::text, ARRAY[auth.current_user_id()], '{}');
    END IF;
    RETURN exam.info_of(p_session);
END $$;

-- Exams of the student's classes with their session.
CREATE FUNCTION exam.my_exams()
RETURNS TABLE (exam_id integer, title text, subject text, class_id integer, class_name text,
               opens_at timestamptz, closes_at timestamptz, session_id bigint, session_status text,
               answered integer, can_start boolean, can_resume boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT e.id, e.title::text, e.subject::text, c.id, c.name::text, e.opens_at, e.closes_at,
           s.session_id, es.status::text, COALESCE(s.answered, 0),
           s.session_id IS NULL AND e.is_open AND (e.opens_at IS NULL OR e.opens_at <= pg_catalog.now())
               AND (e.closes_at IS NULL OR pg_catalog.now() < e.closes_at),
           COALESCE(es.status = 'in_progress'
               OR (es.status = 'suspended' AND NOT s.paused_by_proctor
                   AND s.paused_at >= pg_catalog.now() - pg_catalog.make_interval(days => e.resume_days)), false)
    FROM public.student_classroom sc
    JOIN public.classes c ON c.id = sc.class_id
    JOIN public.exams e ON e.class_id = c.id
    LEFT JOIN exam.session_state s ON s.exam_id = e.id AND s.student_id = sc.student_id
    LEFT JOIN public.exam_sessions es ON es.id = s.session_id
    WHERE sc.student_id = (exam.require_student()).student_id
      AND (e.is_open OR s.session_id IS NOT NULL)
    ORDER BY e.opens_at DESC NULLS LAST, e.id DESC
$$;

GRANT EXECUTE ON FUNCTION exam.start(integer), exam.status(bigint), exam.next_item(bigint),
    exam.submit(bigint, integer, bigint, integer, integer, uuid), exam.finish(bigint), exam.suspend(bigint),
    exam.my_exams(), exam.default_config()
    TO dreamseed_client;
