"""The window's own options: ``--case`` is what a reminder's notification starts it with."""

from __future__ import annotations

import pytest

from casekeeper.app import parse_arguments


def test_the_window_accepts_a_case_to_open_at() -> None:
    assert parse_arguments(["--data-dir", "/tmp/x", "--case", "12"]).case == 12
    assert parse_arguments([]).case is None


def test_a_case_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(SystemExit):
        parse_arguments(["--case", "twelve"])
