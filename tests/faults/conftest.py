"""Fault injection helpers: an ordinary user (permissions), a small full disk, the CLI in-process.

Root ignores permissions and a full disk needs a small filesystem, so CI runs this folder a second
time as an ordinary user with ``CASEKEEPER_FAULT_DISK`` naming a small tmpfs it owns (see .ci/run).
Under root, or without that disk, the tests that need them are skipped.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casekeeper.cli.main import main

DISK_ENV = "CASEKEEPER_FAULT_DISK"

as_ordinary_user = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="root ignores permissions: CI runs these as an ordinary user (.ci/run)")


@dataclass
class Run:
    """One CLI call: exit status and what it printed."""

    code: int
    out: str
    err: str


def cli(folder: Path, *argv: str) -> Run:
    """``casekeeper-cli --data-dir folder argv...`` in this process."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(folder), *argv], stdout=out, stderr=err)
    return Run(code, out.getvalue(), err.getvalue())


class SmallDisk:
    """A folder on a small filesystem, and a way to fill it up."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler.bin"

    def fill(self, leave: int = 0) -> None:
        """Write a file until only about ``leave`` bytes are free."""
        free = shutil.disk_usage(self.root).free
        with self._filler.open("ab") as handle:
            remaining = max(0, free - leave)
            block = b"\0" * 65536
            with contextlib.suppress(OSError):
                while remaining > 0:
                    remaining -= handle.write(block[: min(len(block), remaining)])
                    handle.flush()

    def free_up(self) -> None:
        """Remove the filler."""
        self._filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk() -> Iterator[SmallDisk]:
    """A fresh folder on the small disk named by CASEKEEPER_FAULT_DISK (skipped without one)."""
    base = os.environ.get(DISK_ENV)
    if not base:
        pytest.skip(f"needs a small filesystem named by {DISK_ENV} (CI mounts a tmpfs)")
    root = Path(base) / f"t{os.getpid()}-{len(os.listdir(base))}"
    root.mkdir()
    disk = SmallDisk(root)
    try:
        yield disk
    finally:
        disk.free_up()
        shutil.rmtree(root, ignore_errors=True)
