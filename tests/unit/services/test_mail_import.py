"""E-mail import through the service: hostile input, bounded reads, one transaction, duplicates."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import replace
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.domain.values import LONG_TEXT_MAX
from casekeeper.errors import InputError
from casekeeper.services import mail_sources
from casekeeper.services.workspace import Workspace
from tests.fixtures.mail import make_corpus

CORPUS = Path(make_corpus.__file__).parent


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    return workspace.cases.create(CaseInput(title="Manteau", country="FR",
                                            consumer_email=make_corpus.ME))


def _message(number: int, body: str = "Hello") -> bytes:
    message = EmailMessage(policy=policy.default)
    message["From"] = "Klarna <service-client@klarna.com>"
    message["To"] = make_corpus.ME
    message["Subject"] = f"Message {number}"
    message["Date"] = "Thu, 01 Oct 2026 09:00:00 +0200"
    message["Message-ID"] = f"<m{number}@klarna.com>"
    message.set_content(body)
    return message.as_bytes()


def _codes(plan) -> list[str]:  # type: ignore[no-untyped-def]
    return [refusal.code for refusal in plan.refusals]


def test_a_fifo_is_refused_without_blocking(workspace: Workspace, case_id: int,
                                            tmp_path: Path) -> None:
    pipe = tmp_path / "waiting.eml"
    os.mkfifo(pipe)
    plan = workspace.mail.plan(case_id, [pipe])
    assert _codes(plan) == ["not-a-file"] and plan.drafts == ()


def test_a_folder_a_device_an_empty_file_and_a_missing_file_are_refused(
        workspace: Workspace, case_id: int, tmp_path: Path) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    device = [Path(os.devnull)] if Path(os.devnull).exists() and os.name != "nt" else []
    plan = workspace.mail.plan(case_id, [tmp_path, *device, empty, tmp_path / "gone.eml"])
    assert _codes(plan) == ["not-a-file", *["not-a-file"] * len(device), "empty", "missing"]


def test_a_message_over_the_limit_is_refused_while_reading(
        workspace: Workspace, case_id: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mail_sources, "MAX_MESSAGE_BYTES", 1000)
    big = tmp_path / "big.eml"
    big.write_bytes(_message(1, "x" * 5000))
    plan = workspace.mail.plan(case_id, [big])
    assert _codes(plan) == ["too-large"]
    assert "larger than" in plan.refusals[0].text("en")
    assert "plus de" in plan.refusals[0].text("fr")


def test_text_that_is_not_an_email_is_refused(workspace: Workspace, case_id: int,
                                              tmp_path: Path) -> None:
    notes = tmp_path / "notes.eml"
    notes.write_bytes(b"just some words\nand more\n")
    assert _codes(workspace.mail.plan(case_id, [notes])) == ["not-an-email"]


def test_a_damaged_outlook_message_is_refused(workspace: Workspace, case_id: int,
                                              tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.msg"
    damaged.write_bytes((CORPUS / "klarna-complaint.msg").read_bytes()[:1500])
    plan = workspace.mail.plan(case_id, [damaged])
    assert _codes(plan) == ["damaged-msg"]


def test_a_message_without_a_readable_date_is_refused(workspace: Workspace, case_id: int) -> None:
    plan = workspace.mail.plan(case_id, [CORPUS / "malformed-headers.eml"])
    assert _codes(plan) == ["no-date"]
    assert "notez ce contact à la main" in plan.refusals[0].text("fr")


def test_a_malformed_sender_is_imported_with_a_note(workspace: Workspace, case_id: int,
                                                    tmp_path: Path) -> None:
    raw = (CORPUS / "malformed-headers.eml").read_bytes().replace(
        b"yesterday, around noon", b"Thu, 01 Oct 2026 09:00:00 +0200")
    path = tmp_path / "bad-from.eml"
    path.write_bytes(raw)
    plan = workspace.mail.plan(case_id, [path])
    assert len(plan.drafts) == 1
    assert "sender-unknown" in [note.code for note in plan.drafts[0].notes]


def test_an_unknown_charset_is_read_as_utf8_with_a_note(workspace: Workspace,
                                                        case_id: int) -> None:
    draft = workspace.mail.plan(case_id, [CORPUS / "unknown-charset.eml"]).drafts[0]
    assert "Référence KL-3300-4400" in draft.contact.transcript
    assert [note.code for note in draft.notes] == ["unknown-charset"]
    assert draft.references == ("KL-3300-4400",)


def test_a_huge_body_is_cut_in_the_contact_and_kept_whole_as_the_exhibit(
        workspace: Workspace, case_id: int, tmp_path: Path) -> None:
    raw = _message(7, "word " * 100_000)
    path = tmp_path / "huge.eml"
    path.write_bytes(raw)
    plan = workspace.mail.plan(case_id, [path])
    draft = plan.drafts[0]
    assert len(draft.contact.transcript) <= LONG_TEXT_MAX
    assert "body-cut" in [note.code for note in draft.notes]
    result = workspace.mail.save(case_id, plan.drafts)
    exhibit = workspace.cases.detail(case_id).evidence[0]
    assert exhibit.sha256 == hashlib.sha256(raw).hexdigest()
    assert result.contacts[0].exhibits == (1,)


def test_a_nested_forward_brings_its_text_and_its_attachment(workspace: Workspace,
                                                             case_id: int) -> None:
    draft = workspace.mail.plan(case_id, [CORPUS / "nested-forward.eml"]).drafts[0]
    assert "We will answer within 14 days. Reference: KL-1000-2000." in draft.contact.transcript
    assert draft.contact.direction.value == "to-klarna"
    inner = next(item for item in draft.exhibits if item.name == "inner.pdf")
    assert inner.sha256 == hashlib.sha256(make_corpus.pdf("inner")).hexdigest()
    assert "nested-message" in [note.code for note in draft.notes]


def test_archives_empty_and_repeated_attachments(workspace: Workspace, case_id: int) -> None:
    draft = workspace.mail.plan(case_id, [CORPUS / "hostile-attachments.eml"]).drafts[0]
    assert [item.name for item in draft.exhibits] == [
        "hostile-attachments.eml", "documents.zip", "a.pdf"]
    assert [(note.code, note.detail) for note in draft.notes] == [
        ("empty-attachment", "empty.txt"), ("duplicate-attachment", "b.pdf"),
        ("archive-attachment", "documents.zip")] or {note.code for note in draft.notes} == {
        "empty-attachment", "duplicate-attachment", "archive-attachment"}


def test_thousands_of_messages_report_progress_and_can_be_cancelled(
        workspace: Workspace, case_id: int, tmp_path: Path) -> None:
    box = tmp_path / "big.mbox"
    box.write_bytes(make_corpus.mbox_of([_message(number) for number in range(2000)]))
    seen: list[tuple[int, int]] = []
    plan = workspace.mail.plan(case_id, [box], progress=lambda done, total: seen.append(
        (done, total)), stop_asked=lambda: len(seen) >= 25)
    assert plan.cancelled and len(plan.drafts) == 25
    assert seen[-1] == (25, 2000)
    assert workspace.cases.detail(case_id).interactions == ()


def test_a_large_mbox_is_imported_in_one_transaction_with_progress(
        workspace: Workspace, case_id: int, tmp_path: Path) -> None:
    box = tmp_path / "big.mbox"
    box.write_bytes(make_corpus.mbox_of([_message(number) for number in range(300)]))
    plan = workspace.mail.plan(case_id, [box])
    assert (len(plan.drafts), plan.refusals) == (300, ())
    seen: list[tuple[int, int]] = []
    workspace.mail.save(case_id, plan.drafts, progress=lambda done, total: seen.append(
        (done, total)))
    assert seen[0] == (1, 300) and seen[-1] == (300, 300)
    detail = workspace.cases.detail(case_id)
    assert (len(detail.interactions), len(detail.evidence)) == (300, 300)


def test_nothing_is_written_when_one_contact_fails(workspace: Workspace, case_id: int,
                                                   tmp_path: Path) -> None:
    plan = workspace.mail.plan(case_id, [CORPUS / "klarna-reply.eml", CORPUS / "html-only.eml"])
    broken = replace(plan.drafts[1], contact=replace(plan.drafts[1].contact, summary="x" * 300_000))
    with pytest.raises(InputError):
        workspace.mail.save(case_id, [plan.drafts[0], broken])
    detail = workspace.cases.detail(case_id)
    assert (detail.interactions, detail.evidence) == ((), ())


def test_corrected_fields_are_saved(workspace: Workspace, case_id: int) -> None:
    draft = workspace.mail.plan(case_id, [CORPUS / "chat-transcript.eml"]).drafts[0]
    fixed = replace(draft, contact=replace(draft.contact, agent_name="Ines", summary="Chat"))
    result = workspace.mail.save(case_id, [fixed])
    saved = workspace.journal.interaction(result.contacts[0].interaction_id)
    assert (saved.agent_name, saved.summary) == ("Ines", "Chat")


def test_a_message_whose_contact_is_in_the_trash_is_still_a_duplicate(workspace: Workspace,
                                                                      case_id: int) -> None:
    plan = workspace.mail.plan(case_id, [CORPUS / "klarna-reply.eml"])
    contact = workspace.mail.save(case_id, plan.drafts).contacts[0].interaction_id
    workspace.journal.delete(contact)
    again = workspace.mail.plan(case_id, [CORPUS / "klarna-reply.eml"])
    assert _codes(again) == ["duplicate"]
    assert "in the trash" in again.refusals[0].text()


def test_saving_the_same_plan_twice_is_refused(workspace: Workspace, case_id: int) -> None:
    plan = workspace.mail.plan(case_id, [CORPUS / "klarna-reply.eml"])
    workspace.mail.save(case_id, plan.drafts)
    with pytest.raises(Exception, match="already imported as contact"):
        workspace.mail.save(case_id, plan.drafts)
    assert len(workspace.cases.detail(case_id).interactions) == 1


SYSTEM_PYTHON = Path("/usr/bin/python3")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0
                    or not SYSTEM_PYTHON.exists() or shutil.which("setpriv") is None,
                    reason="needs root to switch to an ordinary user (setpriv) and a system Python")
def test_an_unreadable_file_is_refused_for_an_ordinary_user() -> None:
    import subprocess
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="casekeeper-perm-"))  # /tmp: nobody can reach it
    try:
        folder.chmod(0o777)
        locked = folder / "locked.eml"
        locked.write_bytes((CORPUS / "klarna-reply.eml").read_bytes())
        locked.chmod(0)
        desktop = Path(__file__).resolve().parents[3] / "desktop"
        script = ("from pathlib import Path; from casekeeper.services.mail_sources import "
                  f"messages_in; print([item.code for item in messages_in([Path({str(locked)!r})])])")
        result = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env",
             f"PYTHONPATH={desktop}", str(SYSTEM_PYTHON), "-c", script],
            capture_output=True, text=True, timeout=120)
        if result.returncode != 0 and "SyntaxError" in result.stderr:
            pytest.skip("the system Python is too old for the package")
        assert result.stdout.strip() == "['unreadable']", result.stderr
    finally:
        shutil.rmtree(folder, ignore_errors=True)
