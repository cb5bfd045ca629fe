"""The audit part of ``check``: the chain's links, every record against its seal, and the chain's
head against the copies kept outside the file (the witness beside it and each backup manifest).

Every problem names the record or the entries in plain words. Restores, imports, salvage, the
trash, migrations and Case Keeper's own writes all keep the seals and the witness in step, so
they never make this fail; a restore (or an accepted history) marks the moment older backups no
longer have to match.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from casekeeper.i18n.markers import N_, NP_, InContext, Marked
from casekeeper.services.backup import list_backups, read_manifest
from casekeeper.storage import seals
from casekeeper.storage.chain_witness import read_witness
from casekeeper.storage.commit_seal import record_replacement
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.sqlite_uri import read_only_uri

CHANGED = N_(
    "{record} was changed outside Case Keeper: its stored values no longer match what Case Keeper wrote"
)
ADDED = N_("{record} was added outside Case Keeper")
REMOVED = N_("{record} was deleted outside Case Keeper")
RECORD = N_("{kind} {id}")
RECORD_OF_CASE = N_("{kind} {id} of case {case}")
# The records as the start of a sentence names them (a table the list misses keeps its name).
_KINDS: dict[str, InContext] = {
    "cases": NP_("record at the start of a sentence", "Case"),
    "interactions": NP_("record at the start of a sentence", "Contact"),
    "stage_changes": NP_("record at the start of a sentence", "Ladder step"),
    "evidence": NP_("record at the start of a sentence", "Exhibit"),
    "promises": NP_("record at the start of a sentence", "Promise"),
    "rule_overrides": NP_("record at the start of a sentence", "Rule override"),
    "payment_plans": NP_("record at the start of a sentence", "Payment plan"),
    "instalments": NP_("record at the start of a sentence", "Instalment"),
    "reminders_sent": NP_("record at the start of a sentence", "Sent-reminder record"),
    "opening_requests": NP_("record at the start of a sentence", "Opening reminder"),
}
EARLIER_DAY = N_("an earlier day")
ITS_NEWEST = N_("(its newest)")
TRUNCATED_WITNESS = N_(
    "The newest entries of the audit log were removed: on {when} it reached entry {entry}, which "
    "is no longer there (deleted outside Case Keeper, or an older copy of the case file was put "
    "in place by hand)"
)
TRUNCATED_BACKUP = N_(
    "Backup {name} holds audit entry {entry}, which the case file no longer has: entries were "
    "removed after that backup was made"
)
ACCEPT_ADVICE = N_(
    "If you made these changes yourself on purpose, or put an older copy of the case file in "
    "place by hand, run casekeeper-cli check --accept-changes: it records the case file as it is "
    "now as the new reference (the change is noted in the audit log; no record is changed)."
)


def history_problems(database: Path, backups_dir: Path) -> list[str]:
    """Records that do not match their seals and a chain that lost its newest entries."""
    with closing(sqlite3.connect(read_only_uri(database), uri=True)) as conn:
        if not seals.has_seals(conn):
            return []
        findings = seals.compare(conn)
        titles = dict(conn.execute("SELECT id, title FROM cases").fetchall())
        hashes = {str(h): int(i) for i, h in conn.execute("SELECT id, hash FROM audit_log")}
    problems = [_words(finding, titles) for finding in findings]
    witness = read_witness(database)
    if witness is not None and witness.head is not None and witness.head not in hashes:
        problems.append(
            Marked(TRUNCATED_WITNESS, when=witness.saved_at or Marked(EARLIER_DAY), entry=witness.entry)
        )
    since = _instant(witness.replaced_at) if witness else None
    for backup in list_backups(backups_dir):
        if since is not None and backup.created_at <= since:
            continue
        manifest = read_manifest(backup.path)
        head = manifest.get("audit_head")
        if isinstance(head, str) and head not in hashes:
            entry = manifest.get("audit_entry")
            problems.append(
                Marked(TRUNCATED_BACKUP, name=backup.name, entry=entry if entry else Marked(ITS_NEWEST))
            )
    return problems


def accept_changes(db: Database, now: datetime) -> int:
    """Seal every record as it is now and restart the witness; returns how many did not match.

    The acceptance itself is an audit entry, so the history says when it happened.
    """
    with db.writing() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        findings = seals.compare(raw)
        seals.reseal_all(raw, [])
        digest = seals.row_digest(["accepted"], tuple(f"{f.table}:{f.record_id}:{f.kind}"
                                                      for f in findings))
        AuditLog(session).append("accept-outside-changes", "record_seals", None, None, digest, now)
    record_replacement(db.path, now)
    return len(findings)


def _words(finding: seals.SealFinding, titles: dict[int, str]) -> str:
    known = _KINDS.get(finding.table)
    kind: str = finding.table if known is None else Marked(known)
    record = (
        Marked(RECORD_OF_CASE, kind=kind, id=finding.record_id, case=finding.case_id)
        if finding.table != "cases" and finding.case_id is not None
        else Marked(RECORD, kind=kind, id=finding.record_id)
    )
    case_title = titles.get(finding.case_id) if finding.case_id is not None else None
    if case_title:
        record = Marked(N_("{record} “{title}”"), record=record, title=case_title)
    template = {"changed": CHANGED, "added": ADDED}.get(finding.kind, REMOVED)
    return Marked(template, record=record)


def _instant(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
