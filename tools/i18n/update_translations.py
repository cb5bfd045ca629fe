"""Refresh the .ts sources from the ui code, fill French from the glossary, compile the .qm files.

Run from the repository root: ``.venv/bin/python tools/i18n/update_translations.py``.
Strings without a glossary entry stay "unfinished" and the test suite fails until they are
translated (in tools/i18n/fr_glossary.tsv, or in Qt Linguist: ``pyside6-linguist``).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "casekeeper" / "ui"
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def glossary() -> dict[str, str]:
    """English source -> French, one tab-separated pair a line (fr_glossary*.tsv, one file per feature)."""
    pairs = {}
    for glossary_file in sorted(Path(__file__).parent.glob("fr_glossary*.tsv")):  # one per feature
        for line in glossary_file.read_text("utf-8").splitlines():
            if "\t" in line:
                source, target = line.split("\t", 1)
                pairs[source] = target
    return pairs


def main() -> int:
    """lupdate, fill, lrelease; print what is still untranslated."""
    ts = I18N / "casekeeper_fr.ts"
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
                    "-locations", "none", "-target-language", "fr_FR"], check=True)
    tree = ET.parse(ts)
    french = glossary()
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in french:
            translation.text = french[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
