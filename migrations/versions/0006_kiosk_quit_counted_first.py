"""a kiosk quit guess is counted (and committed) before the password is checked (issue 12)

``CALL exam.kiosk_quit`` used to count a wrong guess in the same transaction that checked it, so a
client that cancelled the call after the check (``statement_timeout``, ``pg_cancel_backend``) had
its guess neither answered nor counted — unlimited uncounted guesses, with only timing to go on.
Now the procedure commits the count first (``exam.act_kiosk_count``: the guess is counted, or
refused unchecked while the limit is reached) and checks the proof in a second transaction
(``exam.act_kiosk_check``), which takes the count back when the password is right. A cancelled
check still counts.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- Count a quit guess for the signed-in student (inside CALL exam.kiosk_quit only). Returns the
-- seconds to wait when the limit is reached (the guess is then not checked), else 0.
CREATE FUNCTION exam.act_kiosk_count(p_exam integer) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    f exam.kiosk_quit_failures;
    v_org integer;
    v_max integer := auth.setting('kiosk_quit_max_failures')::integer;
    v_window interval := pg_catalog.make_interval(mins => auth.setting('kiosk_quit_window_minutes')::integer);
BEGIN
    PERFORM exam.require_procedure();
    i := exam.require_student();
    SELECT c.organization_id INTO v_org FROM public.exams e JOIN public.classes c ON c.id = e.class_id
    JOIN public.student_classroom sc ON sc.class_id = e.class_id AND sc.student_id = i.student_id
    WHERE e.id = p_exam;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Exam not found.' USING ERRCODE = 'DS404';
    END IF;
    -- the counter row is locked before anything else: parallel guesses queue up
    INSERT INTO exam.kiosk_quit_failures AS x (exam_id, student_id) VALUES (p_exam, i.student_id)
    ON CONFLICT (exam_id, student_id) DO UPDATE SET failures = x.failures
    RETURNING * INTO f;
    IF f.window_start < pg_catalog.now() - v_window THEN
        UPDATE exam.kiosk_quit_failures SET failures = 0, window_start = pg_catalog.now()
        WHERE exam_id = p_exam AND student_id = i.student_id RETURNING * INTO f;
    END IF;
    IF f.failures >= v_max THEN
        PERFORM auth.audit(i.user_id, v_org, 'kiosk.quit_locked', 'exam', p_exam::text, ARRAY[i.user_id], '{}');
        RETURN GREATEST(1, CEIL(EXTRACT(EPOCH FROM (f.window_start + v_window - pg_catalog.now()))))::integer;
    END IF;
    UPDATE exam.kiosk_quit_failures SET failures = failures + 1
    WHERE exam_id = p_exam AND student_id = i.student_id;
    RETURN 0;
END $$;

-- Check a counted guess (inside CALL exam.kiosk_quit only, after the count was committed): a right
-- password takes the count back; every check is audited.
CREATE FUNCTION exam.act_kiosk_check(p_exam integer, p_proof text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    k public.exam_kiosk_settings;
    v_org integer;
    v_granted boolean;
    v_failures integer;
BEGIN
    PERFORM exam.require_procedure();
    i := exam.require_student();
    SELECT c.organization_id INTO v_org FROM public.exams e JOIN public.classes c ON c.id = e.class_id
    WHERE e.id = p_exam;
    -- FOR SHARE: a password change by the teacher waits for the check, or the check for it
    SELECT * INTO k FROM public.exam_kiosk_settings x WHERE x.exam_id = p_exam FOR SHARE;
    v_granted := k.quit_verifier IS NOT NULL AND p_proof IS NOT NULL AND auth.proof_matches(p_proof, k.quit_verifier);
    IF v_granted THEN
        UPDATE exam.kiosk_quit_failures SET failures = 0, window_start = pg_catalog.now()
        WHERE exam_id = p_exam AND student_id = i.student_id;
        PERFORM auth.audit(i.user_id, v_org, 'kiosk.quit_granted', 'exam', p_exam::text, ARRAY[i.user_id], '{}');
    ELSE
        SELECT f.failures INTO v_failures FROM exam.kiosk_quit_failures f
        WHERE f.exam_id = p_exam AND f.student_id = i.student_id;
        PERFORM auth.audit(i.user_id, v_org, 'kiosk.quit_refused', 'exam', p_exam::text, ARRAY[i.user_id],
                           pg_catalog.jsonb_build_object('failures', v_failures));
    END IF;
    RETURN v_granted;
END $$;

CREATE OR REPLACE PROCEDURE exam.kiosk_quit(p_token text, p_exam integer, p_proof text,
                                            OUT granted boolean, OUT retry_after_sec integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_wait integer;
    v_granted boolean := false;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: a guess cannot be rolled back
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    v_wait := exam.act_kiosk_count(p_exam);
    COMMIT;   -- the guess is counted before the password is looked at
    IF v_wait = 0 THEN
        PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
        v_granted := exam.act_kiosk_check(p_exam, p_proof);
        COMMIT;
    END IF;
    granted := v_granted;
    retry_after_sec := v_wait;
END $$;

DROP FUNCTION exam.act_kiosk_quit(integer, text);
ALTER FUNCTION exam.act_kiosk_count(integer) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.act_kiosk_check(integer, text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.act_kiosk_count(integer), exam.act_kiosk_check(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.act_kiosk_count(integer), exam.act_kiosk_check(integer, text) TO dreamseed_client;
"""

DOWNGRADE = r"""
CREATE FUNCTION exam.act_kiosk_quit(p_exam integer, p_proof text, OUT granted boolean, OUT retry_after_sec integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
    k public.exam_kiosk_settings;
    f exam.kiosk_quit_failures;
    v_org integer;
    v_max integer := auth.setting('kiosk_quit_max_failures')::integer;
    v_window interval := pg_catalog.make_interval(mins => auth.setting('kiosk_quit_window_minutes')::integer);
BEGIN
    PERFORM exam.require_procedure();
    i := exam.require_student();
    SELECT c.organization_id INTO v_org FROM public.exams e JOIN public.classes c ON c.id = e.class_id
    JOIN public.student_classroom sc ON sc.class_id = e.class_id AND sc.student_id = i.student_id
    WHERE e.id = p_exam;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Exam not found.' USING ERRCODE = 'DS404';
    END IF;
    -- the counter row is locked before the proof is looked at: parallel guesses queue up
    INSERT INTO exam.kiosk_quit_failures AS x (exam_id, student_id) VALUES (p_exam, i.student_id)
    ON CONFLICT (exam_id, student_id) DO UPDATE SET failures = x.failures
    RETURNING * INTO f;
    IF f.window_start < pg_catalog.now() - v_window THEN
        UPDATE exam.kiosk_quit_failures SET failures = 0, window_start = pg_catalog.now()
        WHERE exam_id = p_exam AND student_id = i.student_id RETURNING * INTO f;
    END IF;
    IF f.failures >= v_max THEN
        granted := false;
        retry_after_sec := GREATEST(1, CEIL(EXTRACT(EPOCH FROM (f.window_start + v_window - pg_catalog.now()))))::integer;
        PERFORM auth.audit(i.user_id, v_org, 'kiosk.quit_locked', 'exam', p_exam::text, ARRAY[i.user_id], '{}');
        RETURN;
    END IF;
    SELECT * INTO k FROM public.exam_kiosk_settings x WHERE x.exam_id = p_exam;
    granted := k.quit_verifier IS NOT NULL AND p_proof IS NOT NULL AND auth.proof_matches(p_proof, k.quit_verifier);
    retry_after_sec := 0;
    IF granted THEN
        UPDATE exam.kiosk_quit_failures SET failures = 0, window_start = pg_catalog.now()
        WHERE exam_id = p_exam AND student_id = i.student_id;
        PERFORM auth.audit(i.user_id, v_org, 'kiosk.quit_granted', 'exam', p_exam::text, ARRAY[i.user_id], '{}');
    ELSE
        UPDATE exam.kiosk_quit_failures SET failures = failures + 1
        WHERE exam_id = p_exam AND student_id = i.student_id;
        PERFORM auth.audit(i.user_id, v_org, 'kiosk.quit_refused', 'exam', p_exam::text, ARRAY[i.user_id],
                           pg_catalog.jsonb_build_object('failures', f.failures + 1));
    END IF;
END $$;

CREATE OR REPLACE PROCEDURE exam.kiosk_quit(p_token text, p_exam integer, p_proof text,
                                            OUT granted boolean, OUT retry_after_sec integer)
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    COMMIT;   -- fails (2D000) inside a transaction block: a wrong guess cannot be rolled back
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    SELECT * INTO r FROM exam.act_kiosk_quit(p_exam, p_proof);
    COMMIT;
    granted := r.granted;
    retry_after_sec := r.retry_after_sec;
END $$;

DROP FUNCTION exam.act_kiosk_check(integer, text);
DROP FUNCTION exam.act_kiosk_count(integer);
ALTER FUNCTION exam.act_kiosk_quit(integer, text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.act_kiosk_quit(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.act_kiosk_quit(integer, text) TO dreamseed_client;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
