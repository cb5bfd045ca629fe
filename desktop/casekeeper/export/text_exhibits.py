"""Text and e-mail exhibits read back as words: headers, body and attachment list, bounded."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from casekeeper.export.html_text import html_to_text
from casekeeper.export.redaction import Redactor

READ_LIMIT = 2_000_000
SHOWN_LIMIT = 60_000
_TEXT_TYPES = ("text/plain", "text/csv", "text/markdown")
_TEXT_SUFFIXES = (".txt", ".csv", ".md", ".log")
_MAIL_HEADERS = (("from", "mail_from"), ("to", "mail_to"), ("cc", "mail_cc"),
                 ("date", "mail_date"), ("subject", "mail_subject"))


@dataclass(frozen=True, slots=True)
class TextView:
    """What a text exhibit page shows; every string is already redacted when asked."""

    headers: tuple[tuple[str, str], ...]
    body: str
    attachments: tuple[tuple[str, str, int], ...]
    truncated: bool
    is_mail: bool


def text_kind(media_type: str, name: str) -> str | None:
    """``"email"`` for a saved e-mail, ``"text"`` for plain text, else None."""
    lowered = name.lower()
    if media_type == "message/rfc822" or lowered.endswith(".eml"):
        return "email"
    if media_type.split(";")[0] in _TEXT_TYPES or lowered.endswith(_TEXT_SUFFIXES):
        return "text"
    return None


def read_text_view(path: Path, kind: str, redactor: Redactor) -> TextView:
    """Read at most :data:`READ_LIMIT` bytes of the file and describe it for a page."""
    with path.open("rb") as handle:
        raw = handle.read(READ_LIMIT + 1)
    cut = len(raw) > READ_LIMIT
    raw = raw[:READ_LIMIT]
    if kind == "email":
        return _mail_view(raw, redactor, cut)
    body = _decode(raw)
    return _bounded((), body, (), cut, redactor, is_mail=False)


def _decode(raw: bytes) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _mail_view(raw: bytes, redactor: Redactor, cut: bool) -> TextView:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    headers = tuple((key, str(message[name])) for name, key in _MAIL_HEADERS if message[name])
    part = message.get_body(preferencelist=("plain", "html"))
    body = ""
    if part is not None:
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            payload = part.get_payload(decode=True)
            body = _decode(payload if isinstance(payload, bytes) else b"")
        if part.get_content_subtype() == "html":
            body = html_to_text(body)
    attachments: list[tuple[str, str, int]] = []
    for item in message.iter_attachments():
        payload = item.get_payload(decode=True) or b""
        name = item.get_filename() or "—"
        attachments.append((name, item.get_content_type(), len(payload)))
    return _bounded(headers, body, tuple(attachments), cut, redactor, is_mail=True)


def _bounded(headers: tuple[tuple[str, str], ...], body: str,
             attachments: tuple[tuple[str, str, int], ...],
             cut: bool, redactor: Redactor, *, is_mail: bool) -> TextView:
    truncated = cut or len(body) > SHOWN_LIMIT
    body = body[:SHOWN_LIMIT].replace("\r\n", "\n").replace("\r", "\n")
    return TextView(
        headers=tuple((k, redactor(v)) for k, v in headers),
        body=redactor(body),
        attachments=tuple((redactor(n), t, size) for n, t, size in attachments),
        truncated=truncated,
        is_mail=is_mail,
    )
