"""The integrity check: the case file, its references, every original and the audit chain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from casekeeper.services.instance_lock import LOCK_NAME
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore, verify
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.health import HealthRepository

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class CheckPart:
    """One part of the check, verified or with its problems in plain words."""

    name: str
    problems: tuple[str, ...] = ()
    detail: str = ""

    @property
    def ok(self) -> bool:
        """True when nothing is wrong with this part."""
        return not self.problems


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Every part of the check."""

    parts: tuple[CheckPart, ...] = field(default_factory=tuple)

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
        out.append("Every part verified." if self.ok else
                   "Problems were found. Nothing was changed; restore a backup "
                   "(casekeeper-cli backup list) or keep this report and ask for help.")
        return out


class IntegrityService:
    """Runs the check on the open data folder (read-only: it changes nothing)."""

    def __init__(self, db: Database, store: EvidenceStore) -> None:
        self._db = db
        self._store = store

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
        parts = [
            CheckPart("the case file (SQLite integrity check)", tuple(integrity)),
            CheckPart("references between records (foreign keys)", tuple(dangling)),
            self._originals(recorded, progress),
            self._orphans(recorded),
            CheckPart("the audit log (hash chain)",
                      tuple(f"audit entry {p.entry_id} {p.reason}" for p in chain),
                      f"{entries} entries"),
        ]
        return CheckReport(tuple(parts))

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
        return CheckPart("evidence originals (SHA-256 of every file)", tuple(problems),
                         f"{len(recorded)} files")

    def _orphans(self, recorded: dict[str, list[str]]) -> CheckPart:
        root = self._store.root
        problems = []
        if root.is_dir():
            for item in sorted(root.rglob("*")):
                if item.is_dir() or item.name == LOCK_NAME:
                    continue
                if item.name.startswith(".incoming-"):
                    problems.append(f"an unfinished copy was left behind: {item.name}")
                elif item.name not in recorded:
                    problems.append(f"a file no exhibit refers to: {item.relative_to(root)}")
        return CheckPart("no stray files in the evidence folder", tuple(problems))
