-- Row-level security policies for the client role. Every expression that depends only on the
-- signed-in user is wrapped in (SELECT ...) so it is evaluated once per query, not per row.
-- Conventions: "staff" = admin or teacher; an admin sees their organization (an admin without
-- organization sees everything); a teacher sees their own classes and what hangs off them.

-- organizations ---------------------------------------------------------------------------
CREATE POLICY organizations_select ON public.organizations FOR SELECT TO dreamseed_client
    USING ((SELECT auth.is_sysadmin()) OR id = (SELECT auth.current_org()));
CREATE POLICY organizations_insert ON public.organizations FOR INSERT TO dreamseed_client
    WITH CHECK ((SELECT auth.is_sysadmin()));
CREATE POLICY organizations_update ON public.organizations FOR UPDATE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND id = (SELECT auth.current_org())));
CREATE POLICY organizations_delete ON public.organizations FOR DELETE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin()));

-- users: self; admins their organization; teachers read their organization's people -------
CREATE POLICY users_select ON public.users FOR SELECT TO dreamseed_client
    USING (id = (SELECT auth.current_user_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) IN ('admin', 'teacher')
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY users_write ON public.users FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

-- teachers / students: org-wide for staff (rosters and enrollment need the school's students),
-- a student sees only their own row -------------------------------------------------------
CREATE POLICY teachers_select ON public.teachers FOR SELECT TO dreamseed_client
    USING (user_id = (SELECT auth.current_user_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) IN ('admin', 'teacher')
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY teachers_write ON public.teachers FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

CREATE POLICY students_select ON public.students FOR SELECT TO dreamseed_client
    USING (user_id = (SELECT auth.current_user_id())
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) IN ('admin', 'teacher')
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY students_write ON public.students FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

-- classes: admin org; teacher own classes; student the classes they are enrolled in --------
CREATE POLICY classes_select ON public.classes FOR SELECT TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher' AND teacher_id = (SELECT auth.current_teacher_id()))
           OR ((SELECT auth.current_role()) = 'student' AND id = ANY ((SELECT auth.current_enrolled_class_ids())::integer[])));
CREATE POLICY classes_insert ON public.classes FOR INSERT TO dreamseed_client
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher' AND teacher_id = (SELECT auth.current_teacher_id())
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY classes_update ON public.classes FOR UPDATE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher' AND teacher_id = (SELECT auth.current_teacher_id())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org()))
           OR ((SELECT auth.current_role()) = 'teacher' AND teacher_id = (SELECT auth.current_teacher_id())
               AND organization_id = (SELECT auth.current_org())));
CREATE POLICY classes_delete ON public.classes FOR DELETE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

-- enrollments: staff for the classes they see (and students of their organization) ---------
CREATE POLICY student_classroom_select ON public.student_classroom FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE class_id IN (SELECT c.id FROM public.classes c) END);
CREATE POLICY student_classroom_write ON public.student_classroom FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND class_id IN (SELECT c.id FROM public.classes c))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND class_id IN (SELECT c.id FROM public.classes c)
           AND student_id IN (SELECT s.id FROM public.students s));

-- exams: everyone who sees the class reads them; staff write ----------------------------------
CREATE POLICY exams_select ON public.exams FOR SELECT TO dreamseed_client
    USING (class_id IN (SELECT c.id FROM public.classes c));
CREATE POLICY exams_write ON public.exams FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher') AND class_id IN (SELECT c.id FROM public.classes c))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher') AND class_id IN (SELECT c.id FROM public.classes c));

-- sessions and attempts: students read their own (attempts only after the session ended);
-- staff read/write those of the classes they see; students never write (exam API only) -----
CREATE POLICY exam_sessions_select ON public.exam_sessions FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                ELSE class_id IN (SELECT c.id FROM public.classes c)
                     OR ((SELECT auth.current_role()) = 'admin' AND student_id IN (SELECT s.id FROM public.students s))
           END);
CREATE POLICY exam_sessions_write ON public.exam_sessions FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (class_id IN (SELECT c.id FROM public.classes c)
                OR ((SELECT auth.current_role()) = 'admin' AND student_id IN (SELECT s.id FROM public.students s))))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (class_id IN (SELECT c.id FROM public.classes c)
                OR ((SELECT auth.current_role()) = 'admin' AND class_id IS NULL
                    AND student_id IN (SELECT s.id FROM public.students s))));

CREATE POLICY attempts_select ON public.attempts FOR SELECT TO dreamseed_client
    USING (CASE WHEN (SELECT auth.current_role()) = 'student'
                THEN student_id = (SELECT auth.current_student_id())
                     AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es
                                             WHERE es.status IN ('completed', 'terminated'))
                ELSE exam_session_id IN (SELECT es.id FROM public.exam_sessions es) END);
CREATE POLICY attempts_write ON public.attempts FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es))
    WITH CHECK ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND exam_session_id IN (SELECT es.id FROM public.exam_sessions es));

-- item bank: staff read content and statistics; admins maintain it; keys only for admins ----
CREATE POLICY items_select ON public.items FOR SELECT TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher'));
CREATE POLICY items_write ON public.items FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) = 'admin') WITH CHECK ((SELECT auth.current_role()) = 'admin');
CREATE POLICY item_keys_admin ON public.item_keys FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) = 'admin') WITH CHECK ((SELECT auth.current_role()) = 'admin');
CREATE POLICY item_param_history_select ON public.item_param_history FOR SELECT TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher'));
CREATE POLICY item_param_history_write ON public.item_param_history FOR ALL TO dreamseed_client
    USING ((SELECT auth.current_role()) = 'admin') WITH CHECK ((SELECT auth.current_role()) = 'admin');
CREATE POLICY item_stats_select ON public.item_stats FOR SELECT TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher'));

-- audit log: anyone signed in appends entries about themselves; admins read their org's ----
CREATE POLICY audit_log_insert ON public.audit_log FOR INSERT TO dreamseed_client
    WITH CHECK (actor_user_id = (SELECT auth.current_user_id())
                AND (organization_id IS NULL OR organization_id = (SELECT auth.current_org())
                     OR (SELECT auth.is_sysadmin())));
CREATE POLICY audit_log_select ON public.audit_log FOR SELECT TO dreamseed_client
    USING (actor_user_id = (SELECT auth.current_user_id())  -- INSERT ... RETURNING needs this
           OR (SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));

-- schema version: the app checks it is at head on start-up
CREATE POLICY alembic_version_select ON public.alembic_version FOR SELECT TO dreamseed_client USING (true);
