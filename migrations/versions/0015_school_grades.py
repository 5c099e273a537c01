"""grades as Korean schools count them: school level, 학년 1-6 / 1-3, 반, 번호, a 학번 format (issue 15)

``organizations.school_level`` ('elementary' 초, 'middle' 중, 'high' 고) and
``organizations.student_number_format`` (a pattern of ``Y`` school-year digits, ``G`` 학년,
``C`` 반 and ``N`` 번호 digits; ``GCCNN`` gives 10101 for 1학년 1반 1번).
``students.class_no`` (반) and ``students.seat_no`` (번호); ``classes.class_no`` (the 반 of a
homeroom class, NULL for other classes).

Existing data is migrated: grades were counted from the first year of elementary school
(1-12). Each school's level is taken from the highest grade among its students and classes
(10-12: high, 7-9: middle, 1-6: elementary; a school without either stays 'high'); grades
10-12 become 1-3, 7-9 become 1-3 and 1-6 stay. The grade checks become 1-6 (the level's own
limit, 3 for middle and high schools, is checked by a trigger). Existing 학번 are kept as
they are (the 반 and 번호 of existing students are unknown and stay empty).

Staff write the new columns through column grants like the others (docs/security.md).

Revision ID: 0015
Revises: 0014
"""
from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.organizations
    ADD COLUMN school_level text NOT NULL DEFAULT 'high',
    ADD COLUMN student_number_format text NOT NULL DEFAULT 'GCCNN';
ALTER TABLE public.organizations ADD CONSTRAINT ck_organizations_school_level
    CHECK (school_level IN ('elementary', 'middle', 'high'));
ALTER TABLE public.organizations ADD CONSTRAINT ck_organizations_student_number_format
    CHECK (student_number_format ~ '^[YGCN]{1,12}$' AND strpos(student_number_format, 'N') > 0);
COMMENT ON COLUMN public.organizations.school_level IS 'elementary (초, 학년 1-6), middle (중) or high (고) (학년 1-3)';
COMMENT ON COLUMN public.organizations.student_number_format IS
    '학번 pattern: Y school-year digits, G 학년, C 반, N 번호 (GCCNN: 1학년 1반 1번 = 10101)';

ALTER TABLE public.students
    ADD COLUMN class_no smallint,
    ADD COLUMN seat_no smallint;
ALTER TABLE public.students ADD CONSTRAINT ck_students_class_no_range CHECK (class_no BETWEEN 1 AND 99);
ALTER TABLE public.students ADD CONSTRAINT ck_students_seat_no_range CHECK (seat_no BETWEEN 1 AND 999);
ALTER TABLE public.classes ADD COLUMN class_no smallint;
ALTER TABLE public.classes ADD CONSTRAINT ck_classes_class_no_range CHECK (class_no BETWEEN 1 AND 99);
COMMENT ON COLUMN public.students.class_no IS '반';
COMMENT ON COLUMN public.students.seat_no IS '번호';
COMMENT ON COLUMN public.classes.class_no IS '반 of a homeroom class (NULL for other classes)';

-- each school's level from the highest grade it holds (grades counted 1-12 until now)
UPDATE public.organizations o
SET school_level = CASE WHEN g.top >= 10 THEN 'high' WHEN g.top >= 7 THEN 'middle' ELSE 'elementary' END
FROM (SELECT organization_id, max(grade) AS top
      FROM (SELECT organization_id, grade FROM public.students
            UNION ALL SELECT organization_id, grade FROM public.classes) AS x
      GROUP BY organization_id) AS g
WHERE g.organization_id = o.id;

ALTER TABLE public.students DROP CONSTRAINT ck_students_grade_range;
ALTER TABLE public.classes DROP CONSTRAINT ck_classes_grade_range;
UPDATE public.students SET grade = CASE WHEN grade >= 10 THEN grade - 9 WHEN grade >= 7 THEN grade - 6 ELSE grade END
WHERE grade >= 7;
UPDATE public.classes SET grade = CASE WHEN grade >= 10 THEN grade - 9 WHEN grade >= 7 THEN grade - 6 ELSE grade END
WHERE grade >= 7;
ALTER TABLE public.students ADD CONSTRAINT ck_students_grade_range CHECK (grade BETWEEN 1 AND 6);
ALTER TABLE public.classes ADD CONSTRAINT ck_classes_grade_range CHECK (grade BETWEEN 1 AND 6);

-- the level's own limit (a middle or high school has 학년 1-3)
CREATE FUNCTION public.check_grade_for_level() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_level text;
BEGIN
    SELECT o.school_level INTO v_level FROM public.organizations o WHERE o.id = NEW.organization_id;
    IF v_level IN ('middle', 'high') AND NEW.grade > 3 THEN
        RAISE EXCEPTION 'A middle or high school has grades 1 to 3.'
            USING ERRCODE = '23514', CONSTRAINT = 'grade_for_level';
    END IF;
    RETURN NEW;
END $$;
ALTER FUNCTION public.check_grade_for_level() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.check_grade_for_level() FROM PUBLIC;
CREATE TRIGGER students_grade_for_level BEFORE INSERT OR UPDATE OF grade, organization_id ON public.students
    FOR EACH ROW EXECUTE FUNCTION public.check_grade_for_level();
CREATE TRIGGER classes_grade_for_level BEFORE INSERT OR UPDATE OF grade, organization_id ON public.classes
    FOR EACH ROW EXECUTE FUNCTION public.check_grade_for_level();

CREATE FUNCTION public.check_level_for_grades() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.school_level IN ('middle', 'high')
       AND (EXISTS (SELECT 1 FROM public.students s WHERE s.organization_id = NEW.id AND s.grade > 3)
            OR EXISTS (SELECT 1 FROM public.classes c WHERE c.organization_id = NEW.id AND c.grade > 3)) THEN
        RAISE EXCEPTION 'The school has students or classes above grade 3: a middle or high school has grades 1 to 3.'
            USING ERRCODE = '23514', CONSTRAINT = 'level_for_grades';
    END IF;
    RETURN NEW;
END $$;
ALTER FUNCTION public.check_level_for_grades() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.check_level_for_grades() FROM PUBLIC;
CREATE TRIGGER organizations_level_for_grades BEFORE UPDATE OF school_level ON public.organizations
    FOR EACH ROW EXECUTE FUNCTION public.check_level_for_grades();

-- staff write the new columns like the others (column grants, never table-level)
GRANT UPDATE (school_level, student_number_format) ON TABLE public.organizations TO dreamseed_client;
GRANT UPDATE (class_no, seat_no) ON TABLE public.students TO dreamseed_client;
GRANT UPDATE (class_no) ON TABLE public.classes TO dreamseed_client;
"""

DOWNGRADE = r"""
DROP TRIGGER organizations_level_for_grades ON public.organizations;
DROP TRIGGER students_grade_for_level ON public.students;
DROP TRIGGER classes_grade_for_level ON public.classes;
DROP FUNCTION public.check_level_for_grades();
DROP FUNCTION public.check_grade_for_level();
ALTER TABLE public.students DROP CONSTRAINT ck_students_grade_range;
ALTER TABLE public.classes DROP CONSTRAINT ck_classes_grade_range;
UPDATE public.students s SET grade = s.grade + CASE o.school_level WHEN 'high' THEN 9 WHEN 'middle' THEN 6 ELSE 0 END
FROM public.organizations o WHERE o.id = s.organization_id AND o.school_level <> 'elementary';
UPDATE public.classes c SET grade = c.grade + CASE o.school_level WHEN 'high' THEN 9 WHEN 'middle' THEN 6 ELSE 0 END
FROM public.organizations o WHERE o.id = c.organization_id AND o.school_level <> 'elementary';
ALTER TABLE public.students ADD CONSTRAINT ck_students_grade_range CHECK (grade BETWEEN 1 AND 12);
ALTER TABLE public.classes ADD CONSTRAINT ck_classes_grade_range CHECK (grade BETWEEN 1 AND 12);
ALTER TABLE public.classes DROP COLUMN class_no;
ALTER TABLE public.students DROP COLUMN seat_no, DROP COLUMN class_no;
ALTER TABLE public.organizations DROP COLUMN student_number_format, DROP COLUMN school_level;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
