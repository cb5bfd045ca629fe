"""One Outlook ``.msg`` message read with extract-msg into the same shape as an ``.eml``."""

from __future__ import annotations

import logging
from datetime import datetime
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from casekeeper.export.html_text import html_to_text
from casekeeper.services.mail_message import MailAttachment, MailMessage, safe_file_name
from casekeeper.services.mail_words import Note

OUTLOOK_MEDIA_TYPE = "application/vnd.ms-outlook"
CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class OutlookMessageError(ValueError):
    """The bytes are not an Outlook message extract-msg can read."""


def parse_msg(raw: bytes) -> MailMessage:
    """Read an Outlook message from its bytes (never from a path: the bytes were read bounded)."""
    if not raw.startswith(CFB_SIGNATURE):
        raise OutlookMessageError("no compound-file signature")
    import extract_msg

    logging.getLogger("extract_msg").setLevel(logging.ERROR)
    try:
        message = extract_msg.openMsg(raw, delayAttachments=False)
    except Exception as exc:  # extract-msg raises many kinds on a damaged file
        raise OutlookMessageError(str(exc)) from exc
    try:
        return _read(message, raw)
    except (ValueError, TypeError, AttributeError, KeyError, UnicodeError) as exc:
        raise OutlookMessageError(str(exc)) from exc
    finally:
        message.close()


def _header_date(message: Any) -> datetime | None:
    """The Date of the kept Internet headers, with the sender's zone (the properties are UTC)."""
    try:
        text = message.header["Date"]
        return parsedate_to_datetime(text) if text else None
    except (TypeError, ValueError, IndexError, AttributeError, KeyError):
        return None


def _read(message: Any, raw: bytes) -> MailMessage:
    notes: list[Note] = []
    name, address = parseaddr(str(message.sender or ""))
    recipients = tuple(addr.lower() for _n, addr in getaddresses(
        [str(message.to or ""), str(message.cc or "")]) if "@" in addr)
    when = _header_date(message) or message.date
    if not isinstance(when, datetime) or when.tzinfo is None:
        notes.append(Note("no-date"))
        when = None
    body = str(message.body or "").replace("\r\n", "\n").strip()
    if not body and message.htmlBody:
        html = message.htmlBody
        body = html_to_text(html.decode("utf-8", errors="replace") if isinstance(html, bytes)
                            else str(html))
    attachments: list[MailAttachment] = []
    for index, item in enumerate(message.attachments, start=1):
        data = getattr(item, "data", None)
        given = str(getattr(item, "longFilename", None) or getattr(item, "shortFilename", None)
                    or "")
        media_type = str(getattr(item, "mimetype", None) or "application/octet-stream")
        if not isinstance(data, bytes):
            notes.append(Note("unreadable-attachment", given or f"#{index}"))
            continue
        attachments.append(MailAttachment(safe_file_name(given, index, media_type), media_type, data))
    return MailMessage(
        raw=raw, file_suffix=".msg", file_media_type=OUTLOOK_MEDIA_TYPE,
        message_id=str(message.messageId or "").strip(), sender_name=name.strip(),
        sender_address=address.strip().lower(), recipients=recipients,
        subject=" ".join(str(message.subject or "").split()), sent_at=when, body=body,
        attachments=tuple(attachments), notes=tuple(dict.fromkeys(notes)))
