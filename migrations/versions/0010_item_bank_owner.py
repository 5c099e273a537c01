"""the item bank belongs to an organization: its admins (and the system administrator) read its
keys and change it; another school's staff see only shared items

* ``items.organization_id`` (the owning school; default: the signed-in admin's school) and
  ``items.shared`` (other schools' staff may read the content and use it, never the keys).
  Items without an organization are the server's own bank: the system administrator owns them.
* The item policies are replaced: content readable by staff of the owner, of any school when
  shared or server-owned; keys, parameter history and every change only for admins of the
  owning organization (or the system administrator).

See docs/security.md ("Staff rules").

Revision ID: 0010
Revises: 0009
"""
from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.items
    ADD COLUMN organization_id integer DEFAULT auth.current_org()
        CONSTRAINT fk_items_organization_id_organizations REFERENCES public.organizations (id) ON DELETE RESTRICT,
    ADD COLUMN shared boolean NOT NULL DEFAULT false;
CREATE INDEX ix_items_organization_id ON public.items (organization_id);
-- a server with exactly one school: its items are that school's; otherwise they stay the
-- server's shared bank (system administrator) until an administrator assigns them
UPDATE public.items SET organization_id = (SELECT min(o.id) FROM public.organizations o)
WHERE (SELECT count(*) FROM public.organizations) = 1;
GRANT UPDATE (organization_id, shared) ON TABLE public.items TO dreamseed_client;

DROP POLICY items_select ON public.items;
DROP POLICY items_write ON public.items;
DROP POLICY item_keys_admin ON public.item_keys;
DROP POLICY item_param_history_select ON public.item_param_history;
DROP POLICY item_param_history_write ON public.item_param_history;
DROP POLICY item_stats_select ON public.item_stats;

-- staff read an item's content when their school owns it, or it is shared or the server's
CREATE POLICY items_select ON public.items FOR SELECT TO dreamseed_client
    USING ((SELECT auth.current_role()) IN ('admin', 'teacher')
           AND (organization_id IS NULL OR shared OR organization_id = (SELECT auth.current_org())
                OR (SELECT auth.is_sysadmin())));
-- only admins of the owning school (or the system administrator) create and change items
CREATE POLICY items_write ON public.items FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND organization_id = (SELECT auth.current_org())));
CREATE POLICY item_keys_owner ON public.item_keys FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND EXISTS (
                   SELECT 1 FROM public.items i WHERE i.id = item_keys.item_id
                   AND i.organization_id = (SELECT auth.current_org()))))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND EXISTS (
                   SELECT 1 FROM public.items i WHERE i.id = item_keys.item_id
                   AND i.organization_id = (SELECT auth.current_org()))));
CREATE POLICY item_param_history_select ON public.item_param_history FOR SELECT TO dreamseed_client
    USING (EXISTS (SELECT 1 FROM public.items i WHERE i.id = item_param_history.item_id));
CREATE POLICY item_param_history_write ON public.item_param_history FOR ALL TO dreamseed_client
    USING ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND EXISTS (
                   SELECT 1 FROM public.items i WHERE i.id = item_param_history.item_id
                   AND i.organization_id = (SELECT auth.current_org()))))
    WITH CHECK ((SELECT auth.is_sysadmin())
           OR ((SELECT auth.current_role()) = 'admin' AND EXISTS (
                   SELECT 1 FROM public.items i WHERE i.id = item_param_history.item_id
                   AND i.organization_id = (SELECT auth.current_org()))));
CREATE POLICY item_stats_select ON public.item_stats FOR SELECT TO dreamseed_client
    USING (EXISTS (SELECT 1 FROM public.items i WHERE i.id = item_stats.item_id));
"""

DOWNGRADE = r"""
DROP POLICY items_select ON public.items;
DROP POLICY items_write ON public.items;
DROP POLICY item_keys_owner ON public.item_keys;
DROP POLICY item_param_history_select ON public.item_param_history;
DROP POLICY item_param_history_write ON public.item_param_history;
DROP POLICY item_stats_select ON public.item_stats;
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
DROP INDEX public.ix_items_organization_id;
ALTER TABLE public.items DROP COLUMN shared, DROP COLUMN organization_id;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
