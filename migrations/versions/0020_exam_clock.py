"""the exam API's clock: exam.clock() (the server's time; a given time only for the owner)

Every time an exam action reads or stamps on the path start -> next item -> submit -> finish
(``exam.act_start``, ``exam.advance``, ``exam.act_submit``, ``exam.settle``, ``exam.finalize``,
``exam.enforce_deadline``, ``exam.info_of``, ``exam.next_item``; the defaults of
``exam_sessions.started_at`` and ``attempts.created_at``) now comes from ``exam.clock()``.
It is ``now()`` for everyone, except on a connection whose login role is the owner (a member of
``dreamseed_owner``: the migration/administration connection, never a client login role) that
has set the session setting ``dreamseed.clock``: then it is that time. The demo seeder uses
this to give its students sittings spread over months through the same ``CALL exam.*``
procedures the students use (issue 13: one engine writes every session). A client that sets
``dreamseed.clock`` changes nothing. The audit log keeps the real time of every action.
Pausing, resuming and proctor actions keep the real clock (the seeder never uses them).

Each function is replaced whole, from its newest text (0003/0005/0012), with
``pg_catalog.now()`` -> ``exam.clock()`` and nothing else changed.

Revision ID: 0020
Revises: 0019
"""
from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- now(), or the time the owner's own connection set in dreamseed.clock (clients cannot: their
-- login roles are not members of dreamseed_owner, and session_user cannot be changed by them)
CREATE FUNCTION exam.clock() RETURNS timestamptz
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN COALESCE(pg_catalog.current_setting('dreamseed.clock', true), '') <> ''
                 AND pg_catalog.pg_has_role(session_user, 'dreamseed_owner', 'MEMBER')
           THEN pg_catalog.current_setting('dreamseed.clock', true)::timestamptz
           ELSE pg_catalog.now() END
$$;
ALTER FUNCTION exam.clock() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.clock() FROM PUBLIC;
ALTER TABLE public.exam_sessions ALTER COLUMN started_at SET DEFAULT exam.clock();
ALTER TABLE public.attempts ALTER COLUMN created_at SET DEFAULT exam.clock();

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
CREATE OR REPLACE FUNCTION exam.act_submit(p_session bigint, p_seq integer, p_item bigint, p_choice integer, p_response_time_ms integer, p_client_uuid uuid)
 RETURNS exam.submit_result
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    a public.attempts;
    it public.items;
    v_status text;
    v_server_ms integer;
    res exam.submit_result;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);   -- locks the session: submits serialise
    IF p_client_uuid IS NULL OR p_seq IS NULL OR p_item IS NULL THEN
        RAISE EXCEPTION 'An answer needs its item, number and id.' USING ERRCODE = 'DS422';
    END IF;
    PERFORM exam.settle(p_session);    -- an answer recorded by an interrupted call is scored first
    SELECT * INTO st FROM exam.session_state s WHERE s.session_id = p_session;
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
    v_server_ms := LEAST(GREATEST(0, pg_catalog.round(EXTRACT(EPOCH FROM (exam.clock() - st.pending_at)) * 1000)),
                         2147483647)::integer;
    UPDATE exam.session_state SET resp_seq = p_seq, resp_item = p_item, resp_choice = p_choice,
        resp_rt = p_response_time_ms, resp_server_ms = v_server_ms, resp_uuid = p_client_uuid,
        last_activity_at = exam.clock()
    WHERE session_id = p_session;
    RETURN res;                        -- accepted IS NULL: recorded
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
CREATE OR REPLACE FUNCTION exam.finalize(p_session bigint, p_status text, p_reason text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    es public.exam_sessions;
    v_end timestamptz := exam.clock();
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
END $function$;
CREATE OR REPLACE FUNCTION exam.enforce_deadline(p_session bigint, p_grace boolean)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
    IF v_status = 'in_progress' AND v_deadline IS NOT NULL AND exam.clock() >= v_deadline THEN
        PERFORM exam.finalize(p_session, 'completed', 'time_limit');
    END IF;
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
CREATE OR REPLACE FUNCTION exam.next_item(p_token text, p_session bigint)
 RETURNS TABLE(session_id bigint, seq integer, item_id bigint, stem text, choices jsonb)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
    IF st.resp_seq IS NOT NULL THEN
        RAISE EXCEPTION 'The last answer is still being recorded. Please try again.' USING ERRCODE = 'DS420';
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
    IF st.pending_item IS NULL OR (st.deadline_at IS NOT NULL AND exam.clock() >= st.deadline_at) THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT p_session, st.pending_seq, x.id, x.stem, x.choices FROM public.items x
                 WHERE x.id = st.pending_item;
END $function$

;;
"""

DOWNGRADE = r"""
ALTER TABLE public.exam_sessions ALTER COLUMN started_at SET DEFAULT now();
ALTER TABLE public.attempts ALTER COLUMN created_at SET DEFAULT now();
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
END $function$;
CREATE OR REPLACE FUNCTION exam.act_submit(p_session bigint, p_seq integer, p_item bigint, p_choice integer, p_response_time_ms integer, p_client_uuid uuid)
 RETURNS exam.submit_result
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    a public.attempts;
    it public.items;
    v_status text;
    v_server_ms integer;
    res exam.submit_result;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);   -- locks the session: submits serialise
    IF p_client_uuid IS NULL OR p_seq IS NULL OR p_item IS NULL THEN
        RAISE EXCEPTION 'An answer needs its item, number and id.' USING ERRCODE = 'DS422';
    END IF;
    PERFORM exam.settle(p_session);    -- an answer recorded by an interrupted call is scored first
    SELECT * INTO st FROM exam.session_state s WHERE s.session_id = p_session;
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
    UPDATE exam.session_state SET resp_seq = p_seq, resp_item = p_item, resp_choice = p_choice,
        resp_rt = p_response_time_ms, resp_server_ms = v_server_ms, resp_uuid = p_client_uuid,
        last_activity_at = pg_catalog.now()
    WHERE session_id = p_session;
    RETURN res;                        -- accepted IS NULL: recorded
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
        last_activity_at = pg_catalog.now()
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
CREATE OR REPLACE FUNCTION exam.finalize(p_session bigint, p_status text, p_reason text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
END $function$;
CREATE OR REPLACE FUNCTION exam.enforce_deadline(p_session bigint, p_grace boolean)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
END $function$;
CREATE OR REPLACE FUNCTION exam.info_of(p_session bigint)
 RETURNS exam.session_info
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
$function$;
CREATE OR REPLACE FUNCTION exam.next_item(p_token text, p_session bigint)
 RETURNS TABLE(session_id bigint, seq integer, item_id bigint, stem text, choices jsonb)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
    IF st.resp_seq IS NOT NULL THEN
        RAISE EXCEPTION 'The last answer is still being recorded. Please try again.' USING ERRCODE = 'DS420';
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
END $function$

;;
DROP FUNCTION exam.clock();
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
