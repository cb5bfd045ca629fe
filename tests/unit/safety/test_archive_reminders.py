"""Reminders travel in the archive: sent ones stay sent, opening requests stay waiting, re-keyed."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from casekeeper.errors import KnownError
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.reminders.keys import reminder_key
from casekeeper.services.workspace import Workspace, open_workspace
from casekeeper.storage.repositories.exchange import CaseRows, ExchangeRepository
from casekeeper.storage.repositories.reminders import ReminderRepository
from tests.unit.safety.builders import fill_sample

DUE = date(2026, 12, 4)


def _other(tmp_path: Path, clock: FixedClock) -> Workspace:
    root = tmp_path / "other"
    return open_workspace(DataPaths(root, root / "config"), clock)


def _rows(ws: Workspace, case_id: int) -> CaseRows:
    with ws.db.reading() as session:
        repo = ExchangeRepository(session)
        from casekeeper.storage.repositories.cases import CaseRepository

        return repo.rows(CaseRepository(session).get(case_id))


def _keys_of_every_kind(rows: CaseRows) -> list[str]:
    """One sent key per kind of record a deadline counts from (as the knowledge layer names them)."""
    case_id = rows.case.id
    assert case_id is not None
    return [reminder_key(case_id, f"promise:{rows.promises[0].id}", DUE, 3),
            reminder_key(case_id, f"formal-complaint-answer:{rows.stages[-1].id}", DUE, 7),
            reminder_key(case_id, f"reply-phone:{rows.interactions[1].id}", DUE, 1),
            reminder_key(case_id, f"limit-six-months:{case_id}", DUE, 0)]


def _sent(ws: Workspace) -> set[str]:
    with ws.db.reading() as session:
        return ReminderRepository(session).sent_keys()


def test_sent_reminders_come_back_keyed_with_the_new_ids(workspace: Workspace, clock: FixedClock,
                                                         tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    workspace.reminders.mark_sent(_keys_of_every_kind(_rows(workspace, case_id)), case_id)
    workspace.exchange.export(tmp_path / "a.zip")
    other = _other(tmp_path, clock)
    try:
        fill_sample(other, tmp_path / "files2", title="Already here")  # every id moves on
        other.exchange.import_archive(tmp_path / "a.zip")
        [imported] = [s.id for s in other.cases.summaries() if s.title != "Already here"]
        assert imported != case_id
        assert _sent(other) == set(_keys_of_every_kind(_rows(other, imported)))
    finally:
        other.close()


def test_opening_requests_travel_waiting_sent_or_cancelled(workspace: Workspace, clock: FixedClock,
                                                          tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    later = clock.now() + timedelta(hours=3)
    workspace.reminders.request_opening("Klarna phone line", later, case_id)
    announced = workspace.reminders.request_opening("Klarna chat", clock.now(), case_id)
    workspace.reminders.mark_opening_sent(announced)
    dropped = workspace.reminders.request_opening("Klarna chat", later, case_id)
    workspace.reminders.cancel(dropped)
    workspace.reminders.request_opening("Klarna app chat", later)  # tied to no case
    workspace.exchange.export(tmp_path / "a.zip")
    other = _other(tmp_path, clock)
    try:
        fill_sample(other, tmp_path / "files2", title="Already here")
        other.exchange.import_archive(tmp_path / "a.zip")
        [imported] = [s.id for s in other.cases.summaries() if s.title != "Already here"]
        assert sorted((r.label, r.opens_at, r.case_id) for r in other.reminders.waiting()) == [
            ("Klarna app chat", later, None), ("Klarna phone line", later, imported)]
        other.exchange.import_archive(tmp_path / "a.zip")  # again: nothing is doubled
        assert len(other.reminders.waiting()) == 2
    finally:
        other.close()


def test_an_archive_of_the_first_format_still_imports(workspace: Workspace, clock: FixedClock,
                                                      tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    workspace.exchange.export(tmp_path / "a.zip")
    old = tmp_path / "format1.zip"
    _rewrite(tmp_path / "a.zip", old, _as_format_1)
    other = _other(tmp_path, clock)
    try:
        assert len(other.exchange.import_archive(old).added_cases) == 1
        assert _sent(other) == set() and other.reminders.waiting() == []
    finally:
        other.close()


def test_a_sent_reminder_naming_an_absent_promise_is_refused(workspace: Workspace,
                                                             clock: FixedClock,
                                                             tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    workspace.reminders.mark_sent(_keys_of_every_kind(_rows(workspace, case_id)), case_id)
    workspace.exchange.export(tmp_path / "a.zip")

    def far_promise(name: str, data: dict[str, object]) -> dict[str, object]:
        if name.startswith("cases/"):
            reminders = data["reminders"]
            assert isinstance(reminders, dict)
            for item in reminders["sent"]:
                if item["record"] == "promise":
                    item["ref"] = 9
        return data

    _rewrite(tmp_path / "a.zip", tmp_path / "bad.zip", far_promise)
    other = _other(tmp_path, clock)
    try:
        with pytest.raises(KnownError, match="sent reminder names promise 9"):
            other.exchange.import_archive(tmp_path / "bad.zip")
        assert other.cases.summaries() == []
    finally:
        other.close()


def _as_format_1(name: str, data: dict[str, object]) -> dict[str, object]:
    data.pop("reminders", None)
    if "format" in data:
        data["format"] = 1
    return data


def _rewrite(source: Path, target: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Copy an archive, changing its JSON documents, with a manifest that matches again."""
    import hashlib

    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    docs = {name: json.dumps(change(name, json.loads(data))).encode()
            for name, data in members.items() if name.endswith(".json") and name != "manifest.json"}
    manifest = json.loads(members["manifest.json"])
    manifest = change("manifest.json", manifest)
    for entry in manifest["files"]:
        if entry["path"] in docs:
            entry["sha256"] = hashlib.sha256(docs[entry["path"]]).hexdigest()
            entry["size"] = len(docs[entry["path"]])
    with zipfile.ZipFile(target, "w") as out:
        out.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            if name != "manifest.json":
                out.writestr(name, docs.get(name, data))
