"""One e-mail read from its bytes (standard ``email`` package, policy=default): headers, text, files."""

from __future__ import annotations

import email.errors
import mimetypes
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from pathlib import PurePosixPath, PureWindowsPath

from casekeeper.export.html_text import html_to_text
from casekeeper.services.mail_words import Note

MAX_NESTING = 3
ARCHIVE_SUFFIXES = frozenset({".zip", ".7z", ".rar", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".cab",
                              ".iso", ".arj", ".lzh", ".zst"})
_HEADER_ERRORS = (ValueError, TypeError, IndexError, AttributeError, LookupError,
                  email.errors.MessageError)
_ESCAPED = re.compile("[\udc80-\udcff]")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f<>:\"|?*]")


@dataclass(frozen=True, slots=True)
class MailAttachment:
    """A file carried by a message, decoded to its bytes."""

    name: str
    media_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class MailMessage:
    """What Case Keeper reads from one message."""

    raw: bytes
    file_suffix: str
    file_media_type: str
    message_id: str = ""
    sender_name: str = ""
    sender_address: str = ""
    recipients: tuple[str, ...] = ()
    subject: str = ""
    sent_at: datetime | None = None
    body: str = ""
    attachments: tuple[MailAttachment, ...] = ()
    notes: tuple[Note, ...] = field(default_factory=tuple)


def parse_eml(raw: bytes) -> MailMessage:
    """Read an RFC 5322 message (``.eml``, one message of an mbox)."""
    notes: list[Note] = []
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    sender_name, sender_address = _sender(message, notes)
    body, attachments = _content(message, notes, depth=0)
    return MailMessage(
        raw=raw, file_suffix=".eml", file_media_type="message/rfc822",
        message_id=_header(message, "message-id", notes).strip(),
        sender_name=sender_name, sender_address=sender_address,
        recipients=_recipients(message, notes), subject=_header(message, "subject", notes),
        sent_at=_date(message, notes), body=body, attachments=tuple(attachments),
        notes=tuple(dict.fromkeys(notes)))


def _header(message: Message, name: str, notes: list[Note]) -> str:
    try:
        value = message.get(name)
        return " ".join(str(value).split()) if value is not None else ""
    except _HEADER_ERRORS:
        notes.append(Note("malformed-header", name))
        return ""


def _sender(message: Message, notes: list[Note]) -> tuple[str, str]:
    raw = _header(message, "from", notes)
    try:
        header = message.get("from")
        addresses = getattr(header, "addresses", ())
        if addresses:
            return str(addresses[0].display_name).strip(), str(addresses[0].addr_spec).strip().lower()
    except _HEADER_ERRORS:
        notes.append(Note("malformed-header", "from"))
    name, address = parseaddr(raw)
    if raw and not address:
        notes.append(Note("malformed-header", "from"))
    return name.strip(), address.strip().lower()


def _recipients(message: Message, notes: list[Note]) -> tuple[str, ...]:
    values = [_header(message, name, notes) for name in ("to", "cc")]
    return tuple(address.lower() for _name, address in getaddresses(values) if "@" in address)


def _date(message: Message, notes: list[Note]) -> datetime | None:
    try:
        header = message.get("date")
        when = getattr(header, "datetime", None)
    except _HEADER_ERRORS:
        when = None
    if isinstance(when, datetime) and when.tzinfo is not None:
        return when
    notes.append(Note("no-date"))
    return None


def _content(message: EmailMessage, notes: list[Note], depth: int) -> tuple[str, list[MailAttachment]]:
    """The readable text (forwarded messages appended) and the attached files."""
    body_part = None
    try:
        body_part = message.get_body(preferencelist=("plain", "html"))
    except _HEADER_ERRORS:
        notes.append(Note("malformed-header", "content-type"))
    text = _text_of(body_part, notes) if isinstance(body_part, EmailMessage) else ""
    attachments: list[MailAttachment] = []
    try:
        parts = list(message.iter_attachments()) if message.is_multipart() else []
    except _HEADER_ERRORS:
        notes.append(Note("malformed-header", "content-type"))
        parts = []
    for index, part in enumerate(parts, start=1):
        if part.get_content_type() == "message/rfc822":
            forwarded = _forwarded(part, notes, depth)
            if forwarded is not None:
                inner_text, inner_files, inner_bytes, label = forwarded
                text = f"{text}\n\n{label}\n{inner_text}".strip()
                attachments.append(MailAttachment(_name(part, index, ".eml"), "message/rfc822",
                                                  inner_bytes))
                attachments.extend(inner_files)
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            notes.append(Note("unreadable-attachment", _name(part, index, "")))
            continue
        attachments.append(MailAttachment(_name(part, index, ""), part.get_content_type(), data))
    return text, attachments


def _forwarded(part: EmailMessage, notes: list[Note], depth: int
               ) -> tuple[str, list[MailAttachment], bytes, str] | None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, EmailMessage):
        notes.append(Note("unreadable-attachment", "message/rfc822"))
        return None
    inner_bytes = inner.as_bytes(policy=policy.default)
    if depth + 1 > MAX_NESTING:
        notes.append(Note("deep-nesting", str(MAX_NESTING)))
        return "", [], inner_bytes, ""
    notes.append(Note("nested-message", _header(inner, "subject", notes)))
    inner_text, inner_files = _content(inner, notes, depth + 1)
    headline = " | ".join(item for item in (
        _header(inner, "from", notes), _header(inner, "date", notes),
        _header(inner, "subject", notes)) if item)
    return inner_text, inner_files, inner_bytes, f"---------- {headline} ----------"


def _text_of(part: EmailMessage, notes: list[Note]) -> str:
    try:
        content = part.get_content()
    except LookupError:
        charset = part.get_content_charset() or "?"
        notes.append(Note("unknown-charset", charset))
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""
    except _HEADER_ERRORS:
        notes.append(Note("malformed-header", "content-transfer-encoding"))
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""
    if not isinstance(content, str):
        return ""
    undeclared = "\ufffd" in content and part.get_param("charset") is None
    if undeclared or _ESCAPED.search(content):  # 8-bit text with no charset: most often UTF-8
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else content
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content.replace("\r\n", "\n").strip()


def _name(part: Message, index: int, default_suffix: str) -> str:
    try:
        given = part.get_filename() or ""
    except _HEADER_ERRORS:
        given = ""
    return safe_file_name(given, index, part.get_content_type(), default_suffix)


def safe_file_name(given: str, index: int, media_type: str, default_suffix: str = "") -> str:
    """A file name without folders or characters no file system accepts; invented when absent."""
    base = PureWindowsPath(PurePosixPath(given.replace("\\", "/")).name).name
    base = _UNSAFE_NAME.sub("_", base).strip(" .")[:150]
    if base:
        return base
    suffix = default_suffix or mimetypes.guess_extension(media_type) or ".bin"
    return f"attachment-{index}{suffix}"


def is_archive(name: str, media_type: str) -> bool:
    """True for zip, 7z, rar, tar... which are kept as they are and never opened."""
    lowered = name.lower()
    return (any(lowered.endswith(suffix) for suffix in ARCHIVE_SUFFIXES)
            or media_type in {"application/zip", "application/x-7z-compressed",
                              "application/x-rar-compressed", "application/vnd.rar",
                              "application/gzip", "application/x-tar"})
