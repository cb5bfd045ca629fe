"""Where data lives: --data-dir, CASEKEEPER_DATA_DIR, or the platform's folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casekeeper.errors import DataLocationError
from casekeeper.paths import DataPaths, resolve_paths


def test_the_option_wins_over_the_environment(tmp_path: Path) -> None:
    paths = resolve_paths(str(tmp_path / "a"), {"CASEKEEPER_DATA_DIR": str(tmp_path / "b")})
    assert paths.data_dir == tmp_path / "a"
    assert paths.config_dir == tmp_path / "a" / "config"


def test_the_environment_variable_is_used_without_option(tmp_path: Path) -> None:
    paths = resolve_paths(None, {"CASEKEEPER_DATA_DIR": str(tmp_path / "b")})
    assert paths.database == tmp_path / "b" / "casekeeper.sqlite3"


def test_the_platform_folders_are_the_default(tmp_path: Path) -> None:
    paths = resolve_paths(None, {})
    assert paths.data_dir.name == "CaseKeeper"
    assert paths.data_dir.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    assert paths.config_dir.is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]))


def test_a_file_given_as_data_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(DataLocationError, match="is a file, not a folder"):
        resolve_paths(str(target), {})


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_is_private_to_its_owner(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data", tmp_path / "data" / "config")
    paths.ensure()
    for folder in (paths.data_dir, paths.evidence_dir, paths.backups_dir, paths.config_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
