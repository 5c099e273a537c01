"""The translation pipeline: ``.ts`` catalogs are the source, ``.qm`` files are build output.

One catalog per language in ``resources/translations/``: ``dreamseed_ko.ts`` (every user-facing
text of the program in Korean) and ``dreamseed_en.ts`` (only the English plural forms of texts
with ``%n``; every other English text is its own source). Edit them in Qt Linguist
(``pyside6-linguist resources/translations/dreamseed_ko.ts``) or as XML, then::

    python -m dreamseed_desktop.i18n_build update   # lupdate: add new/changed source texts, keep translations
    python -m dreamseed_desktop.i18n_build check    # what is still untranslated (exit 1 if anything)
    python -m dreamseed_desktop.i18n_build set ko CONTEXT "Source text" "번역"      # or edit the XML
    python -m dreamseed_desktop.i18n_build set en CONTEXT "%n item(s)" "%n item" "%n items"
    python -m dreamseed_desktop.i18n_build build [--out DIR]   # lrelease every catalog into DIR

``.qm`` files are not kept in git. The program compiles a catalog when it first needs it
(:func:`compiled_catalog`): with PySide6's ``lrelease`` into the per-user cache, under a name
that carries the hash of the ``.ts`` text, so an edited catalog is recompiled and a stale one
is never loaded. A packaged build (PyInstaller) has no ``lrelease``: its spec runs ``build`` and
ships the ``.qm`` files instead of the ``.ts`` files; :func:`compiled_catalog` then loads those.

This module uses no Qt classes (only the tools PySide6 ships), so the packaging spec and the
command line can use it without a QApplication.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

CATALOG = "dreamseed"
#: language code -> the locale lupdate writes into the catalog
LANGUAGES: dict[str, str] = {"ko": "ko_KR", "en": "en_US"}
SOURCE_LANGUAGE = "en_US"
#: languages whose catalog holds only plural forms (the source texts are in this language)
PLURAL_ONLY = frozenset({"en"})
PACKAGE_DIR = Path(__file__).resolve().parent
#: layers that never show text (Qt-free by the import-linter contracts): not scanned
QT_FREE = ("cat", "db", "services")


class TranslationToolError(RuntimeError):
    """lrelease/lupdate is missing or failed."""


def translations_dir() -> Path:
    from dreamseed_desktop.config.paths import resources_dir

    return resources_dir() / "translations"


def catalog_name(lang: str) -> str:
    return f"{CATALOG}_{lang}"


def qt_tool(name: str) -> Path:
    """PySide6's copy of a Qt Linguist tool (``lrelease``, ``lupdate``)."""
    import PySide6

    exe = f"{name}.exe" if sys.platform == "win32" else name
    candidates = [Path(PySide6.__file__).resolve().parent / exe,
                  Path(PySide6.__file__).resolve().parent / "Qt" / "bin" / exe]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return Path(found)
    raise TranslationToolError(f"Qt's {name} was not found (it ships with PySide6)")


def _run(args: Sequence[str | Path]) -> str:
    try:
        done = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False)
    except OSError as exc:
        raise TranslationToolError(f"{args[0]} could not run: {exc}") from exc
    if done.returncode != 0:
        raise TranslationToolError(f"{Path(str(args[0])).name} failed ({done.returncode}): "
                                   f"{(done.stderr or done.stdout).strip()}")
    return done.stdout


def compile_catalog(ts: Path, qm: Path) -> Path:
    """lrelease ``ts`` into ``qm`` atomically (a concurrent reader never sees half a file)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=qm.stem + ".", suffix=".qm.tmp", dir=qm.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _run([qt_tool("lrelease"), "-silent", ts, "-qm", tmp])
        if tmp.stat().st_size == 0:
            raise TranslationToolError(f"lrelease wrote an empty file for {ts.name}")
        try:
            os.replace(tmp, qm)
        except OSError:
            # Windows: another instance compiled the same catalog and has it open (Qt maps
            # the file); theirs is the same text, so use it
            if not (qm.is_file() and qm.stat().st_size > 0):
                raise
    finally:
        tmp.unlink(missing_ok=True)
    return qm


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def compiled_catalog(name: str, source_dir: Path | None = None,
                     cache: Path | None = None) -> Path:
    """The ``.qm`` for catalog ``name`` (e.g. ``dreamseed_ko``), compiled when missing or stale.

    With a ``.ts`` in ``source_dir`` (a checkout or an installed wheel) the result is
    ``<cache>/<name>-<hash of the .ts>.qm``, compiled by lrelease on first use. Without one (a
    packaged build that ships compiled catalogs) it is ``<source_dir>/<name>.qm``. Raises
    :class:`TranslationToolError` when neither can be had.
    """
    source_dir = source_dir or translations_dir()
    ts = source_dir / f"{name}.ts"
    if not ts.is_file():
        shipped = source_dir / f"{name}.qm"
        if shipped.is_file():
            return shipped
        raise TranslationToolError(f"no translation catalog {name} in {source_dir}")
    if cache is None:
        from dreamseed_desktop.config.paths import cache_dir

        cache = cache_dir() / "translations"
    qm = cache / f"{name}-{_digest(ts)}.qm"
    if qm.is_file() and qm.stat().st_size > 0:
        return qm
    compile_catalog(ts, qm)
    for old in cache.glob(f"{name}-*.qm"):   # earlier versions of this catalog
        if old != qm:
            try:
                old.unlink(missing_ok=True)
            except OSError:   # still open in a running older version (Windows): next time
                pass
    return qm


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every module that can show text: the package minus its Qt-free layers."""
    files = []
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir).parts
        if rel[0] in QT_FREE or "__pycache__" in rel:
            continue
        files.append(path)
    return files


def update(directory: Path | None = None, *, drop_obsolete: bool = False,
           languages: Sequence[str] = tuple(LANGUAGES)) -> str:
    """Run lupdate over the sources into every catalog; translations already made are kept.

    Texts no longer in the code stay in the catalog as "vanished" (Qt Linguist shows them
    greyed out; if the text comes back, so does its translation) unless ``drop_obsolete``.
    """
    directory = directory or translations_dir()
    files = source_files()
    report = []
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"   # an @list file: no command-line length limit
        listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        for lang in languages:
            ts = directory / f"{catalog_name(lang)}.ts"
            args: list[str | Path] = [qt_tool("lupdate"), f"@{listing}", "-ts", ts,
                                      "-locations", "none", "-source-language", SOURCE_LANGUAGE,
                                      "-target-language", LANGUAGES[lang]]
            if lang in PLURAL_ONLY:
                args.append("-pluralonly")
            if drop_obsolete:
                args.append("-no-obsolete")
            out = _run(args)
            if lang in PLURAL_ONLY:   # lupdate counts every text as "new" here; say what it keeps
                report.append(f"{ts.name}: plural forms only")
                continue
            report.append(f"{ts.name}: " + " ".join(line.strip() for line in out.splitlines()
                                                     if "Found" in line or "obsolete" in line))
    return "\n".join(report)


def set_translation(lang: str, context: str, source: str, forms: Sequence[str],
                    directory: Path | None = None) -> None:
    """Write the translation of ``source`` in ``context`` (the forms of a ``%n`` text, one per
    plural form of the language: Korean has one, English two) and mark it finished.

    The message must already be in the catalog (run :func:`update` after adding the text to
    the code). The file is rewritten by lupdate afterwards, so it keeps lupdate's layout.
    """
    directory = directory or translations_dir()
    ts = directory / f"{catalog_name(lang)}.ts"
    tree = ET.parse(ts)
    matches = [message for ctx in tree.getroot().iter("context") if ctx.findtext("name") == context
               for message in ctx.iter("message") if message.findtext("source") == source]
    if len(matches) != 1:
        raise TranslationToolError(
            f"{ts.name}: {len(matches)} messages {source!r} in context {context!r}"
            " (run 'update' after adding the text to the code; a text with a disambiguation"
            " comment cannot be set here)")
    message = matches[0]
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    numerus = message.get("numerus") == "yes"
    expected = (2 if lang == "en" else 1) if numerus else 1
    if len(forms) != expected:
        raise TranslationToolError(f"{source!r} needs {expected} form(s) in {lang}, got {len(forms)}")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    update(directory, languages=[lang])


def build(out_dir: Path, directory: Path | None = None) -> list[Path]:
    """lrelease every catalog into ``out_dir`` as ``<name>.qm``."""
    directory = directory or translations_dir()
    return [compile_catalog(directory / f"{catalog_name(lang)}.ts",
                            out_dir / f"{catalog_name(lang)}.qm") for lang in LANGUAGES]


@dataclass
class CatalogStatus:
    """What a catalog still lacks: ``(context, source)`` of each unfinished message."""

    name: str
    finished: int = 0
    vanished: int = 0
    unfinished: list[tuple[str, str]] = field(default_factory=list)


def status(ts: Path) -> CatalogStatus:
    """Count finished, unfinished and vanished/obsolete messages of one catalog."""
    result = CatalogStatus(ts.stem)
    for context in ET.parse(ts).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                result.vanished += 1
                continue
            texts = ([form.text or "" for form in translation.iter("numerusform")]
                     if translation is not None and message.get("numerus") == "yes"
                     else [translation.text or "" if translation is not None else ""])
            if kind == "unfinished" or not all(t.strip() for t in texts):
                result.unfinished.append((context_name, message.findtext("source") or ""))
            else:
                result.finished += 1
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dreamseed_desktop.i18n_build",
                                     description="Update, check and build the translation catalogs.")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="lupdate: add new source texts to every .ts, keep translations")
    up.add_argument("--drop-obsolete", action="store_true",
                    help="remove texts that are no longer in the code")
    sub.add_parser("check", help="list untranslated texts; exit 1 if there are any")
    st = sub.add_parser("set", help="write one translation (then lupdate tidies the file)")
    st.add_argument("lang", choices=sorted(LANGUAGES))
    st.add_argument("context", help="the translation context (usually the class name)")
    st.add_argument("source", help="the English source text, exactly as in the code")
    st.add_argument("forms", nargs="+", help="the translation (a %%n text: one per plural form)")
    bd = sub.add_parser("build", help="lrelease every .ts into .qm files")
    bd.add_argument("--out", type=Path, default=Path("build") / "translations",
                    help="output folder (default: build/translations)")
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            print(update(drop_obsolete=args.drop_obsolete))
            args.command = "check"
        if args.command == "set":
            set_translation(args.lang, args.context, args.source, args.forms)
            return 0
        if args.command == "build":
            for qm in build(args.out):
                print(qm)
            return 0
    except TranslationToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    missing = 0
    for lang in LANGUAGES:
        result = status(translations_dir() / f"{catalog_name(lang)}.ts")
        print(f"{result.name}: {result.finished} translated, {len(result.unfinished)} untranslated"
              f", {result.vanished} vanished")
        for context_name, source in result.unfinished:
            print(f"    [{context_name}] {source!r}")
        missing += len(result.unfinished)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
