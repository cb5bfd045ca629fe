"""An exhibit's type in words for the window ("Photo (JPEG)"), in the interface language."""

from __future__ import annotations

from casekeeper.ui.common.i18n import translate

_FORMATS = {"image/jpeg": "JPEG", "message/rfc822": "EML", "text/plain": "TXT",
            "application/msword": "DOC", "audio/mpeg": "MP3", "video/mp4": "MP4",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX"}


def _kind(media_type: str) -> str:
    words = {
        "image/jpeg": translate("Evidence", "Photo"),
        "image/heic": translate("Evidence", "Photo"),
        "application/pdf": translate("Evidence", "PDF document"),
        "text/plain": translate("Evidence", "Text"),
        "text/csv": translate("Evidence", "Table"),
        "text/html": translate("Evidence", "Web page"),
        "message/rfc822": translate("Evidence", "E-mail"),
        "application/msword": translate("Evidence", "Word document"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
            translate("Evidence", "Word document"),
        "application/zip": translate("Evidence", "Archive"),
        "audio/mpeg": translate("Evidence", "Sound recording"),
        "video/mp4": translate("Evidence", "Video"),
    }
    if media_type in words:
        return words[media_type]
    if media_type.startswith("image/"):
        return translate("Evidence", "Image")
    return translate("Evidence", "File")


def type_in_words(media_type: str, file_name: str) -> str:
    """``Photo (JPEG)``, ``PDF document``, ``File (XYZ)``."""
    base = media_type.split(";")[0].strip().lower()
    suffix = file_name.rsplit(".", 1)[-1].upper() if "." in file_name else ""
    fmt = _FORMATS.get(base) or base.rsplit("/", 1)[-1].split("+")[0].upper()
    if len(fmt) > 6 or fmt in ("PLAIN",):
        fmt = suffix[:6]
    kind = _kind(base)
    if base == "application/pdf" or not fmt:
        return kind
    return f"{kind} ({fmt})"
