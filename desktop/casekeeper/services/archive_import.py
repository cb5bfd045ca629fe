"""Write a validated archive into the open case file: one transaction, no duplicates."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from casekeeper.domain.models import (
    Case,
    Evidence,
    Instalment,
    Interaction,
    PaymentPlan,
    Promise,
    RuleOverride,
    StageChange,
)
from casekeeper.i18n import translator
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.archive_reader import ArchiveError, ValidatedArchive, open_archive
from casekeeper.services.archive_reminders import insert_caseless_requests, insert_reminders
from casekeeper.services.archive_schema import CASE_PARTS, CaseDoc
from casekeeper.services.reminders.keys import CASE, CONTACT, PROMISE, STAGE
from casekeeper.services.store_hygiene import clean_after_failure
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import MAX_EVIDENCE_BYTES, EvidenceStore
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.exchange import ExchangeRepository
from casekeeper.storage.store_operations import Operation


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import added and what it left alone because it was already there."""

    added_cases: tuple[str, ...]
    skipped_cases: tuple[str, ...]
    added_files: int
    added_overrides: int
    without_original: tuple[str, ...] = ()
    """Exhibits whose original the archive did not hold (missing or altered where exported)."""

    def lines(self, language: str = "en") -> list[str]:
        """The result in plain words, in ``language``."""
        tr = translator(language)
        cases = tr.ngettext("{n} case", "{n} cases", len(self.added_cases)).format(n=len(self.added_cases))
        files = tr.ngettext("{n} new evidence file", "{n} new evidence files", self.added_files).format(
            n=self.added_files
        )
        corrections = tr.ngettext("{n} rule correction", "{n} rule corrections", self.added_overrides).format(
            n=self.added_overrides
        )
        out = [
            tr.gettext("Imported {cases} and {files}; {corrections}.").format(
                cases=cases, files=files, corrections=corrections
            )
        ]
        if self.without_original:
            n = len(self.without_original)
            out.append(
                tr.ngettext(
                    "{n} exhibit came without its original (missing or altered where the archive "
                    "was made): {exhibits}. Its record was imported; 'casekeeper-cli check' lists it.",
                    "{n} exhibits came without their original (missing or altered where the archive "
                    "was made): {exhibits}. Their records were imported; 'casekeeper-cli check' lists "
                    "them.",
                    n,
                ).format(n=n, exhibits=", ".join(self.without_original[:5]))
            )
        if self.skipped_cases:
            n = len(self.skipped_cases)
            out.append(
                tr.ngettext(
                    "{n} case was already present and was left unchanged.",
                    "{n} cases were already present and were left unchanged.",
                    n,
                ).format(n=n)
            )
        return out


def pending(db: Database, archive: ValidatedArchive) -> list[CaseDoc]:
    """The archive's cases that are not yet in the case file (identity: the case uid)."""
    with db.reading() as session:
        present = ExchangeRepository(session).uids()
    return [doc for doc in archive.cases if doc.uid not in present]


def write_import(db: Database, store: EvidenceStore, archive: ValidatedArchive,
                 now: datetime) -> ImportResult:
    """Copy missing originals into the store, then insert everything in one transaction."""
    new = pending(db, archive)
    needed = sorted({e.sha256 for doc in new for e in doc.evidence
                     if store.missing(e.sha256) and e.sha256 not in archive.withheld})
    # Originals are staged under a locked marker until the records are committed: an import that
    # is killed or refused leaves nothing the cleaner cannot tell from a running one.
    try:
        with store.operation("import") as op:
            written = _copy_originals(archive.path, store, needed, op)
            with db.writing() as session:
                repo = ExchangeRepository(session)
                present = repo.uids()
                added = [doc for doc in new if doc.uid not in present]
                for doc in added:
                    _insert_case(session, repo, doc, now)
                overrides = _insert_overrides(session, repo, archive, now)
                if archive.reminders is not None:
                    insert_caseless_requests(repo, archive.reminders)
    except BaseException:
        clean_after_failure(db, store)
        raise
    added_uids = {doc.uid for doc in added}
    skipped = tuple(doc.uid for doc in archive.cases if doc.uid not in added_uids)
    lacking = tuple(f"{doc.title} E{e.exhibit_no} ({archive.withheld[e.sha256]})"
                    for doc in added for e in doc.evidence if e.sha256 in archive.withheld)
    return ImportResult(tuple(doc.uid for doc in added), skipped, len(written), overrides, lacking)


def _copy_originals(path: Path, store: EvidenceStore, needed: list[str],
                    op: Operation) -> list[str]:
    written: list[str] = []
    with open_archive(path) as archive:
        for sha in needed:
            with archive.open(f"evidence/{sha}") as src:
                stored = store.add_stream(src, op, name=f"evidence/{sha}", limit=MAX_EVIDENCE_BYTES)
            if stored.sha256 != sha:
                raise ArchiveError(
                    Marked(
                        N_("evidence/{sha} does not match its name (SHA-256 {sha256}); nothing was imported"),
                        sha=sha,
                        sha256=stored.sha256,
                    )
                )
            if not stored.already_present:
                written.append(sha)
    return written


def _insert_case(session: Session, repo: ExchangeRepository, doc: CaseDoc, now: datetime) -> None:
    body = doc.model_dump(exclude=set(CASE_PARTS))
    case = Case(**body)
    repo.add(case)
    assert case.id is not None
    ids: dict[int | None, int | None] = {}
    for item in doc.interactions:
        row = Interaction(case_id=case.id, **item.model_dump(exclude={"ref"}))
        repo.add(row)
        assert row.id is not None
        ids[item.ref] = row.id

    def real(ref: int | None) -> int | None:
        return ids[ref] if ref is not None else None

    promise_ids: list[int | None] = []
    for promise in doc.promises:
        promise_row = Promise(case_id=case.id, interaction_id=real(promise.interaction_ref),
                              settled_by_interaction_id=real(promise.settled_by_ref),
                              **promise.model_dump(exclude={"interaction_ref", "settled_by_ref"}))
        repo.add(promise_row)
        promise_ids.append(promise_row.id)
    stage_ids: list[int | None] = []
    for stage in doc.stages:
        stage_row = StageChange(case_id=case.id, **stage.model_dump())
        repo.add(stage_row)
        stage_ids.append(stage_row.id)
    for exhibit in doc.evidence:
        repo.add(Evidence(case_id=case.id, interaction_id=real(exhibit.interaction_ref),
                          **exhibit.model_dump(exclude={"interaction_ref"})))
    if doc.plan is not None:
        repo.add(PaymentPlan(case_id=case.id, **doc.plan.model_dump(exclude={"instalments"})))
        for instalment in doc.plan.instalments:
            repo.add(Instalment(case_id=case.id, **instalment.model_dump()))
    if doc.reminders is not None:
        places: dict[str, dict[int | None, int | None]] = {
                  CONTACT: ids,
                  PROMISE: dict(enumerate(promise_ids, start=1)),
                  STAGE: dict(enumerate(stage_ids, start=1)), CASE: {None: case.id}}
        insert_reminders(repo, case.id, doc.reminders, places)
    digest = hashlib.sha256(doc.model_dump_json().encode("utf-8")).hexdigest()
    AuditLog(session).append("import", "cases", case.id, case.id, digest, now)


def _insert_overrides(session: Session, repo: ExchangeRepository, archive: ValidatedArchive,
                      now: datetime) -> int:
    if archive.overrides is None:
        return 0
    present = repo.override_keys()
    added = 0
    for item in archive.overrides.overrides:
        if (item.country, item.key) in present:
            continue
        row = RuleOverride(**item.model_dump())
        repo.add(row)
        AuditLog(session).record("import", row, now)
        added += 1
    return added


