"""Import e-mails into a case: read and preview them, then save every contact in one transaction."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

from casekeeper.domain.enums import CaseStatus
from casekeeper.domain.models import Case, Evidence, Interaction
from casekeeper.domain.plan import InstalmentInput
from casekeeper.domain.values import local_time
from casekeeper.errors import KnownError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.clock import Clock
from casekeeper.services.mail_drafting import draft_of
from casekeeper.services.mail_drafts import (
    ImportedContact,
    MailDraft,
    MailImportResult,
    MailPlan,
    Refusal,
)
from casekeeper.services.media_types import sniff_media_type
from casekeeper.services.rules import RulesService
from casekeeper.services.validation import checked_interaction
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.cases import CaseRepository
from casekeeper.storage.repositories.evidence import EvidenceRepository
from casekeeper.storage.repositories.journal import JournalRepository
from casekeeper.storage.repositories.mail import ImportedMessage, MailRepository

if TYPE_CHECKING:  # pydantic, the email package and extract-msg load on the first import
    from casekeeper.knowledge.mail_rules import ChatEntry, MailEntry
    from casekeeper.services.chat_transcript import ChatFindings

Progress = Callable[[int, int], None]
StopAsked = Callable[[], bool]


class MailImportService:
    """Turns saved e-mails into contacts with their exhibits."""

    def __init__(self, db: Database, store: EvidenceStore, rules: RulesService,
                 clock: Clock) -> None:
        self._db = db
        self._store = store
        self._rules = rules
        self._clock = clock

    def plan(self, case_id: int, paths: Sequence[Path], *, progress: Progress | None = None,
             stop_asked: StopAsked | None = None) -> MailPlan:
        """Read every message of ``paths`` and say what an import would create; nothing is written."""
        from casekeeper.services.mail_sources import Found, count_messages, messages_in

        files = list(paths)
        total = count_messages(files)
        drafts: list[MailDraft] = []
        refusals: list[Refusal] = []
        seen_messages: dict[str, str] = {}
        seen_files: set[str] = set()
        with self._db.reading() as session:
            case = _open_case(session, case_id)
            rules = self.mail_rules(case.country)
            chat = self.chat_rules(case.country)
            own = frozenset({case.consumer_email.strip().lower()} - {""})
            known = MailRepository(session).message_ids(case_id)
            for done, item in enumerate(messages_in(files), start=1):
                if stop_asked is not None and stop_asked():
                    return MailPlan(case_id, tuple(drafts), tuple(refusals), cancelled=True)
                if not isinstance(item, Found):
                    refusals.append(Refusal(item.source, item.code, item.detail))
                elif item.message.sent_at is None:
                    refusals.append(Refusal(item.source, "no-date"))
                elif (refused := _duplicate(session, case_id, item.source, item.message.message_id,
                                            hashlib.sha256(item.message.raw).hexdigest(),
                                            seen_messages, known)) is not None:
                    refusals.append(refused)
                else:
                    drafts.append(draft_of(item, (rules, chat), own, case.consumer_name, session,
                                         case_id, seen_files))
                if progress is not None:
                    progress(done, max(total, done))
        return MailPlan(case_id, tuple(drafts), tuple(refusals))

    def save(self, case_id: int, drafts: Sequence[MailDraft], *,
             progress: Progress | None = None,
             plan: Sequence[InstalmentInput] = ()) -> MailImportResult:
        """Create every contact and exhibit of ``drafts`` in one transaction (all or nothing).

        ``progress(done, total)`` is called as contacts are written; the transaction is committed
        only after the last one. ``plan``, when given, replaces the case's instalments in the
        same transaction (instalments a message states, chosen by the person).
        """
        if not drafts:
            raise KnownError(Marked(N_("There is no message to import.")))
        stored: dict[str, Path] = {}
        # The originals are staged under a locked marker until their records are committed: if a
        # check below refuses the import or the process is killed, the cleaner removes them.
        with self._store.operation("mail-import") as op:
            for draft in drafts:
                for exhibit in draft.exhibits:
                    if exhibit.sha256 not in stored:
                        stored[exhibit.sha256] = self._store.add_stream(
                            io.BytesIO(exhibit.data), op, name=exhibit.name).path
            with self._db.writing() as session:
                _open_case(session, case_id)
                seen: dict[str, str] = {}
                known = MailRepository(session).message_ids(case_id)
                for draft in drafts:  # every check before the first row is written
                    refused = _duplicate(session, case_id, draft.source, draft.message_id,
                                         draft.exhibits[0].sha256 if draft.exhibits else "", seen,
                                         known)
                    if refused is not None:
                        raise KnownError(refused.text())
                created = []
                for done, draft in enumerate(drafts, start=1):
                    created.append(self._create(session, case_id, draft, stored))
                    if progress is not None:
                        progress(done, len(drafts))
                if plan:
                    from casekeeper.services.plan import write_schedule

                    write_schedule(session, case_id, plan, self._clock.now())
                CaseRepository(session).get(case_id).updated_at = self._clock.now()
        return MailImportResult(case_id, tuple(created), plan_set=bool(plan))

    def mail_rules(self, country: str) -> MailEntry:
        """The country pack's ``[mail]`` rules (with the person's corrections), else the default's."""
        from casekeeper.knowledge.mail_rules import MailEntry

        pack = self._rules.effective_pack(country).pack
        return pack.mail or MailEntry.model_validate(_default_table("mail"))

    def chat_rules(self, country: str) -> ChatEntry:
        """The country pack's ``[chat]`` wording, else the default's."""
        from casekeeper.knowledge.mail_rules import ChatEntry

        pack = self._rules.effective_pack(country).pack
        return pack.chat or ChatEntry.model_validate(_default_table("chat"))

    def chat_findings(self, case_id: int, text: str) -> ChatFindings:
        """What a pasted chat transcript says (agents, bots, transfers, references); writes nothing."""
        from casekeeper.services.chat_transcript import read_transcript

        with self._db.reading() as session:
            case = CaseRepository(session).get(case_id)
            country, own_name = case.country, case.consumer_name
        return read_transcript(text, self.chat_rules(country), self.mail_rules(country), own_name)

    def _create(self, session: Session, case_id: int, draft: MailDraft,
                stored: dict[str, Path]) -> ImportedContact:
        clean = checked_interaction(draft.contact)
        now = self._clock.now()
        row = Interaction(case_id=case_id, **asdict(clean))
        JournalRepository(session).add(row)
        assert row.id is not None
        audit = AuditLog(session)
        audit.record("create", row, now)
        evidence = EvidenceRepository(session)
        numbers: list[int] = []
        day = local_time(clean.occurred_at, clean.zone).date()
        for exhibit in draft.exhibits:
            if evidence.by_hash(case_id, exhibit.sha256) is not None:
                continue
            media_type = exhibit.media_type if exhibit.is_message else sniff_media_type(
                stored[exhibit.sha256], exhibit.name)
            added = evidence.add(Evidence(
                case_id=case_id, exhibit_no=evidence.next_exhibit_no(case_id), title=exhibit.title,
                original_name=exhibit.name, media_type=media_type, size=exhibit.size,
                sha256=exhibit.sha256, document_date=day, interaction_id=row.id, added_at=now))
            audit.record("create", added, now)
            numbers.append(added.exhibit_no)
        return ImportedContact(row.id, draft.source, tuple(numbers))


def _duplicate(session: Session, case_id: int, source: str, message_id: str, digest: str,
               seen: dict[str, str], known: dict[str, ImportedMessage]) -> Refusal | None:
    """A refusal when the message is already in the case or earlier in this import."""
    keys = [key for key in (f"id:{message_id}" if message_id else "",
                            f"sha:{digest}" if digest else "") if key]
    for key in keys:
        if key in seen:
            return Refusal(source, "duplicate-in-batch", seen[key])
    existing = known.get(message_id) if message_id else None
    if existing is None and digest:
        exhibit = MailRepository(session).exhibit_with_hash(case_id, digest)
        if exhibit is not None and exhibit.interaction_id is not None:
            row = JournalRepository(session).interaction(exhibit.interaction_id,
                                                         include_deleted=True)
            assert row.id is not None
            existing = ImportedMessage(row.id, row.occurred_at, row.zone,
                                       row.deleted_at is not None)
    if existing is not None:
        return Refusal(source, "duplicate", _contact_name(existing))
    for key in keys:
        seen[key] = source
    return None


def _open_case(session: Session, case_id: int) -> Case:
    case = CaseRepository(session).get(case_id)
    if case.status is not CaseStatus.OPEN:
        raise KnownError(
            Marked(N_("Case {case} is closed; reopen it before importing e-mails."), case=case_id)
        )
    return case


def _contact_name(row: ImportedMessage) -> str:
    when = local_time(row.occurred_at, row.zone).strftime("%Y-%m-%d %H:%M")
    trashed = ", in the trash" if row.in_trash else ""
    return f"#{row.interaction_id} ({when}{trashed})"


def _default_table(name: str) -> object:
    from casekeeper.knowledge.loader import read_raw

    return read_raw("default")[1][name]
