"""Export and import archives of cases (everything, or one case), with a backup before import."""

from __future__ import annotations

import os
from pathlib import Path

from casekeeper.services.archive_export import (
    ExportResult,
    case_doc,
    caseless_reminders_doc,
    overrides_doc,
    to_json,
    write_archive,
)
from casekeeper.services.archive_import import ImportResult, pending, write_import
from casekeeper.services.archive_reader import validate
from casekeeper.services.backup import BackupService
from casekeeper.services.clock import Clock
from casekeeper.services.files import open_regular
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore
from casekeeper.storage.repositories.cases import CaseRepository
from casekeeper.storage.repositories.exchange import ExchangeRepository


class ExchangeService:
    """Archives in and out; the format is described in docs/archive-format.md."""

    def __init__(self, db: Database, store: EvidenceStore, clock: Clock,
                 backups: BackupService) -> None:
        self._db = db
        self._store = store
        self._clock = clock
        self._backups = backups

    def export(self, target: Path, case_id: int | None = None) -> ExportResult:
        """Write every case (and the rule corrections), or one case, to a zip archive."""
        docs: dict[str, bytes] = {}
        originals: dict[str, Path] = {}
        with self._db.reading() as session:
            repo = ExchangeRepository(session)
            ids = repo.case_ids() if case_id is None else [case_id]
            for ident in ids:
                doc = case_doc(repo.rows(CaseRepository(session).get(ident)))
                docs[f"cases/{doc.uid}.json"] = to_json(doc)
                for exhibit in doc.evidence:
                    originals[exhibit.sha256] = self._store.path_for(exhibit.sha256)
            if case_id is None:
                docs["overrides.json"] = to_json(overrides_doc(repo.overrides()))
                caseless = caseless_reminders_doc(repo.opening_requests(None))
                if caseless is not None:
                    docs["reminders.json"] = to_json(caseless)
        return write_archive(target, docs, originals, self._store,
                             "all" if case_id is None else "case", self._clock.now())

    def import_archive(self, source: Path) -> ImportResult:
        """Check the whole archive first; back up; then add what is not already present."""
        try:
            present = source.exists()
        except (OSError, ValueError):  # e.g. a name too long for the system: open_regular says so
            present = True
        if present:
            os.close(open_regular(source, "archive"))  # a FIFO or a device is refused at once
        archive = validate(source)
        if pending(self._db, archive) or archive.overrides is not None \
                or archive.reminders is not None:
            self._backups.create("pre-import")
        return write_import(self._db, self._store, archive, self._clock.now())
