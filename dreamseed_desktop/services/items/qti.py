"""IMS QTI 2.1 content packages: export the bank's items, import items from other tools.

A package is a zip with ``imsmanifest.xml`` (IMS Content Packaging 1.1), one
``assessmentItem`` file per item (``imsqti_item_xmlv2p1``) and the pictures they use; the
XML itself is ``services.items.qti_format``. Subject, grade, strand and IRT parameters travel in
each resource's ``<metadata>`` (a ``urn:dreamseed:qti-metadata`` element other tools ignore).

Import is all-or-nothing like the CSV paths: every item is read and checked first; if any
cannot be imported, :class:`BulkValidationError` lists each such item (identifier and reason)
and nothing is written. Otherwise pictures, passages and items are stored in one transaction
through the definer functions (administrators: approved; teachers: drafts for review).
"""
from __future__ import annotations

import io
import json
import posixpath
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from xml.etree import ElementTree as ET

from defusedxml import ElementTree as SafeET
from sqlalchemy import select, text

from dreamseed_desktop.db.content import ItemAsset, ItemContentVersion, Passage, PassageVersion
from dreamseed_desktop.db.items import Item, ItemKey
from dreamseed_desktop.services.core.access import require_role
from dreamseed_desktop.services.core.errors import BulkValidationError, DomainError, ValidationError
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.items.authoring import ContentDraft, clean_draft
from dreamseed_desktop.services.items.content import asset_ids, probe_image
from dreamseed_desktop.services.items.qti_format import QtiProblem, item_xml, parse_item
from dreamseed_desktop.services.items.rules import clean_code, clean_params
from dreamseed_desktop.services.items.subject_check import SchoolSubjects

CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
DS_NS = "urn:dreamseed:qti-metadata"
ITEM_TYPES = ("imsqti_item_xmlv2p1", "imsqti_item_xmlv2p0", "imsqti_item_xmlv2p2")
MAX_PACKAGE = 200 * 1024 * 1024      # uncompressed bytes
MAX_ENTRIES = 5000
EXT = {"image/png": "png", "image/jpeg": "jpg", "image/svg+xml": "svg"}


@dataclass(frozen=True)
class QtiImportResult:
    item_ids: tuple[int, ...]
    codes: tuple[str, ...]


@dataclass
class _Incoming:
    code: str
    draft: ContentDraft
    pictures: dict[int, bytes]                   # placeholder id -> file bytes
    passage: tuple[str, str] | None
    params: tuple[str, float, float, float] | None


class QtiService:
    """QTI 2.1 package import/export through the unit of work of ``db``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------------------- export
    def export_package(self, item_ids: list[int] | None = None, *, subject: str | None = None) -> bytes:
        """A QTI 2.1 content package of the approved version of the given items (or of the
        readable bank, optionally one subject); administrators only (it carries the keys)."""
        require_role(self._db.identity, "admin")
        with self._db.session(readonly=True) as s:
            q = select(Item, ItemContentVersion, ItemKey.correct_choice).join(
                ItemContentVersion, (ItemContentVersion.item_id == Item.id)
                & (ItemContentVersion.version == Item.content_version)).join(ItemKey, ItemKey.item_id == Item.id)
            if item_ids is not None:
                q = q.where(Item.id.in_(item_ids))
            if subject is not None:
                q = q.where(Item.subject == subject)
            rows = s.execute(q.where(Item.status.in_(("active", "retired"))).order_by(Item.code)).all()
            passage_ids = {v.passage_id for _i, v, _k in rows if v.passage_id is not None}
            passages = {p.id: (p.title, body) for p, body in s.execute(
                select(Passage, PassageVersion.body).join(PassageVersion, (PassageVersion.passage_id == Passage.id)
                                                          & (PassageVersion.version == Passage.current_version))
                .where(Passage.id.in_(passage_ids))).all()} if passage_ids else {}
            wanted: set[int] = set()
            for _i, v, _k in rows:
                for t in (v.stem, *v.choices, passages.get(v.passage_id or 0, ("", ""))[1]):
                    wanted.update(asset_ids(str(t)))
            assets = {a.id: a for a in s.execute(select(ItemAsset).where(ItemAsset.id.in_(wanted))).scalars()} \
                if wanted else {}
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                hrefs = {i: f"images/{i}.{EXT[a.media_type]}" for i, a in assets.items()}
                for i, a in assets.items():
                    z.writestr(hrefs[i], bytes(a.data))
                manifest = self._manifest(rows, passages, hrefs)
                for item, v, key in rows:
                    rel = {i: "../" + h for i, h in hrefs.items()}
                    passage = passages.get(v.passage_id) if v.passage_id is not None else None
                    z.writestr(f"items/{item.code}.xml",
                               item_xml(item.code, item.code, v.stem, [str(c) for c in v.choices], int(key),
                                        passage, rel))
                z.writestr("imsmanifest.xml", manifest)
            return buf.getvalue()

    @staticmethod
    def _manifest(rows: Sequence[Any], passages: dict[int, tuple[str, str]], hrefs: dict[int, str]) -> bytes:
        ET.register_namespace("", CP_NS)
        ET.register_namespace("ds", DS_NS)
        root = ET.Element(f"{{{CP_NS}}}manifest", {"identifier": "MANIFEST-DREAMSEED"})
        meta = ET.SubElement(root, f"{{{CP_NS}}}metadata")
        ET.SubElement(meta, f"{{{CP_NS}}}schema").text = "QTIv2.1 Package"
        ET.SubElement(meta, f"{{{CP_NS}}}schemaversion").text = "1.0.0"
        ET.SubElement(root, f"{{{CP_NS}}}organizations")
        resources = ET.SubElement(root, f"{{{CP_NS}}}resources")
        for item, v, _key in rows:
            href = f"items/{item.code}.xml"
            res = ET.SubElement(resources, f"{{{CP_NS}}}resource",
                                {"identifier": f"R-{item.code}", "type": ITEM_TYPES[0], "href": href})
            rmeta = ET.SubElement(res, f"{{{CP_NS}}}metadata")
            ET.SubElement(rmeta, f"{{{DS_NS}}}item", {
                "subject": item.subject, "grade": "" if item.grade is None else str(item.grade),
                "strand": item.strand or "", "model": item.model, "a": repr(item.a), "b": repr(item.b),
                "c": repr(item.c)})
            ET.SubElement(res, f"{{{CP_NS}}}file", {"href": href})
            texts = (v.stem, *v.choices, passages.get(v.passage_id or 0, ("", ""))[1])
            for i in sorted({i for t in texts for i in asset_ids(str(t))}):
                ET.SubElement(res, f"{{{CP_NS}}}file", {"href": hrefs[i]})
        ET.indent(root)
        return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")

    # ------------------------------------------------------------------------------- import
    def import_package(self, data: bytes, *, subject: str | None = None) -> QtiImportResult:
        """Import every item of the package or none; ``subject`` for items whose package does
        not say (other tools' packages)."""
        require_role(self._db.identity, "admin", "teacher")
        files = _read_zip(data)
        incoming, errors = self._read_items(files, subject)
        if errors:
            raise BulkValidationError(errors, "{count} item(s) cannot be imported; nothing was imported.")
        action = "publish" if self._db.identity.role in (None, "admin") else "review"
        ids: list[int] = []
        with self._db.session() as s:
            passages: dict[tuple[str, str], int] = {}
            for inc in incoming:
                refs: dict[int, int] = {}
                for placeholder, blob in inc.pictures.items():
                    info = probe_image(blob)
                    refs[placeholder] = int(s.execute(text("SELECT public.item_asset_add(:t, :d, :w, :h)"), {
                        "t": info.media_type, "d": info.data, "w": info.width, "h": info.height}).scalar_one())

                def fill(t: str, refs: dict[int, int] = refs) -> str:
                    for placeholder, asset in refs.items():
                        t = t.replace(f"](asset:{placeholder})", f"](asset:{asset})")
                    return t

                passage_id = None
                if inc.passage is not None:
                    key = (inc.passage[0], fill(inc.passage[1]))
                    if key not in passages:
                        passages[key] = int(s.execute(text("SELECT passage_id FROM public.passage_save(NULL, NULL, "
                                                           ":t, :b)"), {"t": key[0], "b": key[1]}).scalar_one())
                    passage_id = passages[key]
                d = inc.draft
                row = s.execute(text(
                    "SELECT * FROM public.item_content_save(NULL, NULL, :code, :subject, :grade, :strand, :stem, "
                    "CAST(:choices AS jsonb), :passage, :key, :action)"),
                    {"code": d.code, "subject": d.subject, "grade": d.grade, "strand": d.strand,
                     "stem": fill(d.stem), "choices": json.dumps([fill(c) for c in d.choices], ensure_ascii=False),
                     "passage": passage_id, "key": d.key, "action": action}).one()
                if inc.params is not None and action == "publish":
                    model, a, b, c = inc.params
                    s.execute(text("UPDATE public.items SET model = :m, a = :a, b = :b, c = :c WHERE id = :i"),
                              {"m": model, "a": a, "b": b, "c": c, "i": row.item_id})
                    s.execute(text("UPDATE public.item_param_history SET model = :m, a = :a, b = :b, c = :c, "
                                   "source = 'qti' WHERE item_id = :i AND bank_version = 1"),
                              {"m": model, "a": a, "b": b, "c": c, "i": row.item_id})
                ids.append(int(row.item_id))
        return QtiImportResult(tuple(ids), tuple(i.code for i in incoming))

    def _read_items(self, files: dict[str, bytes], subject: str | None
                    ) -> tuple[list[_Incoming], list[ValidationError]]:
        manifest = files.get("imsmanifest.xml")
        if manifest is None:
            raise ValidationError("The package has no imsmanifest.xml.", field="file")
        try:
            root = SafeET.fromstring(manifest, forbid_dtd=True)
        except Exception as exc:
            raise ValidationError("The package's imsmanifest.xml is not valid XML.", field="file") from exc
        resources = [r for r in root.iter() if r.tag.rsplit("}", 1)[-1] == "resource"
                     and (r.get("type") or "") in ITEM_TYPES]
        if not resources:
            raise ValidationError("The package has no QTI items.", field="file")
        incoming: list[_Incoming] = []
        errors: list[ValidationError] = []
        codes: set[str] = set()
        with self._db.session(readonly=True) as s:
            existing = set(s.execute(select(Item.code)).scalars())
            school_subjects = SchoolSubjects(s, self._db.identity.organization_id)
        for n, res in enumerate(resources, start=1):
            href = res.get("href") or ""
            ident = res.get("identifier") or href
            try:
                inc = self._one(files, res, href, subject)
                inc = replace(inc, draft=replace(inc.draft, subject=school_subjects.code(inc.draft.subject or "")))
                if inc.code in codes or inc.code in existing:
                    raise QtiProblem("An item with the code {code} already exists.", code=inc.code)
                codes.add(inc.code)
                incoming.append(inc)
            except QtiProblem as exc:
                errors.append(ValidationError(exc.template, params=exc.params, field=ident, row=n))
            except DomainError as exc:
                errors.append(ValidationError(exc.template, params=exc.params, field=ident, row=n))
        return incoming, errors

    @staticmethod
    def _one(files: dict[str, bytes], res: ET.Element, href: str, subject: str | None) -> _Incoming:
        data = files.get(href)
        if data is None:
            raise QtiProblem("The file {href} is missing from the package.", href=href)
        parsed = parse_item(data)
        meta = next((m for m in res.iter() if m.tag == f"{{{DS_NS}}}item"), None)
        item_subject = (meta.get("subject") if meta is not None else None) or subject
        if not item_subject:
            raise QtiProblem("The package does not say the item's subject; choose one for the import.")
        base = posixpath.dirname(href)
        pictures: dict[int, bytes] = {}
        for placeholder, src in parsed.picture_hrefs.items():
            path = posixpath.normpath(posixpath.join(base, src))
            if path.startswith("../") or src.startswith(("/", "http:", "https:", "data:")) or path not in files:
                raise QtiProblem("The picture {src} is missing from the package.", src=src)
            probe_image(files[path])
            pictures[placeholder] = files[path]
        stem, choices = parsed.stem, tuple(parsed.choices)
        grade = meta.get("grade") if meta is not None else None
        draft = clean_draft(ContentDraft(
            stem=stem, choices=choices, key=parsed.key, code=clean_code(parsed.identifier or res.get("identifier")),
            subject=item_subject, grade=int(grade) if grade else None,
            strand=(meta.get("strand") or None) if meta is not None else None))
        params = None
        if meta is not None and meta.get("model"):
            model = str(meta.get("model"))
            a, b, c = clean_params(model, meta.get("a"), meta.get("b"), meta.get("c"))
            params = (model, a, b, c)
        passage = None
        if parsed.passage is not None:
            passage = parsed.passage
        return _Incoming(draft.code or "", draft, pictures, passage, params)


def _read_zip(data: bytes) -> dict[str, bytes]:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ValidationError("The file is not a QTI package (zip).", field="file") from exc
    infos = z.infolist()
    if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_PACKAGE:
        raise ValidationError("The package is too large to import.", field="file")
    return {posixpath.normpath(i.filename): z.read(i) for i in infos if not i.is_dir()}

