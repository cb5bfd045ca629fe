"""Inspects original exhibit files: kind, integrity, PDF page count, and leaks under redaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from casekeeper.domain.dto import EvidenceView
from casekeeper.export.redaction import Redactor
from casekeeper.export.text_exhibits import text_kind

TEXT_SCAN_LIMIT = 5_000_000


@dataclass(frozen=True, slots=True)
class Original:
    """What was found on disk for one exhibit."""

    exists: bool
    matches: bool
    kind: str
    pdf_pages: int


def inspect_original(item: EvidenceView) -> Original:
    """Whether the stored file exists and matches its fingerprint, and how to show it."""
    path = Path(item.stored_path)
    if not path.is_file():
        return Original(exists=False, matches=False, kind="missing", pdf_pages=0)
    matches = sha256_of(path) == item.sha256.lower()
    kind, pages = _kind(path, item.media_type, item.original_name)
    return Original(exists=True, matches=matches, kind=kind, pdf_pages=pages)


def sha256_of(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _kind(path: Path, media_type: str, name: str) -> tuple[str, int]:
    if media_type == "application/pdf" or path.suffix.lower() == ".pdf":
        try:
            with pikepdf.open(path) as pdf:
                return "pdf", len(pdf.pages)
        except (pikepdf.PdfError, OSError):
            return "other", 0
    if media_type.startswith("image/"):
        return "image", 0
    return text_kind(media_type, name) or "other", 0


def original_leaks(item: EvidenceView, kind: str, redactor: Redactor) -> bool:
    """Whether the original file holds text the redactor masks (then it is withheld by default)."""
    return leak_reason(item, kind, redactor) is not None


def leak_reason(item: EvidenceView, kind: str, redactor: Redactor) -> str | None:
    """``"gps"`` for a picture carrying its position, ``"masked"`` for masked text, else None."""
    if not redactor.enabled:
        return None
    if kind == "image" and _has_gps(Path(item.stored_path)):
        return "gps"
    return "masked" if _holds_masked(item, kind, redactor) else None


def _holds_masked(item: EvidenceView, kind: str, redactor: Redactor) -> bool:
    path = Path(item.stored_path)
    raw = path.read_bytes()
    texts = [raw[:TEXT_SCAN_LIMIT].decode("latin-1")]
    if kind == "pdf":
        texts.append(_pdf_text(path))
    elif kind == "image":
        texts.append(_image_text(path))
    else:
        texts.append(raw[:TEXT_SCAN_LIMIT].decode("utf-8", errors="replace"))
        texts.append(
            raw[:TEXT_SCAN_LIMIT].decode("utf-16", errors="replace")
            if raw[:2] in (b"\xff\xfe", b"\xfe\xff")
            else ""
        )
    strings_only = Redactor(strings=redactor.strings, mask=redactor.mask, regions=redactor.regions)
    if any(_has_string(strings_only, t) for t in texts[:1]):
        return True
    return any(redactor.leaks(t) for t in texts[1:])


def _has_string(redactor: Redactor, text: str) -> bool:
    lowered = text.lower()
    return any(s.lower() in lowered for s in redactor.strings)


def _pdf_text(path: Path) -> str:
    try:
        reader = PdfReader(path)
        parts = [page.extract_text() or "" for page in reader.pages]
        values = list((reader.metadata or {}).values())
        parts += [str(v) for v in values if not str(v).startswith("D:")]
    except (PyPdfError, OSError, ValueError):
        return ""
    return "\n".join(parts)


def _image_text(path: Path) -> str:
    try:
        with Image.open(path) as image:
            parts = [str(v) for v in image.info.values() if isinstance(v, str | bytes)]
            parts += [str(v) for v in image.getexif().values()]
    except (UnidentifiedImageError, OSError, ValueError):
        return ""
    return "\n".join(parts)


def _has_gps(path: Path) -> bool:
    """Whether a picture's EXIF holds a GPS position (shown as a map pin by many viewers)."""
    try:
        with Image.open(path) as image:
            return bool(image.getexif().get_ifd(0x8825))
    except (UnidentifiedImageError, OSError, ValueError):
        return False
