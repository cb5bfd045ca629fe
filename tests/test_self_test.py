"""casekeeper --self-test checks a whole installation and says so."""

from __future__ import annotations

import io

from casekeeper.self_test import run_self_test


def test_the_self_test_passes_and_lists_what_it_checked() -> None:
    out = io.StringIO()
    assert run_self_test(out) == 0
    lines = out.getvalue().splitlines()
    assert lines[-1] == "self-test passed"
    assert len([line for line in lines if line.startswith("ok ")]) == 10
    assert not [line for line in lines if line.startswith("FAILED")]
