"""The integrity check: the case file, its references, every original and the audit chain."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from casekeeper.i18n import translator
from casekeeper.i18n.markers import N_, PN_, Marked
from casekeeper.i18n.told import told_in
from casekeeper.paths import DataPaths
from casekeeper.services.history_check import ACCEPT_ADVICE, accept_changes, history_problems
from casekeeper.services.store_hygiene import Survey, survey, tidy
from casekeeper.storage import case_counters
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore, verify
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.health import HealthRepository

Progress = Callable[[int, int], None]
CASE_FILE_PART = Marked(N_("the case file (SQLite integrity check)"))
REFERENCES_PART = Marked(N_("references between records (foreign keys)"))
ORIGINALS_PART = Marked(N_("evidence originals (SHA-256 of every file)"))
AUDIT_PART = Marked(N_("the audit log (hash chain)"))
DAMAGED_ADVICE = Marked(
    N_(
        "The case file is damaged. First save what can still be read (casekeeper-cli salvage "
        "FILE.zip), then restore the latest good backup (casekeeper-cli backup list); do not delete "
        "the data folder."
    )
)
LEFTOVERS_PART = Marked(N_("no stray files in the evidence folder"))
ORIGINALS_ADVICE = Marked(
    N_(
        "Evidence originals are missing or have changed. Put the original files back from your own "
        "copies or an export; a backup of the case file does not hold them, so restoring one would "
        "not help."
    )
)
OUTSIDE_ADVICE = Marked(
    N_(
        "The records or their history do not match: something changed the case file outside Case "
        "Keeper. Your records are still readable; keep this report and ask for help."
    )
)


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

    def lines(self, language: str = "en") -> list[str]:
        """The report in plain words in ``language``, one line per part and per problem."""
        tr = translator(language)
        out = []
        for part in self.parts:
            name = told_in(part.name, language)
            if part.ok:
                detail = told_in(part.detail, language)
                out.append(
                    tr.gettext("verified: {part}").format(part=name) + (f" ({detail})" if detail else "")
                )
            else:
                out.append(tr.gettext("PROBLEM: {part}:").format(part=name))
                out.extend(f"          - {told_in(problem, language)}" for problem in part.problems)
        out.append(
            tr.gettext("Every part verified.")
            if self.ok
            else tr.gettext("Problems were found. Nothing was changed.")
        )
        out.extend(told_in(advice, language) for advice in self.advice())
        return out

    def advice(self) -> list[str]:
        """What to do about each kind of problem found (a restore only for a damaged file); the
        texts are marked, so :func:`~casekeeper.i18n.told.told_in` says them in a language."""
        failed = {part.name for part in self.parts if not part.ok}
        out = []
        if CASE_FILE_PART in failed:
            out.append(self.case_file_advice or DAMAGED_ADVICE)
        if ORIGINALS_PART in failed:
            out.append(ORIGINALS_ADVICE)
        if REFERENCES_PART in failed or AUDIT_PART in failed:
            out.append(OUTSIDE_ADVICE)
        if AUDIT_PART in failed:
            out.append(Marked(ACCEPT_ADVICE))
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
            CheckPart(
                AUDIT_PART,
                (
                    *(
                        Marked(N_("audit entry {entry} {reason}"), entry=p.entry_id, reason=p.reason)
                        for p in chain
                    ),
                    *history,
                ),
                Marked(PN_("{n} entry", "{n} entries"), entries),
            ),
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
                problems.append(
                    Marked(N_("the original of {exhibits} is missing ({sha})"), exhibits=named, sha=sha)
                )
            elif not verify(path, sha):
                problems.append(
                    Marked(
                        N_("the original of {exhibits} has changed: its SHA-256 no longer matches ({sha})"),
                        exhibits=named,
                        sha=sha,
                    )
                )
            if progress:
                progress(done, len(recorded))
        return CheckPart(ORIGINALS_PART, tuple(problems), Marked(PN_("{n} file", "{n} files"), len(recorded)))

    def _leftovers(self) -> CheckPart:
        """Leftovers are harmless (described, never a problem); foreign files are left alone."""
        found = survey(self._db, self._store, self._paths)
        notes: list[Marked] = []
        if found.interrupted:
            notes.append(
                Marked(
                    PN_(
                        "{n} leftover of interrupted operations, harmless: removed at the next start or "
                        "by check --repair",
                        "{n} leftovers of interrupted operations, harmless: removed at the next start or "
                        "by check --repair",
                    ),
                    len(found.interrupted),
                )
            )
        if found.unreferenced:
            notes.append(
                Marked(
                    PN_(
                        "{n} original no exhibit refers to, harmless: check --repair removes it if no "
                        "backup needs it",
                        "{n} originals no exhibit refers to, harmless: check --repair removes those no "
                        "backup needs",
                    ),
                    len(found.unreferenced),
                )
            )
        if found.foreign:
            shown = ", ".join(str(p.relative_to(self._store.root)) for p in found.foreign[:3])
            notes.append(
                Marked(
                    PN_(
                        "{n} file Case Keeper did not put there, left alone: {files}",
                        "{n} files Case Keeper did not put there, left alone: {files}",
                    ),
                    len(found.foreign),
                    files=shown,
                )
            )
        if found.running:
            notes.append(
                Marked(
                    PN_(
                        "{n} file being added by another window or command now",
                        "{n} files being added by another window or command now",
                    ),
                    found.running,
                )
            )
        counts = (
            ("interrupted", len(found.interrupted)),
            ("unreferenced", len(found.unreferenced)),
            ("foreign", len(found.foreign)),
            ("running", found.running),
        )
        return CheckPart(LEFTOVERS_PART, (), _joined(notes), tuple(c for c in counts if c[1]))

    def accept_changes(self, now: datetime) -> int:
        """Take the case file as it is now as the new reference (after the person's decision)."""
        self._db.refuse_if_moved()
        return accept_changes(self._db, now)

    def repair(self) -> Survey:
        """Remove leftovers of interrupted operations and originals nothing refers to (not even a
        backup); never a file a record refers to. Returns what was removed."""
        self._db.refuse_if_moved()
        return tidy(self._db, self._store, self._paths, orphans=True)


def _joined(notes: list[Marked]) -> str:
    """Notes joined by "; ", told together in the language of the report."""
    if not notes:
        return ""
    values = {f"note{index}": note for index, note in enumerate(notes)}
    return Marked("; ".join(f"{{{key}}}" for key in values), **values)
