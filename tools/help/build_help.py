"""Write the in-app user guide (resources/help/guide-LANG.html) from its Markdown sources.

English: the "User guide" section of README.md; every other language: its own
docs/help/user-guide-LANG.md (the same sections in the same order). Each "###" section heading
is preceded by a marker line ``<!-- section: KEY -->`` naming the section with a key that is the
same in every language (``log-contact``…): the built file carries it as the heading's anchor, and
the help window opens a dialog's section by that key. Run after changing any source:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/help/build_help.py``; a test checks that the
bundled files say what the sources say and that every guide has every section key.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "help"
GUIDES = ROOT / "docs" / "help"
#: the marker line before a section heading, and the heading
MARKER = re.compile(r"^<!-- section: ([a-z0-9-]+) -->\n(?=### )", re.MULTILINE)
HEADING = re.compile(r"^### ", re.MULTILINE)


def english_source() -> str:
    """The README's "User guide" section, up to the next top-level section."""
    text = (ROOT / "README.md").read_text("utf-8")
    start = text.index("## User guide")
    end = text.index("\n## ", start + 1)
    return text[start:end].strip() + "\n"


def guide_files() -> dict[str, Path]:
    """docs/help/user-guide-LANG.md per language, by language code."""
    found = {}
    for path in sorted(GUIDES.glob("user-guide-*.md")):
        language = path.stem.removeprefix("user-guide-")
        if re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", language):
            found[language] = path
    return found


def sources() -> dict[str, str]:
    """Markdown of the guide per language: English first, then every docs/help guide."""
    found = {"en": english_source()}
    for language, path in guide_files().items():
        found[language] = path.read_text("utf-8")
    return found


def section_keys(markdown: str) -> list[str]:
    """The section keys of a guide, in order; ValueError when a heading has no marker or a key
    is used twice."""
    keys = MARKER.findall(markdown)
    headings = len(HEADING.findall(markdown))
    if len(keys) != headings:
        raise ValueError(f"{headings} section headings but {len(keys)} section markers")
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise ValueError(f"section keys used twice: {', '.join(twice)}")
    return keys


def to_html(markdown: str) -> str:
    """The guide as HTML, rendered by Qt's own Markdown reader (what the help window shows), each
    section heading carrying its key as an anchor."""
    from PySide6.QtGui import QTextDocument

    keys = iter(section_keys(markdown))
    markdown = MARKER.sub("", markdown)
    # links to files of the repository mean nothing inside the app: keep their words only
    markdown = re.sub(r"\[([^\]]+)\]\((?!https?://)[^)]*\)", r"\1", markdown)
    document = QTextDocument()
    document.setMarkdown(markdown)
    # the window's own font and size, not those of the machine that built the file
    html = re.sub(r"<body style=\"[^\"]*\">", "<body>", document.toHtml())
    return re.sub(r"(<h3[^>]*>)", lambda found: f'{found.group(1)}<a name="{next(keys)}"></a>', html)


def check(guides: dict[str, str]) -> None:
    """Every guide has English's section keys, in English's order (ValueError otherwise)."""
    english = section_keys(guides["en"])
    for language, markdown in guides.items():
        keys = section_keys(markdown)
        if keys != english:
            missing = [key for key in english if key not in keys]
            extra = [key for key in keys if key not in english]
            raise ValueError(
                f"guide {language}: sections differ from English (missing {missing}, extra {extra}"
                ", or another order)"
            )


def main() -> int:
    """Write one file per language."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    guides = sources()
    check(guides)
    OUT.mkdir(parents=True, exist_ok=True)
    for language, markdown in guides.items():
        target = OUT / f"guide-{language}.html"
        target.write_text(to_html(markdown), "utf-8")
        print(target)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
