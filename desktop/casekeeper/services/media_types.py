"""Name a file's media type from its first bytes, falling back to its extension."""

from __future__ import annotations

import mimetypes
from pathlib import Path

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", "application/zip"),
    (b"MZ", "application/x-msdownload"),
    (b"\x7fELF", "application/x-executable"),
)

EXECUTABLE_TYPES = frozenset({"application/x-msdownload", "application/x-executable",
                              "application/x-sh", "application/x-bat"})
EXECUTABLE_SUFFIXES = frozenset({".exe", ".bat", ".cmd", ".com", ".scr", ".msi", ".ps1", ".vbs",
                                 ".js", ".jar", ".sh", ".app", ".dll", ".lnk"})


def sniff_media_type(path: Path, name: str) -> str:
    """The media type of the file at ``path``: its signature, else the extension of ``name``."""
    with path.open("rb") as handle:
        head = handle.read(16)
    for signature, media_type in _SIGNATURES:
        if head.startswith(signature):
            if media_type == "application/zip":
                return mimetypes.guess_type(name)[0] or media_type
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    guessed = mimetypes.guess_type(name)[0]
    return guessed or "application/octet-stream"


def looks_executable(path: Path, media_type: str) -> bool:
    """True for programs and scripts, which must never be opened from the app without a warning."""
    return media_type in EXECUTABLE_TYPES or path.suffix.lower() in EXECUTABLE_SUFFIXES
