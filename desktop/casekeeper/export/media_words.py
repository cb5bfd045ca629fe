"""A file's type in words for people ("Photo (JPEG)", "E-mail (EML)"), not a MIME type."""

from __future__ import annotations

_KINDS: dict[str, tuple[str, str]] = {
    "image/jpeg": ("Photo", "Photo"),
    "image/png": ("Image", "Image"),
    "image/gif": ("Image", "Image"),
    "image/webp": ("Image", "Image"),
    "image/heic": ("Photo", "Photo"),
    "image/tiff": ("Image", "Image"),
    "application/pdf": ("PDF document", "Document PDF"),
    "text/plain": ("Text", "Texte"),
    "text/csv": ("Table", "Tableau"),
    "text/html": ("Web page", "Page web"),
    "message/rfc822": ("E-mail", "E-mail"),
    "application/msword": ("Word document", "Document Word"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (
        "Word document",
        "Document Word",
    ),
    "application/zip": ("Archive", "Archive"),
    "audio/mpeg": ("Sound recording", "Enregistrement audio"),
    "audio/mp4": ("Sound recording", "Enregistrement audio"),
    "video/mp4": ("Video", "Vidéo"),
}
_FORMATS = {"image/jpeg": "JPEG", "message/rfc822": "EML", "text/plain": "TXT",
            "application/msword": "DOC",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
            "audio/mpeg": "MP3", "audio/mp4": "M4A", "video/mp4": "MP4"}


def type_in_words(media_type: str, file_name: str, language: str) -> str:
    """``Photo (JPEG)``, ``Document PDF``, ``Fichier (XYZ)`` in the document's language."""
    base = media_type.split(";")[0].strip().lower()
    suffix = file_name.rsplit(".", 1)[-1].upper() if "." in file_name else ""
    fmt = _FORMATS.get(base) or base.rsplit("/", 1)[-1].split("+")[0].upper()
    if len(fmt) > 6 or fmt in ("OCTET-STREAM", "PLAIN"):
        fmt = suffix[:6]
    kind = _KINDS.get(base)
    if kind is None:
        kind = ("File", "Fichier")
    word = kind[1] if language == "fr" else kind[0]
    if base == "application/pdf":
        return word
    return f"{word} ({fmt})" if fmt else word
