"""Rebuild the charts/reports/statistics/psychometrics catalog: lupdate → Korean → lrelease.

Run from the repository root:  python resources/translations/build_charts_translations.py
Scans ui/charts, ui/reports, ui/screens/stats and ui/screens/psychometrics and writes
charts_ko.ts / charts_ko.qm next to this file (loaded by ui.charts.i18n).
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FOLDERS = ("charts", "reports", "screens/stats", "screens/psychometrics")

sys.path.insert(0, str(HERE))
from charts_ko_strings import KO  # noqa: E402


def main() -> int:
    ui = ROOT / "dreamseed_desktop" / "ui"
    files = [str(p) for folder in FOLDERS for p in sorted((ui / folder).rglob("*.py"))]
    ts = HERE / "charts_ko.ts"
    subprocess.run(["pyside6-lupdate", *files, "-ts", str(ts), "-no-obsolete", "-locations", "none",
                    "-source-language", "en_US", "-target-language", "ko_KR"],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = KO.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)
    print(f"{ts.name}: {len(missing)} missing")
    for text in missing:
        print("   missing:", repr(text))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
