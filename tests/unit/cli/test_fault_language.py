"""A fault of the data folder is told in the person's language: ``--lang``, else the locale."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from casekeeper import paths as paths_module
from casekeeper.cli.main import main
from casekeeper.domain.dto import CaseInput
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace


def _run(data_dir: Path, *argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


def _folder_with_backup(paths: DataPaths, clock: FixedClock) -> None:
    ws = open_workspace(paths, clock)
    ws.cases.create(CaseInput(title="Coat never delivered"))
    ws.backups.create("manual")
    ws.close()
    for leftover in paths.data_dir.glob("casekeeper.sqlite3-*"):
        leftover.unlink()


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_a_vanished_folder_is_told_in_french_with_lang(tmp_path: Path,
                                                      no_locale: pytest.MonkeyPatch) -> None:
    no_locale.setattr(paths_module, "REMOVABLE_ROOTS", (tmp_path,) * 4)
    gone = tmp_path / "usb-stick" / "CaseKeeper"
    code, err = _run(gone, "due", "--lang", "fr")
    assert code == 2 and "est introuvable" in err and "disque amovible" in err
    assert not gone.parent.exists()


def test_a_zero_byte_file_is_told_in_german_by_the_locale(
        paths: DataPaths, clock: FixedClock, no_locale: pytest.MonkeyPatch) -> None:
    _folder_with_backup(paths, clock)
    paths.database.write_bytes(b"")
    no_locale.setenv("LANG", "de_DE.UTF-8")
    code, err = _run(paths.data_dir, "case", "list")
    assert code == 2 and "ist leer (0 Byte)" in err and "1 Fall," in err
    assert "casekeeper-cli backup restore manual-" in err and "case file" not in err


def test_a_newer_file_is_told_in_swedish(paths: DataPaths, clock: FixedClock,
                                         no_locale: pytest.MonkeyPatch) -> None:
    _folder_with_backup(paths, clock)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.close()
    code, err = _run(paths.data_dir, "due", "--lang", "sv")
    assert code == 2 and "nyare version av Case Keeper (schema 9999)" in err
    assert "återställ ingen säkerhetskopia" in err


def test_without_lang_or_locale_the_fault_stays_english(
        paths: DataPaths, clock: FixedClock, no_locale: pytest.MonkeyPatch) -> None:
    _folder_with_backup(paths, clock)
    paths.database.write_bytes(b"")
    code, err = _run(paths.data_dir, "case", "list")
    assert code == 2 and "is empty (0 bytes)" in err and "1 case," in err
