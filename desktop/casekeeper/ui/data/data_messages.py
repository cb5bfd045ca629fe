"""Backups, restores, checks, imports and exports told in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casekeeper.ui.common.i18n import format_datetime, translate

if TYPE_CHECKING:
    from casekeeper.services.archive_export import ExportResult
    from casekeeper.services.archive_import import ImportResult
    from casekeeper.services.backup import BackupInfo
    from casekeeper.services.integrity import CheckPart, CheckReport
    from casekeeper.services.recovery import SalvageReport
    from casekeeper.services.restore import RestoreReport


def reason_name(reason: str) -> str:
    """Why a backup was made, in a few words."""
    names = {
        "manual": translate("Safety", "You asked for it"),
        "exit": translate("Safety", "When the app closed"),
        "scheduled": translate("Safety", "Scheduled"),
        "pre-migration": translate("Safety", "Before an update"),
        "pre-import": translate("Safety", "Before an import"),
        "pre-restore": translate("Safety", "Before a restore"),
    }
    return names.get(reason, reason)


def cases_text(count: int | None) -> str:
    """``3 cases``; ``unknown`` when the copy could not be read."""
    if count is None:
        return translate("Safety", "unknown")
    return translate("Safety", "%n cases", None, count)


def backup_made(info: BackupInfo, zone: str | None = None) -> str:
    """``Backed up on 24 Nov 2026 10:30 (3 cases).``"""
    return (
        translate("Safety", "Backed up on %1 (%2).")
        .replace("%1", format_datetime(info.created_at, zone))
        .replace("%2", cases_text(info.case_count))
    )


def restore_lines(report: RestoreReport) -> list[str]:
    """What a restore did."""
    lines = [
        translate("Safety", "Your cases were restored from the backup %1 (%2).")
        .replace("%1", report.restored)
        .replace("%2", cases_text(report.case_count))
    ]
    if report.safety_copy:
        lines.append(
            translate("Safety", "Your data as it was just before is kept as the backup %1.").replace(
                "%1", report.safety_copy
            )
        )
    if report.missing_evidence:
        missing = len(report.missing_evidence)
        lines.append(
            translate(
                "Safety",
                "%n evidence files listed with this backup are missing; run Tools > Check data integrity.",
                None,
                missing,
            )
        )
    return lines


def part_name(part: CheckPart) -> str:
    """A part of the integrity check, named in the interface language."""
    names = {
        "the case file (SQLite integrity check)": translate("Safety", "The case file"),
        "references between records (foreign keys)": translate("Safety", "Links between records"),
        "evidence originals (SHA-256 of every file)": translate(
            "Safety", "Evidence originals (every file's fingerprint)"
        ),
        "no stray files in the evidence folder": translate("Safety", "No stray files in the evidence folder"),
        "the audit log (hash chain)": translate("Safety", "The history of changes (audit log)"),
    }
    return names.get(part.name, part.name)


def part_detail(part: CheckPart) -> str:
    """``3 files`` / ``15 entries`` / harmless leftovers, in the interface language."""
    if part.notes:
        return "; ".join(_note_words(kind, count) for kind, count in part.notes)
    number, _, unit = part.detail.partition(" ")
    count = int(number) if number.isdigit() else 0
    if number.isdigit() and unit in ("file", "files"):  # the service says "1 file", "2 files"
        return translate("Safety", "%n files", None, count)
    if number.isdigit() and unit in ("entry", "entries"):
        return translate("Safety", "%n entries", None, count)
    return part.detail


def _note_words(kind: str, count: int) -> str:
    words = {
        "interrupted": translate(
            "Safety",
            "%n leftovers of interrupted operations, harmless: removed at the next start",
            None,
            count,
        ),
        "unreferenced": translate("Safety", "%n originals no exhibit refers to, harmless", None, count),
        "foreign": translate("Safety", "%n files Case Keeper did not put there, left alone", None, count),
        "running": translate("Safety", "%n files being added by another window now", None, count),
    }
    return words.get(kind, f"{count} {kind}")


def check_summary(report: CheckReport) -> str:
    """All well, or what to do about each kind of problem (a restore only for a damaged file)."""
    if report.ok:
        return translate("Safety", "Every part was verified. Your data is intact.")
    failed = {part.name for part in report.parts if not part.ok}
    out = [translate("Safety", "Problems were found. Nothing was changed.")]
    if "the case file (SQLite integrity check)" in failed:
        out.append(translate(
            "Safety",
            "The case file is damaged. First save what can still be read, then restore the latest "
            "good backup (File > Backups…); do not delete the data folder.",
        ))
    if "evidence originals (SHA-256 of every file)" in failed:
        out.append(translate(
            "Safety",
            "Evidence originals are missing or have changed. Put the original files back from your "
            "own copies or an export; a backup of the case file does not hold them.",
        ))
    if failed & {"references between records (foreign keys)", "the audit log (hash chain)"}:
        out.append(translate(
            "Safety",
            "The records or their history do not match: something changed the case file outside "
            "Case Keeper. Your records are still readable; keep this report and ask for help.",
        ))
    if "the audit log (hash chain)" in failed:
        out.append(translate(
            "Safety",
            "If you made these changes yourself on purpose, or put an older copy of the case file "
            "in place by hand, run casekeeper-cli check --accept-changes: it takes the case file as "
            "it is now as the new reference (noted in the history; no record is changed).",
        ))
    return " ".join(out)


def salvage_lines(report: SalvageReport) -> list[str]:
    """What the salvage archive holds."""
    rows = sum(report.rows.values())
    lines = [
        translate("Safety", "Saved %n readable records to %2.", None, rows).replace("%2", str(report.path))
    ]
    if report.problems:
        parts = len(report.problems)
        lines.append(
            translate("Safety", "%n parts could not be read completely.", None, parts)
        )
    return lines


def export_done(result: ExportResult) -> str:
    """``Exported 3 cases and 12 evidence files to …``."""
    cases, files = result.cases, result.evidence_files
    text = (
        translate("Safety", "Exported %1 and %2 to %3.")
        .replace("%1", translate("Safety", "%n cases", None, cases))
        .replace("%2", translate("Safety", "%n evidence files", None, files))
        .replace("%3", str(result.path))
    )
    if result.withheld:
        withheld = len(result.withheld)
        text += " " + translate(
            "Safety",
            "%n originals were left out because they are missing or no longer match their "
            "fingerprint; the archive says so.",
            None,
            withheld,
        )
    return text


def import_done(result: ImportResult) -> str:
    """What an import added and what it left alone."""
    cases, files = len(result.added_cases), result.added_files
    text = (
        translate("Safety", "Imported %1 and %2.")
        .replace("%1", translate("Safety", "%n cases", None, cases))
        .replace("%2", translate("Safety", "%n new evidence files", None, files))
    )
    if result.without_original:
        alone = len(result.without_original)
        text += " " + translate(
            "Safety",
            "%n exhibits came without their original (missing or altered where the archive was "
            "made); Tools > Check data integrity lists them.",
            None,
            alone,
        )
    if result.skipped_cases:
        skipped = len(result.skipped_cases)
        text += " " + translate(
            "Safety", "%n cases were already here and were left unchanged.", None, skipped
        )
    return text


def cloud_warning(folder: str, service: str) -> str:
    """The one-time banner for a data folder inside a synced folder."""
    return (
        translate(
            "Safety",
            "Your data folder %1 seems to be inside a %2 folder. Syncing the case file while Case "
            "Keeper is open can damage it. Choose a folder outside it, and use File > Export all "
            "data… to move your cases between computers.",
        )
        .replace("%1", folder)
        .replace("%2", service)
    )
