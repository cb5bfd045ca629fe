"""casekeeper-cli's help and argparse's own messages follow ``--lang`` or the system locale.

Each command runs in a second process, as a person would run it. Command names, option names and
the values the options take (channels, stages, letter kinds) are never translated; every other
word of the help and of a usage error must belong to the chosen language.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from casekeeper.cli.argparse_language import MESSAGES, argparse_speaks
from casekeeper.cli.arguments import language_in
from casekeeper.cli.main import main
from casekeeper.cli.parser import build_parser
from casekeeper.i18n import translator
from casekeeper.i18n.markers import Plural
from tests.language_scan import foreign_words, words

ROOT = Path(__file__).resolve().parents[3]
ERROR = {"en": "error: ", "fr": "erreur : ", "de": "Fehler: ", "sv": "fel: "}
USAGE = {"en": "usage: ", "fr": "utilisation : ", "de": "Aufruf: ", "sv": "användning: "}
# (how the language is chosen, the language): --lang, or the locale without --lang
CHOSEN = [
    (["--lang", "de"], None, "de"),
    (["--lang=sv"], None, "sv"),
    (["--lang", "fr"], None, "fr"),
    ([], "de_DE.UTF-8", "de"),
]
SAME_WORD = {"options", "%(heading)s:", "argument %(argument_name)s: %(message)s"}  # fr, de, sv
RUNS = {
    "help": (["--help"], 0),
    "case help": (["case", "--help"], 0),
    "log help": (["log", "--help"], 0),
    "missing required": (["letter", "1"], 2),
    "invalid choice": (["case", "lst"], 2),
    "unrecognized": (["case", "list", "--bogus"], 2),
    "missing value": (["case", "list", "--status"], 2),
}


def _values() -> set[str]:
    """The words of the grammar that stay as typed: command names, choices and the help texts
    that only list values (not in the catalogues)."""
    kept: set[str] = set()
    german = translator("de")

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    kept.update(words(name.replace("-", " ")))
                    walk(sub)
            elif action.help and german.gettext(action.help) == action.help:
                kept.update(words(action.help.replace("-", " ")))

    walk(build_parser())
    return kept | {"casekeeper", "cli"}


VALUES = _values()


def _run(argv: list[str], locale: str | None, data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), env.get("PYTHONPATH", "")])
    env["COLUMNS"] = "100"
    if locale is not None:
        env["LANG"] = locale
    return subprocess.run(
        [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("run", list(RUNS))
@pytest.mark.parametrize(("lang", "locale", "language"), CHOSEN)
def test_help_and_usage_errors_are_in_the_language(
    tmp_path: Path, run: str, lang: list[str], locale: str | None, language: str
) -> None:
    argv, code = RUNS[run]
    done = _run([*argv, *lang], locale, tmp_path / "data")
    assert done.returncode == code, done.stderr
    text = done.stdout if code == 0 else done.stderr
    assert "Traceback" not in done.stderr
    foreign = foreign_words(text, language, allowed=VALUES)
    assert not foreign, "\n".join(map(str, foreign))
    if code == 0:
        assert text.startswith(USAGE[language]), text
    else:
        assert text.startswith(ERROR[language]) and text.count("\n") == 1, text
    assert not (tmp_path / "data").exists()  # a usage error or the help touches no data folder


@pytest.mark.parametrize("run", list(RUNS))
def test_english_is_unchanged(tmp_path: Path, run: str) -> None:
    argv, code = RUNS[run]
    plain = _run(argv, "C.UTF-8", tmp_path / "data")
    chosen = _run([*argv, "--lang", "en"], "de_DE.UTF-8", tmp_path / "data")
    assert plain.returncode == chosen.returncode == code
    if code == 0:
        assert plain.stdout == chosen.stdout
        assert plain.stdout.startswith("usage: casekeeper-cli")
        assert "show this help message and exit" in plain.stdout
    else:
        assert chosen.stderr.startswith("error: casekeeper-cli")
        assert plain.stderr == chosen.stderr.replace(" [--lang LANG]", "")


def test_lang_may_come_before_the_command(tmp_path: Path) -> None:
    helped = _run(["--lang", "de", "case", "--help"], None, tmp_path / "data")
    assert helped.returncode == 0 and helped.stdout.startswith("Aufruf: casekeeper-cli case"), helped.stderr
    listed = _run(["--lang", "sv", "case", "list"], None, tmp_path / "data")
    assert listed.returncode == 0 and listed.stdout.startswith("Inga ärenden"), listed.stdout
    told = _run(["--lang", "sv", "case", "list", "--lang", "fr"], None, tmp_path / "data")
    assert told.returncode == 0 and "Inga ärenden" not in told.stdout, told.stdout


def test_english_help_keeps_argparse_names() -> None:
    done = _run(["log", "--help", "--lang", "en"], None, Path("/nonexistent/casekeeper"))
    for expected in ("positional arguments:", "options:", "--agent AGENT", "--at AT", "  id  "):
        assert expected in done.stdout, done.stdout


def test_the_german_help_names_values_in_german_and_keeps_options_and_commands() -> None:
    done = _run(["log", "--help", "--lang", "de"], None, Path("/nonexistent/casekeeper"))
    for expected in (
        "Aufruf: casekeeper-cli log",
        "--channel WERT",
        "--at ZEITPUNKT",
        "NUMMER",
        "diese Hilfe anzeigen und beenden",
        "help-centre, chat, app",
    ):
        assert expected in done.stdout, done.stdout


@pytest.mark.parametrize(
    ("argv", "env", "expected"),
    [
        (["case", "list", "--lang", "sv"], {}, "sv"),
        (["case", "list", "--lang=fr"], {"LANG": "de_DE.UTF-8"}, "fr"),
        (["case", "list"], {"LANG": "de_AT.UTF-8"}, "de"),
        (["case", "list", "--lang", "xx"], {"LANG": "sv_FI.UTF-8"}, "sv"),
        (["search", "--", "--lang", "de"], {"LANG": "C"}, "en"),
        (["case", "list", "--lang"], {}, "en"),
    ],
)
def test_the_language_is_found_before_parsing(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], env: dict[str, str], expected: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert language_in(argv) == expected


def test_argparse_gets_its_own_gettext_back(capsys: pytest.CaptureFixture[str]) -> None:
    before = (vars(argparse)["_"], vars(argparse)["ngettext"])
    assert main(["case", "lst", "--lang", "de"]) == 2
    assert main(["--help", "--lang", "sv"]) == 0
    assert (vars(argparse)["_"], vars(argparse)["ngettext"]) == before
    with argparse_speaks(translator("fr")):
        assert vars(argparse)["_"]("usage: ") == "utilisation : "
    assert vars(argparse)["_"]("usage: ") == "usage: "
    capsys.readouterr()


@pytest.mark.parametrize("language", ["fr", "de", "sv"])
def test_every_argparse_message_is_translated_with_its_placeholders(language: str) -> None:
    tr = translator(language)
    for message in MESSAGES:
        if isinstance(message, Plural):
            pairs = [(message.plural, tr.ngettext(message.singular, message.plural, 2))]
        else:
            pairs = [(message, tr.gettext(message))]
        for english, said in pairs:
            assert said and (said != english or english in SAME_WORD), (language, english)
            assert sorted(re.findall(r"%(?:\(\w+\))?[sr]", said)) == sorted(
                re.findall(r"%(?:\(\w+\))?[sr]", english)
            )
