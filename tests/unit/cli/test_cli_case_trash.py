"""casekeeper-cli case delete, trash restore case, trash purge [--yes]."""

from __future__ import annotations

import json


def test_a_case_is_deleted_restored_and_purged_from_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    created = cli("case", "add", "--title", "Manteau jamais livré")
    case_id = created.out.strip()
    deleted = cli("case", "delete", case_id)
    assert deleted.code == 0 and f"trash restore case {case_id}" in deleted.out
    assert "Manteau" not in cli("case", "list").out
    listed = json.loads(cli("trash", "list", "--json").out)
    assert [(item["kind"], str(item["id"])) for item in listed] == [("case", case_id)]
    assert cli("trash", "restore", "case", case_id).code == 0
    assert "Manteau" in cli("case", "list").out
    assert cli("case", "delete", case_id).code == 0
    refused = cli("trash", "purge")  # no terminal in the test: asks for --yes
    assert refused.code != 0 and "--yes" in refused.err
    assert "Manteau" not in cli("case", "list").out
    purged = cli("trash", "purge", "--yes")
    assert purged.code == 0 and "1 record," in purged.out and "Backups keep" in purged.out
    assert "empty" in cli("trash", "list").out
    again = cli("trash", "restore", "case", case_id)
    assert again.code != 0


def test_asked_for_a_supervisor_from_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "add", "--title", "Coat").out.strip()
    assert cli("log", case_id, "--channel", "phone", "--asked-for-supervisor").code == 0
    shown = json.loads(cli("case", "show", case_id, "--json").out)
    assert shown["interactions"][0]["asked_for_supervisor"] is True
