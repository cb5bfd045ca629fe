"""A workspace: the opened data folder with every service wired to it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields

from casekeeper.errors import DataLocationError
from casekeeper.paths import DataPaths
from casekeeper.services.backup import BackupService
from casekeeper.services.call_times import CallTimesService
from casekeeper.services.case_file_diagnosis import explain, refuse_unless_usable
from casekeeper.services.cases import CaseService
from casekeeper.services.clock import Clock, SystemClock
from casekeeper.services.deadlines import DeadlineService
from casekeeper.services.dossier import DossierService
from casekeeper.services.evidence import EvidenceService
from casekeeper.services.exchange import ExchangeService
from casekeeper.services.integrity import IntegrityService
from casekeeper.services.journal import JournalService
from casekeeper.services.letters import LetterService
from casekeeper.services.mail_import import MailImportService
from casekeeper.services.plan import PlanService
from casekeeper.services.reminders.store import ReminderStore
from casekeeper.services.rules import RulesService
from casekeeper.services.search import SearchService
from casekeeper.services.store_hygiene import tidy_quietly
from casekeeper.services.trash import TrashService
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore
from casekeeper.storage.migrate import open_database


@dataclass
class Workspace:
    """Every use case on one data folder; close it when done."""

    paths: DataPaths
    db: Database
    clock: Clock
    cases: CaseService
    journal: JournalService
    evidence: EvidenceService
    search: SearchService
    trash: TrashService
    rules: RulesService
    deadlines: DeadlineService
    dossiers: DossierService
    letters: LetterService
    backups: BackupService
    integrity: IntegrityService
    exchange: ExchangeService
    reminders: ReminderStore
    call_times: CallTimesService
    mail: MailImportService
    plans: PlanService

    def close(self) -> None:
        """Release the database."""
        self.db.close()

    def reopen(self) -> None:
        """Open the data folder again (after a restore) and rewire every service in place."""
        fresh = open_workspace(self.paths, self.clock)
        for item in fields(self):
            setattr(self, item.name, getattr(fresh, item.name))


def open_workspace(paths: DataPaths, clock: Clock | None = None) -> Workspace:
    """Open (creating or migrating) the data folder and wire the services."""
    paths.ensure()
    refuse_unless_usable(paths)
    try:
        db = open_database(paths.database, paths.backups_dir)
    except (DataLocationError, sqlite3.Error, OSError) as exc:
        explained = explain(paths, exc)
        if explained is None:
            raise
        raise explained from exc
    store = EvidenceStore(paths.evidence_dir)
    tidy_quietly(db, store, paths)  # leftovers of interrupted attaches, imports and backups
    the_clock = clock or SystemClock()
    cases = CaseService(db, store, the_clock)
    rules = RulesService(db, the_clock)
    journal = JournalService(db, the_clock)
    plans = PlanService(db, cases, rules, the_clock)
    deadlines = DeadlineService(cases, rules, the_clock, plans)
    integrity = IntegrityService(db, store, paths)
    backups = BackupService(paths, db, the_clock)
    return Workspace(
        paths=paths, db=db, clock=the_clock,
        cases=cases,
        journal=journal,
        evidence=EvidenceService(db, store, the_clock),
        search=SearchService(db),
        trash=TrashService(db, the_clock, store),
        rules=rules,
        deadlines=deadlines,
        dossiers=DossierService(cases, deadlines, the_clock, integrity.audit_chain_head, plans),
        letters=LetterService(cases, journal, rules, the_clock),
        backups=backups,
        integrity=integrity,
        exchange=ExchangeService(db, store, the_clock, backups),
        reminders=ReminderStore(db, the_clock),
        call_times=CallTimesService(db, rules, the_clock),
        mail=MailImportService(db, store, rules, the_clock),
        plans=plans,
    )
