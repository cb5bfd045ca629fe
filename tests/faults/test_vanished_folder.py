"""A data folder deleted or renamed under running workspaces: plain words, nothing created."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import DataLocationError
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import Workspace, open_workspace

_SECOND = """
import sys
from pathlib import Path
from casekeeper.domain.dto import CaseInput
from casekeeper.errors import DataLocationError
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import open_workspace

folder, attachment = Path(sys.argv[1]), Path(sys.argv[2])
ws = open_workspace(DataPaths(folder, folder / "config", explicit=True))
ws.cases.summaries()
print("ready", flush=True)
sys.stdin.readline()
for name, act in (("list", lambda: ws.cases.summaries()), ("show", lambda: ws.cases.detail(1)),
                  ("add", lambda: ws.cases.create(CaseInput(title="Lost"))),
                  ("attach", lambda: ws.evidence.attach(1, attachment)),
                  ("search", lambda: ws.search.search("coat")),
                  ("backup", lambda: ws.backups.create())):
    try:
        act()
        print(name, "DONE", flush=True)
    except DataLocationError as exc:
        print(name, "REFUSED", str(exc).replace(chr(10), " "), flush=True)
"""

_GONE = "has disappeared or was replaced"


def _workspace(folder: Path) -> Workspace:
    ws = open_workspace(DataPaths(folder, folder / "config", explicit=True))
    ws.cases.create(CaseInput(title="Coat never delivered"))
    return ws


@pytest.mark.parametrize("how", ["deleted", "renamed", "replaced by an empty folder"])
def test_every_read_and_write_after_the_folder_vanished_is_refused(tmp_path: Path,
                                                                   how: str) -> None:
    folder = tmp_path / "data"
    attachment = tmp_path / "receipt.txt"
    attachment.write_text("receipt", encoding="utf-8")
    ws = _workspace(folder)
    second = subprocess.Popen([sys.executable, "-c", _SECOND, str(folder), str(attachment)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert second.stdout is not None and second.stdin is not None
        assert second.stdout.readline().strip() == "ready"
        if how == "renamed":
            folder.rename(tmp_path / "moved")
        else:
            shutil.rmtree(folder)
        if how == "replaced by an empty folder":
            folder.mkdir()
        second.stdin.write("go\n")
        second.stdin.close()
        lines = second.stdout.read().splitlines()
    finally:
        second.wait(timeout=60)
        assert second.stdout is not None
        second.stdout.close()
    assert len(lines) == 6 and all(" REFUSED " in line and _GONE in line for line in lines), lines
    for act in (ws.cases.summaries, lambda: ws.cases.detail(1),
                lambda: ws.cases.create(CaseInput(title="Lost")),
                lambda: ws.evidence.attach(1, attachment), lambda: ws.backups.create(),
                ws.integrity.check):
        with pytest.raises(DataLocationError, match=_GONE):
            act()
    ws.close()
    if how == "replaced by an empty folder":
        assert list(folder.iterdir()) == []
    else:
        assert not folder.exists()
