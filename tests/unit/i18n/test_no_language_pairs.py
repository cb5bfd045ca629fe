"""The packages moved to the gettext catalogues keep no hand-written English/French wording."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "desktop" / "casekeeper"
CONVERTED = ("i18n", "export", "cli", "knowledge", "services/mail_words.py",
             "services/diagnosis_words.py", "services/reminders/texts.py")
_FRENCH = re.compile(r"[àâçéèêëîïôûùüœ«»ÀÂÇÉÈÊ]|\b(?:le|la|les|de|du|des|et|une|votre|vos)\b")
_LOCALE = re.compile(r"^[a-z]{2}_[A-Z]{2}$")
_LANGUAGES = {"en", "fr", "de", "sv"}


def _modules() -> list[Path]:
    paths = [PACKAGE / name for name in CONVERTED]
    return sorted(p for path in paths for p in ([path] if path.is_file() else path.rglob("*.py")))


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _problems(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) == 2:
            first, second = (_text(e) for e in node.elts)
            if first and second and first != second and _FRENCH.search(second) \
                    and not _FRENCH.search(first):
                found.append(f"line {node.lineno}: pair ({first!r}, {second!r})")
        if isinstance(node, ast.Dict):
            keys = {_text(k) for k in node.keys if k is not None}
            locales = all(_LOCALE.match(_text(v) or "") for v in node.values)
            if len(keys & _LANGUAGES) >= 2 and not locales:
                found.append(f"line {node.lineno}: a table keyed by language")
        if isinstance(node, ast.Compare) and any(
                _text(c) in _LANGUAGES - {"en"} for c in node.comparators):
            found.append(f"line {node.lineno}: a branch on one language")
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_hand_written_language_pairs_or_branches(path: Path) -> None:
    problems = _problems(ast.parse(path.read_text("utf-8")))
    assert not problems, "translate through casekeeper.i18n (N_/gettext): " + "; ".join(problems)


def test_the_check_finds_a_pair_a_language_table_and_a_branch() -> None:
    code = ('WORDS = {"title": ("Dispute file", "Dossier de litige")}\n'
            'MASK = {"en": "[redacted]", "fr": "[masqué]"}\n'
            'colon = " :" if language == "fr" else ":"\n')
    assert len(_problems(ast.parse(code))) == 3
