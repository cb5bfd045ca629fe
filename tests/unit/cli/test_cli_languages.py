"""casekeeper-cli speaks the person's language: ``--lang`` or the system locale, in a real process.

Each command runs as ``python -m casekeeper.cli.main`` in a second process, as a person would run
it, so that the locale comes from the environment and nothing of the test process leaks in. The
output is scanned for English words the catalogues translate; amounts and dates must be written
the language's way (Babel). Texts that come from the rulepacks are not judged here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casekeeper.cli.arguments import system_language
from casekeeper.i18n.formats import long_date

ROOT = Path(__file__).resolve().parents[3]
# English words of the CLI's own frames (labels, states, errors) that a German or Swedish reader
# must not meet; none of them is a German or Swedish word.
ENGLISH = frozenset(
    {
        "the",
        "and",
        "with",
        "does",
        "exist",
        "case",
        "contact",
        "contacts",
        "promise",
        "promises",
        "overdue",
        "broken",
        "interactions",
        "evidence",
        "stages",
        "merchant",
        "amount",
        "product",
        "purchased",
        "remedy",
        "verified",
        "nothing",
        "error",
        "warning",
        "closed",
        "opens",
        "closes",
        "hours",
        "until",
        "wait",
        "next",
        "step",
        "why",
        "how",
        "your",
        "missed",
        "pending",
        "days",
        "last",
        "unnamed",
        "agent",
        "due",
        "from",
        "of",
        "was",
        "were",
        "found",
        "trash",
        "empty",
        "backups",
        "yet",
        "accepted",
        "give",
        "number",
        "whole",
        "minutes",
        "part",
        "every",
        "file",
        "files",
        "entries",
        "entry",
        "country",
        "company",
        "stage",
        "open",
        "now",
        "source",
    }
)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


Cli = Callable[..., Run]


def _environment(locale: str | None) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
    }
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), env.get("PYTHONPATH", "")])
    if locale is not None:
        env["LANG"] = locale
    return env


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case in Germany: a chat with a promise now overdue, a formal complaint sent today."""
    data = tmp_path_factory.mktemp("languages") / "data"
    today = datetime.now(UTC).date().isoformat()
    steps = [
        [
            "case",
            "add",
            "--title",
            "Jacke nie geliefert",
            "--merchant",
            "Nordvik",
            "--amount",
            "1299.99",
            "--currency",
            "EUR",
            "--country",
            "DE",
            "--purchase-date",
            "2026-11-02",
        ],
        [
            "log",
            "1",
            "--channel",
            "chat",
            "--at",
            "2026-11-20T10:00",
            "--agent",
            "Anna",
            "--promise",
            "Erstattung",
            "--promise-due",
            "2026-11-25",
        ],
        ["escalate", "1", "--stage", "formal-complaint", "--at", f"{today}T09:00"],
    ]
    for argv in steps:
        done = _run(data, argv, None)
        assert done.code == 0, done.err
    return data


def _run(data: Path, argv: list[str], locale: str | None) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(locale),
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="module")
def cli(folder: Path) -> Cli:
    def run(*argv: str, locale: str | None = None) -> Run:
        return _run(folder, list(argv), locale)

    return run


def english_words(text: str) -> set[str]:
    """The frame words of ``text`` that are English (user data here is German on purpose)."""
    return {word for word in re.findall(r"[A-Za-z]+", text.lower()) if word in ENGLISH}


@pytest.mark.parametrize(
    ("language", "amount", "day", "words"),
    [
        ("de", "1.299,99\xa0€", "20. Nov. 2026", ("offen", "Kontakt", "überfällige Zusage")),
        ("sv", "1\xa0299,99\xa0€", "20 nov. 2026", ("öppet", "kontakt", "försenat löfte")),
    ],
)
def test_case_list_and_show_are_in_the_language(
    cli: Cli, language: str, amount: str, day: str, words: tuple[str, ...]
) -> None:
    listing = cli("case", "list", "--lang", language)
    shown = cli("case", "show", "1", "--lang", language)
    assert listing.code == shown.code == 0, listing.err + shown.err
    for text in (listing.out, shown.out):
        assert not english_words(text), english_words(text)
        assert amount in text and day in text
        assert not ISO_DATE.search(text)
    assert all(word in listing.out for word in words)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE.UTF-8", "[offen,"),
        ("de_AT.UTF-8", "[offen,"),
        ("sv_FI.UTF-8", "[öppet,"),
        ("sv_SE.UTF-8", "[öppet,"),
        ("fr_BE.UTF-8", "[en cours,"),
        ("en_US.UTF-8", "[open,"),
        ("pt_PT.UTF-8", "[open,"),
    ],
)
def test_without_lang_the_system_locale_decides(cli: Cli, locale: str, expected: str) -> None:
    done = cli("case", "list", locale=locale)
    assert done.code == 0 and expected in done.out, done.out + done.err


def test_the_system_language_reads_lc_all_then_lc_messages_then_lang() -> None:
    assert system_language({"LANG": "de_AT.UTF-8"}) == "de"
    assert system_language({"LC_MESSAGES": "sv_FI", "LANG": "de_DE"}) == "sv"
    assert system_language({"LC_ALL": "fr_CA.UTF-8", "LC_MESSAGES": "sv_SE"}) == "fr"
    assert system_language({"LANG": "C.UTF-8"}) == "en"
    assert system_language({}) == "en"


@pytest.mark.parametrize(
    ("language", "labels", "wait"),
    [
        ("de", ("Nächster Schritt:", "Warum:", "Wie:"), "Warten Sie bis zum {date}"),
        ("sv", ("Nästa steg:", "Varför:", "Hur:"), "Vänta till den {date}"),
    ],
)
def test_next_says_its_labels_and_the_waiting_date_in_the_language(
    cli: Cli, language: str, labels: tuple[str, ...], wait: str
) -> None:
    done = cli("next", "1", "--lang", language)
    assert done.code == 0, done.err
    assert all(label in done.out for label in labels), done.out
    for english in ("Next step:", "Why:", "How:", "Wait until", "Their clock:", "Source:"):
        assert english not in done.out
    waited = re.search(r"(?:Warten Sie bis zum|Vänta till den) (.+?)(?:,| innan)", done.out)
    assert waited, done.out
    as_json = json.loads(cli("next", "1", "--json", "--lang", language).out)
    day = datetime.strptime(as_json["wait_until"], "%Y-%m-%d").date()  # JSON keeps ISO dates
    assert wait.format(date=long_date(day, language)) in done.out
    assert not ISO_DATE.search(waited.group(0))


@pytest.mark.parametrize(
    ("language", "frame"), [("de", "Fall 1 (Jacke nie geliefert)"), ("sv", "ärende 1 (Jacke nie geliefert)")]
)
def test_due_writes_dates_and_its_frame_in_the_language(cli: Cli, language: str, frame: str) -> None:
    done = cli("due", "--lang", language)
    assert done.code == 0, done.err
    assert frame in done.out and "case 1" not in done.out
    assert not ISO_DATE.search(done.out), done.out


@pytest.mark.parametrize(
    ("language", "words", "english"),
    [
        ("de", ("Klarna in Deutschland", "Öffnungszeiten:", "Quelle:"), ("hours:", "source:", " at ")),
        ("sv", ("Klarna i Tyskland", "öppettider:", "källa:"), ("hours:", "source:", " at ")),
    ],
)
def test_hours_frame_is_in_the_language(
    cli: Cli, language: str, words: tuple[str, ...], english: tuple[str, ...]
) -> None:
    done = cli("hours", "--country", "DE", "--lang", language)
    assert done.code == 0, done.err
    assert all(word in done.out for word in words), done.out
    assert not any(word in done.out for word in english)
    assert not re.search(r"\b(?:open now|closed|opens|closes)\b", done.out)


@pytest.mark.parametrize(
    ("language", "verified", "done_line"),
    [
        ("de", "geprüft: die Falldatei", "Alle Teile sind geprüft."),
        ("sv", "kontrollerat: ärendefilen", "Alla delar är kontrollerade."),
    ],
)
def test_check_reports_in_the_language(cli: Cli, language: str, verified: str, done_line: str) -> None:
    done = cli("check", "--lang", language)
    assert done.code == 0, done.err
    assert verified in done.out and done_line in done.out
    assert not english_words(done.out), english_words(done.out)


MISSING_CASE = {
    "en": "error: case 999 does not exist; check the number",
    "fr": "erreur : le dossier 999 n'existe pas ; vérifiez le numéro",
    "de": "Fehler: Fall 999 existiert nicht; prüfen Sie die Nummer",
    "sv": "fel: ärende 999 finns inte; kontrollera numret",
}
WRONG_MINUTES = {
    "en": "error: --wait-minutes: 'abc' is not accepted; give a whole number of minutes, e.g. 12",
    "fr": "erreur : --wait-minutes : 'abc' n'est pas accepté ; indiquez un nombre entier de "
    "minutes, par ex. 12",
    "de": "Fehler: --wait-minutes: 'abc' wird nicht angenommen; geben Sie eine ganze Zahl von "
    "Minuten an, z. B. 12",
    "sv": "fel: --wait-minutes: 'abc' godtas inte; ange ett heltal minuter, t.ex. 12",
}


@pytest.mark.parametrize("language", ["en", "fr", "de", "sv"])
def test_errors_are_told_in_each_of_the_four_languages(cli: Cli, language: str) -> None:
    missing = cli("case", "show", "999", "--lang", language)
    assert missing.code == 2 and MISSING_CASE[language] in missing.err, missing.err
    wrong = cli("log", "1", "--channel", "chat", "--wait-minutes=abc", "--lang", language)
    assert wrong.code == 2 and WRONG_MINUTES[language] in wrong.err, wrong.err


def test_an_error_follows_the_system_locale(cli: Cli) -> None:
    done = cli("case", "show", "999", locale="de_DE.UTF-8")
    assert done.code == 2 and MISSING_CASE["de"] in done.err


def test_json_stays_language_neutral(cli: Cli) -> None:
    outputs = {
        language: cli("case", "show", "1", "--json", "--lang", language).out
        for language in ("en", "de", "sv")
    }
    assert outputs["en"] == outputs["de"] == outputs["sv"]
    assert json.loads(outputs["de"])["status"] == "open"
