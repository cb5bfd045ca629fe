"""Shared fixtures: a data folder in tmp_path, a fixed clock, the CLI runner, no network."""

from __future__ import annotations

import io
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casekeeper.cli.main import main as cli_main
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # tests never need a display

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Case Keeper never opens a network connection; any attempt fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Case Keeper tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Platform folders point into a temporary directory so no test touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("CASEKEEPER_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _no_rulepack_cache_after_the_test() -> Iterator[None]:
    """A test that starts the app in this process names a cache folder; the next test has none."""
    yield
    from casekeeper.knowledge.pack_cache import keep_in

    keep_in(None)


@pytest.fixture
def clock() -> FixedClock:
    """Tuesday 24 November 2026, 10:30 in Paris."""
    return FixedClock(NOW, "Europe/Paris")


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    """A data folder of our own."""
    root = tmp_path / "data"
    return DataPaths(data_dir=root, config_dir=root / "config")


@pytest.fixture
def workspace(paths: DataPaths, clock: FixedClock) -> Iterator[Workspace]:
    """An opened, migrated data folder with every service."""
    opened = open_workspace(paths, clock)
    yield opened
    opened.close()


@dataclass
class CliResult:
    """What one CLI call returned and printed."""

    code: int
    out: str
    err: str


@pytest.fixture
def cli(paths: DataPaths, clock: FixedClock):  # type: ignore[no-untyped-def]
    """Run ``casekeeper-cli`` in-process against the test data folder."""

    def run(*argv: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        code = cli_main(["--data-dir", str(paths.data_dir), *argv], clock=clock, stdout=out,
                        stderr=err)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
