"""Write the in-app user guide (resources/help/guide-LANG.html) from its Markdown sources.

English: the "User guide" section of README.md; French: docs/help/user-guide-fr.md (the same
sections in the same order). Run after changing either:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/help/build_help.py``; a test checks that the
bundled files say what the sources say.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "help"


def english_source() -> str:
    """The README's "User guide" section, up to the next top-level section."""
    text = (ROOT / "README.md").read_text("utf-8")
    start = text.index("## User guide")
    end = text.index("\n## ", start + 1)
    return text[start:end].strip() + "\n"


def french_source() -> str:
    """The French guide."""
    return (ROOT / "docs" / "help" / "user-guide-fr.md").read_text("utf-8")


def sources() -> dict[str, str]:
    """Markdown of the guide per language."""
    return {"en": english_source(), "fr": french_source()}


def to_html(markdown: str) -> str:
    """The guide as HTML, rendered by Qt's own Markdown reader (what the help window shows)."""
    from PySide6.QtGui import QTextDocument

    # links to files of the repository mean nothing inside the app: keep their words only
    markdown = re.sub(r"\[([^\]]+)\]\((?!https?://)[^)]*\)", r"\1", markdown)
    document = QTextDocument()
    document.setMarkdown(markdown)
    # the window's own font and size, not those of the machine that built the file
    return re.sub(r"<body style=\"[^\"]*\">", "<body>", document.toHtml())


def main() -> int:
    """Write both files."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for language, markdown in sources().items():
        target = OUT / f"guide-{language}.html"
        target.write_text(to_html(markdown), "utf-8")
        print(target)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
