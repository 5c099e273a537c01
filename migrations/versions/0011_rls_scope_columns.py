"""sessions and attempts carry the organization and class their policies test (issue 14)

Revision 0009 made the policies of ``exam_sessions`` and ``attempts`` look visibility up by
primary key instead of hashing every visible row first. A look-up is still a probe per row, and
the planner cannot estimate how selective a policy's ``EXISTS`` is: a scan over the school's
attempts (item analysis, calibration, the statistics screen's grouped queries) paid one or two
probes per attempt and ran several times slower than the owner's.

Here each session carries its student's ``organization_id`` and each attempt its session's
``organization_id`` and ``class_id``, kept by triggers that run as the owner (clients cannot set
them: they hold no column privilege on them, and every insert or change recomputes them). The
staff branches of the policies test these columns directly against values computed once per
query: the admin's organization, and the array of class ids the caller sees (its own policy
decides). Visibility is unchanged: a session is the admin's when its student is in the admin's
organization or its class is one the caller sees; an attempt is visible exactly when its session
is. Students keep their branch (own rows; attempts once the session ended).

Revision ID: 0011
Revises: 0010
"""
from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.exam_sessions ADD COLUMN organization_id integer;
ALTER TABLE public.attempts ADD COLUMN organization_id integer, ADD COLUMN class_id integer;

UPDATE public.exam_sessions es SET organization_id = s.organization_id
FROM public.students s WHERE s.id = es.student_id;
UPDATE public.attempts a SET organization_id = es.organization_id, class_id = es.class_id
FROM public.exam_sessions es WHERE es.id = a.exam_session_id;
ALTER TABLE public.exam_sessions ALTER COLUMN organization_id SET NOT NULL;
ALTER TABLE public.attempts ALTER COLUMN organization_id SET NOT NULL;

-- a session belongs to its student's organization
CREATE FUNCTION public.exam_sessions_scope() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.organization_id := (SELECT s.organization_id FROM public.students s WHERE s.id = NEW.student_id);
    RETURN NEW;
END $$;
CREATE TRIGGER trg_exam_sessions_scope
    BEFORE INSERT OR UPDATE OF student_id, organization_id ON public.exam_sessions
    FOR EACH ROW EXECUTE FUNCTION public.exam_sessions_scope();

-- an attempt carries its session's organization and class
CREATE FUNCTION public.attempts_scope() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    SELECT es.organization_id, es.class_id INTO NEW.organization_id, NEW.class_id
    FROM public.exam_sessions es WHERE es.id = NEW.exam_session_id;
    RETURN NEW;
END $$;
CREATE TRIGGER trg_attempts_scope
    BEFORE INSERT OR UPDATE OF exam_session_id, organization_id, class_id ON public.attempts
    FOR EACH ROW EXECUTE FUNCTION public.attempts_scope();

-- when a session's student or class changes, its attempts follow
CREATE FUNCTION public.exam_sessions_scope_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE public.attempts a SET organization_id = NEW.organization_id, class_id = NEW.class_id
    WHERE a.exam_session_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_exam_sessions_scope_follow
    AFTER UPDATE OF student_id, class_id, organization_id ON public.exam_sessions
    FOR EACH ROW WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id
                       OR OLD.class_id IS DISTINCT FROM NEW.class_id)
    EXECUTE FUNCTION public.exam_sessions_scope_follow();

-- when a student moves to another organization, their sessions (and so attempts) follow
CREATE FUNCTION public.students_scope_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE public.exam_sessions es SET organization_id = NEW.organization_id WHERE es.student_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_students_scope_follow
    AFTER UPDATE OF organization_id ON public.students
    FOR EACH ROW WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id)
    EXECUTE FUNCTION public.students_scope_follow();

ALTER FUNCTION public.exam_sessions_scope() OWNER TO dreamseed_owner;
ALTER FUNCTION public.attempts_scope() OWNER TO dreamseed_owner;
ALTER FUNCTION public.exam_sessions_scope_follow() OWNER TO dreamseed_owner;
ALTER FUNCTION public.students_scope_follow() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.exam_sessions_scope(), public.attempts_scope(),
    public.exam_sessions_scope_follow(), public.students_scope_follow() FROM PUBLIC;

DROP POLICY exam_sessions_select ON public.exam_sessions;
DROP POLICY exam_sessions_write ON public.exam_sessions;
DROP POLICY attempts_select ON public.attempts;
DROP POLICY attempts_write ON public.attempts;

-- staff: the admin's organization (a sysadmin's: all), or a class the caller sees; the class
-- ids are computed once per query through the classes policy
CREATE POLICY exam_sessions_select ON public.exam_sessions FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE ((SELECT auth.current_role()) = 'admin'
                      AND ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org())))
                     OR class_id = ANY ((SELECT pg_catalog.array_agg(c.id) FROM public.classes c)::integer[])
           END);
CREATE POLICY exam_sessions_write ON public.exam_sessions FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (((SELECT auth.current_role()) = 'admin'
                 AND ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org())))
                OR class_id = ANY ((SELECT pg_catalog.array_agg(c.id) FROM public.classes c)::integer[])))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (EXISTS (SELECT 1 FROM public.classes c WHERE c.id = exam_sessions.class_id)
                OR ((SELECT auth.current_role()) = 'admin' AND exam_sessions.class_id IS NULL
                    AND EXISTS (SELECT 1 FROM public.students s WHERE s.id = exam_sessions.student_id))));

CREATE POLICY attempts_select ON public.attempts FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                     AND EXISTS (SELECT 1 FROM public.exam_sessions es
                                 WHERE es.id = attempts.exam_session_id
                                   AND es.status IN ('completed', 'terminated'))
                ELSE ((SELECT auth.current_role()) = 'admin'
                      AND ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org())))
                     OR class_id = ANY ((SELECT pg_catalog.array_agg(c.id) FROM public.classes c)::integer[])
           END);
CREATE POLICY attempts_write ON public.attempts FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (((SELECT auth.current_role()) = 'admin'
                 AND ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org())))
                OR class_id = ANY ((SELECT pg_catalog.array_agg(c.id) FROM public.classes c)::integer[])))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND EXISTS (SELECT 1 FROM public.exam_sessions es WHERE es.id = attempts.exam_session_id));
"""

DOWNGRADE = r"""
DROP POLICY exam_sessions_select ON public.exam_sessions;
DROP POLICY exam_sessions_write ON public.exam_sessions;
DROP POLICY attempts_select ON public.attempts;
DROP POLICY attempts_write ON public.attempts;

CREATE POLICY exam_sessions_select ON public.exam_sessions FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE EXISTS (SELECT 1 FROM public.classes c WHERE c.id = exam_sessions.class_id)
                     OR ((SELECT auth.current_role()) = 'admin'
                         AND EXISTS (SELECT 1 FROM public.students s WHERE s.id = exam_sessions.student_id))
           END);
CREATE POLICY exam_sessions_write ON public.exam_sessions FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (EXISTS (SELECT 1 FROM public.classes c WHERE c.id = exam_sessions.class_id)
                OR ((SELECT auth.current_role()) = 'admin'
                    AND EXISTS (SELECT 1 FROM public.students s WHERE s.id = exam_sessions.student_id))))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (EXISTS (SELECT 1 FROM public.classes c WHERE c.id = exam_sessions.class_id)
                OR ((SELECT auth.current_role()) = 'admin' AND exam_sessions.class_id IS NULL
                    AND EXISTS (SELECT 1 FROM public.students s WHERE s.id = exam_sessions.student_id))));
CREATE POLICY attempts_select ON public.attempts FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                     AND EXISTS (SELECT 1 FROM public.exam_sessions es
                                 WHERE es.id = attempts.exam_session_id
                                   AND es.status IN ('completed', 'terminated'))
                ELSE EXISTS (SELECT 1 FROM public.exam_sessions es WHERE es.id = attempts.exam_session_id)
           END);
CREATE POLICY attempts_write ON public.attempts FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND EXISTS (SELECT 1 FROM public.exam_sessions es WHERE es.id = attempts.exam_session_id))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND EXISTS (SELECT 1 FROM public.exam_sessions es WHERE es.id = attempts.exam_session_id));

DROP TRIGGER trg_students_scope_follow ON public.students;
DROP TRIGGER trg_exam_sessions_scope_follow ON public.exam_sessions;
DROP TRIGGER trg_attempts_scope ON public.attempts;
DROP TRIGGER trg_exam_sessions_scope ON public.exam_sessions;
DROP FUNCTION public.students_scope_follow(), public.exam_sessions_scope_follow(),
    public.attempts_scope(), public.exam_sessions_scope();
ALTER TABLE public.attempts DROP COLUMN organization_id, DROP COLUMN class_id;
ALTER TABLE public.exam_sessions DROP COLUMN organization_id;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
