"""A file's type in words for people ("Photo (JPEG)", "E-mail (EML)"), not a MIME type."""

from __future__ import annotations

from casekeeper.i18n import N_, translator

_KINDS: dict[str, str] = {
    "image/jpeg": N_("Photo"),
    "image/png": N_("Image"),
    "image/gif": N_("Image"),
    "image/webp": N_("Image"),
    "image/heic": N_("Photo"),
    "image/tiff": N_("Image"),
    "application/pdf": N_("PDF document"),
    "text/plain": N_("Text"),
    "text/csv": N_("Table"),
    "text/html": N_("Web page"),
    "message/rfc822": N_("E-mail"),
    "application/msword": N_("Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": N_("Word document"),
    "application/zip": N_("Archive"),
    "audio/mpeg": N_("Sound recording"),
    "audio/mp4": N_("Sound recording"),
    "video/mp4": N_("Video"),
}
_FILE = N_("File")
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
    word = translator(language).gettext(_KINDS.get(base, _FILE))
    if base == "application/pdf":
        return word
    return f"{word} ({fmt})" if fmt else word
