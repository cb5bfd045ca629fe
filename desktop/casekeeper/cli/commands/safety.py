"""backup list|create|restore, check, export, import, salvage."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from casekeeper.cli.arguments import case_id
from casekeeper.cli.context import Context, FolderContext
from casekeeper.i18n import PN_, Language, Translator, translator
from casekeeper.i18n.formats import file_size, short_datetime

if TYPE_CHECKING:  # the database layer loads only when one of these commands runs
    from casekeeper.services.backup import BackupInfo

EXIT_PROBLEMS = 2


def _backup_json(info: BackupInfo) -> dict[str, object]:
    return {"name": info.name, "reason": info.reason, "created_at": info.created_at.isoformat(),
            "size": info.size, "cases": info.case_count, "schema": info.revision}


def _backup_line(info: BackupInfo, language: Language) -> str:
    tr = translator(language)
    cases = (
        tr.gettext("cases: ?")
        if info.case_count is None
        else tr.ngettext("{n} case", "{n} cases", info.case_count).format(n=info.case_count)
    )
    return (
        f"{info.name}  {short_datetime(info.created_at, language)} UTC  {info.reason}  "
        f"{file_size(info.size, language)}  {cases}"
    )


def backup_list(ctx: FolderContext) -> int:
    """Every backup, newest first (works even when the case file is damaged)."""
    from casekeeper.services.backup import list_backups

    found = list_backups(ctx.paths.backups_dir)
    text = "\n".join(_backup_line(b, ctx.out.language) for b in found) or ctx.out.tr.gettext(
        "No backups yet."
    )
    ctx.out.emit(text, [_backup_json(b) for b in found])
    return 0


def backup_create(ctx: Context) -> int:
    """Back up now."""
    info = ctx.workspace.backups.create("manual")
    ctx.out.emit(ctx.out.tr.gettext("Backed up to {file}").format(file=info.path), _backup_json(info))
    return 0


def backup_restore(ctx: FolderContext) -> int:
    """Restore a backup (the current case file is backed up first)."""
    now = ctx.clock.now() if ctx.clock else None
    from casekeeper.services.restore import restore_backup

    report = restore_backup(ctx.paths, ctx.args.name, now)
    ctx.out.emit(
        "\n".join(report.lines(ctx.out.language)),
        {
            "restored": report.restored,
            "safety_copy": report.safety_copy,
            "cases": report.case_count,
            "missing_evidence": list(report.missing_evidence),
        },
    )
    return 0


ACCEPTED = PN_(
    "The case file as it is now is the new reference ({n} record had been changed "
    "outside Case Keeper); this is noted in the audit log.",
    "The case file as it is now is the new reference ({n} records had been changed "
    "outside Case Keeper); this is noted in the audit log.",
)


def check(ctx: Context) -> int:
    """Verify the case file, the originals and the audit chain; 2 when problems are found.

    With --repair, leftovers of interrupted operations are removed first (and said so).
    """
    tr = ctx.out.tr
    if getattr(ctx.args, "repair", False):
        removed = ctx.workspace.integrity.repair()
        count = len(removed.interrupted) + len(removed.unreferenced)
        if not ctx.out.as_json:
            ctx.out.emit(
                _repaired(len(removed.interrupted), len(removed.unreferenced), tr)
                if count
                else tr.gettext("Nothing needed repairing."),
                None,
            )
    if getattr(ctx.args, "accept_changes", False):
        accepted = ctx.workspace.integrity.accept_changes(ctx.workspace.clock.now())
        if not ctx.out.as_json:
            ctx.out.emit(tr.plural(ACCEPTED, accepted).format(n=accepted), None)
    report = ctx.workspace.integrity.check()
    ctx.out.emit(
        "\n".join(report.lines(ctx.out.language)),
        {
            "ok": report.ok,
            "parts": [
                {
                    "name": p.name,
                    "ok": p.ok,
                    "problems": list(p.problems),
                    "detail": p.detail,
                    "notes": dict(p.notes),
                }
                for p in report.parts
            ],
            "advice": report.advice(),
        },
    )
    return 0 if report.ok else EXIT_PROBLEMS


def export(ctx: Context) -> int:
    """Write every case, or one, to a zip archive."""
    ident = case_id(ctx.args.case, "--case") if ctx.args.case else None
    result = ctx.workspace.exchange.export(Path(ctx.args.output), ident)
    tr = ctx.out.tr
    text = tr.gettext("Exported {cases} and {files} to {file}").format(
        cases=tr.ngettext("{n} case", "{n} cases", result.cases).format(n=result.cases),
        files=tr.ngettext("{n} evidence file", "{n} evidence files", result.evidence_files).format(
            n=result.evidence_files
        ),
        file=result.path,
    )
    if result.withheld:
        text += "\n" + tr.ngettext(
            "{n} original was left out because it is missing or no longer matches its recorded "
            "fingerprint; its record was exported and the archive says so. Run "
            "'casekeeper-cli check'.",
            "{n} originals were left out because they are missing or no longer match their "
            "recorded fingerprint; their records were exported and the archive says so. Run "
            "'casekeeper-cli check'.",
            len(result.withheld),
        ).format(n=len(result.withheld))
    ctx.out.emit(
        text,
        {
            "path": str(result.path),
            "cases": result.cases,
            "evidence_files": result.evidence_files,
            "withheld": list(result.withheld),
        },
    )
    return 0


def import_(ctx: Context) -> int:
    """Import an archive: everything is checked first; a backup is made before writing."""
    result = ctx.workspace.exchange.import_archive(Path(ctx.args.file))
    ctx.out.emit(
        "\n".join(result.lines(ctx.out.language)),
        {
            "added_cases": list(result.added_cases),
            "skipped_cases": list(result.skipped_cases),
            "added_files": result.added_files,
            "added_overrides": result.added_overrides,
            "without_original": list(result.without_original),
        },
    )
    return 0


def salvage(ctx: FolderContext) -> int:
    """Export what can still be read from a damaged case file."""
    from casekeeper.services.recovery import salvage as salvage_folder

    report = salvage_folder(ctx.paths, Path(ctx.args.output))
    ctx.out.emit(
        "\n".join(report.lines(ctx.out.language)),
        {"path": str(report.path), "rows": report.rows, "problems": list(report.problems)},
    )
    return 0


def _repaired(interrupted: int, unreferenced: int, tr: Translator) -> str:
    return tr.gettext("Removed {leftovers} and {files}.").format(
        leftovers=tr.ngettext(
            "{n} leftover of interrupted operations", "{n} leftovers of interrupted operations", interrupted
        ).format(n=interrupted),
        files=tr.ngettext(
            "{n} evidence file nothing refers to", "{n} evidence files nothing refers to", unreferenced
        ).format(n=unreferenced),
    )
