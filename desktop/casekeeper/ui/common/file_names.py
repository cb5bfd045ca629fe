"""Suggested names for the files the person saves (dossier, letters, calendar files)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def default_target(title: str, today: date, extension: str = "pdf", prefix: str = "Dossier") -> Path:
    """``Dossier - <case title> - 2026-11-24.pdf`` in the Documents folder (else the home folder)."""
    safe = re.sub(r"\s+", " ", re.sub(r'[\\/:*?"<>|]+', " ", title)).strip()[:80] or "Case Keeper"
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    if not folder.is_dir():
        folder = Path.home()
    return folder / f"{prefix} - {safe} - {today.isoformat()}.{extension}"
