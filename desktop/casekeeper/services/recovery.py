"""When the case file is damaged: find the latest good backup, and export what can still be read."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casekeeper.errors import DataLocationError
from casekeeper.export.atomic import atomic_write
from casekeeper.i18n import N_, translator
from casekeeper.paths import DataPaths
from casekeeper.services.backup import BackupInfo, list_backups
from casekeeper.services.restore import RestoreReport, latest_good_backup, restore_latest_good
from casekeeper.storage.salvage import salvage_tables

__all__ = ["BackupInfo", "RestoreReport", "SalvageReport", "latest_good_backup", "list_backups",
           "restore_latest_good", "salvage"]


@dataclass(frozen=True, slots=True)
class SalvageReport:
    """What the salvage archive holds."""

    path: Path
    rows: dict[str, int]
    problems: tuple[str, ...]

    def lines(self, language: str = "en") -> list[str]:
        """The report in plain words, in ``language`` (table names stay as SQLite has them)."""
        tr = translator(language)
        out = [tr.gettext("Wrote what could be read to {file}:").format(file=self.path)]
        out += [
            "  " + tr.ngettext("{table}: {n} row", "{table}: {n} rows", count).format(table=table, n=count)
            for table, count in sorted(self.rows.items())
        ]
        out += ["  " + tr.gettext("problem: {problem}").format(problem=p) for p in self.problems]
        return out


def salvage(paths: DataPaths, target: Path) -> SalvageReport:
    """Write every readable row of every table to a zip of JSON files (the database is not changed).

    Evidence originals are not copied: they stay untouched in the evidence folder.
    """
    if not paths.database.exists():
        raise DataLocationError.marked(
            N_("There is no case file at {path}; nothing to salvage."), path=paths.database
        )
    rows: dict[str, int] = {}
    problems: list[str] = []

    def write(temp: Path) -> None:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            for table in salvage_tables(paths.database):
                rows[table.name] = len(table.rows)
                problems.extend(f"{table.name}: {e}" for e in table.errors)
                archive.writestr(
                    f"tables/{table.name}.json",
                    json.dumps(
                        {"columns": table.columns, "rows": table.rows}, ensure_ascii=False, default=_text
                    ),
                )
            archive.writestr(
                "report.json",
                json.dumps(
                    {
                        "salvaged_at": datetime.now(UTC).isoformat(),
                        "source": paths.database.name,
                        "rows": rows,
                        "problems": problems,
                    },
                    indent=1,
                ),
            )

    atomic_write(target, write)
    return SalvageReport(target, rows, tuple(problems))


def _text(value: object) -> str:
    return value.hex() if isinstance(value, bytes) else str(value)
