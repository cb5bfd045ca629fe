"""The hand-made e-mail corpus imported through casekeeper-cli, checked field by field."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest

from casekeeper.services.workspace import Workspace
from tests.fixtures.mail import make_corpus

CORPUS = Path(make_corpus.__file__).parent
ME = make_corpus.ME


@pytest.fixture
def case_id(cli) -> str:  # type: ignore[no-untyped-def]
    created = cli("case", "add", "--title", "Manteau jamais livré", "--country", "FR",
                  "--email", ME)
    assert created.code == 0, created.err
    return str(created.out.strip())


def _import(cli, case_id: str, *names: str, extra: tuple[str, ...] = ()) -> dict:  # type: ignore[no-untyped-def]
    result = cli("email", case_id, *[str(CORPUS / name) for name in names], "--json", *extra)
    assert result.code == 0, result.err
    return dict(json.loads(result.out))


def _show(cli, case_id: str) -> dict:  # type: ignore[no-untyped-def]
    shown = cli("case", "show", case_id, "--json")
    assert shown.code == 0, shown.err
    return dict(json.loads(shown.out))


def test_the_corpus_files_are_the_ones_the_generator_writes() -> None:
    for name, build in make_corpus.CORPUS.items():
        assert (CORPUS / name).read_bytes() == build(), name


def test_a_klarna_reply_becomes_a_complete_contact_with_its_pdf(cli, case_id: str,  # type: ignore[no-untyped-def]
        workspace: Workspace) -> None:
    imported = _import(cli, case_id, "klarna-reply.eml")
    assert imported["saved"] is True and imported["refused"] == []
    contact = _show(cli, case_id)["interactions"][0]
    assert contact["channel"] == "email"
    assert contact["direction"] == "from-klarna"
    assert datetime.fromisoformat(contact["at"]) == datetime.fromisoformat(
        "2026-10-06T14:05:00+02:00")
    assert contact["zone"] == "+02:00"
    assert contact["email_subject"] == "Votre litige sur la commande NV-88213"
    assert contact["agent"] == "Sofia Lindqvist"
    assert contact["agent_kind"] == "human"
    assert contact["ref"] == "KL-7731-4482, NV-88213"
    assert contact["summary"].startswith("Merci de nous avoir contactés")
    transcript = workspace.journal.interaction(contact["id"]).transcript
    assert "Nous avons suspendu le paiement de 74,50 €" in transcript
    assert "Message-ID: <reply-7731.4482@mail.klarna.com>" in transcript
    exhibits = {item["filename"]: item for item in _show(cli, case_id)["evidence"]}
    raw = (CORPUS / "klarna-reply.eml").read_bytes()
    message = exhibits["klarna-reply.eml"]
    assert message["sha256"] == hashlib.sha256(raw).hexdigest()
    assert message["media_type"] == "message/rfc822"
    assert message["interaction"] == contact["id"]
    letter = exhibits["Klarna-courrier-KL-7731-4482.pdf"]
    assert letter["sha256"] == hashlib.sha256(make_corpus.LETTER_PDF).hexdigest()
    assert letter["media_type"] == "application/pdf"
    assert letter["interaction"] == contact["id"]
    stored = workspace.cases.detail(int(case_id)).evidence[letter["id"] - 1].stored_path
    assert Path(stored).read_bytes() == make_corpus.LETTER_PDF


def test_an_outlook_msg_is_read_with_its_zone_agent_and_attachment(cli, case_id: str,  # type: ignore[no-untyped-def]
        workspace: Workspace) -> None:
    _import(cli, case_id, "klarna-complaint.msg")
    shown = _show(cli, case_id)
    contact = shown["interactions"][0]
    assert (contact["direction"], contact["agent"], contact["ref"]) == (
        "from-klarna", "Oliver Grant", "KL-9090-1212")
    assert datetime.fromisoformat(contact["at"]) == datetime.fromisoformat(
        "2026-10-20T16:45:00+01:00")
    assert contact["zone"] == "+01:00"
    assert contact["email_subject"] == "Your complaint KL-9090-1212"
    transcript = workspace.journal.interaction(contact["id"]).transcript
    assert "we will reply within 15 business days" in transcript
    names = {item["filename"]: item for item in shown["evidence"]}
    assert names["klarna-complaint.msg"]["media_type"] == "application/vnd.ms-outlook"
    assert names["klarna-complaint.msg"]["sha256"] == hashlib.sha256(
        (CORPUS / "klarna-complaint.msg").read_bytes()).hexdigest()
    assert names["complaint-acknowledgement.pdf"]["sha256"] == hashlib.sha256(
        make_corpus.pdf("outlook-acknowledgement")).hexdigest()


def test_an_html_only_message_becomes_readable_text(cli, case_id: str,  # type: ignore[no-untyped-def]
        workspace: Workspace) -> None:
    _import(cli, case_id, "html-only.eml")
    contact = _show(cli, case_id)["interactions"][0]
    transcript = workspace.journal.interaction(contact["id"]).transcript
    assert "Ihre Rückerstattung über 74,50 € ist unterwegs." in transcript
    assert "alert(" not in transcript and "color: red" not in transcript
    assert "<https://www.klarna.com/de/kundenservice/>" in transcript
    assert (contact["agent"], contact["ref"]) == ("Jonas Berg", "RF-55012")
    assert contact["zone"] == "+01:00"


def test_the_persons_own_message_goes_to_klarna_with_its_image(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    _import(cli, case_id, "own-message.eml")
    shown = _show(cli, case_id)
    contact = shown["interactions"][0]
    assert (contact["direction"], contact["agent"], contact["agent_kind"]) == (
        "to-klarna", "", "unknown")
    receipt = next(item for item in shown["evidence"] if item["filename"] == "recu.png")
    assert receipt["sha256"] == hashlib.sha256(make_corpus.RECEIPT_PNG).hexdigest()
    assert receipt["media_type"] == "image/png"


def test_an_mbox_gives_one_contact_per_message_in_order(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    imported = _import(cli, case_id, "several.mbox")
    assert [item["source"] for item in imported["contacts"]] == [
        "several.mbox #1", "several.mbox #2", "several.mbox #3"]
    assert [item["subject"] for item in imported["contacts"]] == [
        "Commande NV-88213 jamais livrée", "Votre litige sur la commande NV-88213",
        "Rückerstattung"]
    shown = _show(cli, case_id)
    assert len(shown["interactions"]) == 3
    assert len(shown["evidence"]) == 5  # three messages, the receipt and the letter


def test_the_same_message_twice_is_refused_naming_the_contact(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    first = _import(cli, case_id, "klarna-reply.eml")
    again = cli("email", case_id, str(CORPUS / "klarna-reply.eml"))
    assert again.code == 2
    contact_id = first["contacts"][0]["id"]
    assert f"already imported as contact #{contact_id} (2026-10-06 14:05)" in again.out
    assert len(_show(cli, case_id)["interactions"]) == 1


def test_the_same_message_from_an_mbox_is_found_by_its_message_id(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    _import(cli, case_id, "klarna-reply.eml")
    again = cli("email", case_id, str(CORPUS / "several.mbox"), "--json")
    assert again.code == 2
    refused = json.loads(again.out)["refused"]
    assert [item["source"] for item in refused] == ["several.mbox #2"]
    assert refused[0]["code"] == "duplicate"
    assert len(_show(cli, case_id)["interactions"]) == 1  # nothing imported without consent


def test_skip_refused_imports_the_rest(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    _import(cli, case_id, "klarna-reply.eml")
    result = cli("email", case_id, str(CORPUS / "several.mbox"), "--skip-refused")
    assert result.code == 0, result.err
    assert len(_show(cli, case_id)["interactions"]) == 3


def test_a_dry_run_saves_nothing(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    imported = _import(cli, case_id, "klarna-reply.eml", extra=("--dry-run",))
    assert imported["saved"] is False
    assert imported["contacts"][0]["agent"] == "Sofia Lindqvist"
    shown = _show(cli, case_id)
    assert shown["interactions"] == [] and shown["evidence"] == []


def test_a_chat_transcript_sent_by_email_names_the_agent_and_the_transfer(  # type: ignore[no-untyped-def]
        cli, case_id: str) -> None:
    imported = _import(cli, case_id, "chat-transcript.eml")
    assert "chat-transcript" in [note["code"] for note in imported["contacts"][0]["notes"]]
    contact = _show(cli, case_id)["interactions"][0]
    assert (contact["agent"], contact["agent_kind"]) == ("Ines", "human")
    assert (contact["asked_for_human"], contact["transferred_to"]) == (True, "Ines")
    assert contact["ref"] == "C-77120, NV-88213"


def test_transcript_shows_what_it_found_and_log_uses_it_on_request(  # type: ignore[no-untyped-def]
        cli, case_id: str, tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(make_corpus.CHAT_TEXT, encoding="utf-8")
    shown = cli("transcript", case_id, str(chat), "--json")
    assert shown.code == 0, shown.err
    found = json.loads(shown.out)
    assert (found["agent"], found["bots"], found["transferred_to"]) == (
        "Ines", ["Klarna Assistant (bot)"], "Ines")
    plain = cli("log", case_id, "--channel", "chat", "--transcript-file", str(chat))
    used = cli("log", case_id, "--channel", "chat", "--transcript-file", str(chat),
               "--from-transcript", "--ref", "MY-REF-1")
    assert plain.code == 0 and used.code == 0, used.err
    contacts = {item["id"]: item for item in _show(cli, case_id)["interactions"]}
    untouched, taken = contacts[int(plain.out)], contacts[int(used.out)]
    assert (untouched["agent"], untouched["asked_for_human"]) == ("", False)
    assert (taken["agent"], taken["agent_kind"], taken["asked_for_human"],
            taken["transferred_to"], taken["ref"]) == ("Ines", "human", True, "Ines", "MY-REF-1")


def test_from_transcript_needs_a_transcript_file(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("log", case_id, "--channel", "chat", "--from-transcript")
    assert result.code == 2 and "--transcript-file" in result.err


def test_a_klarna_message_stating_instalments_sets_the_plan_on_request(  # type: ignore[no-untyped-def]
        cli, case_id: str) -> None:
    imported = _import(cli, case_id, "klarna-payment-plan.eml", extra=("--use-plan",))
    assert imported["plan_set"] is True
    assert imported["contacts"][0]["instalments"] == [
        {"due": "2026-10-01", "amount": "24.84", "state": "paid"},
        {"due": "2026-11-01", "amount": "24.83", "state": "due"},
        {"due": "2026-12-01", "amount": "24.83", "state": "due"}]
    plan = json.loads(cli("plan", "show", case_id, "--json").out)
    assert [(item["due"], item["amount"], item["state"]) for item in plan["instalments"]] == [
        ("2026-10-01", "24.84", "paid"), ("2026-11-01", "24.83", "due"),
        ("2026-12-01", "24.83", "due")]


def test_without_use_plan_the_stated_instalments_are_only_noted(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    imported = _import(cli, case_id, "klarna-payment-plan.eml")
    assert imported["plan_set"] is False
    assert "plan-stated" in [note["code"] for note in imported["contacts"][0]["notes"]]
    assert cli("plan", "show", case_id).code == 2


def test_lang_fr_gives_one_language_on_the_screen(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("email", case_id, str(CORPUS / "klarna-reply.eml"),
                 str(CORPUS / "malformed-headers.eml"), "--dry-run", "--lang", "fr")
    assert result.code == 0, result.err
    assert "1 contact serait créé dans le dossier" in result.out and "de Klarna" in result.out
    assert "Refusés :" in result.out and "pas de date lisible" in result.out
    for english in ("would be created", "Refused", "from Klarna", "bytes"):
        assert english not in result.out
