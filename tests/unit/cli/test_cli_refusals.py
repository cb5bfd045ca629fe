"""Every wrong value: one line on stderr naming the field, exit status 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def case_id(cli) -> str:  # type: ignore[no-untyped-def]
    result = cli("case", "add", "--title", "Refund never arrived", "--merchant", "Shop")
    assert result.code == 0
    return result.out.strip()


def _snapshot(cli, case_id: str) -> str:  # type: ignore[no-untyped-def]
    return cli("case", "show", case_id, "--json").out + cli("case", "list", "--json").out


BAD = [
    (["log", "999", "--channel", "chat"], "case 999 does not exist"),
    (["log", "{case}", "--channel", "fax"], "--channel: 'fax'"),
    (["escalate", "{case}", "--stage", "boss"], "--stage: 'boss'"),
    (["log", "{case}", "--channel", "chat", "--at", "2026-02-30T10:00"], "does not exist"),
    (["log", "{case}", "--channel", "chat", "--at", "yesterday"], "--at: 'yesterday'"),
    (["case", "add", "--title", "x", "--amount", "12,5O"], "--amount: '12,5O'"),
    (["case", "add", "--title", "x", "--amount", "-3"], "--amount: '-3'"),
    (["case", "add", "--title", "x", "--amount", "NaN"], "--amount: 'NaN'"),
    (["case", "add", "--title", "x", "--amount", "1e30"], "--amount: '1e30'"),
    (["case", "add", "--title", ""], "title: ''"),
    (["case", "add", "--title", "x", "--country", "Francia"], "country: 'Francia'"),
    (["case", "add", "--title", "x", "--purchase-date", "0001-01-01"], "between"),
    (["attach", "{case}", "/no/such/file.pdf"], "file: '/no/such/file.pdf'"),
    (["log", "{case}", "--channel", "chat", "--wait-minutes", "lots"], "--wait-minutes: 'lots'"),
    (["log", "{case}", "--channel", "chat", "--promise-due", "2026-11-01"], "--promise-due"),
    (["log", "abc", "--channel", "chat"], "case: 'abc'"),
    (["case", "show", "-4"], ""),
    (["frobnicate"], "invalid choice"),
    (["log", "{case}"], "--channel"),
]


@pytest.mark.parametrize(("argv", "message"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_input_is_refused_in_one_line_and_nothing_is_written(
        cli, case_id: str, argv: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(cli, case_id)
    result = cli(*[arg.replace("{case}", case_id) for arg in argv])
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("error: ")
    assert message in result.err
    assert "Traceback" not in result.err
    assert _snapshot(cli, case_id) == before


def test_an_unreadable_file_is_refused(cli, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    result = cli("attach", case_id, str(folder))
    assert result.code == 2
    assert "regular file" in result.err


def test_an_unexpected_failure_shows_no_traceback(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from casekeeper.services.cases import CaseService

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(CaseService, "summaries", broken)
    result = cli("case", "list")
    assert result.code == 1
    assert "Traceback" not in result.err and "ZeroDivisionError" not in result.err
    assert "unexpected problem" in result.err


def test_help_exits_zero(cli, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert cli("--help").code == 0
    assert "casekeeper-cli" in capsys.readouterr().out


def test_json_of_an_empty_list_is_an_empty_array(cli) -> None:  # type: ignore[no-untyped-def]
    assert json.loads(cli("case", "list", "--json").out) == []


@pytest.mark.parametrize("argv", [
    ["attach", "{case}", "\x00"],
    ["attach", "{case}", "photo\x00.png"],
    ["log", "{case}", "--channel", "chat", "--summary", "a\x00b"],
    ["dossier", "{case}", "-o", "out\x00.pdf"],
    ["log", "{case}", "--channel", "chat", "--transcript-file", "t\x00.txt"],
])
def test_a_nul_character_anywhere_is_refused_in_plain_words(cli, case_id: str,  # type: ignore[no-untyped-def]
                                                            argv: list[str]) -> None:
    before = _snapshot(cli, case_id)
    result = cli(*[arg.replace("{case}", case_id) for arg in argv])
    assert result.code == 2, result.err
    assert "NUL character" in result.err
    assert _snapshot(cli, case_id) == before
