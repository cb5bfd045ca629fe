"""Extract, update and compile the gettext catalogues of everything outside the window (Babel).

Run from the repository root::

    .venv/bin/python tools/i18n/catalogues.py            # extract -> update -> compile
    .venv/bin/python tools/i18n/catalogues.py --check    # only report; exit 1 if incomplete
    .venv/bin/python tools/i18n/catalogues.py --init xx  # start the catalogue of a new language

``extract`` reads the messages marked in ``domain/``, ``knowledge/``, ``storage/``, ``services/``,
``export/``, ``cli/``, ``i18n/``, ``errors.py`` and ``paths.py`` into ``tools/i18n/casekeeper.pot``;
``update`` merges it into every
``resources/i18n/<lang>/LC_MESSAGES/casekeeper.po`` (a new or changed message comes in empty or
"fuzzy" and the test suite fails until a translator finishes it); ``compile`` writes the
``casekeeper.mo`` next to each ``.po``, which is what ships.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop" / "casekeeper"
SOURCES = ("i18n", "domain", "knowledge", "storage", "services", "export", "cli", "errors.py",
           "paths.py")
I18N = ROOT / "resources" / "i18n"
TEMPLATE = ROOT / "tools" / "i18n" / "casekeeper.pot"
DOMAIN = "casekeeper"
KEYWORDS = ("_", "gettext", "ngettext:1,2", "pgettext:1c,2", "npgettext:1c,2,3",
            "N_", "NP_:1c,2", "PN_:1,2", "NPN_:1c,2,3")


def babel(*arguments: str) -> None:
    """Run one ``pybabel`` command in this process."""
    status = CommandLineInterface().run(["pybabel", "-q", *arguments])
    if status:
        raise SystemExit(status)


def _without_date(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "POT-Creation-Date" not in line)


def extract() -> None:
    """Every marked message of the non-window packages into the template (no line numbers, so
    moving code does not churn the catalogues; an unchanged template keeps its date)."""
    before = TEMPLATE.read_text("utf-8") if TEMPLATE.exists() else ""
    keywords = [f"--keyword={k}" for k in KEYWORDS]
    babel("extract", "--no-default-keywords", *keywords, "--no-location", "--sort-output",
          "--project=Case Keeper", "--copyright-holder=Case Keeper contributors",
          "--msgid-bugs-address=https://github.com/casekeeper/casekeeper/issues",
          "-o", str(TEMPLATE), *(str(PACKAGE / name) for name in SOURCES))
    if before and _without_date(before) == _without_date(TEMPLATE.read_text("utf-8")):
        TEMPLATE.write_text(before, "utf-8")


def languages() -> list[str]:
    """The languages that have a catalogue: every folder of resources/i18n with a .po."""
    return sorted(p.parents[1].name for p in I18N.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def update() -> None:
    """Merge the template into each catalogue, dropping messages the code no longer has."""
    babel("update", "-i", str(TEMPLATE), "-d", str(I18N), "-D", DOMAIN, "--ignore-obsolete",
          "--no-wrap")


def compile_all() -> None:
    """Compile each finished catalogue into the .mo that ships."""
    babel("compile", "-d", str(I18N), "-D", DOMAIN)


def unfinished(language: str) -> list[str]:
    """Messages of ``language`` that are empty or fuzzy."""
    path = I18N / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as stream:
        catalogue = read_po(stream, locale=language)
    left = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            left.append(message.id if isinstance(message.id, str) else message.id[0])
    return left


def report() -> int:
    """Print what is left to translate per language; 1 if anything is."""
    status = 0
    for language in languages():
        left = unfinished(language)
        print(f"{language}: {len(left)} unfinished")
        for message in left[:20]:
            print(f"    {message!r}")
        status |= bool(left)
    return status


def main() -> int:
    """Parse the command line and run the steps."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished messages")
    parser.add_argument("--init", metavar="LANG", help="start the catalogue of a new language")
    options = parser.parse_args()
    if options.check:
        return report()
    extract()
    if options.init:
        babel("init", "-i", str(TEMPLATE), "-d", str(I18N), "-D", DOMAIN, "-l", options.init,
              "--no-wrap")
    update()
    compile_all()
    return report()


if __name__ == "__main__":
    sys.exit(main())
