"""a cheaper exam step: fewer statements, plans, relations and triggers per answer (issue 14)

The server's own time of a step (``exam.act_submit`` + ``exam.act_score`` + ``exam.next_item``) was
2.1-2.3 ms at any bank size (target 2 ms): the fixed work of a step, not the selection. Measured
per function (``track_functions = 'all'``) and per relation lock (``pg_locks`` at the end of each
transaction of a step), this revision cuts, without changing what any call returns or allows:

* ``exam.clock()`` is inlinable (no SET clause; every name in it is schema-qualified): five SQL
  function calls per step, each planned anew, become an expression;
* ``exam.exam_org`` is PL/pgSQL (its plan cached per connection instead of planned per call, which
  also opened and locked ``exams``, ``classes`` and all their indexes on every selection);
* ``auth.me`` calls ``auth.login_role_allows`` only for a student's token on the staff login role,
  the one case where it can say no (one SQL function call less per token resolved, three a step);
* ``exam.pin_shown_item`` fires only when a new item becomes pending (``WHEN`` clauses on two
  triggers instead of the same tests inside one trigger that fired on every update of the state);
* ``public.item_stats`` loses its index on ``n_attempts`` (the statistics query filters
  ``n_attempts >= min`` and sorts by p-correct over the whole table; the index made every answer's
  update of its item's counters a non-HOT update that wrote two index entries);
* ``exam.session_state`` rows (about 2.2 kB) are kept whole and uncompressed
  (``toast_tuple_target``), no longer compressed on every update and decompressed on every read;
* ``exam.act_submit``, ``exam.act_score`` and ``exam.next_item`` run with generic plans
  (``plan_cache_mode``): each statement is planned once per connection instead of on each of
  its first five calls (a student's exam is one connection of about 30 steps); every re-plan
  locked all indexes of the tables it read, and the selection's custom plan hashed the whole
  bank where the generic one probes the band's candidates by key;
* ``exam.act_submit`` and ``exam.settle`` read less: the state once (``settle`` only when an
  answer is left recorded), the replay lookup in one statement, the deadline from the locked
  state, the item's parameters and key in one lookup, the session's status from the update that
  stores θ/SE.

Downgrade restores 0020's ``exam.act_submit`` and ``exam.clock``, 0030's ``exam.settle``, 0021's
``exam.next_item`` (its text, without the plan setting), 0019's ``exam.exam_org``,
0026's ``auth.me``, 0021's trigger, the index and the table's storage option.

Revision ID: 0037
Revises: 0036
"""
from __future__ import annotations

from alembic import op

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- 1. exam.clock(): the same expression, inlinable (no SET clause: every name in it is qualified,
--    the operator too), so a step's five calls cost what the expression costs instead of a SQL
--    function call each (planned per call, as a function with a SET clause is never inlined)
CREATE OR REPLACE FUNCTION exam.clock() RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN COALESCE(pg_catalog.current_setting('dreamseed.clock', true), '') OPERATOR(pg_catalog.<>) ''
                 AND pg_catalog.pg_has_role(session_user, 'dreamseed_owner', 'MEMBER')
           THEN pg_catalog.current_setting('dreamseed.clock', true)::pg_catalog.timestamptz
           ELSE pg_catalog.now() END
$$;

-- 2. exam.exam_org: PL/pgSQL, so its plan is cached per connection (a SQL function with a SET
--    clause is planned on every call, which opened and locked exams, classes and all their indexes)
CREATE OR REPLACE FUNCTION exam.exam_org(p_exam integer) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT c.organization_id FROM public.exams e JOIN public.classes c ON c.id = e.class_id
            WHERE e.id = p_exam);
END $$;

-- 3. auth.me: asks auth.login_role_allows only where its answer can be no (a student's token on
--    the staff login role); the same identity for everyone, one SQL function call less per token
CREATE OR REPLACE FUNCTION auth.me() RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    nobody auth.identity;
BEGIN
    SELECT u.id, u.role::text, u.organization_id,
           (SELECT t.id FROM public.teachers t WHERE t.user_id = u.id),
           (SELECT st.id FROM public.students st WHERE st.user_id = u.id)
    INTO i
    FROM auth.sessions s
    JOIN public.users u ON u.id = s.user_id
    WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
              COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
      AND s.expires_at > pg_catalog.now()
      AND u.is_active
      AND NOT s.password_change_only;   -- a token before the forced password change: nobody
    IF i.role = 'student' AND session_user = 'dreamseed_staff' AND NOT auth.login_role_allows(i.role) THEN
        RETURN nobody;   -- a student's token on the staff login role: no identity
    END IF;
    RETURN i;
END $$;

-- 4. the shown item is pinned only when a new item becomes pending: the trigger's conditions
--    move into WHEN clauses, so the updates that clear or keep the pending item fire nothing
DROP TRIGGER trg_session_state_pin_shown ON exam.session_state;
CREATE TRIGGER trg_session_state_pin_shown_insert AFTER INSERT ON exam.session_state
    FOR EACH ROW WHEN (NEW.pending_item IS NOT NULL AND NEW.pending_seq IS NOT NULL)
    EXECUTE FUNCTION exam.pin_shown_item();
CREATE TRIGGER trg_session_state_pin_shown_update AFTER UPDATE OF pending_item, pending_seq ON exam.session_state
    FOR EACH ROW WHEN (NEW.pending_item IS NOT NULL AND NEW.pending_seq IS NOT NULL
                       AND (OLD.pending_item IS DISTINCT FROM NEW.pending_item
                            OR OLD.pending_seq IS DISTINCT FROM NEW.pending_seq))
    EXECUTE FUNCTION exam.pin_shown_item();

-- 5. item_stats: no index on the counter every answer moves, so the answer's update of its item's
--    row is a HOT update (no index entries written; the row lock is held for less)
DROP INDEX public.ix_item_stats_n_attempts;

-- 6. a session's state row (about 2.2 kB: the grid, the log-posterior, the design) stays whole and
--    uncompressed: above 2 kB every update tried to compress it and every read decompressed it
ALTER TABLE exam.session_state SET (toast_tuple_target = 8160);

-- 7. the step's three entry points plan each statement once per connection (a generic plan)
--    instead of re-planning it on each of the first five calls: a re-plan opens and locks every
--    index of every table the statement reads, and the selection's custom plan hashed the whole
--    item bank (a sequential scan) where the generic plan probes the band's candidates by key.
--    The setting holds for everything they call (triggers included) and ends with the call
ALTER FUNCTION exam.act_score(bigint) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION exam.next_item(text, bigint) SET plan_cache_mode = force_generic_plan;

-- 8. exam.act_submit: reads the locked state once (settles only when an answer is recorded),
--    looks the replay up in one statement, the deadline from that state, the clock once, and of
--    the item only its choices
CREATE OR REPLACE FUNCTION exam.act_submit(p_session bigint, p_seq integer, p_item bigint, p_choice integer,
                                           p_response_time_ms integer, p_client_uuid uuid)
 RETURNS exam.submit_result
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
DECLARE
    st exam.session_state;
    a public.attempts;
    v_status text;
    v_now timestamptz;
    v_choices jsonb;
    res exam.submit_result;
BEGIN
    PERFORM exam.require_procedure();
    st := exam.my_state(p_session);   -- locks the session: submits serialise
    IF p_client_uuid IS NULL OR p_seq IS NULL OR p_item IS NULL THEN
        RAISE EXCEPTION 'An answer needs its item, number and id.' USING ERRCODE = 'DS422';
    END IF;
    IF st.resp_seq IS NOT NULL THEN
        PERFORM exam.settle(p_session);    -- an answer recorded by an interrupted call is scored first
        SELECT * INTO st FROM exam.session_state s WHERE s.session_id = p_session;
    END IF;
    SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    res.session_id := p_session; res.seq := p_seq;
    -- 1. replay of a stored answer? (its outcome is returned whatever the session's state; the
    --    answer with this id first, else the one stored at this number)
    SELECT * INTO a FROM public.attempts x
    WHERE x.client_uuid = p_client_uuid OR (x.exam_session_id = p_session AND x.seq = p_seq)
    ORDER BY x.client_uuid = p_client_uuid DESC
    LIMIT 1;
    IF a.id IS NOT NULL THEN
        IF a.exam_session_id = p_session AND a.seq = p_seq AND a.item_id = p_item
           AND a.selected_choice IS NOT DISTINCT FROM p_choice THEN
            res.accepted := true; res.replayed := true; res.answered := st.answered;
            res.finished := v_status IN ('completed', 'terminated');
            RETURN res;
        END IF;
        RAISE EXCEPTION 'This item has already been answered; the answer cannot be changed.' USING ERRCODE = 'DS409';
    END IF;
    -- 2. a new answer: to the pending item, in time (with the grace period), while the session runs
    v_now := exam.clock();
    IF v_status = 'in_progress' AND st.deadline_at IS NOT NULL
       AND v_now >= st.deadline_at + pg_catalog.make_interval(secs => auth.setting('deadline_grace_seconds')) THEN
        PERFORM exam.finalize(p_session, 'completed', 'time_limit');
        v_status := 'completed';
    END IF;
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
    IF p_choice IS NOT NULL THEN
        SELECT x.choices INTO v_choices FROM public.items x WHERE x.id = p_item;
        IF p_choice < 1 OR p_choice > GREATEST(pg_catalog.jsonb_array_length(v_choices), 1) OR p_choice > 10 THEN
            RAISE EXCEPTION 'The chosen answer does not exist.' USING ERRCODE = 'DS422';
        END IF;
    END IF;
    IF p_response_time_ms IS NOT NULL AND p_response_time_ms < 0 THEN
        RAISE EXCEPTION 'Response time cannot be negative.' USING ERRCODE = 'DS422';
    END IF;
    -- the server's own response time: from the item being issued (resumes skip the pause)
    UPDATE exam.session_state SET resp_seq = p_seq, resp_item = p_item, resp_choice = p_choice,
        resp_rt = p_response_time_ms,
        resp_server_ms = LEAST(GREATEST(0, pg_catalog.round(EXTRACT(EPOCH FROM (v_now - st.pending_at)) * 1000)),
                               2147483647)::integer,
        resp_uuid = p_client_uuid, last_activity_at = v_now
    WHERE session_id = p_session;
    RETURN res;                        -- accepted IS NULL: recorded
END $function$;

-- 9. exam.settle: the item's parameters and key in one lookup (not the item's whole row), the
--    clock once, and the session's status from the update that stores θ/SE
CREATE OR REPLACE FUNCTION exam.settle(p_session bigint)
 RETURNS exam.submit_result
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    it record;
    v_status text;
    v_correct boolean;
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
    SELECT x.a, x.b, x.c, x.subject, x.grade, x.strand, k.correct_choice AS key INTO it
    FROM public.items x LEFT JOIN public.item_keys k ON k.item_id = x.id
    WHERE x.id = st.resp_item;
    v_correct := st.resp_choice IS NOT NULL AND it.key IS NOT NULL AND st.resp_choice = it.key;
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
    IF st.pending_pretest THEN
        SELECT es.status INTO v_status FROM public.exam_sessions es WHERE es.id = p_session;
    ELSE
        UPDATE public.exam_sessions SET theta = v_theta, standard_error = v_se WHERE id = p_session
        RETURNING status INTO v_status;
    END IF;
    res.session_id := p_session; res.seq := st.resp_seq;
    res.accepted := true; res.replayed := false; res.answered := st.answered + 1;
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
"""

DOWNGRADE = r"""
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
END $function$

;

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
END $function$

;

CREATE OR REPLACE FUNCTION exam.next_item(p_token text, p_session bigint)
 RETURNS TABLE(session_id bigint, seq integer, item_id bigint, stem text, choices jsonb, content_version integer, passage_id bigint, passage_version integer)
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
    -- the version pinned when the item became pending (an approval in between changes nothing)
    RETURN QUERY
        SELECT p_session, st.pending_seq, x.id, COALESCE(v.stem, x.stem), COALESCE(v.choices, x.choices),
               COALESCE(s.content_version, x.content_version), s.passage_id, s.passage_version
        FROM public.items x
        LEFT JOIN exam.shown_items s ON s.session_id = p_session AND s.seq = st.pending_seq AND s.item_id = x.id
        LEFT JOIN public.item_content_versions v
               ON v.item_id = x.id AND v.version = COALESCE(s.content_version, x.content_version)
        WHERE x.id = st.pending_item;
END $function$

;

CREATE OR REPLACE FUNCTION exam.clock()
 RETURNS timestamp with time zone
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    SELECT CASE WHEN COALESCE(pg_catalog.current_setting('dreamseed.clock', true), '') <> ''
                 AND pg_catalog.pg_has_role(session_user, 'dreamseed_owner', 'MEMBER')
           THEN pg_catalog.current_setting('dreamseed.clock', true)::timestamptz
           ELSE pg_catalog.now() END
$function$

;

CREATE OR REPLACE FUNCTION exam.exam_org(p_exam integer)
 RETURNS integer
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    SELECT c.organization_id FROM public.exams e JOIN public.classes c ON c.id = e.class_id WHERE e.id = p_exam
$function$

;

CREATE OR REPLACE FUNCTION auth.me()
 RETURNS auth.identity
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    i auth.identity;
    nobody auth.identity;
BEGIN
    SELECT u.id, u.role::text, u.organization_id,
           (SELECT t.id FROM public.teachers t WHERE t.user_id = u.id),
           (SELECT st.id FROM public.students st WHERE st.user_id = u.id)
    INTO i
    FROM auth.sessions s
    JOIN public.users u ON u.id = s.user_id
    WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
              COALESCE(pg_catalog.current_setting('dreamseed.token', true), ''), 'UTF8'))
      AND s.expires_at > pg_catalog.now()
      AND u.is_active
      AND NOT s.password_change_only;   -- a token before the forced password change: nobody
    IF i.role = 'student' AND NOT auth.login_role_allows(i.role) THEN
        RETURN nobody;   -- a student's token on the staff login role: no identity
    END IF;
    RETURN i;
END $function$

;


ALTER FUNCTION exam.act_score(bigint) RESET plan_cache_mode;
DROP TRIGGER trg_session_state_pin_shown_insert ON exam.session_state;
DROP TRIGGER trg_session_state_pin_shown_update ON exam.session_state;
CREATE TRIGGER trg_session_state_pin_shown
    AFTER INSERT OR UPDATE OF pending_item, pending_seq ON exam.session_state
    FOR EACH ROW EXECUTE FUNCTION exam.pin_shown_item();
CREATE INDEX ix_item_stats_n_attempts ON public.item_stats USING btree (n_attempts);
ALTER TABLE exam.session_state RESET (toast_tuple_target);
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
