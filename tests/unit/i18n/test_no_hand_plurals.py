"""No hand-written plural anywhere a person reads: "file(s)", "Datei(en)", "fil(er)", "pourrai(en)t".

Counts go through ``ngettext`` (gettext catalogues) or Qt's ``%n`` forms, which know each
language's CLDR plural rules. The check reads every string constant of ``desktop/`` (Python
source), every message of the gettext catalogues and every source and translation of the Qt
``.ts`` files. A gender form such as French "soussigné(e)" is not a plural and is allowed.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[3]
DESKTOP = ROOT / "desktop"
I18N = ROOT / "resources" / "i18n"
TEMPLATE = ROOT / "tools" / "i18n" / "casekeeper.pot"

# A letter, then a bracketed plural ending: (s) (es) English/French, (en) (er) (n) (nen)
# German, (er) (ar) (or) (na) Swedish, and the same inside a word ("pourrai(en)t").
_HAND_PLURAL = re.compile(r"(?<=[^\W\d_])\((?:s|es|en|er|n|nen|ar|or|na|r|nt|ent)\)", re.IGNORECASE)


def hand_plurals(text: str) -> list[str]:
    """The hand-written plural endings found in ``text``."""
    return [match.group(0) for match in _HAND_PLURAL.finditer(text)]


# Exceptions of a programming mistake are never shown to a person (the CLI and the window say
# "an unexpected problem" and log them), so their developer wording is not checked.
_INTERNAL = {"ValueError", "TypeError", "AssertionError", "RuntimeError", "KeyError"}


def _internal(node: ast.AST) -> bool:
    exc = node.exc if isinstance(node, ast.Raise) else None
    return isinstance(exc, ast.Call) and isinstance(exc.func, ast.Name) and exc.func.id in _INTERNAL


def _python_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"))
    skipped = {id(inner) for node in ast.walk(tree) if _internal(node) for inner in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            found.append((node.lineno, node.value))
    return found


def _python_files() -> list[Path]:
    return sorted(DESKTOP.rglob("*.py"))


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(DESKTOP)))
def test_no_hand_plural_in_the_code(path: Path) -> None:
    problems = [f"line {line}: {text!r}" for line, text in _python_strings(path) if hand_plurals(text)]
    assert not problems, "use ngettext / PN_ or Qt's %n plural forms: " + "; ".join(problems)


def _catalogues() -> list[Path]:
    return sorted([TEMPLATE, *I18N.glob("*/LC_MESSAGES/*.po")])


@pytest.mark.parametrize("path", _catalogues(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_hand_plural_in_the_gettext_catalogues(path: Path) -> None:
    with path.open("rb") as stream:
        catalogue = read_po(stream)
    problems = []
    for message in catalogue:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in (*ids, *strings):
            if text and hand_plurals(text):
                problems.append(repr(text))
    assert not problems, "plural forms through ngettext: " + "; ".join(problems)


@pytest.mark.parametrize("path", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_no_hand_plural_in_the_window_translations(path: Path) -> None:
    problems = []
    for message in ET.parse(path).getroot().iter("message"):
        for tag in ("source", "translation", "translation/numerusform"):
            for element in message.findall(tag):
                if element.text and hand_plurals(element.text):
                    problems.append(repr(element.text))
    assert not problems, "plural forms through Qt's %n: " + "; ".join(problems)


@pytest.mark.parametrize(
    "text",
    ["1 file(s)", "2 Datei(en)", "3 fil(er)", "ils pourrai(en)t", "contact(s)", "5 Frage(n)", "6 bild(er)"],
)
def test_the_check_finds_hand_plurals(text: str) -> None:
    assert hand_plurals(text)


@pytest.mark.parametrize(
    "text",
    ["Je soussigné(e), {name}", "f(x)", "(s) alone", "[y/N]", "E(1)", "one file", "2 files", "Call (n)ever"],
)
def test_the_check_leaves_other_brackets_alone(text: str) -> None:
    assert not hand_plurals(text)
