"""Random or hostile text in any CLI argument ends in a result or a one-line refusal, never a bug."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casekeeper.cli.parser import build_parser

_OUTPUTS = {"-o", "--output"}


def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
            ) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _leaves(sub, (*prefix, name))
    return found or [(prefix, parser)]


def _slots() -> list[tuple[tuple[str, ...], list[str], str | None]]:
    """(command words, positional placeholders, option taking a value or None for a positional)."""
    slots = []
    for words, parser in _leaves(build_parser()):
        positionals = [a.dest for a in parser._actions if not a.option_strings
                       and not isinstance(a, argparse._SubParsersAction)]
        options = [a.option_strings[-1] for a in parser._actions if a.option_strings
                   and a.nargs != 0 and not set(a.option_strings) & _OUTPUTS
                   and a.dest not in {"help", "version", "data_dir"}]
        slots += [(words, positionals, option) for option in options]
        slots += [(words, positionals, f"#{i}") for i in range(len(positionals))]
    return slots


SLOTS = _slots()
TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["", "-1", "0", "NaN", "1e30", "12,5O", "9999-12-31", "0001-01-01",
                     "2026-01-01T10:00+25:00", "2026-03-29T02:30", "\u202e\u0645\u0631\u062d\u0628\u0627",
                     "a\x00b", "\x1b[31m", "../../etc/passwd", "🙂" * 50, "x" * 5000]))


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(slot=st.sampled_from(SLOTS), value=TEXT)
def test_any_text_in_any_argument_is_never_a_bug(cli, paths, tmp_path: Path, slot, value: str) -> None:  # type: ignore[no-untyped-def]
    words, positionals, where = slot
    filled = ["1"] * len(positionals)
    argv = list(words)
    if where is not None and where.startswith("#"):
        filled[int(where[1:])] = value
        argv += filled
    else:
        argv += filled
        if where is not None:
            argv += [where, value]
    if any(word in {"dossier", "letter", "calendar", "export", "salvage"} for word in words):
        argv += ["-o", str(tmp_path / "out.bin")]
    if words[:1] == ("escalate",) and where != "--stage":
        argv += ["--stage", "supervisor"]
    if words[:1] == ("log",) and where != "--channel":
        argv += ["--channel", "chat"]
    if not paths.database.exists():
        cli("case", "add", "--title", "Target")
    result = cli(*argv)
    assert result.code in (0, 2), (argv, result.err)
    assert "Traceback" not in result.err
    if result.code == 2:
        assert result.err.startswith("error: ") and result.err.count("\n") == 1


@pytest.mark.parametrize(("argv", "words"), [
    (["log", "{case}", "--channel", "chat", "--at", "2026-01-01T10:00+25:00"], "--at"),
    (["log", "{case}", "--channel", "chat", "--at", "9999-12-31T10:00Z"], "--at"),
    (["log", "{case}", "--channel", "chat", "--at", "0001-01-01T10:00Z"], "--at"),
    (["case", "add", "--title", "x", "--purchase-date", "9999-01-01"], "between"),
])
def test_impossible_dates_are_refused(cli, argv: list[str], words: str) -> None:  # type: ignore[no-untyped-def]
    case = cli("case", "add", "--title", "T").out.strip()
    result = cli(*[a.replace("{case}", case) for a in argv])
    assert result.code == 2 and words in result.err


def test_control_characters_and_right_to_left_text_round_trip_or_are_refused(cli) -> None:  # type: ignore[no-untyped-def]
    case = cli("case", "add", "--title", "T").out.strip()
    rtl = "\u0627\u0644\u0637\u0644\u0628 \u202bembedded\u202c"
    assert cli("log", case, "--channel", "chat", "--summary", rtl).code == 0
    assert rtl in cli("case", "show", case, "--json").out.encode().decode("unicode_escape",
                                                                          "ignore") or \
        rtl in cli("case", "show", case, "--json").out
    refused = cli("log", case, "--channel", "chat", "--summary", "bell\x07here")
    assert refused.code in (0, 2) and "Traceback" not in refused.err


def test_an_archive_name_too_long_for_the_system_is_refused_plainly(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("import", "x" * 5000)
    assert result.code == 2 and "cannot be read" in result.err
