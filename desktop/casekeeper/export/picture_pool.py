"""Exhibit pictures prepared on every core while the document is laid out.

Each distinct original is prepared once (a picture shown twice is one file, hence one PDF
object). With more than one core and more than one picture, worker processes (started fresh:
``spawn``, safe beside the window's threads) decode and downscale them in the background; the
layout asks for each picture when it draws its page and waits only if it is not ready yet.
Leaving the ``with`` block ends the workers at once, which is what makes cancel immediate.
The workers import only Pillow and :mod:`casekeeper.export.picture_prep` (never the caller's
script), and if they cannot start at all the pictures are prepared in this process.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import sys
import types
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType
from typing import cast

from casekeeper.export.picture_prep import prepare_picture

Prepared = tuple[Path, int, int]
POLL_S = 0.05
_BROKEN = object()


def usable_cores() -> int:
    """Cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def _without_main() -> Iterator[None]:
    """Workers need only :mod:`casekeeper.export.picture_prep`: hide the caller's main module
    while they start, so ``spawn`` does not run the caller's script again in each of them (a
    script without the ``__main__`` guard would export again there, and wait on its own locks).
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


class PicturePool:
    """Prepares pictures into ``folder``; ``check`` raises when the person cancels."""

    def __init__(self, folder: Path, box: tuple[int, int], check: Callable[[], None],
                 workers: int | None = None) -> None:
        self._folder = folder
        self._box = box
        self._check = check
        self._workers = workers if workers is not None else usable_cores()
        self._sources: dict[str, Path] = {}
        self._pending: dict[str, Future[tuple[str, int, int] | None]] = {}
        self._done: dict[str, Prepared | None] = {}
        self._pool: ProcessPoolExecutor | None = None

    def key_of(self, source: Path) -> str:
        """The name the prepared copy of ``source`` gets (stable: deterministic output)."""
        return "p" + hashlib.sha256(str(source).encode()).hexdigest()[:20]

    def add(self, source: Path) -> str:
        """Ask for ``source`` (once, however often it is asked for); return its key."""
        key = self.key_of(source)
        self._sources.setdefault(key, source)
        return key

    def warm(self, expected: int) -> None:
        """Start the workers early (they take a moment) when ``expected`` pictures will come."""
        if self._pool is None and self._workers >= 2 and expected >= 2:
            self._pool = ProcessPoolExecutor(min(self._workers, expected),
                                             mp_context=multiprocessing.get_context("spawn"))

    def start(self) -> None:
        """Start preparing every picture asked for so far (in the background when it pays)."""
        keys = [k for k in self._sources if k not in self._pending and k not in self._done]
        if self._pool is None and (self._workers < 2 or len(self._sources) < 2):
            return  # prepared on demand, in this process
        self.warm(len(self._sources))
        assert self._pool is not None
        with _without_main():  # workers start as keys are submitted
            for key in keys:
                try:
                    self._pending[key] = self._pool.submit(
                        prepare_picture, str(self._sources[key]), str(self._folder / key),
                        self._box)
                except BrokenProcessPool:  # the workers could not start: prepared here instead
                    return

    def result(self, key: str) -> Prepared | None:
        """The prepared copy (path, pixel width, height), or None when it cannot be read."""
        if key in self._done:
            return self._done[key]
        pending = self._pending.pop(key, None)
        answer = _BROKEN if pending is None else self._wait(pending)
        if answer is _BROKEN:
            self._check()
            made = prepare_picture(str(self._sources[key]), str(self._folder / key), self._box)
        else:
            made = cast("tuple[str, int, int] | None", answer)
        ready = None if made is None else (Path(made[0]), made[1], made[2])
        self._done[key] = ready
        return ready

    def _wait(self, pending: Future[tuple[str, int, int] | None]) -> object:
        """The worker's answer; :data:`_BROKEN` when the workers could not run (then this
        process prepares the picture itself)."""
        while True:
            self._check()
            try:
                return pending.result(timeout=POLL_S)
            except TimeoutError:
                continue
            except BrokenProcessPool:
                return _BROKEN

    def close(self) -> None:
        """End the workers now: work not asked for any more is dropped, none is waited for."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # No public way in 3.11 to reach the workers. Keep the executor's own table (the dict,
        # not a copy): ``shutdown`` sets the attribute to None, so reading it again afterwards
        # found nothing; the dict itself still names every worker the executor started.
        table: dict[int, multiprocessing.process.BaseProcess] = (
            getattr(pool, "_processes", None) or {})
        manager = getattr(pool, "_executor_manager_thread", None)
        pool.shutdown(wait=False, cancel_futures=True)
        ended: set[multiprocessing.process.BaseProcess] = set()
        while alive := [p for p in list(table.values()) if p not in ended]:
            for process in alive:
                if process.is_alive():
                    process.terminate()
            for process in alive:
                process.join()
            ended.update(alive)
        if manager is not None:
            manager.join(timeout=2)  # it notices the ended workers and closes its queues

    def __enter__(self) -> PicturePool:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
