"""Fixtures of the system tests: a session bus whose notification server records (and clicks)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.system.dbus_session import Bus, start_bus


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[Bus]:
    """A bus whose server closes each notification as dismissed."""
    started = start_bus(tmp_path, "close")
    yield started
    started.stop()


@pytest.fixture
def clicking_bus(tmp_path: Path) -> Iterator[Bus]:
    """A bus whose server clicks each notification (ActionInvoked), as the person does."""
    started = start_bus(tmp_path, "click")
    yield started
    started.stop()
