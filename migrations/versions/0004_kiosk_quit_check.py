"""the exam's kiosk quit password is checked by the server (rate-limited, audited) (issue 12)

Before, every enrolled student could fetch the exam's quit-password hash
(``public.exam_kiosk_quit_hash``) and crack it offline. Now:

* ``exam_kiosk_settings`` stores a salt and a verifier = sha256(argon2id(password, salt)), the
  sign-in scheme: the client derives the proof, the plain password never leaves the PC.
  Teachers set it through ``exam.set_kiosk_quit_password`` (the exam's proctors only, audited).
  Old client-side PBKDF2 hashes cannot be checked by the server and are removed (the exams
  keep the lab PC's own quit password; the teacher sets the exam's again).
* ``exam.kiosk_quit_salt(token, exam)`` gives the salt (not secret) to the exam's students.
* ``CALL exam.kiosk_quit(token, exam, proof)`` checks a proof for the signed-in student: at most
  5 wrong proofs per student and exam in 10 minutes, then refused unchecked until the window
  has passed; every check is audited. A procedure that commits the count and the audit row
  before it answers, so a transaction cannot roll a wrong guess back.
* Students have no access to the table; staff read only whether a password is set.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UPGRADE = r"""
DROP FUNCTION public.exam_kiosk_quit_hash(integer);
ALTER TABLE public.exam_kiosk_settings DROP CONSTRAINT ck_exam_kiosk_settings_hash_format;
ALTER TABLE public.exam_kiosk_settings DROP COLUMN quit_password_hash;
ALTER TABLE public.exam_kiosk_settings
    ADD COLUMN quit_salt text CONSTRAINT ck_exam_kiosk_settings_salt_format CHECK (quit_salt ~ '^[0-9a-f]{32,64}$'),
    ADD COLUMN quit_verifier text CONSTRAINT ck_exam_kiosk_settings_verifier_format
        CHECK (quit_verifier ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT ck_exam_kiosk_settings_pair CHECK ((quit_salt IS NULL) = (quit_verifier IS NULL));
-- staff see whether a password is set (column privileges), never the salt or verifier
REVOKE ALL ON TABLE public.exam_kiosk_settings FROM dreamseed_client;
GRANT SELECT (exam_id, updated_at) ON TABLE public.exam_kiosk_settings TO dreamseed_client;
ALTER TABLE public.exam_kiosk_settings ADD COLUMN has_password boolean
    GENERATED ALWAYS AS (quit_verifier IS NOT NULL) STORED;
GRANT SELECT (has_password) ON TABLE public.exam_kiosk_settings TO dreamseed_client;
DROP POLICY staff_all ON public.exam_kiosk_settings;
CREATE POLICY staff_select ON public.exam_kiosk_settings FOR SELECT TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('teacher', 'admin')
           AND EXISTS (SELECT 1 FROM public.exams e WHERE e.id = exam_kiosk_settings.exam_id));

-- wrong quit passwords per student and exam (owner-only)
CREATE TABLE exam.kiosk_quit_failures (
    exam_id      integer NOT NULL REFERENCES public.exams (id) ON DELETE CASCADE,
    student_id   integer NOT NULL REFERENCES public.students (id) ON DELETE CASCADE,
    failures     integer NOT NULL DEFAULT 0,
    window_start timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (exam_id, student_id)
);
ALTER TABLE exam.kiosk_quit_failures OWNER TO dreamseed_owner;
ALTER TABLE exam.kiosk_quit_failures ENABLE ROW LEVEL SECURITY;
ALTER TABLE exam.kiosk_quit_failures FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON exam.kiosk_quit_failures TO dreamseed_owner USING (true) WITH CHECK (true);
REVOKE ALL ON TABLE exam.kiosk_quit_failures FROM PUBLIC;
INSERT INTO auth.settings (key, value) VALUES ('kiosk_quit_max_failures', 5), ('kiosk_quit_window_minutes', 10)
ON CONFLICT (key) DO NOTHING;

-- Set (or with NULLs clear) the exam's quit password: the exam's proctors only, audited.
CREATE FUNCTION exam.set_kiosk_quit_password(p_exam integer, p_salt text, p_verifier text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_exam(p_exam);
BEGIN
    IF (p_salt IS NULL) <> (p_verifier IS NULL) THEN
        RAISE EXCEPTION 'A value has the wrong format.' USING ERRCODE = 'DS422';
    END IF;
    INSERT INTO public.exam_kiosk_settings AS k (exam_id, quit_salt, quit_verifier)
    VALUES (p_exam, p_salt, p_verifier)
    ON CONFLICT (exam_id) DO UPDATE SET quit_salt = EXCLUDED.quit_salt, quit_verifier = EXCLUDED.quit_verifier,
        updated_at = pg_catalog.now();
    DELETE FROM exam.kiosk_quit_failures f WHERE f.exam_id = p_exam;
    PERFORM auth.audit(i.user_id, (SELECT c.organization_id FROM public.exams e JOIN public.classes c ON c.id = e.class_id
                                   WHERE e.id = p_exam),
                       CASE WHEN p_verifier IS NULL THEN 'exam.kiosk_quit_password_clear'
                            ELSE 'exam.kiosk_quit_password_set' END, 'exam', p_exam::text, NULL, '{}');
END $$;

-- The salt of the exam's quit password, for a student of the exam's class (NULL: none set).
CREATE FUNCTION exam.kiosk_quit_salt(p_token text, p_exam integer) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity;
BEGIN
    PERFORM pg_catalog.set_config('dreamseed.token', COALESCE(p_token, ''), true);
    i := exam.require_student();
    IF NOT EXISTS (SELECT 1 FROM public.exams e JOIN public.student_classroom sc ON sc.class_id = e.class_id
                   WHERE e.id = p_exam AND sc.student_id = i.student_id) THEN
        RAISE EXCEPTION 'Exam not found.' USING ERRCODE = 'DS404';
    END IF;
    RETURN (SELECT k.quit_salt FROM public.exam_kiosk_settings k WHERE k.exam_id = p_exam);
END $$;

-- Check a quit-password proof (inside CALL exam.kiosk_quit only). Returns (granted, seconds to
-- wait before the next check is possible; 0 when checks are open).
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

CREATE PROCEDURE exam.kiosk_quit(p_token text, p_exam integer, p_proof text,
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

ALTER FUNCTION exam.set_kiosk_quit_password(integer, text, text) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.kiosk_quit_salt(text, integer) OWNER TO dreamseed_owner;
ALTER FUNCTION exam.act_kiosk_quit(integer, text) OWNER TO dreamseed_owner;
ALTER PROCEDURE exam.kiosk_quit(text, integer, text) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.set_kiosk_quit_password(integer, text, text), exam.kiosk_quit_salt(text, integer),
    exam.act_kiosk_quit(integer, text) FROM PUBLIC;
REVOKE ALL ON PROCEDURE exam.kiosk_quit(text, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exam.set_kiosk_quit_password(integer, text, text), exam.kiosk_quit_salt(text, integer),
    exam.act_kiosk_quit(integer, text) TO dreamseed_client;
GRANT EXECUTE ON PROCEDURE exam.kiosk_quit(text, integer, text) TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP PROCEDURE exam.kiosk_quit(text, integer, text);
DROP FUNCTION exam.act_kiosk_quit(integer, text);
DROP FUNCTION exam.kiosk_quit_salt(text, integer);
DROP FUNCTION exam.set_kiosk_quit_password(integer, text, text);
DELETE FROM auth.settings WHERE key IN ('kiosk_quit_max_failures', 'kiosk_quit_window_minutes');
DROP TABLE exam.kiosk_quit_failures;
DROP POLICY staff_select ON public.exam_kiosk_settings;
ALTER TABLE public.exam_kiosk_settings DROP COLUMN has_password, DROP COLUMN quit_salt, DROP COLUMN quit_verifier;
ALTER TABLE public.exam_kiosk_settings ADD COLUMN quit_password_hash text,
    ADD CONSTRAINT ck_exam_kiosk_settings_hash_format
        CHECK (quit_password_hash IS NULL OR quit_password_hash LIKE 'pbkdf2_sha256$%');
REVOKE ALL ON TABLE public.exam_kiosk_settings FROM dreamseed_client;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.exam_kiosk_settings TO dreamseed_client;
CREATE POLICY staff_all ON public.exam_kiosk_settings
    USING ((SELECT auth.current_role()) IN ('teacher', 'admin')
           AND EXISTS (SELECT 1 FROM public.exams e WHERE e.id = exam_kiosk_settings.exam_id))
    WITH CHECK ((SELECT auth.current_role()) IN ('teacher', 'admin')
           AND EXISTS (SELECT 1 FROM public.exams e WHERE e.id = exam_kiosk_settings.exam_id));
CREATE FUNCTION public.exam_kiosk_quit_hash(p_exam_id integer) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_uid integer := auth.current_user_id();
    v_class integer;
    v_org integer;
    v_teacher_user integer;
    v_ok boolean := false;
BEGIN
    IF v_uid IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT e.class_id, c.organization_id, t.user_id INTO v_class, v_org, v_teacher_user
    FROM public.exams e
    JOIN public.classes c ON c.id = e.class_id
    LEFT JOIN public.teachers t ON t.id = c.teacher_id
    WHERE e.id = p_exam_id;
    IF v_class IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT EXISTS (
        SELECT 1 FROM public.students s
        JOIN public.student_classroom sc ON sc.student_id = s.id
        WHERE s.user_id = v_uid AND sc.class_id = v_class)
        OR v_teacher_user = v_uid
        OR EXISTS (SELECT 1 FROM public.users u WHERE u.id = v_uid AND u.role = 'admin'
                   AND u.organization_id = v_org AND u.is_active)
    INTO v_ok;
    IF NOT v_ok THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT k.quit_password_hash FROM public.exam_kiosk_settings k
            WHERE k.exam_id = p_exam_id);
END $$;
ALTER FUNCTION public.exam_kiosk_quit_hash(integer) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.exam_kiosk_quit_hash(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.exam_kiosk_quit_hash(integer) TO dreamseed_client;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
