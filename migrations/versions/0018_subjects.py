"""subjects and strands (영역) as lists each school manages, with Korean and English names (issue 15)

``public.subjects``: one row per (school, code) with ``name_ko``/``name_en``, an order and an
``active`` flag; ``public.strands``: the 영역 of a subject, the same shape. ``items.subject``,
``classes.subject``, ``exams.subject`` and ``teachers.subject`` keep holding the subject's
*code* (the exam engine matches items to exams by it); every screen shows the school's name
for it.

Every school gets the common Korean curriculum subjects (국어, 수학, 영어, 사회, 과학, 한국사,
도덕, 기술·가정, 정보, 음악, 미술, 체육, 제2외국어) and strands for 수학 and 영어, now and
whenever a school is created (trigger ``organizations_standard_subjects``).

Existing values are migrated: a subject written as a standard subject's code or name in either
language, whatever the case (``math``, ``Math``, ``수학``, ``Mathematics``), becomes that
code everywhere (items, classes, exams, teachers, and the exam engine's running sessions and
candidate sets); any other value becomes a code of its own (trimmed, lower case) and a subject
of every school that uses it, named as it was written. Each strand the items a school can use
carry becomes a strand of that subject (known codes such as ``algebra`` get Korean names).

Clients read their own school's lists; admins add and rename (column grants, never table-level
UPDATE/DELETE; a subject is retired with ``active``, not deleted).

Revision ID: 0018
Revises: 0017
"""
from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE TABLE public.subjects (
    id serial NOT NULL,
    organization_id integer NOT NULL,
    code varchar(50) NOT NULL,
    name_ko varchar(50) NOT NULL,
    name_en varchar(50) NOT NULL,
    sort_order smallint NOT NULL DEFAULT 0,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1,
    CONSTRAINT pk_subjects PRIMARY KEY (id),
    CONSTRAINT fk_subjects_organization_id_organizations FOREIGN KEY (organization_id)
        REFERENCES public.organizations (id) ON DELETE CASCADE,
    CONSTRAINT uq_subjects_organization_id_code UNIQUE (organization_id, code),
    CONSTRAINT uq_subjects_organization_id_name_ko UNIQUE (organization_id, name_ko),
    CONSTRAINT ck_subjects_code_format CHECK (code = lower(btrim(code)) AND length(code) > 0),
    CONSTRAINT ck_subjects_names_not_blank CHECK (length(btrim(name_ko)) > 0 AND length(btrim(name_en)) > 0)
);
COMMENT ON TABLE public.subjects IS 'The subjects a school teaches; code is what items, classes and exams store';

CREATE TABLE public.strands (
    id serial NOT NULL,
    subject_id integer NOT NULL,
    code varchar(50) NOT NULL,
    name_ko varchar(50) NOT NULL,
    name_en varchar(50) NOT NULL,
    sort_order smallint NOT NULL DEFAULT 0,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1,
    CONSTRAINT pk_strands PRIMARY KEY (id),
    CONSTRAINT fk_strands_subject_id_subjects FOREIGN KEY (subject_id)
        REFERENCES public.subjects (id) ON DELETE CASCADE,
    CONSTRAINT uq_strands_subject_id_code UNIQUE (subject_id, code),
    CONSTRAINT uq_strands_subject_id_name_ko UNIQUE (subject_id, name_ko),
    CONSTRAINT ck_strands_code_format CHECK (code = btrim(code) AND length(code) > 0),
    CONSTRAINT ck_strands_names_not_blank CHECK (length(btrim(name_ko)) > 0 AND length(btrim(name_en)) > 0)
);
COMMENT ON TABLE public.strands IS 'The strands (영역) of a subject; code is what items.strand stores';

-- hardening (docs/security.md, "For the other areas")
ALTER TABLE public.subjects OWNER TO dreamseed_owner;
ALTER TABLE public.strands OWNER TO dreamseed_owner;
ALTER SEQUENCE public.subjects_id_seq OWNER TO dreamseed_owner;
ALTER SEQUENCE public.strands_id_seq OWNER TO dreamseed_owner;
ALTER TABLE public.subjects ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.subjects FORCE ROW LEVEL SECURITY;
ALTER TABLE public.strands ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.strands FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON public.subjects TO dreamseed_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON public.strands TO dreamseed_owner USING (true) WITH CHECK (true);
REVOKE ALL ON TABLE public.subjects, public.strands FROM PUBLIC;
REVOKE ALL ON SEQUENCE public.subjects_id_seq, public.strands_id_seq FROM PUBLIC;
GRANT SELECT, INSERT ON TABLE public.subjects, public.strands TO dreamseed_client;
GRANT UPDATE (name_ko, name_en, sort_order, active, updated_at, version)
    ON TABLE public.subjects TO dreamseed_client;
GRANT UPDATE (name_ko, name_en, sort_order, active, updated_at, version)
    ON TABLE public.strands TO dreamseed_client;
GRANT USAGE, SELECT ON SEQUENCE public.subjects_id_seq, public.strands_id_seq TO dreamseed_client;

-- everyone signed in reads their school's lists (students see subject names on their results);
-- the school's admins (and the system administrator) add and change them
CREATE POLICY subjects_select ON public.subjects FOR SELECT TO dreamseed_client
    USING ((SELECT auth.is_sysadmin()) OR organization_id = (SELECT auth.current_org()));
CREATE POLICY subjects_insert ON public.subjects FOR INSERT TO dreamseed_client
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));
CREATE POLICY subjects_update ON public.subjects FOR UPDATE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));
CREATE POLICY strands_select ON public.strands FOR SELECT TO dreamseed_client
    USING (subject_id IN (SELECT s.id FROM public.subjects s));
CREATE POLICY strands_insert ON public.strands FOR INSERT TO dreamseed_client
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND subject_id IN (
                   SELECT s.id FROM public.subjects s WHERE s.organization_id = (SELECT auth.current_org()))));
CREATE POLICY strands_update ON public.strands FOR UPDATE TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND subject_id IN (
                   SELECT s.id FROM public.subjects s WHERE s.organization_id = (SELECT auth.current_org()))))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND subject_id IN (
                   SELECT s.id FROM public.subjects s WHERE s.organization_id = (SELECT auth.current_org()))));

-- the common curriculum, given to every school (now and when one is created)
CREATE FUNCTION public.add_standard_subjects(p_org integer) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.subjects (organization_id, code, name_ko, name_en, sort_order)
    SELECT p_org, s.code, s.name_ko, s.name_en, s.ord
    FROM (VALUES ('korean', '국어', 'Korean', 10), ('math', '수학', 'Mathematics', 20),
                 ('english', '영어', 'English', 30), ('social', '사회', 'Social studies', 40),
                 ('science', '과학', 'Science', 50), ('history', '한국사', 'Korean history', 60),
                 ('ethics', '도덕', 'Ethics', 70), ('tech_home', '기술·가정', 'Technology and home economics', 80),
                 ('informatics', '정보', 'Informatics', 90), ('music', '음악', 'Music', 100),
                 ('art', '미술', 'Art', 110), ('pe', '체육', 'Physical education', 120),
                 ('second_language', '제2외국어', 'Second foreign language', 130))
         AS s(code, name_ko, name_en, ord)
    ON CONFLICT DO NOTHING;
    INSERT INTO public.strands (subject_id, code, name_ko, name_en, sort_order)
    SELECT sj.id, st.code, st.name_ko, st.name_en, st.ord
    FROM (VALUES ('math', 'algebra', '대수', 'Algebra', 10), ('math', 'functions', '함수', 'Functions', 20),
                 ('math', 'geometry', '기하', 'Geometry', 30),
                 ('math', 'statistics', '확률과 통계', 'Probability and statistics', 40),
                 ('english', 'listening', '듣기', 'Listening', 10), ('english', 'speaking', '말하기', 'Speaking', 20),
                 ('english', 'reading', '읽기', 'Reading', 30), ('english', 'writing', '쓰기', 'Writing', 40),
                 ('english', 'vocabulary', '어휘', 'Vocabulary', 50), ('english', 'grammar', '문법', 'Grammar', 60))
         AS st(subject, code, name_ko, name_en, ord)
    JOIN public.subjects sj ON sj.organization_id = p_org AND sj.code = st.subject
    ON CONFLICT DO NOTHING;
END $$;
ALTER FUNCTION public.add_standard_subjects(integer) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.add_standard_subjects(integer) FROM PUBLIC;

CREATE FUNCTION public.organizations_standard_subjects() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.add_standard_subjects(NEW.id);
    RETURN NULL;
END $$;
ALTER FUNCTION public.organizations_standard_subjects() OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION public.organizations_standard_subjects() FROM PUBLIC;
CREATE TRIGGER organizations_standard_subjects AFTER INSERT ON public.organizations
    FOR EACH ROW EXECUTE FUNCTION public.organizations_standard_subjects();

SELECT public.add_standard_subjects(o.id) FROM public.organizations o;

-- existing values: a standard subject's code or name (any case, either language) → its code;
-- anything else → its own code (trimmed, lower case)
CREATE TEMP TABLE subject_map AS
WITH used AS (
    SELECT subject AS v FROM public.items
    UNION SELECT subject FROM public.classes WHERE subject IS NOT NULL
    UNION SELECT subject FROM public.exams
    UNION SELECT subject FROM public.teachers WHERE subject IS NOT NULL
    UNION SELECT subject FROM exam.session_state
), standard AS (
    SELECT DISTINCT code, lower(code) AS k FROM public.subjects
    UNION SELECT DISTINCT code, lower(name_ko) FROM public.subjects
    UNION SELECT DISTINCT code, lower(name_en) FROM public.subjects
)
SELECT u.v AS old_value, COALESCE(st.code, lower(btrim(u.v))) AS code
FROM used u LEFT JOIN standard st ON st.k = lower(btrim(u.v))
WHERE length(btrim(u.v)) > 0;

UPDATE public.items i SET subject = m.code FROM subject_map m WHERE i.subject = m.old_value AND i.subject <> m.code;
UPDATE public.classes c SET subject = m.code FROM subject_map m WHERE c.subject = m.old_value AND c.subject <> m.code;
UPDATE public.exams e SET subject = m.code FROM subject_map m WHERE e.subject = m.old_value AND e.subject <> m.code;
UPDATE public.teachers t SET subject = m.code FROM subject_map m WHERE t.subject = m.old_value AND t.subject <> m.code;
UPDATE exam.session_state s SET subject = m.code FROM subject_map m WHERE s.subject = m.old_value AND s.subject <> m.code;
-- candidate sets of values that no longer exist (the items' update trigger rebuilt the new ones)
DELETE FROM exam.band_candidates bc WHERE NOT EXISTS (SELECT 1 FROM public.items i WHERE i.subject = bc.subject);
DELETE FROM exam.bands b WHERE NOT EXISTS (SELECT 1 FROM public.items i WHERE i.subject = b.subject);

-- subjects a school uses that are not standard: its own items (and the server's shared bank),
-- classes, exams and teachers, named as first written
WITH used AS (
    SELECT o.id AS org, i.subject AS code FROM public.organizations o
        JOIN public.items i ON i.organization_id = o.id OR i.organization_id IS NULL OR i.shared
    UNION SELECT c.organization_id, c.subject FROM public.classes c WHERE c.subject IS NOT NULL
    UNION SELECT c.organization_id, e.subject FROM public.exams e JOIN public.classes c ON c.id = e.class_id
    UNION SELECT t.organization_id, t.subject FROM public.teachers t WHERE t.subject IS NOT NULL
), named AS (
    SELECT m.code, min(btrim(m.old_value)) AS name FROM subject_map m GROUP BY m.code
)
INSERT INTO public.subjects (organization_id, code, name_ko, name_en, sort_order)
SELECT DISTINCT u.org, u.code, left(COALESCE(n.name, u.code), 50), left(COALESCE(n.name, u.code), 50), 500
FROM used u LEFT JOIN named n ON n.code = u.code
WHERE length(u.code) > 0
ON CONFLICT DO NOTHING;

-- strands the items of a school carry (own, shared and the server's bank)
INSERT INTO public.strands (subject_id, code, name_ko, name_en, sort_order)
SELECT DISTINCT sj.id, btrim(i.strand),
       COALESCE(k.name_ko, left(btrim(i.strand), 50)), COALESCE(k.name_en, left(btrim(i.strand), 50)), 500
FROM public.items i
JOIN public.subjects sj ON sj.code = i.subject
     AND (i.organization_id = sj.organization_id OR i.organization_id IS NULL OR i.shared)
LEFT JOIN (VALUES ('algebra', '대수', 'Algebra'), ('functions', '함수', 'Functions'),
                  ('geometry', '기하', 'Geometry'), ('statistics', '확률과 통계', 'Probability and statistics'),
                  ('listening', '듣기', 'Listening'), ('speaking', '말하기', 'Speaking'),
                  ('reading', '읽기', 'Reading'), ('writing', '쓰기', 'Writing'),
                  ('vocabulary', '어휘', 'Vocabulary'), ('grammar', '문법', 'Grammar'))
     AS k(code, name_ko, name_en) ON k.code = btrim(i.strand)
WHERE i.strand IS NOT NULL AND length(btrim(i.strand)) > 0
ON CONFLICT DO NOTHING;
DROP TABLE subject_map;

"""

# The subject values stay the codes they were migrated to (the original spellings are not kept).
DOWNGRADE = r"""
DROP TRIGGER organizations_standard_subjects ON public.organizations;
DROP FUNCTION public.organizations_standard_subjects();
DROP FUNCTION public.add_standard_subjects(integer);
DROP TABLE public.strands;
DROP TABLE public.subjects;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
