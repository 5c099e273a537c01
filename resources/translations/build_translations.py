"""Rebuild the GUI catalogs: lupdate → fill Korean (and English plural forms) → lrelease.

Run from the repository root:  python resources/translations/build_translations.py
Scans the GUI modules owned by the desktop-GUI area (the exam window and the charts keep their
own catalogs) and writes dreamseed_ko.ts/.qm and dreamseed_en.ts/.qm next to this file.
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXCLUDE = ("exam_window", "charts", "reports", "screens/exams", "screens/stats",
           "screens/psychometrics")

sys.path.insert(0, str(HERE))
from domain_ko_strings import DOMAIN_KO  # noqa: E402
from ko_strings import KO  # noqa: E402


def sources() -> list[str]:
    files = []
    for path in sorted((ROOT / "dreamseed_desktop" / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT / "dreamseed_desktop" / "ui").as_posix()
        if not any(rel.startswith(prefix) for prefix in EXCLUDE):
            files.append(str(path))
    files.append(str(ROOT / "dreamseed_desktop" / "__main__.py"))
    return files


def english_plurals(source: str) -> list[str]:
    singular = re.sub(r"\((?:e?s)\)", "", source).replace("entries", "entry")
    plural = re.sub(r"\((e?s)\)", r"\1", source.replace("person(s)", "people"))
    return [singular, plural]


def fill(ts: Path, lang: str) -> tuple[int, list[str]]:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "ko_KR" if lang == "ko" else "en_US")
    done, missing = 0, []
    messages = [(context.findtext("name"), message) for context in root.iter("context")
                for message in context.iter("message")]
    for context_name, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        if lang == "en":
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                for form in english_plurals(source):
                    ET.SubElement(translation, "numerusform").text = form
                translation.attrib.pop("type", None)
                done += 1
            continue
        text = (DOMAIN_KO.get(source) if context_name == "DomainError" else None) or KO.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if numerus:
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def main() -> int:
    files = sources()
    for lang in ("ko", "en"):
        ts = HERE / f"dreamseed_{lang}.ts"
        subprocess.run(["pyside6-lupdate", *files, "-ts", str(ts), "-no-obsolete",
                        "-locations", "none", "-source-language", "en_US",
                        "-target-language", "ko_KR" if lang == "ko" else "en_US"],
                       check=True, capture_output=True)
        done, missing = fill(ts, lang)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)
        print(f"{ts.name}: {done} translated, {len(missing)} missing")
        for text in missing:
            print("   missing:", repr(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
