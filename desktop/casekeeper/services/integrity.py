"""The integrity check: the case file, its references, every original and the audit chain."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from casekeeper.paths import DataPaths
from casekeeper.services.history_check import ACCEPT_ADVICE, accept_changes, history_problems
from casekeeper.services.store_hygiene import Survey, survey, tidy
from casekeeper.storage import case_counters
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore, verify
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.health import HealthRepository

Progress = Callable[[int, int], None]
CASE_FILE_PART = "the case file (SQLite integrity check)"
REFERENCES_PART = "references between records (foreign keys)"
ORIGINALS_PART = "evidence originals (SHA-256 of every file)"
AUDIT_PART = "the audit log (hash chain)"
DAMAGED_ADVICE = ("The case file is damaged. First save what can still be read (casekeeper-cli "
                  "salvage FILE.zip), then restore the latest good backup (casekeeper-cli backup "
                  "list); do not delete the data folder.")
LEFTOVERS_PART = "no stray files in the evidence folder"


@dataclass(frozen=True, slots=True)
class CheckPart:
    """One part of the check, verified or with its problems in plain words."""

    name: str
    problems: tuple[str, ...] = ()
    detail: str = ""
    notes: tuple[tuple[str, int], ...] = ()
    """Harmless findings by kind (``interrupted``, ``unreferenced``, ``foreign``, ``running``)."""

    @property
    def ok(self) -> bool:
        """True when nothing is wrong with this part."""
        return not self.problems


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Every part of the check."""

    parts: tuple[CheckPart, ...] = field(default_factory=tuple)
    case_file_advice: str = ""
    """The case-file diagnosis when SQLite found the file damaged."""

    @property
    def ok(self) -> bool:
        """True when every part was verified."""
        return all(part.ok for part in self.parts)

    def lines(self) -> list[str]:
        """The report in plain words, one line per part and per problem."""
        out = []
        for part in self.parts:
            if part.ok:
                out.append(f"verified  {part.name}{f' ({part.detail})' if part.detail else ''}")
            else:
                out.append(f"PROBLEM   {part.name}:")
                out.extend(f"          - {problem}" for problem in part.problems)
        out.append("Every part verified." if self.ok else "Problems were found. Nothing was changed.")
        out.extend(self.advice())
        return out

    def advice(self) -> list[str]:
        """What to do about each kind of problem found (a restore only for a damaged file)."""
        failed = {part.name for part in self.parts if not part.ok}
        out = []
        if CASE_FILE_PART in failed:
            out.append(self.case_file_advice or DAMAGED_ADVICE)
        if ORIGINALS_PART in failed:
            out.append("Evidence originals are missing or have changed. Put the original files "
                       "back from your own copies or an export; a backup of the case file does "
                       "not hold them, so restoring one would not help.")
        if REFERENCES_PART in failed or AUDIT_PART in failed:
            out.append("The records or their history do not match: something changed the case "
                       "file outside Case Keeper. Your records are still readable; keep this "
                       "report and ask for help.")
        if AUDIT_PART in failed:
            out.append(ACCEPT_ADVICE)
        return out


class IntegrityService:
    """Runs the check on the open data folder. It changes no record; only the case list's
    counters, which are worked out from the records, are quietly worked out again if they
    drifted."""

    def __init__(self, db: Database, store: EvidenceStore, paths: DataPaths | None = None) -> None:
        self._db = db
        self._store = store
        self._paths = paths or DataPaths(db.path.parent, db.path.parent / "config")

    def audit_chain_head(self) -> str | None:
        """The hash of the newest audit entry: stated in dossiers so later tampering shows."""
        with self._db.reading() as session:
            return AuditLog(session).head()

    def check(self, progress: Progress | None = None) -> CheckReport:
        """Run every part; ``progress(done, total)`` is called as originals are hashed."""
        self._db.refuse_if_moved()  # a vanished folder is not "verified"
        with self._db.reading() as session:
            health = HealthRepository(session)
            integrity = health.integrity_problems()
            dangling = health.dangling_references()
            recorded = health.evidence_hashes()
            audit = AuditLog(session)
            chain = audit.verify()
            entries = audit.count()
        history = history_problems(self._db.path, self._paths.backups_dir) if not integrity else []
        counters = [] if integrity else self._counters()
        parts = [
            CheckPart(CASE_FILE_PART, (*integrity, *counters)),
            CheckPart(REFERENCES_PART, tuple(dangling)),
            self._originals(recorded, progress),
            self._leftovers(),
            CheckPart(AUDIT_PART,
                      (*(f"audit entry {p.entry_id} {p.reason}" for p in chain), *history),
                      f"{entries} entries"),
        ]
        advice = self._diagnosis() if integrity else ""
        return CheckReport(tuple(parts), advice)

    def _counters(self) -> list[str]:
        """Repair the case counters if they differ from the records, then verify them; a problem
        only if they still differ after the repair."""
        if not self._drifted():
            return []
        with self._db.writing() as session:
            raw = session.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            case_counters.repair(raw)
        left = self._drifted()
        return [f"the case list's counters of case {case_id} do not match its records"
                for case_id in left]

    def _drifted(self) -> list[int]:
        with self._db.reading() as session:
            raw = session.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return case_counters.drifted(raw)

    def _diagnosis(self) -> str:
        from casekeeper.services.case_file_diagnosis import Condition, diagnose

        found = diagnose(self._paths)
        return found.message if found.condition in (Condition.DAMAGED, Condition.TRUNCATED) else ""

    def _originals(self, recorded: dict[str, list[str]], progress: Progress | None) -> CheckPart:
        problems = []
        for done, (sha, exhibits) in enumerate(sorted(recorded.items()), start=1):
            path = self._store.path_for(sha)
            named = ", ".join(exhibits)
            if not path.is_file():
                problems.append(f"the original of {named} is missing ({sha})")
            elif not verify(path, sha):
                problems.append(f"the original of {named} has changed: its SHA-256 no longer "
                                f"matches ({sha})")
            if progress:
                progress(done, len(recorded))
        return CheckPart(ORIGINALS_PART, tuple(problems),
                         f"{len(recorded)} files")

    def _leftovers(self) -> CheckPart:
        """Leftovers are harmless (described, never a problem); foreign files are left alone."""
        found = survey(self._db, self._store, self._paths)
        notes = []
        if found.interrupted:
            notes.append(f"{len(found.interrupted)} leftover(s) of interrupted operations, "
                         "harmless: removed at the next start or by check --repair")
        if found.unreferenced:
            notes.append(f"{len(found.unreferenced)} original(s) no exhibit refers to, harmless: "
                         "check --repair removes those no backup needs")
        if found.foreign:
            shown = ", ".join(str(p.relative_to(self._store.root)) for p in found.foreign[:3])
            notes.append(f"{len(found.foreign)} file(s) Case Keeper did not put there, left "
                         f"alone: {shown}")
        if found.running:
            notes.append(f"{found.running} file(s) being added by another window or command now")
        counts = (("interrupted", len(found.interrupted)), ("unreferenced", len(found.unreferenced)),
                  ("foreign", len(found.foreign)), ("running", found.running))
        return CheckPart(LEFTOVERS_PART, (), "; ".join(notes), tuple(c for c in counts if c[1]))

    def accept_changes(self, now: datetime) -> int:
        """Take the case file as it is now as the new reference (after the person's decision)."""
        self._db.refuse_if_moved()
        return accept_changes(self._db, now)

    def repair(self) -> Survey:
        """Remove leftovers of interrupted operations and originals nothing refers to (not even a
        backup); never a file a record refers to. Returns what was removed."""
        self._db.refuse_if_moved()
        return tidy(self._db, self._store, self._paths, orphans=True)
