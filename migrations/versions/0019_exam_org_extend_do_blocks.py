"""the exam's organization, the proctor's extra time and DO blocks (issue 12)

* The engine selects only items the exam's organization may use: items of the school that owns
  the exam's class, shared items and the server's own bank (``organization_id`` NULL) — the same
  items that school's staff may read. Before, it ranked the whole bank of the subject, so a
  school's private item could appear in another school's exam (keys never leaked).
  ``exam.exam_org(exam)`` (new) gives the organization; ``exam.rank_items`` (both the banded and
  the whole-pool branch) and ``exam.has_eligible`` filter on it. The banded shortcut stays exact:
  items the organization may not use are one more exclusion, like the grade and strand filters.
* ``exam.proctor_extend`` never moves a deadline past the exam's closing time: it extends up to
  it, and refuses (DS409, nothing changed) when the deadline is there already; the audit row
  says when the extension was capped.
* ``USAGE`` on ``plpgsql`` is revoked from PUBLIC (granted to the owner role, whose members run
  the migrations), so clients cannot run ``DO`` blocks; executing existing PL/pgSQL functions
  needs only EXECUTE. Needs a superuser; otherwise a warning, and ``security check`` reports it
  (``--fix`` with a superuser URL revokes it).

Revision ID: 0019
Revises: 0018
"""
from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- the organization whose items an exam may use: the school of the exam's class
CREATE FUNCTION exam.exam_org(p_exam integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT c.organization_id FROM public.exams e JOIN public.classes c ON c.id = e.class_id WHERE e.id = p_exam
$$;
ALTER FUNCTION exam.exam_org(integer) OWNER TO dreamseed_owner;
REVOKE ALL ON FUNCTION exam.exam_org(integer) FROM PUBLIC;

CREATE OR REPLACE FUNCTION exam.has_eligible(st exam.session_state, p_area text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.items i
        WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
          AND (i.organization_id IS NULL OR i.shared OR i.organization_id = exam.exam_org(st.exam_id))
          AND (st.grades IS NULL OR i.grade = ANY (st.grades))
          AND (st.strands IS NULL OR i.strand = ANY (st.strands))
          AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area))
$$;

CREATE OR REPLACE FUNCTION exam.rank_items(st exam.session_state, p_area text, p_full boolean, p_limit integer,
                                OUT ids bigint[], OUT g integer, OUT exact_all boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    lo double precision;
    w double precision;
    nb integer;
    naive boolean;
    v_band integer;
    thr double precision;
    v_org integer := exam.exam_org(st.exam_id);
BEGIN
    SELECT pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_min'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_width'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_count'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'naive_selection') = 1
    INTO lo, w, nb, naive
    FROM auth.settings s WHERE s.key IN ('band_min', 'band_width', 'band_count', 'naive_selection');
    v_band := pg_catalog.floor((st.theta - lo) / w)::integer;
    IF NOT p_full AND NOT naive AND v_band >= 0 AND v_band < nb THEN
        SELECT bd.threshold INTO thr FROM exam.bands bd WHERE bd.subject = st.subject AND bd.band = v_band;
        IF FOUND THEN
            SELECT pg_catalog.array_agg(q.item_id ORDER BY q.inf DESC, q.item_id),
                   COALESCE(pg_catalog.sum(q.guaranteed::integer), 0)
            INTO ids, g
            FROM (SELECT f.item_id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                                    / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf,   -- exam.info, one exp
                         f.guaranteed
                  FROM (SELECT c.item_id, c.a, c.c, c.lower >= thr AS guaranteed,
                               1 / (1 + pg_catalog.exp(LEAST(-c.a * (st.theta - c.b), 700))) AS f
                  FROM exam.band_candidates c JOIN public.items it ON it.id = c.item_id
                  WHERE c.subject = st.subject AND c.band = v_band AND NOT (c.item_id = ANY (st.excluded))
                    AND (it.organization_id IS NULL OR it.shared OR it.organization_id = v_org)
                    AND (st.grades IS NULL OR c.grade = ANY (st.grades))
                    AND (st.strands IS NULL OR c.strand = ANY (st.strands))
                    AND (p_area IS NULL OR exam.area_label(st.content_key, st.subject, c.grade, c.strand) = p_area)
                 ) f) q;
            exact_all := false;
            RETURN;
        END IF;
    END IF;
    -- whole pool, one ORDER BY (also the naive benchmark baseline)
    SELECT pg_catalog.array_agg(q.id ORDER BY q.inf DESC, q.id) INTO ids
    FROM (SELECT f.id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                       / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf          -- exam.info, one exp
          FROM (SELECT i.id, i.a, i.c, 1 / (1 + pg_catalog.exp(LEAST(-i.a * (st.theta - i.b), 700))) AS f
                FROM public.items i
                WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
                  AND (i.organization_id IS NULL OR i.shared OR i.organization_id = v_org)
                  AND (st.grades IS NULL OR i.grade = ANY (st.grades))
                  AND (st.strands IS NULL OR i.strand = ANY (st.strands))
                  AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area)
               ) f
          ORDER BY inf DESC, f.id LIMIT p_limit) q;
    g := COALESCE(pg_catalog.array_length(ids, 1), 0);
    exact_all := true;
END $$;

CREATE OR REPLACE FUNCTION exam.proctor_extend(p_session bigint, p_minutes integer) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := exam.require_proctor_of_session(p_session);
    v_old timestamptz;
    v_closes timestamptz;
    v_deadline timestamptz;
BEGIN
    IF p_minutes IS NULL OR p_minutes < 1 OR p_minutes > 600 THEN
        RAISE EXCEPTION 'Extra time must be between 1 and 600 minutes.' USING ERRCODE = 'DS422';
    END IF;
    PERFORM exam.lock_running(p_session);
    SELECT st.deadline_at, e.closes_at INTO v_old, v_closes
    FROM exam.session_state st JOIN public.exams e ON e.id = st.exam_id WHERE st.session_id = p_session;
    -- a session without a limit gets one only if it had a deadline; otherwise nothing to extend
    v_deadline := v_old + pg_catalog.make_interval(mins => p_minutes);
    -- never past the exam's closing time: up to it, and a clear refusal when already there
    IF v_closes IS NOT NULL AND v_deadline > v_closes THEN
        IF v_old >= v_closes THEN
            RAISE EXCEPTION 'This student''s time already runs until the exam closes. To give more time, move the exam''s closing time first.'
                USING ERRCODE = 'DS409';
        END IF;
        v_deadline := v_closes;
    END IF;
    UPDATE exam.session_state SET deadline_at = v_deadline WHERE session_id = p_session;
    UPDATE public.exam_sessions SET deadline_at = v_deadline, version = version + 1 WHERE id = p_session;
    PERFORM exam.proctor_audit(i, p_session, 'proctor.extend_time',
                               pg_catalog.jsonb_build_object('minutes', p_minutes, 'deadline_at', v_deadline,
                                                             'capped_at_closing', v_deadline = v_closes));
    RETURN v_deadline;
END $$;

DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        RAISE WARNING 'not a superuser: clients may still run DO blocks (USAGE on plpgsql); run '
                      '`dreamseed-admin security check --fix` with a superuser database URL';
        RETURN;
    END IF;
    GRANT USAGE ON LANGUAGE plpgsql TO dreamseed_owner;
    REVOKE USAGE ON LANGUAGE plpgsql FROM PUBLIC;
END $$;
"""

DOWNGRADE = r"""
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        GRANT USAGE ON LANGUAGE plpgsql TO PUBLIC;
        REVOKE USAGE ON LANGUAGE plpgsql FROM dreamseed_owner;
    END IF;
END $$;
CREATE OR REPLACE FUNCTION exam.proctor_extend(p_session bigint, p_minutes integer) RETURNS timestamptz
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

CREATE OR REPLACE FUNCTION exam.has_eligible(st exam.session_state, p_area text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.items i
        WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
          AND (st.grades IS NULL OR i.grade = ANY (st.grades))
          AND (st.strands IS NULL OR i.strand = ANY (st.strands))
          AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area))
$$;

CREATE OR REPLACE FUNCTION exam.rank_items(st exam.session_state, p_area text, p_full boolean, p_limit integer,
                                OUT ids bigint[], OUT g integer, OUT exact_all boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    lo double precision;
    w double precision;
    nb integer;
    naive boolean;
    v_band integer;
    thr double precision;
BEGIN
    SELECT pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_min'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_width'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'band_count'),
           pg_catalog.max(s.value) FILTER (WHERE s.key = 'naive_selection') = 1
    INTO lo, w, nb, naive
    FROM auth.settings s WHERE s.key IN ('band_min', 'band_width', 'band_count', 'naive_selection');
    v_band := pg_catalog.floor((st.theta - lo) / w)::integer;
    IF NOT p_full AND NOT naive AND v_band >= 0 AND v_band < nb THEN
        SELECT bd.threshold INTO thr FROM exam.bands bd WHERE bd.subject = st.subject AND bd.band = v_band;
        IF FOUND THEN
            SELECT pg_catalog.array_agg(q.item_id ORDER BY q.inf DESC, q.item_id),
                   COALESCE(pg_catalog.sum(q.guaranteed::integer), 0)
            INTO ids, g
            FROM (SELECT f.item_id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                                    / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf,   -- exam.info, one exp
                         f.guaranteed
                  FROM (SELECT c.item_id, c.a, c.c, c.lower >= thr AS guaranteed,
                               1 / (1 + pg_catalog.exp(LEAST(-c.a * (st.theta - c.b), 700))) AS f
                  FROM exam.band_candidates c
                  WHERE c.subject = st.subject AND c.band = v_band AND NOT (c.item_id = ANY (st.excluded))
                    AND (st.grades IS NULL OR c.grade = ANY (st.grades))
                    AND (st.strands IS NULL OR c.strand = ANY (st.strands))
                    AND (p_area IS NULL OR exam.area_label(st.content_key, st.subject, c.grade, c.strand) = p_area)
                 ) f) q;
            exact_all := false;
            RETURN;
        END IF;
    END IF;
    -- whole pool, one ORDER BY (also the naive benchmark baseline)
    SELECT pg_catalog.array_agg(q.id ORDER BY q.inf DESC, q.id) INTO ids
    FROM (SELECT f.id, f.a * f.a * f.f * f.f * (1 - (f.c + (1 - f.c) * f.f))
                       / GREATEST(f.c + (1 - f.c) * f.f, 1e-12) AS inf          -- exam.info, one exp
          FROM (SELECT i.id, i.a, i.c, 1 / (1 + pg_catalog.exp(LEAST(-i.a * (st.theta - i.b), 700))) AS f
                FROM public.items i
                WHERE i.subject = st.subject AND i.status = 'active' AND NOT (i.id = ANY (st.excluded))
                  AND (st.grades IS NULL OR i.grade = ANY (st.grades))
                  AND (st.strands IS NULL OR i.strand = ANY (st.strands))
                  AND (p_area IS NULL OR exam.area_label(st.content_key, i.subject, i.grade, i.strand) = p_area)
               ) f
          ORDER BY inf DESC, f.id LIMIT p_limit) q;
    g := COALESCE(pg_catalog.array_length(ids, 1), 0);
    exact_all := true;
END $$;

DROP FUNCTION exam.exam_org(integer);
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
