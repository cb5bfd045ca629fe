"""A data folder may be called anything: "#", "?", "%" and spaces stay part of its name."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from casekeeper.cli.main import main as cli_main
from casekeeper.services.clock import FixedClock


@pytest.mark.parametrize("name", ["Cases #2", "What? Klarna", "100% sure", "dossier é&ü"])
def test_every_file_stays_inside_a_folder_with_unusual_characters(name: str, tmp_path: Path,
                                                                  clock: FixedClock) -> None:
    folder = tmp_path / name

    def cli(*argv: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        code = cli_main(["--data-dir", str(folder), *argv], clock=clock, stdout=out, stderr=err)
        assert (code, err.getvalue()) == (0, ""), argv
        return out.getvalue()

    cli("case", "add", "--title", "Coat never delivered")
    assert "Coat never delivered" in cli("case", "list")  # the plain read answers here too
    backup = Path(cli("backup", "create").split("Backed up to ", 1)[1].strip())
    assert backup.name in cli("backup", "list")
    assert cli("check").strip()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing created beside it
    assert backup.parent == folder / "backups"
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT title FROM cases").fetchall() == [("Coat never delivered",)]
    with sqlite3.connect(folder / "casekeeper.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone() == (1,)
