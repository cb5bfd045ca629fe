"""``casekeeper-cli letter`` reads the case with plain sqlite3 when it can: the same letter and the
same words, without the ORM; anything else takes the ordinary open."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from casekeeper.paths import DataPaths


@pytest.fixture
def case_id(cli) -> str:  # type: ignore[no-untyped-def]
    ident = cli(
        "case",
        "add",
        "--title",
        "Colis endommagé",
        "--merchant",
        "Maison Lumière",
        "--order-ref",
        "ML-2291",
        "--amount",
        "129,99",
        "--country",
        "FR",
        "--name",
        "Camille Martin",
        "--address",
        "14 rue des Lilas\n69003 Lyon",
        "--email",
        "camille.martin@example.fr",
    ).out.strip()
    cli(
        "log",
        ident,
        "--channel",
        "phone",
        "--at",
        "2026-10-14T09:10+02:00",
        "--agent",
        "Malik",
        "--human",
        "--ref",
        "PH-1",
        "--summary",
        "Supervisor requested",
    )
    cli("stage", ident, "formal-complaint", "--at", "2026-10-20T10:00+02:00", "--ref", "1A2B")
    return ident


def _without_quick_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("casekeeper.services.quick_letters.read_case_for_letter", lambda *_args: None)


@pytest.mark.parametrize(
    "kind", ["data-access-request", "formal-complaint", "internal-review", "promise-chaser"]
)
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_quick_letter_is_the_ordinary_letter(
    cli,
    case_id: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    lang: str,
) -> None:
    for json_flag in ((), ("--json",)):
        quick = cli(
            "letter", case_id, "--kind", kind, "-o", str(tmp_path / "quick.txt"), "--lang", lang, *json_flag
        )
        with monkeypatch.context() as patch:
            _without_quick_path(patch)
            ordinary = cli(
                "letter",
                case_id,
                "--kind",
                kind,
                "-o",
                str(tmp_path / "ordinary.txt"),
                "--lang",
                lang,
                *json_flag,
            )
        assert (quick.code, quick.err) == (ordinary.code, ordinary.err) == (0, "")
        assert quick.out.replace("quick.txt", "X") == ordinary.out.replace("ordinary.txt", "X")
        assert (tmp_path / "quick.txt").read_bytes() == (tmp_path / "ordinary.txt").read_bytes()


def test_the_quick_letter_imports_neither_the_orm_nor_every_holiday_calendar(  # type: ignore[no-untyped-def]
    cli, case_id: str, paths: DataPaths, tmp_path: Path
) -> None:
    target = tmp_path / "access.pdf"
    code = (
        "import io, json, sys\n"
        "from casekeeper.cli.main import main\n"
        f"code = main(['--data-dir', {str(paths.data_dir)!r}, 'letter', {case_id!r},\n"
        f"             '--kind', 'formal-complaint', '-o', {str(target)!r}],\n"
        "            stdout=io.StringIO())\n"
        "assert code == 0\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in (\n"
        "    'sqlalchemy', 'sqlmodel', 'alembic', 'pikepdf', 'PySide6', 'holidays'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert [m for m in loaded if not m.startswith("holidays")] == []
    # the calendars the French clocks count on (Klarna's Swedish bank days, the French
    # holidays), not the package's 250 countries
    calendars = {m for m in loaded if m.startswith("holidays.countries")}
    assert calendars and calendars <= {"holidays.countries.france", "holidays.countries.sweden"}
    assert target.read_bytes().startswith(b"%PDF")


def test_an_unknown_case_is_told_by_the_ordinary_path(
    cli,
    case_id: str,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    result = cli("letter", "999", "--kind", "data-access-request", "-o", str(tmp_path / "x.pdf"))
    assert result.code == 2 and "999" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_an_older_case_file_is_migrated_by_the_ordinary_path(
    cli,
    case_id: str,  # type: ignore[no-untyped-def]
    paths: DataPaths,
    tmp_path: Path,
) -> None:
    with closing(sqlite3.connect(paths.database)) as connection, connection:
        head = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        connection.execute("UPDATE alembic_version SET version_num = 'not-ours'")
    result = cli("letter", case_id, "--kind", "data-access-request", "-o", str(tmp_path / "x.pdf"))
    assert result.code == 2 and "Traceback" not in result.err  # the full open explains it
    with closing(sqlite3.connect(paths.database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (head,))
    assert cli("letter", case_id, "--kind", "data-access-request", "-o", str(tmp_path / "x.pdf")).code == 0


def test_a_letter_logged_as_sent_takes_the_ordinary_path(
    cli,
    case_id: str,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    result = cli(
        "letter",
        case_id,
        "--kind",
        "data-access-request",
        "-o",
        str(tmp_path / "l.txt"),
        "--sent-at",
        "2026-11-02T10:00+01:00",
        "--json",
    )
    assert result.code == 0, result.err
    assert json.loads(result.out)["contact"] is not None


def test_the_cli_process_keeps_the_checked_pack_for_the_next_one(  # type: ignore[no-untyped-def]
    cli, case_id: str, paths: DataPaths, tmp_path: Path
) -> None:
    """The first process checks the French pack and stores it in the data folder's cache; the
    second loads it and writes the same letter."""
    written = []
    for run in (1, 2):
        target = tmp_path / f"letter-{run}.txt"
        result = subprocess.run(
            [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(paths.data_dir),
             "letter", case_id, "--kind", "formal-complaint", "-o", str(target)],
            capture_output=True, text=True, check=False, timeout=120,
        )
        assert result.returncode == 0, result.stderr
        written.append(target.read_text("utf-8"))
        stored = sorted(path.name.split(".")[0] for path in (paths.cache_dir / "rulepacks").iterdir())
        assert stored == ["FR"]
    assert written[0] == written[1] and "Klarna complaints team" in written[0]
