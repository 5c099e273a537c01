"""per-student accommodations set by staff: extended time, zoom, high contrast, answer masking,
line reader, read aloud (issue 19)

* ``public.student_accommodations``: one row per student (no row = none), with the student's
  organization as its scope column; staff of the school and the student read it (RLS), nobody
  writes it directly.
* ``public.set_accommodations(student, ...)``: an admin of the student's school sets them
  (checked ranges: time 1.0-3.0x, zoom 100-300 %), audited as ``student.accommodations``.
* ``public.set_my_zoom(zoom)``: a student keeps their own text size (only that field).
* ``exam.act_start`` (whole function from its newest text, 0030) multiplies the exam's time
  limit by the student's time factor and records the factor in the session's ``meta``; the
  exam's closing time still caps the deadline, as for a proctor's extension (0019).

Revision ID: 0031
Revises: 0030
"""
from __future__ import annotations

from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE TABLE public.student_accommodations (
    student_id integer NOT NULL
        CONSTRAINT fk_student_accommodations_student_id_students REFERENCES public.students (id) ON DELETE CASCADE,
    organization_id integer NOT NULL
        CONSTRAINT fk_student_accommodations_organization_id_organizations
        REFERENCES public.organizations (id) ON DELETE CASCADE,
    time_factor numeric(3, 2) NOT NULL DEFAULT 1.00
        CONSTRAINT ck_student_accommodations_time_factor CHECK (time_factor BETWEEN 1.00 AND 3.00),
    zoom numeric(3, 2) NOT NULL DEFAULT 1.00
        CONSTRAINT ck_student_accommodations_zoom CHECK (zoom BETWEEN 1.00 AND 3.00),
    high_contrast boolean NOT NULL DEFAULT false,
    answer_masking boolean NOT NULL DEFAULT false,
    line_reader boolean NOT NULL DEFAULT false,
    read_aloud boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_by integer
        CONSTRAINT fk_student_accommodations_updated_by_users REFERENCES public.users (id) ON DELETE SET NULL,
    CONSTRAINT pk_student_accommodations PRIMARY KEY (student_id)
);
CREATE INDEX ix_student_accommodations_organization_id ON public.student_accommodations (organization_id);
ALTER TABLE public.student_accommodations OWNER TO dreamseed_owner;
ALTER TABLE public.student_accommodations ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.student_accommodations FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON public.student_accommodations TO dreamseed_owner USING (true) WITH CHECK (true);
REVOKE ALL ON TABLE public.student_accommodations FROM PUBLIC;
GRANT SELECT ON TABLE public.student_accommodations TO dreamseed_client;
CREATE POLICY student_accommodations_select ON public.student_accommodations FOR SELECT TO dreamseed_client
    USING (student_id = (SELECT auth.current_student_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) IN ('admin', 'teacher')
               AND organization_id = (SELECT auth.current_org())));

CREATE FUNCTION public.set_accommodations(p_student integer, p_time_factor numeric, p_zoom numeric,
                                          p_high_contrast boolean, p_answer_masking boolean,
                                          p_line_reader boolean, p_read_aloud boolean) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    s public.students;
BEGIN
    SELECT * INTO s FROM public.students WHERE id = p_student FOR KEY SHARE;
    IF NOT FOUND OR NOT auth.is_admin_of(s.organization_id) THEN
        IF i.role <> 'admin' THEN
            RAISE EXCEPTION 'You are not allowed to do this.' USING ERRCODE = 'DS403';
        END IF;
        RAISE EXCEPTION 'This student does not exist or you cannot see them.' USING ERRCODE = 'DS404';
    END IF;
    IF p_time_factor IS NULL OR p_time_factor < 1.0 OR p_time_factor > 3.0 THEN
        RAISE EXCEPTION 'Extended time must be between 1 and 3 times the time limit.' USING ERRCODE = 'DS422';
    END IF;
    IF p_zoom IS NULL OR p_zoom < 1.0 OR p_zoom > 3.0 THEN
        RAISE EXCEPTION 'Text size must be between 100 and 300 percent.' USING ERRCODE = 'DS422';
    END IF;
    INSERT INTO public.student_accommodations AS a (student_id, organization_id, time_factor, zoom, high_contrast,
                                                    answer_masking, line_reader, read_aloud, updated_at, updated_by)
    VALUES (s.id, s.organization_id, pg_catalog.round(p_time_factor, 2), pg_catalog.round(p_zoom, 2),
            COALESCE(p_high_contrast, false), COALESCE(p_answer_masking, false), COALESCE(p_line_reader, false),
            COALESCE(p_read_aloud, false), pg_catalog.now(), i.user_id)
    ON CONFLICT (student_id) DO UPDATE
        SET time_factor = EXCLUDED.time_factor, zoom = EXCLUDED.zoom, high_contrast = EXCLUDED.high_contrast,
            answer_masking = EXCLUDED.answer_masking, line_reader = EXCLUDED.line_reader,
            read_aloud = EXCLUDED.read_aloud, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by;
    PERFORM auth.audit(i.user_id, s.organization_id, 'student.accommodations', 'student', s.id::text,
                       ARRAY[s.user_id],
                       pg_catalog.jsonb_build_object('time_factor', pg_catalog.round(p_time_factor, 2),
                                                     'zoom', pg_catalog.round(p_zoom, 2),
                                                     'high_contrast', COALESCE(p_high_contrast, false),
                                                     'answer_masking', COALESCE(p_answer_masking, false),
                                                     'line_reader', COALESCE(p_line_reader, false),
                                                     'read_aloud', COALESCE(p_read_aloud, false)));
END $$;

CREATE FUNCTION public.set_my_zoom(p_zoom numeric) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := auth.require();
    s public.students;
BEGIN
    IF i.role <> 'student' OR i.student_id IS NULL THEN
        RAISE EXCEPTION 'You are not allowed to do this.' USING ERRCODE = 'DS403';
    END IF;
    IF p_zoom IS NULL OR p_zoom < 1.0 OR p_zoom > 3.0 THEN
        RAISE EXCEPTION 'Text size must be between 100 and 300 percent.' USING ERRCODE = 'DS422';
    END IF;
    SELECT * INTO s FROM public.students WHERE id = i.student_id;
    INSERT INTO public.student_accommodations AS a (student_id, organization_id, zoom, updated_at, updated_by)
    VALUES (s.id, s.organization_id, pg_catalog.round(p_zoom, 2), pg_catalog.now(), i.user_id)
    ON CONFLICT (student_id) DO UPDATE SET zoom = EXCLUDED.zoom;
END $$;

ALTER FUNCTION public.set_accommodations(integer, numeric, numeric, boolean, boolean, boolean, boolean)
    OWNER TO dreamseed_owner;
ALTER FUNCTION public.set_my_zoom(numeric) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.set_accommodations(integer, numeric, numeric, boolean, boolean, boolean, boolean),
    public.set_my_zoom(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.set_accommodations(integer, numeric, numeric, boolean, boolean, boolean, boolean),
    public.set_my_zoom(numeric) TO dreamseed_client;

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
    v_factor double precision;
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
    -- extended time set by staff on the student (1.0 = none); the exam's closing time still ends it
    SELECT COALESCE((SELECT a.time_factor FROM public.student_accommodations a
                     WHERE a.student_id = i.student_id), 1.0)::double precision INTO v_factor;
    IF cfg ->> 'time_limit_seconds' IS NOT NULL THEN
        v_deadline := exam.clock() + pg_catalog.make_interval(
            secs => (cfg ->> 'time_limit_seconds')::double precision * v_factor);
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
                                          'bank_version', v_bank, 'item_filter', v_filter,
                                          'time_factor', v_factor))
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
"""

DOWNGRADE = r"""
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
DROP FUNCTION public.set_my_zoom(numeric);
DROP FUNCTION public.set_accommodations(integer, numeric, numeric, boolean, boolean, boolean, boolean);
DROP TABLE public.student_accommodations;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
