"""an answer is committed before anything that depends on its key runs (issue 12)

``CALL exam.submit`` now commits twice: first the answer as given (``exam.act_submit`` records it
in ``exam.session_state.resp_*`` without looking at the key), then its scoring, the stopping rule
and the next item (``exam.act_score``). A client that cancels the call (``statement_timeout``,
``pg_cancel_backend``, a dropped connection) to learn from how long the scoring took can no
longer retry another choice: once the call has got past the first commit the answer is final,
and before that nothing key-dependent has run. A recorded answer that was not scored yet is
scored by the next exam action on the session (``exam.settle``: submit, status, finish,
suspend, resume, every proctor action and every end of a session); ``exam.next_item`` refuses
with ``DS420`` until then (the app calls ``status`` and asks again).

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE exam.session_state
    ADD COLUMN resp_seq integer,
    ADD COLUMN resp_item bigint,
    ADD COLUMN resp_choice integer,
    ADD COLUMN resp_rt integer,
    ADD COLUMN resp_server_ms integer,
    ADD COLUMN resp_uuid uuid;

-- Score the session's recorded answer, if any (the caller holds the session or takes the lock
-- here): EAP update, the attempt row, the stopping rule and the next item. NULL when there was none.
CREATE FUNCTION exam.settle(p_session bigint) RETURNS exam.submit_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
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
END $$;

-- Record an answer to the pending item exactly once (inside CALL exam.submit only). Returns the
-- stored outcome of a replay, or a result with accepted = NULL: recorded, to be scored by
-- exam.act_score after the procedure has committed it. Nothing here looks at the key.
CREATE OR REPLACE FUNCTION exam.act_submit(p_session bigint, p_seq integer, p_item bigint, p_choice integer,
                                           p_response_time_ms integer, p_client_uuid uuid) RETURNS exam.submit_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
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
END $$;

-- Score the answer just recorded (inside CALL exam.submit only, after its commit).
CREATE FUNCTION exam.act_score(p_session bigint) RETURNS exam.submit_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    res exam.submit_result;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);
    res := exam.settle(p_session);
    IF res.session_id IS NULL THEN    -- scored meanwhile by another call: report where it stands
        SELECT s.* INTO st FROM exam.session_state s WHERE s.session_id = p_session;
        res.session_id := p_session; res.accepted := true; res.replayed := false; res.answered := st.answered;
        res.finished := (SELECT es.status FROM public.exam_sessions es WHERE es.id = p_session)
                        IN ('completed', 'terminated');
    END IF;
    RETURN res;
END $$;

CREATE OR REPLACE PROCEDURE exam.submit(p_token text, p_session bigint, p_seq integer, p_item bigint,
    p_choice integer, p_response_time_ms integer, p_client_uuid uuid,
    OUT session_id bigint, OUT seq integer, OUT accepted boolean, OUT replayed boolean, OUT finished boolean,
    OUT answered integer)
LANGUAGE plpgsql AS $$
DECLARE
    r exam.submit_result;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: the call is refused before it does anything
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    -- the answer as given, committed before anything looks at the key (the scoring below flushes
    -- this commit to disk with its own, so it need not wait for the disk itself)
    PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
    r := exam.act_submit(p_session, p_seq, p_item, p_choice, p_response_time_ms, p_client_uuid);
    COMMIT;
    IF r.accepted IS NULL THEN
        PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
        r := exam.act_score(p_session);
        COMMIT;
    END IF;
    session_id := r.session_id; seq := COALESCE(r.seq, p_seq); accepted := r.accepted; replayed := r.replayed;
    finished := r.finished; answered := r.answered;
END $$;

-- Every end of a session counts a recorded answer first.
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

-- proctor actions see the session with its recorded answer counted
CREATE OR REPLACE FUNCTION exam.lock_running(p_session bigint) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_status text;
BEGIN
    PERFORM 1 FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    PERFORM exam.settle(p_session);
    PERFORM exam.enforce_deadline(p_session, false);
    SELECT status INTO v_status FROM public.exam_sessions WHERE id = p_session;
    IF v_status IN ('completed', 'terminated') THEN
        RAISE EXCEPTION 'This session has already ended.' USING ERRCODE = 'DS409';
    END IF;
    RETURN v_status;
END $$;

CREATE OR REPLACE FUNCTION exam.act_status(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);
    PERFORM exam.settle(p_session);
    PERFORM exam.enforce_deadline(p_session, false);
    RETURN exam.info_of(p_session);
END $$;

CREATE OR REPLACE FUNCTION exam.act_suspend(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);
    PERFORM exam.settle(p_session);
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

-- resume: the recorded answer (if any) is scored first
CREATE OR REPLACE FUNCTION exam.resume_session(p_session bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
    v_paused interval;
    v_closes timestamptz;
    v_deadline timestamptz;
BEGIN
    PERFORM exam.settle(p_session);
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

-- The pending item (read-only). DS420 while an answer is recorded but not scored yet (after an
-- interrupted submit): call exam.status, which scores it, then ask again.
CREATE OR REPLACE FUNCTION exam.next_item(p_token text, p_session bigint)
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
END $$;

ALTER FUNCTION exam.settle(bigint) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.act_score(bigint) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.settle(bigint), exam.act_score(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.act_score(bigint) TO dreamseed_client;
"""

DOWNGRADE = r"""
-- answers recorded but not scored yet are scored now (nothing is dropped)
SELECT exam.settle(s.session_id) FROM exam.session_state s WHERE s.resp_seq IS NOT NULL;

-- the definitions before this revision (baseline: finalize, lock_running; 0003: the rest)
CREATE OR REPLACE FUNCTION exam.finalize(p_session bigint, p_status text, p_reason text) RETURNS void
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

CREATE OR REPLACE FUNCTION exam.lock_running(p_session bigint) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_status text;
BEGIN
    PERFORM 1 FROM exam.session_state WHERE session_id = p_session FOR UPDATE;
    PERFORM exam.enforce_deadline(p_session, false);
    SELECT status INTO v_status FROM public.exam_sessions WHERE id = p_session;
    IF v_status IN ('completed', 'terminated') THEN
        RAISE EXCEPTION 'This session has already ended.' USING ERRCODE = 'DS409';
    END IF;
    RETURN v_status;
END $$;

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

CREATE OR REPLACE FUNCTION exam.act_status(p_session bigint) RETURNS exam.session_info
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st exam.session_state;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);
    PERFORM exam.enforce_deadline(p_session, false);
    RETURN exam.info_of(p_session);
END $$;

CREATE OR REPLACE FUNCTION exam.act_submit(p_session bigint, p_seq integer, p_item bigint, p_choice integer,
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

CREATE OR REPLACE FUNCTION exam.act_suspend(p_session bigint) RETURNS exam.session_info
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

CREATE OR REPLACE FUNCTION exam.next_item(p_token text, p_session bigint)
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

CREATE OR REPLACE PROCEDURE exam.submit(p_token text, p_session bigint, p_seq integer, p_item bigint, p_choice integer,
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

DROP FUNCTION exam.act_score(bigint);
DROP FUNCTION exam.settle(bigint);
ALTER TABLE exam.session_state DROP COLUMN resp_seq, DROP COLUMN resp_item, DROP COLUMN resp_choice,
    DROP COLUMN resp_rt, DROP COLUMN resp_server_ms, DROP COLUMN resp_uuid;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
