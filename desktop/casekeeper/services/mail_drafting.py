"""One readable message as a draft contact: its fields, exhibits, notes and stated instalments."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

from casekeeper.domain.dto import InteractionInput
from casekeeper.domain.enums import Channel, Direction, Outcome
from casekeeper.domain.plan import InstalmentInput
from casekeeper.domain.values import format_offset
from casekeeper.services.mail_drafts import ExhibitDraft, MailDraft
from casekeeper.services.mail_words import Note
from casekeeper.services.media_types import looks_executable
from casekeeper.storage.evidence_store import MAX_EVIDENCE_BYTES
from casekeeper.storage.repositories.mail import MailRepository

if TYPE_CHECKING:
    from casekeeper.knowledge.mail_rules import ChatEntry, MailEntry
    from casekeeper.services.mail_sources import Found


def draft_of(item: Found, rules: tuple[MailEntry, ChatEntry], own: frozenset[str], own_name: str,
           session: Session, case_id: int, seen_files: set[str]) -> MailDraft:
    from casekeeper.services.chat_transcript import read_transcript
    from casekeeper.services.mail_fields import joined_references, mail_fields
    from casekeeper.services.mail_message import is_archive

    message = item.message
    assert message.sent_at is not None
    mail, chat = rules
    fields = mail_fields(message, mail, own)
    notes: list[Note] = [*message.notes, *fields.notes]
    found = read_transcript(message.body, chat, mail, own_name)
    if found.recognised:
        fields = replace(fields, agent_name=found.agent_name or fields.agent_name,
                         agent_kind=found.agent_kind,
                         references=tuple(dict.fromkeys((*fields.references, *found.references))))
        notes.append(Note("chat-transcript", ", ".join((*found.agents, *found.bots))))
    subject = message.subject or item.source
    message_name = item.source if "#" not in item.source else (
        item.source.replace(" #", "-").rsplit(".", 1)[0] + message.file_suffix)
    exhibits = [exhibit_of(message_name, f"E-mail: {subject}"[:200], message.file_media_type,
                         message.raw, is_message=True)]
    seen_files.add(exhibits[0].sha256)
    in_this_message: set[str] = set()
    repo = MailRepository(session)
    for attachment in message.attachments:
        name = attachment.name
        if not attachment.data:
            notes.append(Note("empty-attachment", name))
            continue
        if len(attachment.data) > MAX_EVIDENCE_BYTES:
            notes.append(Note("too-large-attachment", name))
            continue
        exhibit = exhibit_of(name, name, attachment.media_type, attachment.data)
        if exhibit.sha256 in in_this_message:
            notes.append(Note("duplicate-attachment", name))
            continue
        in_this_message.add(exhibit.sha256)
        if exhibit.sha256 in seen_files:
            notes.append(Note("attachment-in-other-message", name))
            continue
        existing = repo.exhibit_with_hash(case_id, exhibit.sha256)
        if existing is not None and existing.deleted_at is None:
            notes.append(Note("attachment-already-exhibit", f"{name} = E{existing.exhibit_no}"))
            continue
        if is_archive(name, attachment.media_type):
            notes.append(Note("archive-attachment", name))
        if looks_executable(Path(name), attachment.media_type):
            notes.append(Note("executable-attachment", name))
        seen_files.add(exhibit.sha256)
        exhibits.append(exhibit)
    stated: tuple[InstalmentInput, ...] = ()
    if fields.direction is Direction.FROM_KLARNA:
        from casekeeper.services.plan_statements import instalments_in

        stated = tuple(instalments_in(message.body))
        if stated:
            notes.append(Note("plan-stated", str(len(stated))))
    offset = message.sent_at.utcoffset() or timedelta(0)
    contact = InteractionInput(
        occurred_at=message.sent_at.astimezone(UTC), zone=format_offset(offset),
        channel=Channel.EMAIL, direction=fields.direction, agent_name=fields.agent_name,
        agent_kind=fields.agent_kind, reference=joined_references(fields.references),
        asked_for_human=found.asked_for_human, transferred_to=found.transferred_to,
        summary=fields.summary, transcript=fields.transcript, outcome=Outcome.PENDING,
        email_subject=message.subject[:500])
    return MailDraft(source=item.source, message_id=message.message_id, contact=contact,
                     references=fields.references, exhibits=tuple(exhibits),
                     notes=tuple(dict.fromkeys(notes)), instalments=stated)


def exhibit_of(name: str, title: str, media_type: str, data: bytes, *,
             is_message: bool = False) -> ExhibitDraft:
    return ExhibitDraft(name=name, title=title, media_type=media_type, data=data,
                        sha256=hashlib.sha256(data).hexdigest(), is_message=is_message)

