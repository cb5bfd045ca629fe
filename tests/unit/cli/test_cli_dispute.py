"""A whole dispute recorded and read back through casekeeper-cli."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CHANNELS = [
    ("chat", "2026-10-07T17:55+02:00", ["--bot", "--ref", "C-77119", "--outcome", "transferred"]),
    ("chat", "2026-10-07T18:02+02:00", ["--agent", "Ines Duval", "--human", "--ref", "C-77120"]),
    ("phone", "2026-10-14T09:10+02:00", ["--agent", "Malik Osei", "--human", "--ref", "PH-30981",
                                         "--number", "01 73 28 81 88", "--wait-minutes", "12",
                                         "--call-minutes", "9", "--asked-for-human"]),
    ("email", "2026-10-15T11:00+02:00", ["--subject", "Votre demande", "--direction", "from"]),
    ("letter", "2026-10-20T10:00+02:00", ["--tracking", "8R00112233445", "--outcome", "pending"]),
    ("app", "2026-10-25T20:00+01:00", ["--summary", "Reported a problem in the app"]),
    ("web-form", "2026-10-30T08:00+01:00", ["--ref", "WF-1"]),
    ("help-centre", "2026-11-02T15:20+01:00", ["--outcome", "no-answer"]),
]


@pytest.fixture
def recorded(cli, tmp_path: Path) -> dict:  # type: ignore[no-untyped-def]
    created = cli("case", "add", "--title", "Manteau jamais livré", "--merchant", "Nordvik Store",
                  "--order-ref", "NV-88213", "--klarna-ref", "K-4471-QX", "--amount", "74,50",
                  "--currency", "EUR", "--purchase-date", "2026-09-01", "--country", "FR",
                  "--problem", "goods-not-received", "--remedy", "Remboursement de 74,50 €")
    assert created.code == 0, created.err
    case_id = created.out.strip()
    for channel, at, extra in CHANNELS:
        result = cli("log", case_id, "--channel", channel, "--at", at, "--summary",
                     f"Contact by {channel}", *extra)
        assert result.code == 0, result.err
        assert result.out.strip().isdigit()
    promised = cli("log", case_id, "--channel", "phone", "--at", "2026-11-03T10:00+01:00",
                   "--agent", "Malik Osei", "--promise", "Refund within 5 working days",
                   "--promise-due", "2026-11-10")
    assert promised.code == 0, promised.err
    second = cli("promise", "add", case_id, "--text", "Call back tomorrow", "--due", "2026-11-04")
    assert second.code == 0, second.err
    assert cli("promise", "settle", second.out.strip(), "--broken").code == 0
    for stage, at in (("supervisor-requested", "2026-10-14T09:20+02:00"),
                      ("supervisor", "2026-10-14T09:40+02:00"),
                      ("formal-complaint", "2026-10-20T10:00+02:00")):
        result = cli("escalate", case_id, "--stage", stage, "--at", at, "--ref", f"REF-{stage}")
        assert result.code == 0, result.err
    photo = tmp_path / "colis-abîmé.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 64)
    letter = tmp_path / "lettre.pdf"
    letter.write_bytes(b"%PDF-1.4\n% letter\n")
    for path, title in ((photo, "Photo of the parcel"), (letter, "Registered letter")):
        attached = cli("attach", case_id, str(path), "--title", title, "--date", "2026-10-20")
        assert attached.code == 0, attached.err
    shown = cli("case", "show", case_id, "--json")
    assert shown.code == 0, shown.err
    return json.loads(shown.out)


def test_the_whole_dispute_reads_back(recorded: dict) -> None:  # type: ignore[type-arg]
    assert {k: recorded[k] for k in ("title", "merchant", "order_ref", "klarna_ref", "amount",
                                     "currency", "country", "status", "stage")} == {
        "title": "Manteau jamais livré", "merchant": "Nordvik Store", "order_ref": "NV-88213",
        "klarna_ref": "K-4471-QX", "amount": "74.50", "currency": "EUR", "country": "FR",
        "status": "open", "stage": "formal-complaint"}
    assert len(recorded["interactions"]) == 9
    assert {i["channel"] for i in recorded["interactions"]} >= {c for c, _, _ in CHANNELS}
    assert len(recorded["promises"]) == 2
    assert len(recorded["stages"]) == 3
    assert [e["exhibit"] for e in recorded["evidence"]] == ["E1", "E2"]


def test_interaction_json_keeps_time_zone_agent_and_kind(recorded: dict) -> None:  # type: ignore[type-arg]
    first, second, phone = recorded["interactions"][:3]
    assert set(first) >= {"id", "at", "channel", "direction", "agent", "agent_kind", "ref",
                          "summary", "outcome"}
    assert (first["at"], first["agent_kind"], first["ref"]) == ("2026-10-07T17:55+02:00", "bot",
                                                                "C-77119")
    assert (second["agent"], second["agent_kind"]) == ("Ines Duval", "human")
    assert (phone["wait_minutes"], phone["call_minutes"], phone["asked_for_human"]) == (12, 9, True)


def test_promises_json_has_text_due_and_state(recorded: dict) -> None:  # type: ignore[type-arg]
    states = {p["text"]: (p["due"], p["state"]) for p in recorded["promises"]}
    assert states == {"Refund within 5 working days": ("2026-11-10", "pending"),
                      "Call back tomorrow": ("2026-11-04", "broken")}


def test_evidence_json_has_fingerprints(recorded: dict) -> None:  # type: ignore[type-arg]
    import hashlib

    photo = recorded["evidence"][0]
    assert photo["filename"] == "colis-abîmé.png"
    assert photo["sha256"] == hashlib.sha256(b"\x89PNG\r\n\x1a\n" + b"\x01" * 64).hexdigest()
    assert photo["size"] == 72


def test_stages_json_has_stage_at_and_ref(recorded: dict) -> None:  # type: ignore[type-arg]
    assert [(s["stage"], s["ref"]) for s in recorded["stages"]] == [
        ("supervisor-requested", "REF-supervisor-requested"), ("supervisor", "REF-supervisor"),
        ("formal-complaint", "REF-formal-complaint")]


def test_human_readable_show_lists_every_section(cli, recorded: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    text = cli("case", "show", str(recorded["id"])).out
    for heading in ("Interactions (9)", "Promises (2)", "Stages (3)", "Evidence (2)"):
        assert heading in text
    assert "7 Oct 2026 17:55 (+02:00)" in text


def test_case_list_and_search_find_the_dispute(cli, recorded: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    listing = json.loads(cli("case", "list", "--json").out)
    assert [(c["id"], c["interactions"], c["broken_promises"]) for c in listing] == [
        (recorded["id"], 9, 1)]
    hits = json.loads(cli("search", "malik", "--json").out)
    assert hits and all(h["case_id"] == recorded["id"] for h in hits)


def test_close_and_reopen_from_the_cli(cli, recorded: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    case_id = str(recorded["id"])
    assert cli("case", "close", case_id, "--outcome", "Refunded", "--resolved").code == 0
    assert json.loads(cli("case", "show", case_id, "--json").out)["status"] == "resolved"
    assert cli("case", "reopen", case_id).code == 0
    assert json.loads(cli("case", "show", case_id, "--json").out)["status"] == "open"


def test_delete_and_restore_from_the_cli(cli, recorded: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    first = str(recorded["interactions"][0]["id"])
    assert cli("interaction", "delete", first).code == 0
    assert json.loads(cli("trash", "list", "--json").out)[0]["id"] == int(first)
    assert cli("trash", "restore", "interaction", first).code == 0
    assert len(json.loads(cli("case", "show", str(recorded["id"]), "--json").out)[
        "interactions"]) == 9


def test_editing_a_contact_changes_only_the_given_fields(cli, recorded: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    first = recorded["interactions"][0]
    assert cli("interaction", "edit", str(first["id"]), "--ref", "C-1").code == 0
    edited = json.loads(cli("case", "show", str(recorded["id"]), "--json").out)["interactions"][0]
    assert edited == {**first, "ref": "C-1"}
