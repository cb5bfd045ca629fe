"""A workspace that opens on first use, so a window can paint before the database layer loads.

Its ``paths`` and ``clock`` are there at once; every other attribute (``cases``, ``journal``...)
opens the real workspace the first time it is asked for. ``warm_up()`` imports the database
layer on a background thread meanwhile, so the open after the first paint is quick.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any

from casekeeper.paths import DataPaths

if TYPE_CHECKING:
    from casekeeper.services.clock import Clock
    from casekeeper.services.workspace import Workspace

_WARM_MODULES = ("casekeeper.services.workspace",)


class DeferredWorkspace:
    """Stands in for a :class:`Workspace` until the data folder is opened."""

    def __init__(self, paths: DataPaths, clock: Clock | None = None) -> None:
        self.paths = paths
        self._clock = clock
        self._workspace: Workspace | None = None
        self._warming: threading.Thread | None = None

    @property
    def clock(self) -> Clock:
        """The clock given, else the system's (made on first use: its zone lookup can wait)."""
        if self._clock is None:
            from casekeeper.services.clock import SystemClock

            self._clock = SystemClock()
        return self._clock

    @property
    def is_open(self) -> bool:
        """Whether the real workspace has been opened."""
        return self._workspace is not None

    def warm_up(self) -> None:
        """Import the database layer on a background thread (no file is touched)."""
        if self._warming is None and not self.is_open:
            self._warming = threading.Thread(target=_import_quietly, name="casekeeper-warm-up",
                                             daemon=True)
            self._warming.start()

    def open(self) -> Workspace:
        """Open (creating or migrating) the data folder; raises DataLocationError as usual."""
        if self._workspace is None:
            if self._warming is not None:
                self._warming.join()
            from casekeeper.services.workspace import open_workspace

            self._workspace = open_workspace(self.paths, self.clock)
        return self._workspace

    def adopt(self, workspace: Workspace) -> None:
        """Use a workspace opened elsewhere (e.g. after restoring a backup at start-up)."""
        self._workspace = workspace

    def close(self) -> None:
        """Close the real workspace if it was opened."""
        if self._workspace is not None:
            self._workspace.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.open(), name)


def _import_quietly() -> None:
    for name in _WARM_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the real open reports any problem in plain words
            return
