"""The companion archive: originals too large to attach, delivered beside the dossier PDF."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

from casekeeper.export.atomic import atomic_write
from casekeeper.export.exhibits import ExhibitPlan, attachment_name

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def companion_path(pdf_path: Path) -> Path:
    """Where the archive of ``pdf_path`` goes: ``<name>-originals.zip`` beside it."""
    return pdf_path.with_name(f"{pdf_path.stem}-originals.zip")


def write_companion(target: Path, plans: Sequence[ExhibitPlan], originals: dict[int, Path],
                    *, deterministic: bool) -> tuple[str, ...]:
    """Write the originals of ``plans`` into ``target`` with a SHA256SUMS.txt; return the labels.

    Entries are stored, not compressed (photos and PDFs are compressed already), and named like
    the attachments: ``E7-photo.jpg``.
    """
    chosen = [plan for plan in plans if plan.companion is not None]
    width = len(str(max((p.item.exhibit_no for p in plans), default=1)))

    def write(temp: Path) -> None:
        sums = []
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_STORED) as archive:
            for plan in chosen:
                name = attachment_name(plan.item.exhibit_no, plan.item.original_name, width)
                info = zipfile.ZipInfo(name, date_time=_FIXED_TIME if deterministic
                                       else _stamp(originals[plan.item.exhibit_no]))
                info.compress_type = zipfile.ZIP_STORED
                with originals[plan.item.exhibit_no].open("rb") as source, \
                        archive.open(info, "w", force_zip64=True) as sink:
                    while chunk := source.read(1 << 20):
                        sink.write(chunk)
                sums.append(f"{plan.item.sha256}  {name}")
            summary = zipfile.ZipInfo("SHA256SUMS.txt", date_time=_FIXED_TIME)
            archive.writestr(summary, "\n".join(sums) + "\n")

    atomic_write(target, write)
    return tuple(plan.item.label for plan in chosen)


def _stamp(path: Path) -> tuple[int, int, int, int, int, int]:
    import time

    moment = time.localtime(max(path.stat().st_mtime, 315532800))  # zip dates start in 1980
    return (moment.tm_year, moment.tm_mon, moment.tm_mday, moment.tm_hour, moment.tm_min,
            moment.tm_sec)
