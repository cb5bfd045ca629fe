"""The scenario book (docs/advice-scenarios.md): every situation recorded through the CLI and
every expected value checked against ``next --json`` and ``due --all --json``."""

from __future__ import annotations

import io
import json
import re
import shlex
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from casekeeper.cli.main import main as cli_main
from casekeeper.services.clock import FixedClock

BOOK = Path(__file__).resolve().parents[3] / "docs" / "advice-scenarios.md"
_BLOCK = re.compile(r"^### (?P<title>[^\n]+)\n(?P<body>.*?)```scenario\n(?P<lines>.*?)```",
                    re.DOTALL | re.MULTILINE)
_CLOCK = re.compile(r"^(?P<key>\S+): (?P<due>\S+) (?P<state>\S+) from (?P<anchor>\S+) "
                    r"(?P<date>\S+)(?: (?P<level>\S+))?$")


@dataclass
class Scenario:
    """One situation of the book: its steps and its expectations."""

    title: str
    lines: list[str] = field(default_factory=list)


def _scenarios() -> list[Scenario]:
    text = BOOK.read_text(encoding="utf-8")
    return [Scenario(match["title"], [line.strip() for line in match["lines"].splitlines()
                                      if line.strip()]) for match in _BLOCK.finditer(text)]


SCENARIOS = _scenarios()


def test_the_book_has_at_least_25_situations_in_every_market() -> None:
    assert len(SCENARIOS) >= 25
    markets = {scenario.title.split("-")[0] for scenario in SCENARIOS}
    assert {"FR", "GB", "DE", "AT", "SE", "US", "PL"} <= markets


class Runner:
    """The CLI against one data folder, at noon UTC of one day."""

    def __init__(self, data_dir: Path, today: date) -> None:
        self.data_dir = data_dir
        self.clock = FixedClock(datetime(today.year, today.month, today.day, 12, tzinfo=UTC),
                                "UTC")

    def __call__(self, *argv: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        code = cli_main(["--data-dir", str(self.data_dir), *argv], clock=self.clock, stdout=out,
                        stderr=err)
        assert code == 0, f"{' '.join(argv)}: {err.getvalue()}"
        return out.getvalue()


def _value(data: Any, path: str) -> Any:
    for part in path.split("."):
        if isinstance(data, list) and part.isdigit():
            data = data[int(part)] if int(part) < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
    return data


def _check_next(step: dict[str, Any] | None, name: str, expected: str) -> None:
    assert step is not None, "no next step was suggested"
    if name == "tracks":
        assert ",".join(track["id"] for track in step["tracks"]) == expected
    elif name in ("warnings", "limits"):
        assert len(step[name]) == int(expected), step[name]
    elif name.endswith("~"):
        assert expected in str(_value(step, name.removesuffix("~"))), (name, step)
    else:
        assert str(_value(step, name)) == expected, (name, step)


def _check_clock(views: list[dict[str, Any]], spec: str) -> None:
    match = _CLOCK.match(spec)
    assert match, f"cannot read the expectation {spec!r}"
    found = [view for view in views if view["key"].startswith(match["key"])]
    assert len(found) == 1, f"{match['key']}: {[view['key'] for view in views]}"
    view = found[0]
    got = (view["due"], view["state"], view["anchor"]["event"], view["anchor"]["date"])
    assert got == (match["due"], match["state"], match["anchor"], match["date"]), view
    if match["level"] and match["level"] != "-":
        assert view["level"] == match["level"], view


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.title.split(":")[0] for s in SCENARIOS])
def test_scenario(scenario: Scenario, tmp_path: Path) -> None:
    today = date.fromisoformat(next(line.split(": ", 1)[1] for line in scenario.lines
                                    if line.startswith("today: ")))
    cli = Runner(tmp_path / "data", today)
    case_id = ""
    expectations = []
    sent_letter: dict[str, Any] = {}
    for line in scenario.lines:
        head, _, rest = line.partition(": ")
        if head == "case":
            case_id = cli("case", "add", "--title", scenario.title, *shlex.split(rest)).strip()
        elif head == "log":
            channel, at, direction, outcome, *extra = shlex.split(rest)
            cli("log", case_id, "--channel", channel, "--at", at, "--direction", direction,
                "--outcome", outcome, "--summary", f"{channel} {outcome}", *extra)
        elif head == "letter":
            kind, at = rest.split()
            sent_letter = json.loads(cli("letter", case_id, "--kind", kind, "-o",
                                         str(tmp_path / f"{kind}.txt"), "--sent-at", at,
                                         "--json"))
        elif head == "escalate":
            stage, at = rest.split()
            cli("escalate", case_id, "--stage", stage, "--at", at)
        elif head != "today":
            expectations.append(line)
    step = json.loads(cli("next", case_id, "--json") or "null")
    views = [view for view in json.loads(cli("due", "--all", "--json"))
             if str(view["case_id"]) == case_id]
    for line in expectations:
        head, _, rest = line.partition(": ")
        if line == "next: none":
            assert step is None, step
        elif head.startswith("next "):
            _check_next(step, head.removeprefix("next "), rest)
        elif head.startswith("clock "):
            _check_clock(views, f"{head.removeprefix('clock ')}: {rest}")
        elif head.startswith("limit "):
            assert step is not None
            _check_clock(step["limits"], f"{head.removeprefix('limit ')}: {rest}")
        elif head.startswith("clock-words "):
            key = head.removeprefix("clock-words ")
            [view] = [view for view in views if view["key"].startswith(key)]
            assert rest in view["started_by"], view["started_by"]
        elif head.startswith("sent-letter "):
            assert str(_value(sent_letter, head.removeprefix("sent-letter "))) == rest, \
                sent_letter
        elif head.startswith("no clock "):
            key = head.removeprefix("no clock ")
            assert not [view for view in views if view["key"].startswith(key)]
            assert step is None or not [v for v in step["limits"] if v["key"].startswith(key)]
        else:
            raise AssertionError(f"unknown line in the scenario book: {line!r}")
