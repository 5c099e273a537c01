"""pictures are checked by the server too: the bytes must be what their media type says (issue 12 sweep)

``public.item_asset_add`` (0021) stored whatever bytes a teacher or admin sent with the media
type and size they claimed; the editor's own check (``services.items.content.probe_image``:
PNG/JPEG headers, an SVG parsed without a DTD and refused with scripts, embedded documents, event
handlers or outside references) ran only on the staff PC. A teacher or admin with psql could
store an SVG with a script, a DTD or a reference to an outside file, or a "PNG" of any size, and
an approved (or shared, for other schools) item would deliver it to every lab PC that shows it.
The function now refuses, with the editor's own messages: a PNG whose header is not a PNG's or
whose size is not the size claimed, a JPEG not starting with a JPEG marker, an SVG that is not
UTF-8, has no ``<svg`` element, has a DTD or entity, a script/foreignObject/iframe/object/embed/
audio/video element, an ``on…`` attribute or an ``href`` that does not start with ``#``. The SVG
checks are on the text (PostgreSQL cannot parse XML without libxml), stricter than the editor's
parser where they differ (an ``on…=`` inside a tag is refused even where it is not an attribute).
Whole function from its only text (0021) with these checks added.

Revision ID: 0041
Revises: 0040
"""
from __future__ import annotations

from alembic import op

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE OR REPLACE FUNCTION public.item_asset_add(p_media_type text, p_data bytea, p_width integer, p_height integer)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := public.item_author();
    v_sha bytea := pg_catalog.sha256(COALESCE(p_data, ''::bytea));
    v_id bigint;
    v_svg text;
BEGIN
    IF p_data IS NULL OR pg_catalog.octet_length(p_data) > 1048576 THEN
        RAISE EXCEPTION 'An image may be at most 1 MB.' USING ERRCODE = 'DS422';
    END IF;
    IF p_media_type IS NULL OR p_media_type NOT IN ('image/png', 'image/jpeg', 'image/svg+xml') THEN
        RAISE EXCEPTION 'Images must be PNG, JPEG or SVG.' USING ERRCODE = 'DS422';
    END IF;
    IF p_width IS NULL OR p_height IS NULL OR p_width NOT BETWEEN 1 AND 4096 OR p_height NOT BETWEEN 1 AND 4096 THEN
        RAISE EXCEPTION 'An image may be at most 4096 pixels wide and high.' USING ERRCODE = 'DS422';
    END IF;
    -- the bytes are what the editor's own check (services.items.content.probe_image) lets through,
    -- whoever sends them: a PNG with that size in its header, a JPEG, an SVG without a DTD,
    -- scripts, embedded documents, event handlers or references to outside files
    IF p_media_type = 'image/png' AND NOT (CASE
            WHEN pg_catalog.octet_length(p_data) < 24
                 OR pg_catalog.substr(p_data, 1, 8) <> '\x89504e470d0a1a0a'::bytea
                 OR pg_catalog.substr(p_data, 13, 4) <> '\x49484452'::bytea THEN false
            ELSE pg_catalog.get_byte(p_data, 16) * 16777216::bigint + pg_catalog.get_byte(p_data, 17) * 65536
                 + pg_catalog.get_byte(p_data, 18) * 256 + pg_catalog.get_byte(p_data, 19) = p_width
             AND pg_catalog.get_byte(p_data, 20) * 16777216::bigint + pg_catalog.get_byte(p_data, 21) * 65536
                 + pg_catalog.get_byte(p_data, 22) * 256 + pg_catalog.get_byte(p_data, 23) = p_height
            END) THEN
        RAISE EXCEPTION 'Images must be PNG, JPEG or SVG.' USING ERRCODE = 'DS422';
    END IF;
    IF p_media_type = 'image/jpeg' AND pg_catalog.substr(p_data, 1, 2) <> '\xffd8'::bytea THEN
        RAISE EXCEPTION 'Images must be PNG, JPEG or SVG.' USING ERRCODE = 'DS422';
    END IF;
    IF p_media_type = 'image/svg+xml' THEN
        BEGIN
            v_svg := pg_catalog.convert_from(p_data, 'UTF8');
        EXCEPTION WHEN character_not_in_repertoire OR untranslatable_character THEN
            RAISE EXCEPTION 'Images must be PNG, JPEG or SVG.' USING ERRCODE = 'DS422';
        END;
        IF v_svg !~* '<svg[\s>]' OR v_svg ~* '<!(DOCTYPE|ENTITY)' THEN
            RAISE EXCEPTION 'Images must be PNG, JPEG or SVG.' USING ERRCODE = 'DS422';
        END IF;
        IF v_svg ~* '<\s*([a-z0-9_.-]+:)?(script|foreignObject|iframe|object|embed|audio|video)[\s/>]'
           OR v_svg ~* '<[^>]*\s([a-z0-9_.-]+:)?on[a-z]+\s*=' THEN
            RAISE EXCEPTION 'This SVG picture contains scripts or embedded content and was refused.'
                USING ERRCODE = 'DS422';
        END IF;
        IF v_svg ~* '<[^>]*\s([a-z0-9_.-]+:)?href\s*=\s*("|'')(?!#)' THEN
            RAISE EXCEPTION 'This SVG picture refers to outside files; embed the picture instead.'
                USING ERRCODE = 'DS422';
        END IF;
    END IF;
    SELECT x.id INTO v_id FROM public.item_assets x
    WHERE COALESCE(x.organization_id, 0) = COALESCE(i.organization_id, 0) AND x.sha256 = v_sha;
    IF v_id IS NULL THEN
        INSERT INTO public.item_assets (organization_id, sha256, media_type, data, width, height, created_by)
        VALUES (i.organization_id, v_sha, p_media_type, p_data, p_width, p_height, i.user_id)
        RETURNING id INTO v_id;
        PERFORM auth.audit(i.user_id, i.organization_id, 'item.asset_add', 'item_asset', v_id::text, NULL,
                           pg_catalog.jsonb_build_object('media_type', p_media_type,
                                                         'bytes', pg_catalog.octet_length(p_data)));
    END IF;
    RETURN v_id;
END $$;
"""

# 0021's text
DOWNGRADE = r"""
CREATE OR REPLACE FUNCTION public.item_asset_add(p_media_type text, p_data bytea, p_width integer, p_height integer)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    i auth.identity := public.item_author();
    v_sha bytea := pg_catalog.sha256(COALESCE(p_data, ''::bytea));
    v_id bigint;
BEGIN
    IF p_data IS NULL OR pg_catalog.octet_length(p_data) > 1048576 THEN
        RAISE EXCEPTION 'An image may be at most 1 MB.' USING ERRCODE = 'DS422';
    END IF;
    IF p_media_type IS NULL OR p_media_type NOT IN ('image/png', 'image/jpeg', 'image/svg+xml') THEN
        RAISE EXCEPTION 'Images must be PNG, JPEG or SVG.' USING ERRCODE = 'DS422';
    END IF;
    IF p_width IS NULL OR p_height IS NULL OR p_width NOT BETWEEN 1 AND 4096 OR p_height NOT BETWEEN 1 AND 4096 THEN
        RAISE EXCEPTION 'An image may be at most 4096 pixels wide and high.' USING ERRCODE = 'DS422';
    END IF;
    SELECT x.id INTO v_id FROM public.item_assets x
    WHERE COALESCE(x.organization_id, 0) = COALESCE(i.organization_id, 0) AND x.sha256 = v_sha;
    IF v_id IS NULL THEN
        INSERT INTO public.item_assets (organization_id, sha256, media_type, data, width, height, created_by)
        VALUES (i.organization_id, v_sha, p_media_type, p_data, p_width, p_height, i.user_id)
        RETURNING id INTO v_id;
        PERFORM auth.audit(i.user_id, i.organization_id, 'item.asset_add', 'item_asset', v_id::text, NULL,
                           pg_catalog.jsonb_build_object('media_type', p_media_type,
                                                         'bytes', pg_catalog.octet_length(p_data)));
    END IF;
    RETURN v_id;
END $$;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
