"""Put a backup back in place of the case file, on a CLOSED data folder (no workspace open)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casekeeper.errors import DataLocationError, InputError, KnownError
from casekeeper.i18n import translator
from casekeeper.i18n.markers import N_, Marked
from casekeeper.paths import DataPaths
from casekeeper.services.backup import BackupInfo, list_backups, read_manifest, write_manifest
from casekeeper.services.instance_lock import holding_lock
from casekeeper.storage import wal_guard
from casekeeper.storage.backup import backup_database, inspect_copy, parse_name, replace_database
from casekeeper.storage.commit_seal import record_replacement
from casekeeper.storage.schema import KNOWN_REVISIONS

BUSY_WAIT_S = 2.0
GIVE_BACKUP_NAME = N_("give a name shown by 'casekeeper-cli backup list'")


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """What a restore did, to be shown to the person."""

    restored: str
    safety_copy: str | None
    case_count: int | None
    revision: str | None
    missing_evidence: tuple[str, ...]

    def lines(self, language: str = "en") -> list[str]:
        """The report in plain words, in ``language``."""
        tr = translator(language)
        out = [
            tr.gettext("Restored the case file from backup {name} (unknown number of cases).").format(
                name=self.restored
            )
            if self.case_count is None
            else tr.ngettext(
                "Restored the case file from backup {name} ({n} case).",
                "Restored the case file from backup {name} ({n} cases).",
                self.case_count,
            ).format(name=self.restored, n=self.case_count)
        ]
        if self.safety_copy:
            out.append(
                tr.gettext("The case file as it was before is kept as backup {name}.").format(
                    name=self.safety_copy
                )
            )
        if self.missing_evidence:
            n = len(self.missing_evidence)
            out.append(
                tr.ngettext(
                    "{n} evidence file listed with this backup is missing from the evidence folder; "
                    "run 'casekeeper-cli check'.",
                    "{n} evidence files listed with this backup are missing from the evidence folder; "
                    "run 'casekeeper-cli check'.",
                    n,
                ).format(n=n)
            )
        return out


def restore_backup(paths: DataPaths, backup_name: str, now: datetime | None = None) -> RestoreReport:
    """Restore ``backup_name`` (checked first); the current file is backed up before it is replaced.

    The data folder must be closed: the app closes its workspace, calls this, then reopens it.
    Refused while another process holds the folder's lock.
    """
    source = _backup_path(paths, backup_name)
    problem = verify_backup(source)
    if problem:
        raise KnownError(
            Marked(
                N_("Backup {name} cannot be restored: {problem}. Nothing was changed."),
                name=backup_name,
                problem=problem,
            )
        )
    when = now or datetime.now(UTC)
    with holding_lock(paths.data_dir):
        _refuse_if_busy(paths)
        wal_guard.guard(paths.database)  # the safety copy must not take in another file's log
        safety = _keep_current(paths, when)
        replace_database(paths.database, source)
        record_replacement(paths.database, when)  # older backups need no longer match its chain
    facts = inspect_copy(paths.database, full_check=False)
    return RestoreReport(
        restored=backup_name,
        safety_copy=safety,
        case_count=facts.case_count,
        revision=facts.revision,
        missing_evidence=_missing_evidence(paths, source),
    )


def verify_backup(path: Path) -> str:
    """Why a backup must not be restored (damaged, foreign, newer), or '' when it is good."""
    facts = inspect_copy(path)
    if facts.integrity != "ok":
        return f"it is damaged ({facts.integrity})"
    if facts.revision is None:
        return "it is not a Case Keeper case file"
    if facts.revision not in KNOWN_REVISIONS:
        return f"it was written by a newer version of Case Keeper (schema {facts.revision})"
    return ""


def latest_good_backup(paths: DataPaths) -> BackupInfo | None:
    """The newest backup that passes the integrity check and has a known schema."""
    return next((b for b in list_backups(paths.backups_dir) if not verify_backup(b.path)), None)


def restore_latest_good(paths: DataPaths, now: datetime | None = None) -> RestoreReport:
    """For an empty, cut-short or damaged case file: restore the newest good backup.

    Refused when the diagnosis says the data may be sound (busy, newer, read-only, full disk...):
    a restore would then replace good work with an older copy.
    """
    from casekeeper.services.case_file_diagnosis import DATA_MAY_BE_SOUND, diagnose
    from casekeeper.services.diagnosis_words import diagnosis_message

    found = diagnose(paths)
    if found.condition in DATA_MAY_BE_SOUND:
        raise KnownError(found.message, words=lambda tr: diagnosis_message(found, tr))
    good = latest_good_backup(paths)
    if good is None:
        raise KnownError(
            Marked(
                N_(
                    "No usable backup was found in the backups folder. Export "
                    "what can still be read (casekeeper-cli salvage) and ask for "
                    "help."
                )
            )
        )
    return restore_backup(paths, good.name, now)


def _refuse_if_busy(paths: DataPaths) -> None:
    """Say so at once when another program holds the case file, instead of waiting for ever."""
    if not paths.database.exists() or paths.database.stat().st_size == 0:
        return
    from casekeeper.services.case_file_diagnosis import CaseFileError, Condition, Diagnosis
    from casekeeper.storage.case_file_probe import probe_busy, programs_holding

    if probe_busy(paths.database, BUSY_WAIT_S):
        raise CaseFileError(Diagnosis(Condition.BUSY, paths.database,
                                      holders=programs_holding(paths.database)))


def _missing_evidence(paths: DataPaths, backup: Path) -> tuple[str, ...]:
    listed = read_manifest(backup).get("evidence", [])
    hashes = [str(item.get("sha256", "")) for item in listed if isinstance(item, dict)] \
        if isinstance(listed, list) else []
    return tuple(h for h in hashes if not (paths.evidence_dir / h[:2] / h).is_file())


def _backup_path(paths: DataPaths, name: str) -> Path:
    if Path(name).name != name or parse_name(name) is None:
        raise InputError("backup", name, Marked(GIVE_BACKUP_NAME))
    path = paths.backups_dir / name
    if not path.is_file():
        raise InputError("backup", name, Marked(GIVE_BACKUP_NAME))
    return path


def _keep_current(paths: DataPaths, when: datetime) -> str | None:
    """Back up the current file; if it is too damaged for that, copy its raw files aside."""
    if not paths.database.exists():
        return None
    try:
        copy = backup_database(paths.database, paths.backups_dir, "pre-restore", when)
    except sqlite3.DatabaseError:
        stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        copy = paths.backups_dir / f"damaged-{stamp}.sqlite3"
        try:
            shutil.copyfile(paths.database, copy)
            wal = Path(f"{paths.database}-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{copy}-wal"))
        except OSError as exc:
            raise DataLocationError(
                Marked(
                    N_("The current case file could not be copied aside ({why}); nothing was changed."),
                    why=exc,
                )
            ) from exc
        return copy.name
    except OSError as exc:
        raise DataLocationError(
            Marked(N_("The current case file could not be backed up ({why}); nothing was changed."), why=exc)
        ) from exc
    write_manifest(copy, paths.evidence_dir, "pre-restore", when, None)
    return copy.name
