"""Import the heavy export modules on the GUI thread before a worker needs them.

A first import inside a pool thread while the GUI thread runs Python code crashed PySide6's
import hook here ("none_dealloc" in shibokensupport.feature, seen with pypdf); importing on the
GUI thread first avoids it and costs the same time once.
"""

from __future__ import annotations

from importlib import import_module

DOSSIER = ("casekeeper.export.dossier",)
LETTERS = ("casekeeper.export.letters.render",)


def preload(modules: tuple[str, ...]) -> None:
    """Import ``modules`` now (a no-op once they are loaded)."""
    for name in modules:
        import_module(name)
