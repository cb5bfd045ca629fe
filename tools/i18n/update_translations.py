"""Refresh the window's .ts sources from the ui code, fill them from the glossaries, compile the .qm.

Run from the repository root: ``.venv/bin/python tools/i18n/update_translations.py``.

Every ``tools/i18n/<lang>_glossary*.tsv`` makes ``resources/i18n/casekeeper_<lang>.ts`` (one file
per feature, e.g. ``de_glossary_safety.tsv``). One entry a line, tab-separated:

* ``English source<TAB>translation``;
* a source with ``%n`` (a count, Qt numerus) gives one column per plural form of the language,
  in Qt's order (French, German, Swedish and English: singular, plural):
  ``%n contacts<TAB>%n Kontakt<TAB>%n Kontakte``;
* ``@Context:English source<TAB>…`` applies to that translation context only (a word with two
  meanings), before the entry without a context.

English has a catalogue too (``en_glossary*.tsv``) that holds only the plural forms of the ``%n``
sources. In the code, a count is ``translate("Context", "%n files", None, count)`` with ``count`` a
plain name (lupdate skips the call when it is an expression such as ``len(files)``; this tool
fails when a ``%n`` text of the code is missing from the catalogues) and a ``%n`` message is made
a plural (numerus) message here, whatever lupdate thought of it. Strings without an entry stay
"unfinished" and the test suite fails until they are translated (in the glossary, or in Qt
Linguist: ``pyside6-linguist``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
UI = ROOT / "desktop" / "casekeeper" / "ui"
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
_GLOSSARY = re.compile(r"^([a-z]{2,3})_glossary.*\.tsv$")

Glossary = dict[str, list[str]]


def languages() -> list[str]:
    """The languages that have a glossary, ``en`` (plural forms only) included."""
    return sorted({match.group(1) for path in HERE.glob("*.tsv") if (match := _GLOSSARY.match(path.name))})


def glossary(language: str) -> Glossary:
    """Source (or ``@Context:source``) -> its translation, or its plural forms."""
    entries: Glossary = {}
    for path in sorted(HERE.glob(f"{language}_glossary*.tsv")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            source, *targets = line.split("\t")
            if not targets or not all(targets):
                raise SystemExit(f"{path.name}:{number}: an entry is 'source<TAB>translation'")
            entries[source] = targets
    return entries


def _make_plural(message: ET.Element, translation: ET.Element, forms: int) -> None:
    """A ``%n`` message gets ``forms`` plural forms (lupdate marks only a literal count as plural)."""
    message.set("numerus", "yes")
    if len(translation.findall("numerusform")) != forms:
        translation.clear()
        translation.set("type", "unfinished")
        for _ in range(forms):
            ET.SubElement(translation, "numerusform")


def _fill(message: ET.Element, context: str, entries: Glossary) -> bool:
    """Put the glossary's text in ``message``; False when the glossary has none."""
    source = message.findtext("source") or ""
    targets = entries.get(f"@{context}:{source}") or entries.get(source)
    translation = message.find("translation")
    assert translation is not None
    if "%n" in source:
        _make_plural(message, translation, len(targets) if targets else 2)
    if targets is None:
        return translation.get("type") != "unfinished"
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        if len(targets) != len(forms):
            print(f"{context}: {source!r} needs {len(forms)} plural forms, the glossary has {len(targets)}")
            return False
        for form, text in zip(forms, targets, strict=True):
            form.text = text
    else:
        translation.text = targets[0]
    translation.attrib.pop("type", None)
    return True


def update(language: str) -> list[str]:
    """lupdate, fill and lrelease one language; return the sources still untranslated."""
    ts = I18N / f"casekeeper_{language}.ts"
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    new = [] if ts.exists() else ["-target-language", language]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
                    "-locations", "none", *new, "-silent"], check=True)
    tree = ET.parse(ts)
    entries = glossary(language)
    missing = []
    for context in list(tree.getroot().iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            if language == "en" and "%n" not in (message.findtext("source") or ""):
                context.remove(message)  # English needs only the plural forms
                continue
            if not _fill(message, name, entries):
                missing.append(f"{language} {name}: {message.findtext('source')!r}")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)
    return missing


def counted_texts() -> set[str]:
    """The ``%n`` texts of the code (string literals, joined as Python joins them)."""
    import ast

    found = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "%n" in node.value:
                found.add(node.value)
    return found


def main() -> int:
    """Every language; print what is still untranslated."""
    missing = [source for language in languages() for source in update(language)]
    english = ET.parse(I18N / "casekeeper_en.ts")
    catalogued = {message.findtext("source") for message in english.iter("message")}
    missing += [f"lupdate skipped (pass the count as a plain name): {text!r}"
                for text in sorted(counted_texts() - catalogued)]
    for source in missing:
        print(f"untranslated: {source}")
    print(f"{len(missing)} unfinished")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
