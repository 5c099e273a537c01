"""the pretest pool's plan is cached: the step before a pretest item costs what any other does (issue 12 sweep)

``exam.pretest_pool`` (0030) was a SQL function with a ``SET search_path`` clause, which PostgreSQL
plans on every call (it is never inlined). Since 0038 the step before a pretest item runs the
selection like any other step *and* this look-up, so that planning made it the slower one
(benchmarks/bench_pretest_timing.py: 1.04-1.26x the median of the other submits after 0038,
0.83-0.89x before it). The same query, in PL/pgSQL, keeps its plan for the connection; its
results are unchanged.

Revision ID: 0039
Revises: 0038
"""
from __future__ import annotations

from alembic import op

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE OR REPLACE FUNCTION exam.pretest_pool(st exam.session_state) RETURNS TABLE (item_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT i.id FROM public.items i
    WHERE i.subject = st.subject AND i.status = 'pretest' AND NOT (i.id = ANY (st.excluded))
      AND (i.organization_id IS NULL OR i.shared OR i.organization_id = exam.exam_org(st.exam_id))
      AND (st.grades IS NULL OR i.grade = ANY (st.grades))
      AND (st.strands IS NULL OR i.strand = ANY (st.strands))
      AND EXISTS (SELECT 1 FROM public.item_keys k WHERE k.item_id = i.id);
END $$;
"""

# 0030's text
DOWNGRADE = r"""
CREATE OR REPLACE FUNCTION exam.pretest_pool(st exam.session_state) RETURNS TABLE (item_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT i.id FROM public.items i
    WHERE i.subject = st.subject AND i.status = 'pretest' AND NOT (i.id = ANY (st.excluded))
      AND (i.organization_id IS NULL OR i.shared OR i.organization_id = exam.exam_org(st.exam_id))
      AND (st.grades IS NULL OR i.grade = ANY (st.grades))
      AND (st.strands IS NULL OR i.strand = ANY (st.strands))
      AND EXISTS (SELECT 1 FROM public.item_keys k WHERE k.item_id = i.id)
$$;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
