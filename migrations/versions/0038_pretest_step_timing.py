"""the answer before a pretest item takes as long as any other (issue 12 sweep)

``exam.advance`` (whole function from its newest text, 0033) chose a pretest item (0030) with a
random pick from the small pretest pool and skipped the selection a scored position runs, so the
submit before a pretest item returned sooner: benchmarks/bench_pretest_timing.py measured 0.86x
the median of the other submits (10,000 items, 12 students, same run), and the best time
threshold told the two apart with 77.6 % accuracy against 67.0 % for always guessing "scored" -
a student timing their own calls could tell which item to take lightly, spoiling the answers the
calibration needs. At a pretest position the function now also runs ``exam.select_item`` (which
writes nothing) and throws its result away; nothing else changes.

Revision ID: 0038
Revises: 0037
"""
from __future__ import annotations

from alembic import op

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE OR REPLACE FUNCTION exam.advance(p_session bigint)
 RETURNS boolean
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    cfg jsonb;
    sel record;
    v_reason text;
    v_best double precision;
    v_scored integer;
    v_pretest bigint;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session;
    cfg := st.config;
    -- the rules count scored (operational) answers only; pretest items never change them
    v_scored := st.answered - st.pretest_given;
    IF st.deadline_at IS NOT NULL AND exam.clock() >= st.deadline_at THEN
        PERFORM exam.finalize(p_session, 'completed', 'time_limit');
        RETURN false;
    END IF;
    -- a pretest position: an unscored item of the pool, before any stopping rule is looked at
    -- (θ and SE do not move, so the rule's answer after it is the same as before it)
    IF (st.answered + 1) = ANY (st.pretest_positions)
       AND st.pretest_given < COALESCE(pg_catalog.array_length(st.pretest_positions, 1), 0) THEN
        SELECT p.item_id INTO v_pretest FROM exam.pretest_pool(st) p ORDER BY pg_catalog.random() LIMIT 1;
        IF v_pretest IS NOT NULL THEN
            UPDATE exam.session_state SET pending_seq = st.answered + 1, pending_item = v_pretest,
                pending_at = exam.clock(), pending_pretest = true, pretest_given = pretest_given + 1
            WHERE session_id = p_session;
            -- the selection a scored position runs, its result unused (it writes nothing): the
            -- time the answer before a pretest item takes must not tell the student what comes
            PERFORM exam.select_item(st);
            RETURN true;
        END IF;
    END IF;
    IF v_scored >= (cfg ->> 'max_items')::integer THEN
        v_reason := 'max_items';
    ELSIF v_scored >= (cfg ->> 'min_items')::integer THEN
        IF COALESCE((cfg ->> 'min_information')::double precision, 0) > 0 THEN
            SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
            FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, false, 1) r
                                              WHERE r.g >= 1 OR r.exact_all);
            IF v_best IS NULL THEN
                SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
                FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, true, 1) r);
            END IF;
            IF v_best IS NOT NULL AND v_best < (cfg ->> 'min_information')::double precision THEN
                v_reason := 'min_information';
            END IF;
        END IF;
        IF v_reason IS NULL AND cfg ->> 'se_target' IS NOT NULL
           AND st.se <= (cfg ->> 'se_target')::double precision THEN
            v_reason := 'se_target';
        END IF;
    END IF;
    IF v_reason IS NULL THEN
        IF cfg ->> 'exposure_control' = 'restricted' THEN
            -- the exam's exposure counts are read and moved under one lock, so two students'
            -- selections cannot both take an item's last place below the target
            PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('exam.exposure'), st.exam_id);
        END IF;
        SELECT * INTO sel FROM exam.select_item(st);
        IF sel.item_id IS NULL THEN
            v_reason := 'no_items';
        END IF;
    END IF;
    IF v_reason IS NOT NULL THEN
        PERFORM exam.finalize(p_session, 'completed', v_reason);
        RETURN false;
    END IF;
    UPDATE exam.session_state SET pending_seq = st.answered + 1, pending_item = sel.item_id,
        pending_at = exam.clock(), pending_pretest = false, excluded = excluded || sel.blocked
    WHERE session_id = p_session;
    -- the item is given: one more session of this exam has seen it. Only the restricted
    -- maximum-exposure rule reads these counts, so other exams keep none: the row of an item
    -- every student of the exam is given (the first item, at the same θ) would otherwise be
    -- locked by each of them until their commit has reached the disk
    IF cfg ->> 'exposure_control' = 'restricted' THEN
        INSERT INTO exam.exposure AS x (exam_id, item_id, n) VALUES (st.exam_id, sel.item_id, 1)
        ON CONFLICT (exam_id, item_id) DO UPDATE SET n = x.n + 1;
    END IF;
    RETURN true;
END $function$;
"""

# 0033's text, unchanged
DOWNGRADE = r"""
CREATE OR REPLACE FUNCTION exam.advance(p_session bigint)
 RETURNS boolean
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
DECLARE
    st exam.session_state;
    cfg jsonb;
    sel record;
    v_reason text;
    v_best double precision;
    v_scored integer;
    v_pretest bigint;
BEGIN
    SELECT * INTO st FROM exam.session_state WHERE session_id = p_session;
    cfg := st.config;
    -- the rules count scored (operational) answers only; pretest items never change them
    v_scored := st.answered - st.pretest_given;
    IF st.deadline_at IS NOT NULL AND exam.clock() >= st.deadline_at THEN
        PERFORM exam.finalize(p_session, 'completed', 'time_limit');
        RETURN false;
    END IF;
    -- a pretest position: an unscored item of the pool, before any stopping rule is looked at
    -- (θ and SE do not move, so the rule's answer after it is the same as before it)
    IF (st.answered + 1) = ANY (st.pretest_positions)
       AND st.pretest_given < COALESCE(pg_catalog.array_length(st.pretest_positions, 1), 0) THEN
        SELECT p.item_id INTO v_pretest FROM exam.pretest_pool(st) p ORDER BY pg_catalog.random() LIMIT 1;
        IF v_pretest IS NOT NULL THEN
            UPDATE exam.session_state SET pending_seq = st.answered + 1, pending_item = v_pretest,
                pending_at = exam.clock(), pending_pretest = true, pretest_given = pretest_given + 1
            WHERE session_id = p_session;
            RETURN true;
        END IF;
    END IF;
    IF v_scored >= (cfg ->> 'max_items')::integer THEN
        v_reason := 'max_items';
    ELSIF v_scored >= (cfg ->> 'min_items')::integer THEN
        IF COALESCE((cfg ->> 'min_information')::double precision, 0) > 0 THEN
            SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
            FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, false, 1) r
                                              WHERE r.g >= 1 OR r.exact_all);
            IF v_best IS NULL THEN
                SELECT exam.info(st.theta, i.a, i.b, i.c) INTO v_best
                FROM public.items i WHERE i.id = (SELECT r.ids[1] FROM exam.rank_items(st, NULL, true, 1) r);
            END IF;
            IF v_best IS NOT NULL AND v_best < (cfg ->> 'min_information')::double precision THEN
                v_reason := 'min_information';
            END IF;
        END IF;
        IF v_reason IS NULL AND cfg ->> 'se_target' IS NOT NULL
           AND st.se <= (cfg ->> 'se_target')::double precision THEN
            v_reason := 'se_target';
        END IF;
    END IF;
    IF v_reason IS NULL THEN
        IF cfg ->> 'exposure_control' = 'restricted' THEN
            -- the exam's exposure counts are read and moved under one lock, so two students'
            -- selections cannot both take an item's last place below the target
            PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('exam.exposure'), st.exam_id);
        END IF;
        SELECT * INTO sel FROM exam.select_item(st);
        IF sel.item_id IS NULL THEN
            v_reason := 'no_items';
        END IF;
    END IF;
    IF v_reason IS NOT NULL THEN
        PERFORM exam.finalize(p_session, 'completed', v_reason);
        RETURN false;
    END IF;
    UPDATE exam.session_state SET pending_seq = st.answered + 1, pending_item = sel.item_id,
        pending_at = exam.clock(), pending_pretest = false, excluded = excluded || sel.blocked
    WHERE session_id = p_session;
    -- the item is given: one more session of this exam has seen it. Only the restricted
    -- maximum-exposure rule reads these counts, so other exams keep none: the row of an item
    -- every student of the exam is given (the first item, at the same θ) would otherwise be
    -- locked by each of them until their commit has reached the disk
    IF cfg ->> 'exposure_control' = 'restricted' THEN
        INSERT INTO exam.exposure AS x (exam_id, item_id, n) VALUES (st.exam_id, sel.item_id, 1)
        ON CONFLICT (exam_id, item_id) DO UPDATE SET n = x.n + 1;
    END IF;
    RETURN true;
END $function$;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
