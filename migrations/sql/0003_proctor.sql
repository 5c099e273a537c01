-- Proctor functions: the teacher of the exam's class (or an admin of its organization).

CREATE FUNCTION exam.require_proctor_of_exam(p_exam integer) RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    v_org integer;
    v_teacher integer;
BEGIN
    SELECT c.organization_id, c.teacher_id INTO v_org, v_teacher
    FROM public.exams e JOIN public.classes c ON c.id = e.class_id WHERE e.id = p_exam;
    IF NOT FOUND OR NOT ((i.role = 'teacher' AND i.teacher_id = v_teacher) OR auth.is_admin_of(v_org)) THEN
        IF i.role = 'student' THEN
            RAISE EXCEPTION 'Only the teacher of the class can do this.' USING ERRCODE = 'DS403';
        END IF;
        RAISE EXCEPTION 'Exam not found.' USING ERRCODE = 'DS404';
    END IF;
    RETURN i;
END $$;

CREATE FUNCTION exam.require_proctor_of_session(p_session bigint) RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_exam integer;
BEGIN
    SELECT s.exam_id INTO v_exam FROM exam.session_state s WHERE s.session_id = p_session;
    IF NOT FOUND THEN
        PERFORM auth.require();
        RAISE EXCEPTION 'Exam session not found.' USING ERRCODE = 'DS404';
    END IF;
    RETURN exam.require_proctor_of_exam(v_exam);
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

CREATE FUNCTION exam.proctor_audit(i auth.identity, p_session bigint, p_action text, p_details jsonb) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT auth.audit(i.user_id, c.organization_id, p_action, 'exam_session', p_session::text, ARRAY[st.user_id],
                      p_details)
    FROM public.exam_sessions es
    JOIN public.students st ON st.id = es.student_id
    LEFT JOIN public.classes c ON c.id = es.class_id
    WHERE es.id = p_session
$$;

-- lock a session for a proctor action; ended sessions cannot be changed
CREATE FUNCTION exam.lock_running(p_session bigint) RETURNS text
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

CREATE FUNCTION exam.proctor_pause(p_session bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
    v_status text := exam.lock_running(p_session);
BEGIN
    IF v_status = 'in_progress' THEN
        UPDATE public.exam_sessions SET status = 'suspended', version = version + 1 WHERE id = p_session;
        UPDATE exam.session_state SET paused_at = pg_catalog.now() WHERE session_id = p_session;
    END IF;
    UPDATE exam.session_state SET paused_by_proctor = true WHERE session_id = p_session;
    PERFORM exam.proctor_audit(i, p_session, 'proctor.pause',
                               pg_catalog.jsonb_build_object('reason', COALESCE(p_reason, '')));
END $$;

CREATE FUNCTION exam.proctor_resume(p_session bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
    v_status text := exam.lock_running(p_session);
BEGIN
    IF v_status <> 'suspended' THEN
        RAISE EXCEPTION 'This session is not paused.' USING ERRCODE = 'DS409';
    END IF;
    PERFORM exam.resume_session(p_session);
    PERFORM exam.proctor_audit(i, p_session, 'proctor.resume', '{}');
END $$;

CREATE FUNCTION exam.proctor_terminate(p_session bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
BEGIN
    IF COALESCE(pg_catalog.btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'Give a reason for ending the session.' USING ERRCODE = 'DS422';
    END IF;
    PERFORM exam.lock_running(p_session);
    PERFORM exam.finalize(p_session, 'terminated', 'proctor');
    PERFORM exam.proctor_audit(i, p_session, 'proctor.terminate', pg_catalog.jsonb_build_object('reason', p_reason));
END $$;

CREATE FUNCTION exam.proctor_extend(p_session bigint, p_minutes integer) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
    v_deadline timestamptz;
BEGIN
    IF p_minutes IS NULL OR p_minutes < 1 OR p_minutes > 600 THEN
        RAISE EXCEPTION 'Extra time must be between 1 and 600 minutes.' USING ERRCODE = 'DS422';
    END IF;
    PERFORM exam.lock_running(p_session);
    -- a session without a limit gets one only if it had a deadline; otherwise nothing to extend
    UPDATE exam.session_state SET deadline_at = deadline_at + pg_catalog.make_interval(mins => p_minutes)
    WHERE session_id = p_session RETURNING deadline_at INTO v_deadline;
    UPDATE public.exam_sessions SET deadline_at = v_deadline, version = version + 1 WHERE id = p_session;
    PERFORM exam.proctor_audit(i, p_session, 'proctor.extend_time',
                               pg_catalog.jsonb_build_object('minutes', p_minutes, 'deadline_at', v_deadline));
    RETURN v_deadline;
END $$;

-- Admin tools: Sympson-Hetter parameters and candidate-set rebuilds.
CREATE FUNCTION exam.require_admin() RETURNS auth.identity
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
BEGIN
    IF i.role <> 'admin' THEN
        RAISE EXCEPTION 'Only an administrator can do this.' USING ERRCODE = 'DS403';
    END IF;
    RETURN i;
END $$;

-- p_params: {"<item code or id>": K, ...}; K is clipped to [0, 1]
CREATE FUNCTION exam.set_exposure_parameters(p_params jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_admin();
    n integer;
BEGIN
    INSERT INTO exam.item_exposure AS x (item_id, sh_k)
    SELECT DISTINCT ON (it.id) it.id, LEAST(GREATEST(e.value::text::double precision, 0), 1)
    FROM pg_catalog.jsonb_each(p_params) e
    CROSS JOIN LATERAL (
        SELECT c.id FROM public.items c WHERE c.code = e.key
        UNION ALL
        SELECT d.id FROM public.items d WHERE d.id = CASE WHEN e.key ~ '^[0-9]{1,18}$' THEN e.key::bigint END
        LIMIT 1) it
    ORDER BY it.id
    ON CONFLICT (item_id) DO UPDATE SET sh_k = EXCLUDED.sh_k;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM auth.audit(i.user_id, i.organization_id, 'item.exposure_parameters', 'item_bank', NULL, NULL,
                       pg_catalog.jsonb_build_object('items', n));
    RETURN n;
END $$;

CREATE FUNCTION exam.admin_rebuild_bands(p_subject text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM exam.require_admin();
    RETURN exam.rebuild_bands(p_subject);
END $$;

GRANT EXECUTE ON FUNCTION exam.proctor_live(integer), exam.proctor_pause(bigint, text),
    exam.proctor_resume(bigint), exam.proctor_terminate(bigint, text), exam.proctor_extend(bigint, integer),
    exam.set_exposure_parameters(jsonb), exam.admin_rebuild_bands(text)
    TO dreamseed_client;
