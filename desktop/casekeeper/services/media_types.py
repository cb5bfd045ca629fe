"""Name a file's media type from its first bytes (filetype), falling back to its extension."""

from __future__ import annotations

import mimetypes
from pathlib import Path

_HEAD_BYTES = 8192  # enough for every signature filetype knows (it reads at most 8 KB)

EXECUTABLE_TYPES = frozenset({"application/x-msdownload", "application/x-executable",
                              "application/x-sh", "application/x-bat"})
EXECUTABLE_SUFFIXES = frozenset({".exe", ".bat", ".cmd", ".com", ".scr", ".msi", ".ps1", ".vbs",
                                 ".js", ".jar", ".sh", ".app", ".dll", ".lnk"})


def sniff_media_type(path: Path, name: str) -> str:
    """The media type of the file at ``path``: its signature (the ``filetype`` library), else the
    extension of ``name``. A bare ZIP signature defers to the name (``.docx``, ``.odt``...)."""
    import filetype

    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    sniffed = filetype.guess_mime(head)
    if sniffed is not None and sniffed != "application/zip":
        return str(sniffed)
    return mimetypes.guess_type(name)[0] or sniffed or "application/octet-stream"


def looks_executable(path: Path, media_type: str) -> bool:
    """True for programs and scripts, which must never be opened from the app without a warning."""
    return media_type in EXECUTABLE_TYPES or path.suffix.lower() in EXECUTABLE_SUFFIXES
