"""exam actions commit on their own; exam rules on the server (issue 12)

* The student's exam actions are procedures: ``CALL exam.start/status/submit/finish/suspend(token,
  ...)``. Each refuses to run inside a transaction block, COMMITs before it does anything and
  COMMITs the action before it returns, so an answer is final before its result, the next
  item or any score can be seen: no client transaction can observe an exam action's effect
  and roll it back (no "rollback oracle"). The work is done by SECURITY DEFINER functions
  ``exam.act_*`` that run only inside such a procedure (``exam.require_procedure``).
* ``exam.next_item(token, session)`` is a read-only function: it never changes a session
  (the pending item is chosen by start/submit, a deadline is recorded by status/finish).
* The token travels with the call (one statement, autocommit, no separate BEGIN/COMMIT).
* No new answer while a session is suspended or paused by the proctor (a replay of a stored
  answer still returns its outcome).
* Resume never moves a deadline past the exam's closing time.
* ``attempts.server_response_ms``: time from the item being issued to the answer, by the
  server clock (the client's ``response_time_ms`` is advisory); the proctor console's mean
  response time uses it.

See docs/security.md ("Answers are final before anything about them is visible").

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.attempts ADD COLUMN server_response_ms integer;
ALTER TABLE public.attempts ADD CONSTRAINT ck_attempts_server_response_nonneg
    CHECK (server_response_ms IS NULL OR server_response_ms >= 0);

DROP FUNCTION exam.start(integer);
DROP FUNCTION exam.status(bigint);
DROP FUNCTION exam.next_item(bigint);
DROP FUNCTION exam.submit(bigint, integer, bigint, integer, integer, uuid);
DROP FUNCTION exam.finish(bigint);
DROP FUNCTION exam.suspend(bigint);

-- Raise unless called from one of the exam procedures after its first COMMIT. Inside a
-- procedure, a transaction started by COMMIT begins after the CALL statement did
-- (transaction_timestamp() > statement_timestamp()); a client's own transaction, explicit or
-- implicit, begins at or before its statement. A DO block could COMMIT too, so an anonymous
-- block anywhere in the call stack is refused as well.
CREATE FUNCTION exam.require_procedure() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_ctx text;
BEGIN
    GET DIAGNOSTICS v_ctx = PG_CONTEXT;
    IF pg_catalog.transaction_timestamp() <= pg_catalog.statement_timestamp()
       OR pg_catalog.strpos(v_ctx, 'inline_code_block') > 0 THEN
        RAISE EXCEPTION 'Exam actions commit on their own: use CALL exam.<action>(...) outside a transaction block.'
            USING ERRCODE = 'DS428';
    END IF;
END $$;

-- resume a suspended session: the deadline moves by the paused time, never past the exam's
-- closing time; the pending item's server clock skips the pause as well
CREATE OR REPLACE FUNCTION exam.resume_session(p_session bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    v_paused interval;
    v_closes timestamptz;
    v_deadline timestamptz;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    SELECT e.closes_at INTO v_closes FROM public.exams e WHERE e.id = st.exam_id;
    v_paused := pg_catalog.now() - COALESCE(st.paused_at, pg_catalog.now());
    v_deadline := st.deadline_at + v_paused;
    IF v_closes IS NOT NULL THEN
        v_deadline := LEAST(COALESCE(v_deadline, v_closes), v_closes);
    END IF;
    UPDATE exam.session_state SET paused_at = NULL, paused_by_proctor = false,
        paused_total = paused_total + v_paused, deadline_at = v_deadline,
        pending_at = pending_at + v_paused, last_activity_at = pg_catalog.now()
    WHERE session_id = p_session;
    UPDATE public.exam_sessions SET status = 'in_progress', deadline_at = v_deadline,
        version = version + 1 WHERE id = p_session;
    PERFORM exam.enforce_deadline(p_session, false);
    IF st.pending_item IS NULL AND (SELECT es.status FROM public.exam_sessions es WHERE es.id = p_session) = 'in_progress' THEN
        PERFORM exam.advance(p_session);
    END IF;
END $$;

-- Start the exam or resume the student's session of it (inside CALL exam.start only).
CREATE FUNCTION exam.act_start(p_exam integer) RETURNS exam.session_info
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

CREATE FUNCTION exam.act_status(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);
    PERFORM exam.enforce_deadline(p_session, false);
    RETURN exam.info_of(p_session);
END $$;

-- Answer the pending item exactly once (inside CALL exam.submit only); see docs/security.md.
CREATE FUNCTION exam.act_submit(p_session bigint, p_seq integer, p_item bigint, p_choice integer,
                                p_response_time_ms integer, p_client_uuid uuid) RETURNS exam.submit_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    a public.attempts;
    it public.items;
    v_status text;
    v_correct boolean;
    v_key smallint;
    v_lp double precision[];
    v_theta double precision;
    v_se double precision;
    v_server_ms integer;
    v_id bigint;
    res exam.submit_result;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);   -- locks the session: submits serialise
    IF p_client_uuid IS NULL OR p_seq IS NULL OR p_item IS NULL THEN
        RAISE EXCEPTION 'An answer needs its item, number and id.' USING ERRCODE = 'DS422';
    END IF;
    res.session_id := p_session; res.seq := p_seq;
    -- 1. replay of a stored answer? (its outcome is returned whatever the session's state)
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
    -- 2. a new answer: to the pending item, in time, while the session runs
    PERFORM exam.enforce_deadline(p_session, true);
    SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    IF v_status IN ('completed', 'terminated') THEN
        res.accepted := false; res.replayed := false; res.finished := true; res.answered := st.answered;
        RETURN res;
    END IF;
    IF v_status = 'suspended' THEN
        IF st.paused_by_proctor THEN
            RAISE EXCEPTION 'Your teacher has paused the exam. Please wait.' USING ERRCODE = 'DS425';
        END IF;
        RAISE EXCEPTION 'This exam is paused. Open it again from your exam list.' USING ERRCODE = 'DS425';
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
    -- the server's own response time: from the item being issued (resumes skip the pause)
    v_server_ms := LEAST(GREATEST(0, pg_catalog.round(EXTRACT(EPOCH FROM (pg_catalog.now() - st.pending_at)) * 1000)),
                         2147483647)::integer;
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
    res.finished := NOT exam.advance(p_session);
    -- 5. the attempt row last: its item_stats trigger locks the item's statistics row, which every
    -- student answering that item needs, so it is held only until this transaction commits
    INSERT INTO public.attempts (student_id, exam_session_id, item_id, seq, correct, selected_choice,
                                 response_time_ms, server_response_ms, client_uuid, theta_after, se_after)
    VALUES (st.student_id, p_session, p_item, p_seq, v_correct, p_choice, p_response_time_ms, v_server_ms,
            p_client_uuid, v_theta, v_se)
    ON CONFLICT DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'This answer was recorded by another request; send it again.' USING ERRCODE = 'DS409';
    END IF;
    RETURN res;
END $$;

-- End the session now (inside CALL exam.finish only); a passed deadline ends it as time_limit.
CREATE FUNCTION exam.act_finish(p_session bigint) RETURNS exam.final_result
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

-- The student leaves and may resume within the exam's resume_days (inside CALL exam.suspend only).
CREATE FUNCTION exam.act_suspend(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);
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

-- The pending item (the same until answered); no row when the session is over or its time is
-- up. Read-only: it never changes the session, so it is safe in any transaction.
CREATE FUNCTION exam.next_item(p_token text, p_session bigint)
RETURNS TABLE (session_id bigint, seq integer, item_id bigint, stem text, choices jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    st exam.session_state;
    v_status text;
BEGIN
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    i := exam.require_student();
    SELECT * INTO st FROM exam.session_state s WHERE s.session_id = p_session AND s.student_id = i.student_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Exam session not found.' USING ERRCODE = 'DS404';
    END IF;
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
    IF st.pending_item IS NULL OR (st.deadline_at IS NOT NULL AND pg_catalog.now() >= st.deadline_at) THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT p_session, st.pending_seq, x.id, x.stem, x.choices FROM public.items x
                 WHERE x.id = st.pending_item;
END $$;

-- The student's exam actions. SECURITY INVOKER on purpose (a definer procedure may not COMMIT):
-- each commits first (PostgreSQL refuses COMMIT when the CALL runs inside a transaction block,
-- explicit or implicit, so such a call fails before it does anything), sets the token, calls its
-- exam.act_* function and commits that work before the result leaves the server.
CREATE PROCEDURE exam.start(p_token text, p_exam integer,
    OUT session_id bigint, OUT exam_id integer, OUT status text, OUT answered integer, OUT min_items integer,
    OUT max_items integer, OUT server_now timestamptz, OUT deadline_at timestamptz,
    OUT remaining_sec double precision, OUT confirm_answers boolean, OUT show_result text, OUT paused boolean,
    OUT stop_reason text)
LANGUAGE plpgsql AS $$
DECLARE
    r exam.session_info;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: the call is refused before it does anything
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    r := exam.act_start(p_exam);
    COMMIT;
    session_id := r.session_id; exam_id := r.exam_id; status := r.status; answered := r.answered;
    min_items := r.min_items; max_items := r.max_items; server_now := r.server_now; deadline_at := r.deadline_at;
    remaining_sec := r.remaining_sec; confirm_answers := r.confirm_answers; show_result := r.show_result;
    paused := r.paused; stop_reason := r.stop_reason;
END $$;

CREATE PROCEDURE exam.status(p_token text, p_session bigint,
    OUT session_id bigint, OUT exam_id integer, OUT status text, OUT answered integer, OUT min_items integer,
    OUT max_items integer, OUT server_now timestamptz, OUT deadline_at timestamptz,
    OUT remaining_sec double precision, OUT confirm_answers boolean, OUT show_result text, OUT paused boolean,
    OUT stop_reason text)
LANGUAGE plpgsql AS $$
DECLARE
    r exam.session_info;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: the call is refused before it does anything
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    r := exam.act_status(p_session);
    COMMIT;
    session_id := r.session_id; exam_id := r.exam_id; status := r.status; answered := r.answered;
    min_items := r.min_items; max_items := r.max_items; server_now := r.server_now; deadline_at := r.deadline_at;
    remaining_sec := r.remaining_sec; confirm_answers := r.confirm_answers; show_result := r.show_result;
    paused := r.paused; stop_reason := r.stop_reason;
END $$;

CREATE PROCEDURE exam.suspend(p_token text, p_session bigint,
    OUT session_id bigint, OUT exam_id integer, OUT status text, OUT answered integer, OUT min_items integer,
    OUT max_items integer, OUT server_now timestamptz, OUT deadline_at timestamptz,
    OUT remaining_sec double precision, OUT confirm_answers boolean, OUT show_result text, OUT paused boolean,
    OUT stop_reason text)
LANGUAGE plpgsql AS $$
DECLARE
    r exam.session_info;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: the call is refused before it does anything
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    r := exam.act_suspend(p_session);
    COMMIT;
    session_id := r.session_id; exam_id := r.exam_id; status := r.status; answered := r.answered;
    min_items := r.min_items; max_items := r.max_items; server_now := r.server_now; deadline_at := r.deadline_at;
    remaining_sec := r.remaining_sec; confirm_answers := r.confirm_answers; show_result := r.show_result;
    paused := r.paused; stop_reason := r.stop_reason;
END $$;

CREATE PROCEDURE exam.submit(p_token text, p_session bigint, p_seq integer, p_item bigint, p_choice integer,
    p_response_time_ms integer, p_client_uuid uuid,
    OUT session_id bigint, OUT seq integer, OUT accepted boolean, OUT replayed boolean, OUT finished boolean,
    OUT answered integer)
LANGUAGE plpgsql AS $$
DECLARE
    r exam.submit_result;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: the call is refused before it does anything
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    r := exam.act_submit(p_session, p_seq, p_item, p_choice, p_response_time_ms, p_client_uuid);
    COMMIT;
    session_id := r.session_id; seq := r.seq; accepted := r.accepted; replayed := r.replayed;
    finished := r.finished; answered := r.answered;
END $$;

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

-- The proctor console's response times come from the server clock (attempts.server_response_ms).
CREATE OR REPLACE FUNCTION exam.proctor_live(p_exam integer)
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

ALTER FUNCTION exam.require_procedure() OWNER TO dreamseed_owner;
ALTER FUNCTION exam.resume_session(bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.act_start(integer) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.act_status(bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.act_submit(bigint, integer, bigint, integer, integer, uuid) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.act_finish(bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.act_suspend(bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.next_item(text, bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.proctor_live(integer) OWNER TO dreamseed_owner;
ALTER PROCEDURE exam.start(text, integer) OWNER TO dreamseed_owner;
ALTER PROCEDURE exam.status(text, bigint) OWNER TO dreamseed_owner;
ALTER PROCEDURE exam.suspend(text, bigint) OWNER TO dreamseed_owner;
ALTER PROCEDURE exam.submit(text, bigint, integer, bigint, integer, integer, uuid) OWNER TO dreamseed_owner;
ALTER PROCEDURE exam.finish(text, bigint) OWNER TO dreamseed_owner;

REVOKE ALL ON FUNCTION exam.require_procedure(), exam.act_start(integer), exam.act_status(bigint),
    exam.act_submit(bigint, integer, bigint, integer, integer, uuid), exam.act_finish(bigint),
    exam.act_suspend(bigint), exam.next_item(text, bigint) FROM PUBLIC;
REVOKE ALL ON PROCEDURE exam.start(text, integer), exam.status(text, bigint), exam.suspend(text, bigint),
    exam.submit(text, bigint, integer, bigint, integer, integer, uuid), exam.finish(text, bigint) FROM PUBLIC;
-- the procedures run as the client, so the client executes the act_* functions they call; those
-- refuse to run anywhere but inside the procedures (exam.require_procedure)
GRANT EXECUTE ON FUNCTION exam.act_start(integer), exam.act_status(bigint),
    exam.act_submit(bigint, integer, bigint, integer, integer, uuid), exam.act_finish(bigint),
    exam.act_suspend(bigint), exam.next_item(text, bigint) TO dreamseed_client;
GRANT EXECUTE ON PROCEDURE exam.start(text, integer), exam.status(text, bigint), exam.suspend(text, bigint),
    exam.submit(text, bigint, integer, bigint, integer, integer, uuid), exam.finish(text, bigint)
    TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP PROCEDURE exam.start(text, integer);
DROP PROCEDURE exam.status(text, bigint);
DROP PROCEDURE exam.suspend(text, bigint);
DROP PROCEDURE exam.submit(text, bigint, integer, bigint, integer, integer, uuid);
DROP PROCEDURE exam.finish(text, bigint);
DROP FUNCTION exam.next_item(text, bigint);
DROP FUNCTION exam.act_start(integer);
DROP FUNCTION exam.act_status(bigint);
DROP FUNCTION exam.act_submit(bigint, integer, bigint, integer, integer, uuid);
DROP FUNCTION exam.act_finish(bigint);
DROP FUNCTION exam.act_suspend(bigint);
DROP FUNCTION exam.require_procedure();
ALTER TABLE public.attempts DROP COLUMN server_response_ms;

-- the functions as they were before this revision
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

CREATE OR REPLACE FUNCTION exam.resume_session(p_session bigint) RETURNS void
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

CREATE OR REPLACE FUNCTION exam.proctor_live(p_exam integer)
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
           (SELECT pg_catalog.avg(l.response_time_ms)::double precision FROM (
                SELECT a.response_time_ms FROM public.attempts a WHERE a.exam_session_id = s.session_id
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

ALTER FUNCTION exam.start(integer) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.status(bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.next_item(bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.submit(bigint, integer, bigint, integer, integer, uuid) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.finish(bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.suspend(bigint) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.start(integer), exam.status(bigint), exam.next_item(bigint),
    exam.submit(bigint, integer, bigint, integer, integer, uuid), exam.finish(bigint), exam.suspend(bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.start(integer), exam.status(bigint), exam.next_item(bigint),
    exam.submit(bigint, integer, bigint, integer, integer, uuid), exam.finish(bigint), exam.suspend(bigint)
    TO dreamseed_client;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
